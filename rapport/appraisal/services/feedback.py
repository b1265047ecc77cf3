"""Written feedback from peers and, for managers, from their reports (upward)."""

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from rapport import access
from rapport.appraisal.models import Cycle, FeedbackRequest
from rapport.audit.services import audit_record
from rapport.people.models import Employee


@transaction.atomic
def feedback_request(
    *, actor: Any, cycle: Cycle, subject: Employee, reviewer: Employee, kind: str, message: str = ""
) -> FeedbackRequest:
    if not access.can_request_feedback(actor, subject):
        raise PermissionDenied
    if cycle.state not in (Cycle.State.OPEN, Cycle.State.REVIEW):
        raise ValidationError(
            _("Feedback can be requested only while the cycle is open or in review.")
        )
    if reviewer.pk == subject.pk:
        raise ValidationError(
            {"reviewer": _("Nobody gives feedback on themself here: that is the self-review.")}
        )
    if not reviewer.is_active:
        raise ValidationError(
            {"reviewer": _("%(name)s has left the company.") % {"name": reviewer.name}}
        )
    if kind == FeedbackRequest.Kind.UPWARD and reviewer.manager_id != subject.pk:
        raise ValidationError(
            {"reviewer": _("Upward feedback comes from the manager's own direct reports.")}
        )
    if kind == FeedbackRequest.Kind.PEER and subject.manager_id == reviewer.pk:
        raise ValidationError(
            {"reviewer": _("The manager's view is the supervisor review, not peer feedback.")}
        )
    if FeedbackRequest.objects.filter(cycle=cycle, subject=subject, reviewer=reviewer).exists():
        raise ValidationError(
            {
                "reviewer": _("%(name)s has already been asked in this cycle.")
                % {"name": reviewer.name}
            }
        )
    request = FeedbackRequest(
        cycle=cycle,
        subject=subject,
        reviewer=reviewer,
        kind=kind,
        requested_by=actor,
        message=message.strip(),
    )
    request.full_clean()
    request.save()
    audit_record(
        actor=actor,
        action="feedback.request",
        obj=request,
        changes={"reviewer": [None, reviewer.name]},
    )
    return request


@transaction.atomic
def feedback_submit(
    *, actor: Any, request: FeedbackRequest, rating: int, strengths: str, improvements: str
) -> FeedbackRequest:
    current = (
        FeedbackRequest.objects.select_for_update(of=("self",))
        .select_related("cycle")
        .get(pk=request.pk)
    )
    if not access.can_answer_feedback(actor, current):
        raise PermissionDenied
    errors = {}
    if rating not in (1, 2, 3, 4, 5):
        errors["rating"] = _("Choose a rating from 1 to 5.")
    if not strengths.strip() and not improvements.strip():
        errors["strengths"] = _("Write at least a strength or something that could be better.")
    if errors:
        raise ValidationError(errors)
    current.rating, current.strengths, current.improvements = (
        rating,
        strengths.strip(),
        improvements.strip(),
    )
    current.state = FeedbackRequest.State.SUBMITTED
    current.submitted_at = timezone.now()
    current.save()
    audit_record(
        actor=actor,
        action="feedback.submit",
        obj=current,
        changes={"state": ["requested", "submitted"]},
    )
    return current


@transaction.atomic
def feedback_decline(*, actor: Any, request: FeedbackRequest) -> FeedbackRequest:
    current = (
        FeedbackRequest.objects.select_for_update(of=("self",))
        .select_related("cycle")
        .get(pk=request.pk)
    )
    if not access.can_answer_feedback(actor, current):
        raise PermissionDenied
    current.state = FeedbackRequest.State.DECLINED
    current.save(update_fields=["state"])
    audit_record(
        actor=actor,
        action="feedback.decline",
        obj=current,
        changes={"state": ["requested", "declined"]},
    )
    return current
