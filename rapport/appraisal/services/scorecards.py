"""Scorecards and their indicators: goals, actuals, self-review, supervisor review, final score.

Every write checks the right in rapport.access, refuses a stale version (a concurrent edit),
validates, records the audit trail and bumps the scorecard's version.
"""

from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F, Max
from django.utils import timezone
from django.utils.translation import gettext as _

from rapport import access
from rapport.appraisal import quality, scoring
from rapport.appraisal.models import Indicator, IndicatorTemplate, Scorecard
from rapport.audit.services import audit_record, diff, snapshot
from rapport.core.bulk import update_rows
from rapport.people.services.errors import StaleEdit

INDICATOR_FIELDS = (
    "title",
    "description",
    "kind",
    "unit",
    "direction",
    "weight",
    "baseline",
    "target",
    "stretch",
    "rule",
    "anchors",
)


def _lock(scorecard: Scorecard, version: int | None) -> Scorecard:
    current = (
        Scorecard.objects.select_for_update(of=("self",))
        .select_related("cycle", "employee")
        .get(pk=scorecard.pk)
    )
    if version is not None and current.version != version:
        raise StaleEdit()
    return current


def _bump(scorecard: Scorecard, **fields: Any) -> None:
    Scorecard.objects.filter(pk=scorecard.pk).update(version=F("version") + 1, **fields)
    scorecard.refresh_from_db()


def values_of(indicator: Indicator) -> scoring.IndicatorValues:
    return scoring.IndicatorValues(
        kind=indicator.kind,
        rule=indicator.rule,
        direction=indicator.direction,
        weight=indicator.weight,
        baseline=indicator.baseline,
        target=indicator.target,
        stretch=indicator.stretch,
        actual=indicator.actual,
        rating=indicator.supervisor_rating,
    )


def warnings_for(indicator: Indicator) -> list[quality.QualityWarning]:
    return quality.check_indicator(
        title=indicator.title,
        description=indicator.description,
        kind=indicator.kind,
        unit=indicator.unit,
        target=indicator.target,
        anchors=indicator.anchors,
    )


def _validate_indicator(indicator: Indicator) -> None:
    errors: dict[str, str] = {}
    if indicator.kind == Indicator.Kind.QUALITATIVE:
        indicator.rule = Indicator.Rule.RATING
    elif indicator.rule == Indicator.Rule.RATING:
        errors["rule"] = _(
            "A quantitative indicator is scored linearly or all-or-nothing, not by rating."
        )
    anchors = indicator.anchors or []
    if (
        not isinstance(anchors, list)
        or len(anchors) > 5
        or not all(isinstance(a, str) for a in anchors)
    ):
        errors["anchors"] = _("Give at most five anchors, one per rating from 1 to 5.")
    target, stretch, baseline = indicator.target, indicator.stretch, indicator.baseline
    higher = indicator.direction == Indicator.Direction.HIGHER
    if (
        target is not None
        and stretch is not None
        and (stretch <= target if higher else stretch >= target)
    ):
        errors["stretch"] = _("The stretch must be beyond the target.")
    if (
        target is not None
        and baseline is not None
        and (baseline > target if higher else baseline < target)
    ):
        errors["baseline"] = _(
            "The baseline must be on the other side of the target from the stretch."
        )
    if (
        indicator.kind == Indicator.Kind.QUANTITATIVE
        and indicator.rule == Indicator.Rule.LINEAR
        and not higher
        and target is not None
        and baseline is None
    ):
        errors["baseline"] = _("When lower is better, a baseline is needed to score progress.")
    if errors:
        raise ValidationError(errors)
    indicator.full_clean(exclude=["scorecard"])


def _refresh_quality(scorecard: Scorecard) -> None:
    count = sum(len(warnings_for(i)) for i in scorecard.indicators.all())
    Scorecard.objects.filter(pk=scorecard.pk).update(quality_warnings=count)


