import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from rapport.appraisal.models import Cycle, Scorecard
from rapport.appraisal.services.cycles import (
    cycle_create,
    cycle_set_bands,
    cycle_transition,
    cycle_update,
)
from rapport.audit.models import AuditEvent
from rapport.conftest import card_of
from rapport.people.services.errors import StaleEdit


def new_cycle(actor, **kwargs):
    values = {
        "name": "2027 H1",
        "period_start": datetime.date(2027, 1, 1),
        "period_end": datetime.date(2027, 6, 30),
        "self_review_deadline": datetime.date(2027, 6, 20),
        "interview_deadline": datetime.date(2027, 7, 15),
    }
    return cycle_create(actor=actor, **{**values, **kwargs})


def test_a_new_cycle_is_a_draft_with_the_default_scale(org):
    cycle = new_cycle(org["hr"].user)
    assert cycle.state == Cycle.State.DRAFT
    assert [b.code for b in cycle.bands.all()] == ["S", "A", "B", "C", "D"]
    assert cycle.bands.get(code="B").label_zh == "达到期望"


def test_only_hr_creates_cycles(org):
    with pytest.raises(PermissionDenied):
        new_cycle(org["manager"].user)


def test_dates_must_be_in_order(org):
    with pytest.raises(ValidationError) as excinfo:
        new_cycle(org["hr"].user, period_end=datetime.date(2026, 12, 1))
    assert "period_end" in excinfo.value.message_dict


def test_opening_creates_one_scorecard_per_active_participant(org):
    hr = org["hr"].user
    cycle = new_cycle(hr)
    cycle_transition(actor=hr, cycle=cycle, to="open")
    assert Scorecard.objects.filter(cycle=cycle).count() == 9
    assert AuditEvent.objects.filter(action="cycle.transition", object_uuid=cycle.uuid).exists()


def test_participation_can_be_limited_to_departments_and_their_sub_departments(org):
    hr = org["hr"].user
    cycle = new_cycle(hr, departments=[org["sales"]])
    cycle_transition(actor=hr, cycle=cycle, to="open")
    assert set(Scorecard.objects.filter(cycle=cycle).values_list("employee__name", flat=True)) == {
        org[k].name for k in ("manager", "employee", "peer", "lead", "deep")
    }


@pytest.mark.parametrize(
    ("path", "illegal"),
    [
        ([], "review"),
        ([], "closed"),
        (["open"], "closed"),
        (["open"], "draft"),
        (["open", "review", "closed"], "open"),
    ],
)
def test_illegal_transitions_are_refused(org, path, illegal):
    hr = org["hr"].user
    cycle = new_cycle(hr)
    for state in path:
        cycle = cycle_transition(actor=hr, cycle=cycle, to=state)
    with pytest.raises(ValidationError, match="cannot go from"):
        cycle_transition(actor=hr, cycle=cycle, to=illegal)
    cycle.refresh_from_db()
    assert cycle.state == (path[-1] if path else "draft")


def test_a_stale_transition_is_refused(org):
    hr = org["hr"].user
    cycle = new_cycle(hr)
    cycle_transition(actor=hr, cycle=cycle, to="open", version=1)
    with pytest.raises(StaleEdit):
        cycle_transition(actor=hr, cycle=cycle, to="review", version=1)


def test_a_closed_cycle_is_read_only(org, goals):
    from rapport import access

    hr = org["hr"].user
    cycle = goals.cycle
    cycle_transition(actor=hr, cycle=cycle, to="review")
    cycle_transition(actor=hr, cycle=cycle, to="closed")
    card = card_of(cycle, org["employee"])
    assert not access.can_edit_goals(org["manager"].user, card)
    assert not access.can_self_review(org["employee"].user, card)
    assert not access.can_record_actuals(hr, card)
    with pytest.raises(ValidationError):
        cycle_set_bands(actor=hr, cycle=cycle, bands=[{"code": "P", "min_score": 0}])


