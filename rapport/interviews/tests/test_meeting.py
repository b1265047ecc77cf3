import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from rapport.conftest import hold
from rapport.interviews.models import StageNote
from rapport.interviews.services import meeting
from rapport.people.services.errors import StaleEdit


def start(org, interview):
    interview.refresh_from_db()
    return meeting.interview_start(
        actor=org["manager"].user, interview=interview, version=interview.version
    )


def test_only_the_conductor_starts_and_the_six_stages_exist(org, interview):
    with pytest.raises(PermissionDenied):
        meeting.interview_start(
            actor=org["hr"].user, interview=interview, version=interview.version
        )
    start(org, interview)
    assert list(StageNote.objects.filter(interview=interview).values_list("stage", flat=True)) == [
        1,
        2,
        3,
        4,
        5,
        6,
    ]


def test_a_concurrent_edit_of_the_notes_is_detected_not_lost(org, interview):
    start(org, interview)
    note = StageNote.objects.get(interview=interview, stage=3)
    meeting.stage_note_save(
        actor=org["manager"].user,
        interview=interview,
        stage=3,
        notes="From tab one",
        version=note.version,
        add_seconds=30,
    )
    with pytest.raises(StaleEdit):
        meeting.stage_note_save(
            actor=org["manager"].user,
            interview=interview,
            stage=3,
            notes="From tab two",
            version=note.version,
        )
    note.refresh_from_db()
    assert (note.notes, note.seconds_spent) == ("From tab one", 30)


def test_the_autosave_endpoint_answers_a_conflict_with_the_other_text(org, interview, as_manager):
    start(org, interview)
    url = reverse("interviews:stage_save", args=[interview.uuid, 3])
    assert as_manager.post(url, {"notes": "First", "version": 1}).status_code == 200
    conflict = as_manager.post(url, {"notes": "Second", "version": 1})
    assert conflict.status_code == 409 and "First" in conflict.content.decode()
    assert StageNote.objects.get(interview=interview, stage=3).notes == "First"


def test_the_coach_panel_checks_review_notes_as_they_are_saved(org, interview, as_manager):
    start(org, interview)
    response = as_manager.post(
        reverse("interviews:stage_save", args=[interview.uuid, 3]),
        {"notes": "You are lazy.", "version": 1},
    )
    assert 'class="finding judges_person"' in response.content.decode()
    other = as_manager.post(
        reverse("interviews:stage_save", args=[interview.uuid, 2]),
        {"notes": "You are lazy.", "version": 1},
    )
    assert "finding" not in other.content.decode()


def test_private_notes_are_seen_by_their_author_only(
    org, interview, as_manager, as_hr, as_employee
):
    start(org, interview)
    meeting.private_note_save(
        actor=org["manager"].user,
        interview=interview,
        stage=3,
        text="Ask about the family situation gently.",
        version=1,
    )
    assert (
        "family situation"
        in as_manager.get(reverse("interviews:run", args=[interview.uuid])).content.decode()
    )
    for client in (as_hr, as_employee):
        assert (
            "family situation"
            not in client.get(reverse("interviews:detail", args=[interview.uuid])).content.decode()
        )


def test_shared_notes_reach_the_employee_only_after_the_meeting(org, interview, as_employee):
    start(org, interview)
    note = StageNote.objects.get(interview=interview, stage=3)
    meeting.stage_note_save(
        actor=org["manager"].user,
        interview=interview,
        stage=3,
        notes="Revenue at 80 k¥.",
        version=note.version,
    )
    url = reverse("interviews:detail", args=[interview.uuid])
    assert "Revenue at 80" not in as_employee.get(url).content.decode()
    interview.refresh_from_db()
    meeting.interview_submit_outcome(
        actor=org["manager"].user,
        interview=interview,
        version=interview.version,
        consensus="Agreed.",
        agreed_rating="B",
        next_meeting_on=timezone.localdate() + datetime.timedelta(days=20),
        tasks=[],
    )
    assert "Revenue at 80" in as_employee.get(url).content.decode()


