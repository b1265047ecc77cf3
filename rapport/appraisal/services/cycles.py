"""Cycles and their rating scale: created and moved through their states by HR."""

import datetime
from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _

from rapport import access
from rapport.appraisal.models import Cycle, RatingBand, Scorecard
from rapport.audit.services import audit_record, diff, snapshot
from rapport.people.models import Department, Employee

DEFAULT_BANDS = (
    ("S", "Outstanding", "卓越", Decimal(95)),
    ("A", "Exceeds expectations", "超出期望", Decimal(85)),
    ("B", "Meets expectations", "达到期望", Decimal(70)),
    ("C", "Partly meets expectations", "部分达到期望", Decimal(60)),
    ("D", "Does not meet expectations", "未达到期望", Decimal(0)),
)

TRANSITIONS = {
    Cycle.State.DRAFT: {Cycle.State.OPEN},
    Cycle.State.OPEN: {Cycle.State.REVIEW},
    Cycle.State.REVIEW: {Cycle.State.CLOSED},
    Cycle.State.CLOSED: set(),
}


def _check_dates(
    period_start: datetime.date,
    period_end: datetime.date,
    self_review_deadline: datetime.date,
    interview_deadline: datetime.date,
) -> None:
    errors = {}
    if period_end < period_start:
        errors["period_end"] = _("The period ends before it starts.")
    if self_review_deadline < period_start:
        errors["self_review_deadline"] = _("The self-review deadline is before the period starts.")
    if interview_deadline < self_review_deadline:
        errors["interview_deadline"] = _(
            "The interview deadline is before the self-review deadline."
        )
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def cycle_create(
    *,
    actor: Any,
    name: str,
    period_start: datetime.date,
    period_end: datetime.date,
    self_review_deadline: datetime.date,
    interview_deadline: datetime.date,
    name_zh: str = "",
    departments: list[Department] | None = None,
    show_reviewer_names: bool = False,
) -> Cycle:
    """A draft cycle with the default S/A/B/C/D scale (HR may change the bands while in draft)."""
    if not access.can_manage_cycles(actor):
        raise PermissionDenied
    _check_dates(period_start, period_end, self_review_deadline, interview_deadline)
    cycle = Cycle(
        name=name.strip(),
        name_zh=name_zh.strip(),
        period_start=period_start,
        period_end=period_end,
        self_review_deadline=self_review_deadline,
        interview_deadline=interview_deadline,
        show_reviewer_names=show_reviewer_names,
    )
    cycle.full_clean()
    cycle.save()
    if departments:
        cycle.departments.set(departments)
    RatingBand.objects.bulk_create(
        RatingBand(cycle=cycle, code=code, label=label, label_zh=label_zh, min_score=minimum)
        for code, label, label_zh, minimum in DEFAULT_BANDS
    )
    audit_record(
        actor=actor, action="cycle.create", obj=cycle, changes={"name": [None, cycle.name]}
    )
    return cycle


# Who takes part and over which period are fixed when the cycle opens: opening creates the
# scorecards. Names, deadlines and what employees see may change until the cycle closes.
ALWAYS_EDITABLE = (
    "name",
    "name_zh",
    "self_review_deadline",
    "interview_deadline",
    "show_reviewer_names",
)
DRAFT_ONLY = ("period_start", "period_end")


@transaction.atomic
def cycle_update(
    *,
    actor: Any,
    cycle: Cycle,
    version: int,
    departments: list[Department] | None = None,
    **changes: Any,
) -> Cycle:
    """Change a cycle's settings. Raises StaleEdit on a concurrent edit and ValidationError when
    the cycle is closed, the dates are out of order, or the period or the participating
    departments change after the cycle has opened."""
    from rapport.people.services.errors import StaleEdit

    if not access.can_manage_cycles(actor):
        raise PermissionDenied
    unknown = set(changes) - {*ALWAYS_EDITABLE, *DRAFT_ONLY}
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    current = Cycle.objects.select_for_update().get(pk=cycle.pk)
    if current.version != version:
        raise StaleEdit()
    if current.state == Cycle.State.CLOSED:
        raise ValidationError(_("A closed cycle cannot be changed."))
    fields = [*ALWAYS_EDITABLE, *DRAFT_ONLY]
    before = snapshot(current, fields)
    before["departments"] = sorted(d.name for d in current.departments.all())
    for field, value in changes.items():
        setattr(current, field, value.strip() if isinstance(value, str) else value)
    after = snapshot(current, fields)
    after["departments"] = (
        sorted(d.name for d in departments) if departments is not None else before["departments"]
    )
    changed = diff(before, after)
    if current.state != Cycle.State.DRAFT:
        frozen = {"period_start", "period_end", "departments"} & set(changed)
        if frozen:
            raise ValidationError(
                {
                    field: _("The period and the participants are fixed once the cycle is open.")
                    for field in sorted(frozen)
                }
            )
    _check_dates(
        current.period_start,
        current.period_end,
        current.self_review_deadline,
        current.interview_deadline,
    )
    current.full_clean()
    if not changed:
        return current
    current.version = F("version") + 1
    current.save()
    if "departments" in changed:
        current.departments.set(departments or [])
    current.refresh_from_db()
    audit_record(actor=actor, action="cycle.update", obj=current, changes=changed)
    return current


