"""Disagreement with an interview record, and the HR case that resolves it."""

from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from rapport import access
from rapport.appraisal import scoring
from rapport.appraisal.models import Scorecard
from rapport.audit.services import audit_record
from rapport.interviews.models import Disagreement, Interview
from rapport.interviews.services.scheduling import _lock, bump
from rapport.notify.services import in_language_of, notify
from rapport.people.models import User


@transaction.atomic
def interview_disagree(
    *, actor: Any, interview: Interview, version: int, reason: str, explanation: str
) -> Disagreement:
    current = _lock(interview, version)
    if not access.can_acknowledge(actor, current):
        raise PermissionDenied
    errors = {}
    if reason not in Disagreement.Reason.values:
        errors["reason"] = _("Choose the main reason.")
    if len(explanation.strip()) < 10:
        errors["explanation"] = _("Explain what you disagree with, in a sentence or two.")
    if errors:
        raise ValidationError(errors)
    case = Disagreement.objects.create(
        interview=current, reason=reason, explanation=explanation.strip()
    )
    bump(current, state=Interview.State.DISAGREED)
    audit_record(
        actor=actor,
        action="interview.disagree",
        obj=current,
        changes={"reason": [None, reason], "state": ["awaiting_employee", "disagreed"]},
    )
    url = reverse("interviews:case", args=[case.uuid])
    for hr in User.objects.filter(is_hr=True, is_active=True):
        with in_language_of(hr):
            notify(
                user=hr,
                kind="case.opened",
                title=_("%(name)s disagrees with an interview record")
                % {"name": current.employee.name},
                url=url,
            )
    return case


def _lock_case(case: Disagreement) -> Disagreement:
    return (
        Disagreement.objects.select_for_update(of=("self",))
        .select_related(
            "interview__employee__user", "interview__conductor__user", "interview__scorecard__cycle"
        )
        .get(pk=case.pk)
    )


@transaction.atomic
def case_take(*, actor: Any, case: Disagreement) -> Disagreement:
    current = _lock_case(case)
    if not access.can_review_cases(actor) or current.state != Disagreement.State.OPEN:
        raise PermissionDenied
    Disagreement.objects.filter(pk=current.pk).update(
        state=Disagreement.State.UNDER_REVIEW, reviewer=actor
    )
    current.refresh_from_db()
    audit_record(
        actor=actor, action="case.take", obj=current, changes={"state": ["open", "under_review"]}
    )
    return current


@transaction.atomic
def case_resolve(
    *, actor: Any, case: Disagreement, resolution: str, note: str, new_score: Decimal | None = None
) -> Disagreement:
    """Resolve the case. A score adjustment changes the final score (and band) of the scorecard,
    with the before and after values in the audit trail. Both parties are told."""
    current = _lock_case(case)
    if not access.can_review_cases(actor) or current.state not in (
        Disagreement.State.OPEN,
        Disagreement.State.UNDER_REVIEW,
    ):
        raise PermissionDenied
    errors = {}
    if resolution not in Disagreement.Resolution.values:
        errors["resolution"] = _("Choose how the case is resolved.")
    if not note.strip():
        errors["note"] = _("Write the resolution note both parties will read.")
    scorecard = current.interview.scorecard
    if resolution == Disagreement.Resolution.SCORE_ADJUSTED:
        if scorecard is None:
            errors["resolution"] = _("This interview has no scorecard whose score could change.")
        elif new_score is None or not Decimal(0) <= new_score <= Decimal(120):
            errors["new_score"] = _("Give the new score, from 0 to 120.")
    if errors:
        raise ValidationError(errors)
    changes: dict[str, list] = {
        "state": [current.state, "resolved"],
        "resolution": [None, resolution],
    }
    if (
        resolution == Disagreement.Resolution.SCORE_ADJUSTED
        and scorecard is not None
        and new_score is not None
    ):
        before = scorecard.final_score
        band = scoring.band_for(new_score, [(b.min_score, b) for b in scorecard.cycle.bands.all()])
        Scorecard.objects.filter(pk=scorecard.pk).update(
            final_score=new_score, band=band, version=F("version") + 1
        )
        current.score_before, current.score_after = before, new_score
        changes["final_score"] = [None if before is None else str(before), str(new_score)]
        audit_record(
            actor=actor,
            action="scorecard.score_adjusted",
            obj=scorecard,
            changes={"final_score": changes["final_score"], "case": [None, str(current.uuid)]},
        )
    current.state = Disagreement.State.RESOLVED
    current.resolution = resolution
    current.resolution_note = note.strip()
    current.reviewer = current.reviewer or actor
    current.resolved_at = timezone.now()
    current.save()
    interview = current.interview
    Interview.objects.filter(pk=interview.pk).update(
        state=Interview.State.CLOSED, version=F("version") + 1
    )
    audit_record(actor=actor, action="case.resolve", obj=current, changes=changes)
    url = reverse("interviews:detail", args=[interview.uuid])
    for person in (interview.employee, interview.conductor):
        with in_language_of(person.user):
            notify(
                user=person.user,
                kind="case.resolved",
                title=_(
                    "The disagreement about the interview of %(date)s is resolved: %(resolution)s"
                )
                % {
                    "date": timezone.localtime(interview.starts_at).date().isoformat(),
                    "resolution": current.get_resolution_display(),
                },
                body=current.resolution_note,
                url=url,
            )
    return current


@transaction.atomic
def case_withdraw(*, actor: Any, case: Disagreement) -> Disagreement:
    current = _lock_case(case)
    if not access.can_withdraw_disagreement(actor, current):
        raise PermissionDenied
    Disagreement.objects.filter(pk=current.pk).update(
        state=Disagreement.State.WITHDRAWN, resolved_at=timezone.now()
    )
    interview = current.interview
    bump(interview, state=Interview.State.AWAITING_EMPLOYEE)
    current.refresh_from_db()
    audit_record(
        actor=actor, action="case.withdraw", obj=current, changes={"state": ["open", "withdrawn"]}
    )
    return current