def test_the_outcome_needs_consensus_a_valid_rating_and_a_next_meeting(org, interview):
    start(org, interview)
    interview.refresh_from_db()
    with pytest.raises(ValidationError) as excinfo:
        meeting.interview_submit_outcome(
            actor=org["manager"].user,
            interview=interview,
            version=interview.version,
            consensus=" ",
            agreed_rating="Z",
            next_meeting_on=None,
            tasks=[],
        )
    assert set(excinfo.value.message_dict) == {"consensus", "agreed_rating", "next_meeting_on"}
    interview.refresh_from_db()
    assert interview.state == "in_progress"


def test_not_agreed_is_a_valid_outcome(org, interview):
    held = hold(org, interview, rating="not_agreed")
    assert held.state == "awaiting_employee" and held.agreed_rating == "not_agreed"


def test_tasks_and_goals_are_parsed_with_clear_errors():
    assert meeting.parse_tasks(
        "employee | Send the plan | 2026-12-01\n主管 | 安排培训 | 2026-12-15"
    ) == [
        ("employee", "Send the plan", datetime.date(2026, 12, 1)),
        ("supervisor", "安排培训", datetime.date(2026, 12, 15)),
    ]
    with pytest.raises(ValidationError, match="Line 1"):
        meeting.parse_tasks("someone | x | 2026-12-01")
    with pytest.raises(ValidationError, match="not a date"):
        meeting.parse_tasks("employee | x | next week")
    assert meeting.parse_goals("Orders on time | 95 | % | 40") == [
        ("Orders on time", "%", Decimal(95), Decimal(40))
    ]
    with pytest.raises(ValidationError):
        meeting.parse_goals("Orders on time | 95 | % | 140")


def test_goal_setting_goals_become_indicators_on_the_next_scorecard(org, goals):
    from rapport.appraisal.models import Indicator, Scorecard
    from rapport.appraisal.services.cycles import cycle_create, cycle_transition
    from rapport.conftest import in_days
    from rapport.interviews.services.scheduling import interview_schedule

    hr = org["hr"].user
    later = cycle_create(
        actor=hr,
        name="2027 H1",
        period_start=datetime.date(2027, 1, 1),
        period_end=datetime.date(2027, 6, 30),
        self_review_deadline=datetime.date(2027, 6, 20),
        interview_deadline=datetime.date(2027, 7, 15),
    )
    cycle_transition(actor=hr, cycle=later, to="open")
    interview = interview_schedule(
        actor=org["manager"].user,
        employee=org["employee"],
        kind="goal_setting",
        starts_at=in_days(2),
        place="Room 2",
        purpose="Set next half's goals.",
        cycle=goals.cycle,
    )
    meeting.interview_start(
        actor=org["manager"].user, interview=interview, version=interview.version
    )
    interview.refresh_from_db()
    with pytest.raises(ValidationError, match="at least one goal"):
        meeting.interview_submit_outcome(
            actor=org["manager"].user,
            interview=interview,
            version=interview.version,
            consensus="ok",
            agreed_rating="B",
            next_meeting_on=timezone.localdate() + datetime.timedelta(days=60),
            tasks=[],
            goals=[],
        )
    meeting.interview_submit_outcome(
        actor=org["manager"].user,
        interview=interview,
        version=interview.version,
        consensus="ok",
        agreed_rating="B",
        next_meeting_on=timezone.localdate() + datetime.timedelta(days=60),
        tasks=[],
        strengths="Calm with clients",
        swot=("Clients trust her", "Reporting", "New region", "Price war"),
        goals=[("Orders on time", "%", Decimal(95), Decimal(60))],
    )
    assert meeting.goals_copy_to_next_scorecard(actor=org["manager"].user, interview=interview) == 1
    card = Scorecard.objects.get(cycle=later, employee=org["employee"])
    assert list(Indicator.objects.filter(scorecard=card).values_list("title", "target")) == [
        ("Orders on time", Decimal(95))
    ]
    assert meeting.goals_copy_to_next_scorecard(actor=org["manager"].user, interview=interview) == 0
