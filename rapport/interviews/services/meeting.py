"""Holding the interview: start, stage notes saved as one types, private notes, the outcome."""

import datetime
from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from rapport import access
from rapport.audit.services import audit_record
from rapport.interviews.models import (
    Goal,
    Interview,
    InterviewType,
    PrivateNote,
    Stage,
    StageNote,
    Task,
)
from rapport.interviews.services.scheduling import _lock, bump
from rapport.notify.services import in_language_of, notify
from rapport.people.services.errors import StaleEdit

NOTES_MAX = 20_000


@transaction.atomic
def interview_start(*, actor: Any, interview: Interview, version: int) -> Interview:
    current = _lock(interview, version)
    if not access.can_run_interview(actor, current) or current.state != Interview.State.SCHEDULED:
        raise PermissionDenied
    bump(current, state=Interview.State.IN_PROGRESS, started_at=timezone.now())
    StageNote.objects.bulk_create(
        [StageNote(interview=current, stage=s) for s in Stage.values], ignore_conflicts=True
    )
    audit_record(
        actor=actor,
        action="interview.start",
        obj=current,
        changes={"state": ["scheduled", "in_progress"]},
    )
    return current


@transaction.atomic
def stage_note_save(
    *, actor: Any, interview: Interview, stage: int, notes: str, version: int, add_seconds: int = 0
) -> StageNote:
    """Save the shared notes of a stage. `version` is the note's version the editor started from:
    if another tab saved in between, StaleEdit is raised and nothing is overwritten."""
    if stage not in Stage.values:
        raise ValidationError({"stage": _("Unknown stage.")})
    interview = Interview.objects.select_related("conductor").get(pk=interview.pk)
    if (
        not access.can_run_interview(actor, interview)
        or interview.state != Interview.State.IN_PROGRESS
    ):
        raise PermissionDenied
    if len(notes) > NOTES_MAX:
        raise ValidationError(
            {"notes": _("Notes are limited to %(n)s characters per stage.") % {"n": NOTES_MAX}}
        )
    add_seconds = max(0, min(int(add_seconds), 3600))
    note, _created = StageNote.objects.select_for_update().get_or_create(
        interview=interview, stage=stage
    )
    if note.version != version:
        raise StaleEdit()
    StageNote.objects.filter(pk=note.pk).update(
        notes=notes, version=F("version") + 1, seconds_spent=F("seconds_spent") + add_seconds
    )
    note.refresh_from_db()
    return note


@transaction.atomic
def private_note_save(
    *, actor: Any, interview: Interview, stage: int, text: str, version: int
) -> PrivateNote:
    if stage not in Stage.values:
        raise ValidationError({"stage": _("Unknown stage.")})
    interview = Interview.objects.get(pk=interview.pk)
    if (
        not (access.is_conductor(actor, interview) or access.is_interviewee(actor, interview))
        or interview.is_frozen
    ):
        raise PermissionDenied
    note, _created = PrivateNote.objects.select_for_update().get_or_create(
        interview=interview, author=actor, stage=stage
    )
    if note.version != version:
        raise StaleEdit()
    PrivateNote.objects.filter(pk=note.pk).update(text=text[:NOTES_MAX], version=F("version") + 1)
    note.refresh_from_db()
    return note


def parse_tasks(text: str) -> list[tuple[str, str, datetime.date]]:
    """Lines "employee | task | 2026-12-01" (or "supervisor | …"; 员工/主管 also accepted)."""
    owners = {
        "employee": "employee",
        "员工": "employee",
        "supervisor": "supervisor",
        "主管": "supervisor",
        "manager": "supervisor",
    }
    tasks = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parts = [p.strip() for p in line.replace("｜", "|").split("|")]
        if len(parts) != 3 or parts[0].lower() not in owners or not parts[1]:
            raise ValidationError(
                {
                    "tasks": _(
                        "Line %(n)s: write “employee | task | YYYY-MM-DD” or “supervisor | task | YYYY-MM-DD”."
                    )
                    % {"n": number}
                }
            )
        try:
            due = datetime.date.fromisoformat(parts[2])
        except ValueError as exc:
            raise ValidationError(
                {
                    "tasks": _("Line %(n)s: “%(value)s” is not a date (YYYY-MM-DD).")
                    % {"n": number, "value": parts[2]}
                }
            ) from exc
        tasks.append((owners[parts[0].lower()], parts[1][:300], due))
    return tasks


