from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from rapport.audit.models import AuditEvent
from rapport.conftest import hold
from rapport.interviews.services import disagreements as d
from rapport.notify.models import Notification


def disagree(org, interview, **kwargs):
    values = {
        "reason": "target_too_high",
        "explanation": "The revenue target doubled while the region shrank.",
    }
    return d.interview_disagree(
        actor=org["employee"].user,
        interview=interview,
        version=interview.version,
        **{**values, **kwargs},
    )


def test_disagreeing_opens_an_hr_case_and_tells_hr(org, interview):
    case = disagree(org, hold(org, interview))
    case.interview.refresh_from_db()
    assert case.state == "open" and case.interview.state == "disagreed"
    assert Notification.objects.filter(user=org["hr"].user, kind="case.opened").exists()


def test_a_disagreement_needs_a_reason_and_an_explanation(org, interview):
    held = hold(org, interview)
    with pytest.raises(ValidationError) as excinfo:
        disagree(org, held, reason="bad", explanation="no")
    assert set(excinfo.value.message_dict) == {"reason", "explanation"}


def test_hr_adjusts_the_score_and_the_change_is_audited_and_both_told(org, interview):
    from rapport.appraisal.models import Scorecard

    Scorecard.objects.filter(pk=interview.scorecard_id).update(final_score=Decimal("68.00"))
    case = disagree(org, hold(org, interview))
    with pytest.raises(PermissionDenied):
        d.case_take(actor=org["manager"].user, case=case)
    d.case_take(actor=org["hr"].user, case=case)
    with pytest.raises(ValidationError, match="new score"):
        d.case_resolve(
            actor=org["hr"].user,
            case=case,
            resolution="score_adjusted",
            note="Target was set after the region split.",
        )
    resolved = d.case_resolve(
        actor=org["hr"].user,
        case=case,
        resolution="score_adjusted",
        note="Target was set after the region split.",
        new_score=Decimal("74.50"),
    )
    card = Scorecard.objects.get(pk=interview.scorecard_id)
    assert (resolved.state, resolved.score_before, resolved.score_after) == (
        "resolved",
        Decimal("68.00"),
        Decimal("74.50"),
    )
    assert (card.final_score, card.band.code) == (Decimal("74.50"), "B")
    event = AuditEvent.objects.get(action="scorecard.score_adjusted")
    assert event.changes["final_score"] == ["68.00", "74.50"]
    assert set(
        Notification.objects.filter(kind="case.resolved").values_list("user__username", flat=True)
    ) == {"employee", "manager"}
    resolved.interview.refresh_from_db()
    assert resolved.interview.state == "closed"
    with pytest.raises(PermissionDenied):
        d.case_resolve(actor=org["hr"].user, case=resolved, resolution="upheld", note="again")


def test_the_employee_may_withdraw_and_then_acknowledge(org, interview):
    case = disagree(org, hold(org, interview))
    with pytest.raises(PermissionDenied):
        d.case_withdraw(actor=org["manager"].user, case=case)
    d.case_withdraw(actor=org["employee"].user, case=case)
    case.refresh_from_db()
    case.interview.refresh_from_db()
    assert case.state == "withdrawn" and case.interview.state == "awaiting_employee"