@transaction.atomic
def indicator_add(*, actor: Any, scorecard: Scorecard, version: int, **fields: Any) -> Indicator:
    current = _lock(scorecard, version)
    if not access.can_edit_goals(actor, current):
        raise PermissionDenied
    position = (current.indicators.aggregate(m=Max("position"))["m"] or 0) + 1
    indicator = Indicator(
        scorecard=current,
        position=position,
        **{k: fields[k] for k in INDICATOR_FIELDS if k in fields},
    )
    _validate_indicator(indicator)
    indicator.save()
    if current.state == Scorecard.State.GOALS_SET:
        current.state = Scorecard.State.DRAFT  # changed goals must be confirmed again
    _bump(current, state=current.state)
    _refresh_quality(current)
    audit_record(
        actor=actor,
        action="indicator.add",
        obj=current,
        changes={"indicator": [None, indicator.title]},
    )
    scorecard.refresh_from_db()
    return indicator


@transaction.atomic
def indicator_update(*, actor: Any, indicator: Indicator, version: int, **fields: Any) -> Indicator:
    current = _lock(indicator.scorecard, version)
    if not access.can_edit_goals(actor, current):
        raise PermissionDenied
    indicator = Indicator.objects.get(pk=indicator.pk)
    before = snapshot(indicator, INDICATOR_FIELDS)
    for key in INDICATOR_FIELDS:
        if key in fields:
            setattr(indicator, key, fields[key])
    _validate_indicator(indicator)
    changes = diff(before, snapshot(indicator, INDICATOR_FIELDS))
    if not changes:
        return indicator
    indicator.save()
    state = Scorecard.State.DRAFT if current.state == Scorecard.State.GOALS_SET else current.state
    _bump(current, state=state)
    _refresh_quality(current)
    audit_record(
        actor=actor,
        action="indicator.update",
        obj=current,
        changes={f"{indicator.title}.{k}": v for k, v in changes.items()},
    )
    return indicator


@transaction.atomic
def indicator_delete(*, actor: Any, indicator: Indicator, version: int) -> None:
    current = _lock(indicator.scorecard, version)
    if not access.can_edit_goals(actor, current):
        raise PermissionDenied
    title = indicator.title
    indicator.delete()
    state = Scorecard.State.DRAFT if current.state == Scorecard.State.GOALS_SET else current.state
    _bump(current, state=state)
    _refresh_quality(current)
    audit_record(
        actor=actor, action="indicator.delete", obj=current, changes={"indicator": [title, None]}
    )


@transaction.atomic
def scorecard_set_goals(*, actor: Any, scorecard: Scorecard, version: int) -> Scorecard:
    """Confirm the goals: at least one indicator, weights summing to 100."""
    current = _lock(scorecard, version)
    if not access.can_edit_goals(actor, current) or current.state != Scorecard.State.DRAFT:
        raise PermissionDenied
    weights = list(current.indicators.values_list("weight", flat=True))
    if not weights:
        raise ValidationError(_("Add at least one indicator before setting the goals."))
    total = scoring.weights_total(weights)
    if total != scoring.FULL:
        raise ValidationError(
            _("The weights add up to %(total)s%%; they must add up to 100%%.")
            % {"total": f"{total.normalize():f}"}
        )
    _bump(current, state=Scorecard.State.GOALS_SET)
    audit_record(
        actor=actor,
        action="scorecard.set_goals",
        obj=current,
        changes={"state": ["draft", "goals_set"]},
    )
    return current


@transaction.atomic
def indicator_record_actual(
    *, actor: Any, indicator: Indicator, actual: Decimal | None, version: int | None = None
) -> Indicator:
    current = _lock(indicator.scorecard, version)
    if not access.can_record_actuals(actor, current):
        raise PermissionDenied
    indicator = Indicator.objects.get(pk=indicator.pk)
    if indicator.kind != Indicator.Kind.QUANTITATIVE:
        raise ValidationError({"actual": _("Qualitative indicators are rated, not measured.")})
    before = indicator.actual
    indicator.actual = actual
    indicator.full_clean(exclude=["scorecard"])
    if before == actual:
        return indicator
    indicator.save(update_fields=["actual"])
    _bump(current)
    audit_record(
        actor=actor,
        action="indicator.actual",
        obj=current,
        changes={
            f"{indicator.title}.actual": [
                str(before) if before is not None else None,
                str(actual) if actual is not None else None,
            ]
        },
    )
    return indicator