def parse_goals(text: str) -> list[tuple[str, str, Decimal | None, Decimal]]:
    """Lines "goal | target | unit | weight", e.g. "Orders shipped on time | 95 | % | 40"."""
    goals = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parts = [p.strip() for p in line.replace("｜", "|").split("|")]
        if len(parts) != 4 or not parts[0]:
            raise ValidationError(
                {"goals": _("Line %(n)s: write “goal | target | unit | weight”.") % {"n": number}}
            )
        try:
            target = Decimal(parts[1]) if parts[1] else None
            weight = Decimal(parts[3])
        except ArithmeticError as exc:
            raise ValidationError(
                {
                    "goals": _("Line %(n)s: the target and the weight must be numbers.")
                    % {"n": number}
                }
            ) from exc
        if not Decimal(0) <= weight <= Decimal(100):
            raise ValidationError(
                {
                    "goals": _("Line %(n)s: the weight is a percentage from 0 to 100.")
                    % {"n": number}
                }
            )
        goals.append((parts[0][:200], parts[2][:30], target, weight))
    return goals


@transaction.atomic
def interview_submit_outcome(
    *,
    actor: Any,
    interview: Interview,
    version: int,
    consensus: str,
    agreed_rating: str,
    next_meeting_on: datetime.date | None,
    tasks: list[tuple[str, str, datetime.date]],
    strengths: str = "",
    career_wishes: str = "",
    swot: tuple[str, str, str, str] = ("", "", "", ""),
    goals: list[tuple[str, str, Decimal | None, Decimal]] | None = None,
) -> Interview:
    """End the meeting with its record; the employee is asked to acknowledge it or disagree."""
    current = _lock(interview, version)
    if not access.is_conductor(actor, current) or current.state != Interview.State.IN_PROGRESS:
        raise PermissionDenied
    errors: dict[str, str] = {}
    if not consensus.strip():
        errors["consensus"] = _("Write down what you agreed on, even if it is little.")
    if next_meeting_on is None:
        errors["next_meeting_on"] = _("Set the date of the next meeting.")
    elif next_meeting_on <= timezone.localdate():
        errors["next_meeting_on"] = _("The next meeting must be after today.")
    valid_ratings = {"not_agreed"} | (
        {b.code for b in current.cycle.bands.all()} if current.cycle else {"1", "2", "3", "4", "5"}
    )
    if agreed_rating not in valid_ratings:
        errors["agreed_rating"] = _("Choose the agreed rating, or “not agreed”.")
    if current.kind == InterviewType.GOAL_SETTING and not (goals or []):
        errors["goals"] = _("A goal-setting interview ends with at least one goal.")
    if errors:
        raise ValidationError(errors)
    facts = diagnosis_facts(current)
    Task.objects.filter(interview=current).delete()
    Task.objects.bulk_create(
        [Task(interview=current, owner=o, description=d, due_on=due) for o, d, due in tasks]
    )
    Goal.objects.filter(interview=current).delete()
    Goal.objects.bulk_create(
        [
            Goal(interview=current, title=t, unit=u, target=target, weight=w)
            for t, u, target, w in (goals or [])
        ]
    )
    bump(
        current,
        state=Interview.State.AWAITING_EMPLOYEE,
        ended_at=timezone.now(),
        outcome_submitted_at=timezone.now(),
        consensus=consensus.strip(),
        agreed_rating=agreed_rating,
        next_meeting_on=next_meeting_on,
        strengths=strengths.strip(),
        career_wishes=career_wishes.strip(),
        swot_strengths=swot[0].strip(),
        swot_weaknesses=swot[1].strip(),
        swot_opportunities=swot[2].strip(),
        swot_threats=swot[3].strip(),
        **facts,
    )
    note_bands_store(current)
    audit_record(
        actor=actor,
        action="interview.outcome",
        obj=current,
        changes={
            "state": ["in_progress", "awaiting_employee"],
            "agreed_rating": [None, agreed_rating],
        },
    )
    with in_language_of(current.employee.user):
        notify(
            user=current.employee.user,
            kind="interview.record",
            title=_("Please read and acknowledge your interview record"),
            url=reverse("interviews:detail", args=[current.uuid]),
        )
    return current


