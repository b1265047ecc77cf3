"""Acknowledgement as a signature over the canonical record; amendments; tamper check."""

import hashlib
import json
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from rapport import access
from rapport.audit.services import audit_record
from rapport.interviews.models import Amendment, Interview, Signature
from rapport.interviews.services.scheduling import _lock, bump
from rapport.notify.services import in_language_of, notify


def canonical_record(interview: Interview) -> dict[str, Any]:
    """Everything both sides see and sign, in a fixed shape. Private notes are never part of it."""
    return {
        "interview": str(interview.uuid),
        "type": interview.kind,
        "employee": interview.employee.employee_number,
        "conductor": interview.conductor.employee_number,
        "starts_at": interview.starts_at.isoformat(),
        "started_at": interview.started_at.isoformat() if interview.started_at else None,
        "ended_at": interview.ended_at.isoformat() if interview.ended_at else None,
        "stages": [
            {"stage": n.stage, "notes": n.notes} for n in interview.stage_notes.order_by("stage")
        ],
        "consensus": interview.consensus,
        "agreed_rating": interview.agreed_rating,
        "next_meeting_on": interview.next_meeting_on.isoformat()
        if interview.next_meeting_on
        else None,
        "strengths": interview.strengths,
        "career_wishes": interview.career_wishes,
        "swot": [
            interview.swot_strengths,
            interview.swot_weaknesses,
            interview.swot_opportunities,
            interview.swot_threats,
        ],
        "tasks": [
            {"owner": t.owner, "task": t.description, "due": t.due_on.isoformat()}
            for t in interview.tasks.order_by("due_on", "id")
        ],
        "goals": [
            {
                "goal": g.title,
                "unit": g.unit,
                "target": None if g.target is None else str(g.target.normalize()),
                "weight": str(g.weight.normalize()),
            }
            for g in interview.goals.order_by("id")
        ],
        "amendments": [
            {"at": a.created_at.isoformat(), "text": a.text}
            for a in interview.amendments.order_by("created_at", "id")
        ],
    }


def record_hash(interview: Interview) -> str:
    text = json.dumps(
        canonical_record(interview), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@transaction.atomic
def interview_acknowledge(
    *, actor: Any, interview: Interview, version: int, password: str, comment: str = ""
) -> Interview:
    """The employee signs the record: the password is asked again; time and hash are stored and
    the record is frozen (later changes are amendments)."""
    current = _lock(interview, version)
    if not access.can_acknowledge(actor, current):
        raise PermissionDenied
    if not actor.check_password(password):
        raise ValidationError({"password": _("The password is not correct.")})
    now = timezone.now()
    digest = record_hash(current)
    Signature.objects.create(interview=current, signer=actor, signed_at=now, record_hash=digest)
    seconds = (
        int((now - current.record_seen_at).total_seconds()) if current.record_seen_at else None
    )
    bump(
        current,
        state=Interview.State.ACKNOWLEDGED,
        acknowledged_at=now,
        record_hash=digest,
        employee_comment=comment.strip() or current.employee_comment,
        ack_seconds=seconds,
    )
    audit_record(
        actor=actor,
        action="interview.acknowledge",
        obj=current,
        changes={"record_hash": [None, digest]},
    )
    with in_language_of(current.conductor.user):
        notify(
            user=current.conductor.user,
            kind="interview.acknowledged",
            title=_("%(name)s acknowledged the interview record") % {"name": current.employee.name},
            url=reverse("interviews:detail", args=[current.uuid]),
        )
    return current


@transaction.atomic
def interview_amend(*, actor: Any, interview: Interview, version: int, text: str) -> Amendment:
    current = _lock(interview, version)
    if not access.can_amend(actor, current):
        raise PermissionDenied
    if not text.strip():
        raise ValidationError({"text": _("Write the amendment.")})
    amendment = Amendment.objects.create(interview=current, author=actor, text=text.strip())
    bump(current, state=Interview.State.AWAITING_EMPLOYEE)
    audit_record(
        actor=actor,
        action="interview.amend",
        obj=current,
        changes={
            "amendment": [None, text.strip()[:200]],
            "state": ["acknowledged", "awaiting_employee"],
        },
    )
    with in_language_of(current.employee.user):
        notify(
            user=current.employee.user,
            kind="interview.amended",
            title=_("Your interview record was amended: please acknowledge it again"),
            url=reverse("interviews:detail", args=[current.uuid]),
        )
    return amendment


def interview_mark_seen(*, actor: Any, interview: Interview) -> None:
    """The first time the employee opens the record to acknowledge it (for the formality check)."""
    if access.can_acknowledge(actor, interview) and interview.record_seen_at is None:
        Interview.objects.filter(pk=interview.pk, record_seen_at__isnull=True).update(
            record_seen_at=timezone.now()
        )


def interview_verify(interview: Interview) -> bool:
    """Recompute the hash of the record as stored now and compare it with the last signature."""
    last = interview.signatures.order_by("-signed_at", "-id").first()
    return last is not None and last.record_hash == record_hash(interview)


@transaction.atomic
def interview_close(*, actor: Any, interview: Interview, version: int) -> Interview:
    current = _lock(interview, version)
    if not access.can_close_interview(actor, current):
        raise PermissionDenied
    bump(current, state=Interview.State.CLOSED)
    audit_record(
        actor=actor,
        action="interview.close",
        obj=current,
        changes={"state": ["acknowledged", "closed"]},
    )
    return current