@transaction.atomic
def scorecard_self_review(
    *,
    actor: Any,
    scorecard: Scorecard,
    version: int,
    comment: str,
    ratings: dict[int, tuple[int | None, str]],
) -> Scorecard:
    """The employee rates each indicator 1–5 with a comment, writes an overall comment, submits.

    `ratings` maps indicator ids to (rating, comment). Every indicator needs a rating.
    """
    current = _lock(scorecard, version)
    if not access.can_self_review(actor, current):
        raise PermissionDenied
    indicators = list(current.indicators.all())
    missing = [i.title for i in indicators if not ratings.get(i.pk) or ratings[i.pk][0] is None]
    if missing:
        raise ValidationError(
            _("Rate every indicator before submitting: %(titles)s.")
            % {"titles": "、".join(missing) if _is_zh() else ", ".join(missing)}
        )
    if not comment.strip():
        raise ValidationError(
            {"self_comment": _("Write a few words on your period before submitting.")}
        )
    for indicator in indicators:
        rating, note = ratings[indicator.pk]
        if rating not in (1, 2, 3, 4, 5):
            raise ValidationError(_("Ratings go from 1 to 5."))
        indicator.self_rating, indicator.self_comment = rating, note.strip()
    Indicator.objects.bulk_update(indicators, ["self_rating", "self_comment"])
    _bump(
        current,
        state=Scorecard.State.SELF_REVIEWED,
        self_comment=comment.strip(),
        self_submitted_at=timezone.now(),
    )
    audit_record(
        actor=actor,
        action="scorecard.self_review",
        obj=current,
        changes={"state": ["goals_set", "self_reviewed"]},
    )
    return current


def _is_zh() -> bool:
    from django.utils.translation import get_language

    return (get_language() or "").startswith("zh")


@transaction.atomic
def scorecard_supervisor_review(
    *,
    actor: Any,
    scorecard: Scorecard,
    version: int,
    comment: str,
    ratings: dict[int, tuple[int | None, str]],
) -> Scorecard:
    """The supervisor rates qualitative indicators (and may comment on each) and submits."""
    current = _lock(scorecard, version)
    if not access.can_supervisor_review(actor, current):
        raise PermissionDenied
    indicators = list(current.indicators.all())
    for indicator in indicators:
        rating, note = ratings.get(indicator.pk, (None, ""))
        if indicator.kind == Indicator.Kind.QUALITATIVE and rating is None:
            raise ValidationError(
                _("Rate every qualitative indicator: %(title)s.") % {"title": indicator.title}
            )
        if rating is not None and rating not in (1, 2, 3, 4, 5):
            raise ValidationError(_("Ratings go from 1 to 5."))
        indicator.supervisor_rating, indicator.supervisor_comment = rating, note.strip()
    missing_actuals = [
        i.title
        for i in indicators
        if i.kind == Indicator.Kind.QUANTITATIVE and scoring.indicator_score(values_of(i)) is None
    ]
    if missing_actuals:
        raise ValidationError(
            _("Record the actual of every quantitative indicator first: %(titles)s.")
            % {"titles": ", ".join(missing_actuals)}
        )
    if not comment.strip():
        raise ValidationError(
            {"supervisor_comment": _("Write your overall comment before submitting.")}
        )
    Indicator.objects.bulk_update(indicators, ["supervisor_rating", "supervisor_comment"])
    score = scoring.final_score([values_of(i) for i in indicators])
    before = current.state
    _bump(
        current,
        state=Scorecard.State.SUPERVISOR_REVIEWED,
        supervisor_comment=comment.strip(),
        supervisor_submitted_at=timezone.now(),
        final_score=score,
    )
    audit_record(
        actor=actor,
        action="scorecard.supervisor_review",
        obj=current,
        changes={"state": [before, "supervisor_reviewed"], "final_score": [None, str(score)]},
    )
    return current