def test_the_rating_scale_can_be_changed_and_is_validated(org):
    hr = org["hr"].user
    cycle = new_cycle(hr)
    cycle_set_bands(
        actor=hr,
        cycle=cycle,
        bands=[
            {"code": "H", "min_score": 80, "label": "High", "label_zh": "高"},
            {"code": "L", "min_score": 0, "label": "Low"},
        ],
    )
    assert list(cycle.bands.values_list("code", "min_score")) == [
        ("H", Decimal(80)),
        ("L", Decimal(0)),
    ]
    with pytest.raises(ValidationError, match="start at 0"):
        cycle_set_bands(actor=hr, cycle=cycle, bands=[{"code": "H", "min_score": 80}])
    with pytest.raises(ValidationError, match="own code"):
        cycle_set_bands(
            actor=hr,
            cycle=cycle,
            bands=[{"code": "H", "min_score": 0}, {"code": "H", "min_score": 50}],
        )


def settings_of(cycle: Cycle) -> dict:
    return {
        "name": cycle.name,
        "name_zh": cycle.name_zh,
        "self_review_deadline": cycle.self_review_deadline,
        "interview_deadline": cycle.interview_deadline,
        "show_reviewer_names": cycle.show_reviewer_names,
    }


def test_hr_changes_the_settings_of_a_draft_cycle_and_the_audit_trail_says_what_changed(org):
    hr = org["hr"].user
    cycle = new_cycle(hr)
    updated = cycle_update(
        actor=hr,
        cycle=cycle,
        version=cycle.version,
        name=" 2027 first half ",
        period_end=datetime.date(2027, 6, 29),
        show_reviewer_names=True,
        departments=[org["sales"]],
    )
    assert updated.name == "2027 first half" and updated.show_reviewer_names
    assert updated.version == cycle.version + 1
    assert list(updated.departments.all()) == [org["sales"]]
    event = AuditEvent.objects.get(action="cycle.update", object_uuid=cycle.uuid)
    assert event.changes["show_reviewer_names"] == [False, True]
    assert event.changes["departments"] == [[], ["Sales"]]
    assert event.changes["period_end"] == ["2027-06-30", "2027-06-29"]


def test_an_open_cycle_keeps_its_period_and_participants_but_its_deadlines_move(org, cycle):
    hr = org["hr"].user
    moved = cycle_update(
        actor=hr,
        cycle=cycle,
        version=cycle.version,
        **{**settings_of(cycle), "interview_deadline": datetime.date(2027, 1, 31)},
    )
    assert moved.interview_deadline == datetime.date(2027, 1, 31)
    for change in (
        {"period_start": datetime.date(2026, 8, 1)},
        {"departments": [org["sales"]]},
    ):
        with pytest.raises(ValidationError) as excinfo:
            cycle_update(actor=hr, cycle=moved, version=moved.version, **change)
        assert set(change) <= set(excinfo.value.message_dict)
    unchanged = Cycle.objects.get(pk=cycle.pk)
    assert unchanged.period_start == datetime.date(2026, 7, 1)
    assert not unchanged.departments.exists() and unchanged.version == moved.version


def test_cycle_settings_reject_a_stale_edit_bad_dates_a_closed_cycle_and_non_hr(org, cycle):
    hr = org["hr"].user
    with pytest.raises(StaleEdit):
        cycle_update(actor=hr, cycle=cycle, version=cycle.version - 1, name="Late")
    with pytest.raises(ValidationError) as excinfo:
        cycle_update(
            actor=hr,
            cycle=cycle,
            version=cycle.version,
            interview_deadline=datetime.date(2026, 12, 1),
        )
    assert "interview_deadline" in excinfo.value.message_dict
    with pytest.raises(PermissionDenied):
        cycle_update(actor=org["manager"].user, cycle=cycle, version=cycle.version, name="Mine")
    assert Cycle.objects.get(pk=cycle.pk).name == "2026 H2"
    review = cycle_transition(actor=hr, cycle=cycle, to="review")
    closed = cycle_transition(actor=hr, cycle=review, to="closed")
    with pytest.raises(ValidationError):
        cycle_update(actor=hr, cycle=closed, version=closed.version, name="Renamed")
    assert not AuditEvent.objects.filter(action="cycle.update").exists()