def diagnosis_facts(interview: Interview) -> dict[str, Any]:
    """What HR's diagnosis needs, fixed when the meeting ends: its real length, how late it was
    against the cycle's deadline, and how often the coach found judgements of the person."""
    from rapport.coach import analyze

    now = timezone.now()
    minutes = (
        int((now - interview.started_at).total_seconds() // 60) if interview.started_at else None
    )
    late = (
        (timezone.localdate() - interview.cycle.interview_deadline).days
        if interview.cycle
        else None
    )
    judgements = 0
    for note in StageNote.objects.filter(
        interview=interview, stage__in=[Stage.REVIEW, Stage.GOALS]
    ):
        if note.notes.strip():
            judgements += sum(
                1 for f in analyze(note.notes[:20_000]).findings if f.code == "judges_person"
            )
    return {
        "actual_minutes": minutes,
        "days_late": late,
        "coach_judgements": min(judgements, 32767),
    }


def note_bands_store(interview: Interview) -> None:
    """LSH bands of the shared notes, for the near-duplicate ("copy-pasted") diagnosis."""
    from rapport.insights.models import NoteBand
    from rapport.insights.similarity import bands, minhash

    NoteBand.objects.filter(interview=interview).delete()
    notes = StageNote.objects.filter(interview=interview, stage__gte=Stage.REVIEW).order_by("stage")
    signature = minhash("\n".join(notes.values_list("notes", flat=True)))
    if signature is not None:
        NoteBand.objects.bulk_create(
            [
                NoteBand(interview=interview, band=i, bucket=b)
                for i, b in enumerate(bands(signature))
            ]
        )


@transaction.atomic
def goals_copy_to_next_scorecard(*, actor: Any, interview: Interview) -> int:
    """Turn the agreed goals into indicators on the employee's draft scorecard of a later cycle."""
    from rapport.appraisal.models import Indicator, Scorecard
    from rapport.appraisal.services.scorecards import _refresh_quality

    if not access.is_conductor(actor, interview) and not access.is_hr(actor):
        raise PermissionDenied
    after = interview.cycle.period_end if interview.cycle else timezone.localdate()
    card = (
        Scorecard.objects.filter(
            employee=interview.employee,
            state=Scorecard.State.DRAFT,
            cycle__state="open",
            cycle__period_start__gt=after,
        )
        .order_by("cycle__period_start")
        .first()
    )
    if card is None:
        raise ValidationError(
            _("There is no later open cycle with a scorecard in draft for %(name)s yet.")
            % {"name": interview.employee.name}
        )
    pending = list(interview.goals.filter(copied_to__isnull=True))
    position = card.indicators.count()
    for goal in pending:
        position += 1
        indicator = Indicator.objects.create(
            scorecard=card,
            position=position,
            title=goal.title,
            kind="quantitative" if goal.target is not None else "qualitative",
            unit=goal.unit,
            weight=goal.weight,
            target=goal.target,
            rule="linear" if goal.target is not None else "rating",
        )
        goal.copied_to = indicator
        goal.save(update_fields=["copied_to"])
    Scorecard.objects.filter(pk=card.pk).update(version=F("version") + 1)
    _refresh_quality(card)
    audit_record(
        actor=actor,
        action="interview.goals_to_scorecard",
        obj=interview,
        changes={"indicators": [0, len(pending)]},
    )
    return len(pending)