@transaction.atomic
def scorecard_finalize(*, actor: Any, scorecard: Scorecard, version: int) -> Scorecard:
    """HR calibrates: the final score gets its band and the scorecard becomes read-only."""
    current = _lock(scorecard, version)
    if not access.can_finalize_scorecard(actor, current):
        raise PermissionDenied
    indicators = list(current.indicators.all())
    score = scoring.final_score([values_of(i) for i in indicators])
    if score is None:
        raise ValidationError(
            _("The scorecard cannot be scored yet: check weights, actuals and ratings.")
        )
    band = scoring.band_for(score, [(b.min_score, b) for b in current.cycle.bands.all()])
    _bump(current, state=Scorecard.State.FINAL, final_score=score, band=band)
    audit_record(
        actor=actor,
        action="scorecard.finalize",
        obj=current,
        changes={"final_score": [None, str(score)], "band": [None, getattr(band, "code", None)]},
    )
    return current


@transaction.atomic
def scorecard_copy_previous(*, actor: Any, scorecard: Scorecard, version: int) -> int:
    """Copy the indicators (not the results) of the employee's scorecard in the previous cycle."""
    current = _lock(scorecard, version)
    if not access.can_edit_goals(actor, current):
        raise PermissionDenied
    if current.indicators.exists():
        raise ValidationError(_("This scorecard already has indicators; remove them first."))
    previous = (
        Scorecard.objects.filter(
            employee=current.employee, cycle__period_start__lt=current.cycle.period_start
        )
        .order_by("-cycle__period_start")
        .first()
    )
    if previous is None or not previous.indicators.exists():
        raise ValidationError(_("There is no earlier scorecard with indicators to copy."))
    copies = [
        Indicator(
            scorecard=current, position=i.position, **{k: getattr(i, k) for k in INDICATOR_FIELDS}
        )
        for i in previous.indicators.all()
    ]
    Indicator.objects.bulk_create(copies)
    _bump(current)
    _refresh_quality(current)
    audit_record(
        actor=actor,
        action="scorecard.copy_previous",
        obj=current,
        changes={"indicators": [0, len(copies)]},
    )
    return len(copies)


def templates_for(employee: Any, templates: list[IndicatorTemplate]) -> list[IndicatorTemplate]:
    """Job-title templates win; otherwise those of the employee's closest department."""
    by_title = [t for t in templates if t.job_title and t.job_title == employee.job_title]
    if by_title:
        return by_title
    if employee.department is None:
        return []
    chain = [int(pk) for pk in employee.department.path.strip("/").split("/") if pk][::-1]
    for department_id in chain:
        found = [t for t in templates if not t.job_title and t.department_id == department_id]
        if found:
            return found
    return []


@transaction.atomic
def scorecards_apply_templates(*, actor: Any, cycle: Any) -> int:
    """Fill every empty draft scorecard of the cycle from the matching templates. Returns count."""
    if not access.can_manage_cycles(actor):
        raise PermissionDenied
    if cycle.state != "open":
        raise ValidationError(_("Templates are applied while the cycle is open."))
    templates = list(IndicatorTemplate.objects.all())
    empty = Scorecard.objects.filter(
        cycle=cycle, state=Scorecard.State.DRAFT, indicators__isnull=True
    ).select_related("employee__department")
    created: list[Indicator] = []
    filled: list[int] = []
    for card in empty:
        chosen = templates_for(card.employee, templates)
        if not chosen:
            continue
        filled.append(card.pk)
        created.extend(
            Indicator(scorecard=card, position=n, **{k: getattr(t, k) for k in INDICATOR_FIELDS})
            for n, t in enumerate(chosen, start=1)
        )
    Indicator.objects.bulk_create(created, batch_size=1000)
    cards = list(Scorecard.objects.filter(pk__in=filled).prefetch_related("indicators"))
    for card in cards:
        card.quality_warnings = sum(len(warnings_for(i)) for i in card.indicators.all())
        card.version += 1
    update_rows(Scorecard, ["quality_warnings", "version"], cards)
    audit_record(
        actor=actor,
        action="cycle.apply_templates",
        obj=cycle,
        changes={"scorecards": [0, len(filled)]},
    )
    return len(filled)