@transaction.atomic
def cycle_set_bands(*, actor: Any, cycle: Cycle, bands: list[dict[str, Any]]) -> list[RatingBand]:
    """Replace the rating scale. Bands need distinct codes and minimums, and one must start at 0."""
    if not access.can_manage_cycles(actor):
        raise PermissionDenied
    cycle = Cycle.objects.select_for_update().get(pk=cycle.pk)
    if cycle.state == Cycle.State.CLOSED:
        raise ValidationError(_("A closed cycle cannot be changed."))
    if Scorecard.objects.filter(cycle=cycle, band__isnull=False).exists():
        raise ValidationError(
            _("Scores already carry bands in this cycle; the scale can no longer change.")
        )
    minimums = [Decimal(str(b["min_score"])) for b in bands]
    codes = [str(b["code"]).strip() for b in bands]
    if not bands or Decimal(0) not in minimums:
        raise ValidationError(_("One band must start at 0 so that every score has a band."))
    if len(set(minimums)) != len(minimums) or len(set(codes)) != len(codes) or not all(codes):
        raise ValidationError(_("Each band needs its own code and its own minimum score."))
    before = list(cycle.bands.values_list("code", "min_score"))
    cycle.bands.all().delete()
    created = RatingBand.objects.bulk_create(
        RatingBand(
            cycle=cycle,
            code=code,
            label=str(b.get("label", "")).strip() or code,
            label_zh=str(b.get("label_zh", "")).strip(),
            min_score=minimum,
        )
        for code, minimum, b in zip(codes, minimums, bands, strict=True)
    )
    audit_record(
        actor=actor,
        action="cycle.set_bands",
        obj=cycle,
        changes={
            "bands": [
                [f"{c} ≥ {m}" for c, m in before],
                [f"{c} ≥ {m}" for c, m in zip(codes, minimums, strict=True)],
            ]
        },
    )
    return created


def participants(cycle: Cycle):
    people = Employee.objects.filter(is_active=True)
    departments = list(cycle.departments.all())
    if departments:
        from django.db.models import Q

        condition = Q()
        for department in departments:
            condition |= Q(department__path__startswith=department.path)
        people = people.filter(condition)
    return people


@transaction.atomic
def cycle_transition(*, actor: Any, cycle: Cycle, to: str, version: int | None = None) -> Cycle:
    """Move a cycle to its next state. Opening creates a scorecard for every participant."""
    if not access.can_manage_cycles(actor):
        raise PermissionDenied
    current = Cycle.objects.select_for_update().get(pk=cycle.pk)
    if version is not None and current.version != version:
        from rapport.people.services.errors import StaleEdit

        raise StaleEdit()
    if to not in TRANSITIONS[Cycle.State(current.state)]:
        raise ValidationError(
            _("A cycle cannot go from “%(from)s” to “%(to)s”.")
            % {"from": current.get_state_display(), "to": dict(Cycle.State.choices).get(to, to)}
        )
    before = current.state
    if to == Cycle.State.OPEN:
        have = set(Scorecard.objects.filter(cycle=current).values_list("employee_id", flat=True))
        Scorecard.objects.bulk_create(
            (
                Scorecard(cycle=current, employee_id=pk)
                for pk in participants(current).values_list("pk", flat=True)
                if pk not in have
            ),
            batch_size=1000,
        )
    if to == Cycle.State.CLOSED:
        Scorecard.objects.filter(cycle=current).exclude(state=Scorecard.State.FINAL).update(
            version=F("version") + 1
        )
    Cycle.objects.filter(pk=current.pk).update(state=to, version=F("version") + 1)
    current.refresh_from_db()
    audit_record(
        actor=actor, action="cycle.transition", obj=current, changes={"state": [before, to]}
    )
    return current
