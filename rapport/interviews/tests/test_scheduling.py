import datetime
import itertools

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from icalendar import Calendar

from rapport.conftest import in_days
from rapport.interviews.models import Interview
from rapport.interviews.services import scheduling
from rapport.notify.models import Notification
from rapport.people.services.errors import StaleEdit


def schedule(org, actor="manager", employee="employee", **kwargs):
    values = {
        "kind": "result_review",
        "starts_at": in_days(3),
        "place": "Room 4B",
        "purpose": "Review the half year.",
    }
    return scheduling.interview_schedule(
        actor=org[actor].user, employee=org[employee], **{**values, **kwargs}
    )


def test_the_supervisor_schedules_and_both_get_an_invitation_with_a_calendar_file(
    org, cycle, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        interview = schedule(org, cycle=cycle)
    assert interview.conductor == org["manager"] and interview.state == "scheduled"
    assert Notification.objects.filter(kind="interview.scheduled").count() == 2
    assert {m.to[0] for m in mail.outbox} == {org["employee"].email, org["manager"].email}
    filename, content, mimetype = mail.outbox[0].attachments[0]
    event = Calendar.from_ical(content).walk("VEVENT")[0]
    assert (filename, mimetype) == ("interview.ics", "text/calendar")
    assert str(event["uid"]) == f"{interview.uuid}@rapport" and str(event["location"]) == "Room 4B"


@pytest.mark.parametrize("who", ["peer", "lead", "outsider", "employee"])
def test_only_the_supervisor_or_hr_schedules(org, who):
    with pytest.raises(PermissionDenied):
        schedule(org, actor=who)


def test_hr_may_delegate_to_another_manager_with_a_reason(org):
    with pytest.raises(ValidationError) as excinfo:
        schedule(org, actor="hr", conductor=org["other_manager"])
    assert "delegation_reason" in excinfo.value.message_dict
    interview = schedule(
        org,
        actor="hr",
        conductor=org["other_manager"],
        delegation_reason="Mia is on parental leave.",
    )
    assert (
        interview.conductor == org["other_manager"]
        and interview.delegation_reason == "Mia is on parental leave."
    )


def test_a_supervisor_cannot_delegate(org):
    with pytest.raises(PermissionDenied):
        schedule(org, conductor=org["other_manager"], delegation_reason="busy")


def test_the_past_an_empty_place_and_no_purpose_are_refused(org):
    with pytest.raises(ValidationError) as excinfo:
        schedule(org, starts_at=in_days(-1), place=" ", purpose="")
    assert set(excinfo.value.message_dict) == {"starts_at", "place", "purpose"}
    assert not Interview.objects.exists()


def test_rescheduling_keeps_a_count_and_a_reason_and_updates_the_invitation(org, interview):
    moved = scheduling.interview_reschedule(
        actor=org["manager"].user,
        interview=interview,
        version=interview.version,
        starts_at=in_days(5),
        reason="Client visit.",
    )
    assert (moved.reschedule_count, moved.reschedule_reason) == (1, "Client visit.")
    event = Calendar.from_ical(scheduling.ics_for(moved)).walk("VEVENT")[0]
    assert int(event["sequence"]) == 1
    with pytest.raises(StaleEdit):
        scheduling.interview_reschedule(
            actor=org["manager"].user,
            interview=interview,
            version=1,
            starts_at=in_days(6),
            reason="again",
        )


def test_cancelling_needs_a_reason_and_is_final(org, interview):
    with pytest.raises(ValidationError):
        scheduling.interview_cancel(
            actor=org["manager"].user, interview=interview, version=interview.version, reason=""
        )
    cancelled = scheduling.interview_cancel(
        actor=org["manager"].user,
        interview=interview,
        version=interview.version,
        reason="Employee left.",
    )
    assert cancelled.state == "cancelled"
    with pytest.raises(PermissionDenied):
        scheduling.interview_reschedule(
            actor=org["manager"].user,
            interview=cancelled,
            version=cancelled.version,
            starts_at=in_days(5),
            reason="x",
        )


def test_hr_schedules_a_cycle_in_bulk_without_overlaps_on_working_days(org, cycle, interview):
    first = timezone.localdate() + datetime.timedelta(days=7)
    count = scheduling.interviews_schedule_bulk(
        actor=org["hr"].user, cycle=cycle, first_day=first, place="Room 1", purpose="Result review"
    )
    assert count == 8 - 1 + 0  # everyone with a manager (8) except the employee already scheduled
    planned = Interview.objects.filter(cycle=cycle).exclude(pk=interview.pk)
    by_conductor: dict = {}
    for i in planned:
        assert i.starts_at.weekday() < 5 and i.conductor_id == i.employee.manager_id
        by_conductor.setdefault(i.conductor_id, []).append(i.starts_at)
    for starts in by_conductor.values():
        starts.sort()
        assert all(b - a >= datetime.timedelta(minutes=45) for a, b in itertools.pairwise(starts))
    assert (
        scheduling.interviews_schedule_bulk(
            actor=org["hr"].user, cycle=cycle, first_day=first, place="Room 1", purpose="x"
        )
        == 0
    )
