"""Reads for appraisal, always scoped by rapport.access."""

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db.models import Count, Prefetch, Q, QuerySet, Sum
from django.http import Http404

from rapport import access
from rapport.appraisal import scoring
from rapport.appraisal.models import Cycle, FeedbackRequest, Indicator, KeyEvent, Scorecard
from rapport.appraisal.services.scorecards import values_of, warnings_for
from rapport.people.models import Employee


def _get(queryset: QuerySet, **lookup: Any) -> Any:
    try:
        return queryset.get(**lookup)
    except (queryset.model.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def cycle_list(*, user: Any) -> QuerySet[Cycle]:
    return access.cycles_visible_to(user).order_by("-period_start")


def cycle_get(*, user: Any, uuid: Any) -> Cycle:
    return _get(access.cycles_visible_to(user), uuid=uuid)


def current_cycle(*, user: Any) -> Cycle | None:
    """The cycle people are working in: the latest open or in-review one."""
    return (
        access.cycles_visible_to(user)
        .filter(state__in=[Cycle.State.OPEN, Cycle.State.REVIEW])
        .order_by("-period_start")
        .first()
    )


@dataclass(frozen=True)
class DepartmentProgress:
    department: str
    total: int
    by_state: dict[str, int]
    warnings: int

    def share(self, *states: str) -> int:
        done = sum(self.by_state.get(s, 0) for s in states)
        return round(100 * done / self.total) if self.total else 0


def cycle_progress(*, cycle: Cycle) -> list[DepartmentProgress]:
    """Scorecards per department and state, aggregated in the database (one query)."""
    rows = (
        Scorecard.objects.filter(cycle=cycle)
        .values("employee__department__name", "employee__department__name_zh", "state")
        .annotate(n=Count("pk"), w=Sum("quality_warnings"))
        .order_by()
    )
    from django.utils.translation import get_language

    zh = (get_language() or "").startswith("zh")
    table: dict[str, dict[str, Any]] = {}
    for row in rows:
        name = (
            (row["employee__department__name_zh"] if zh else "")
            or row["employee__department__name"]
            or "—"
        )
        entry = table.setdefault(name, {"total": 0, "by_state": {}, "warnings": 0})
        entry["total"] += row["n"]
        entry["warnings"] += row["w"] or 0
        entry["by_state"][row["state"]] = entry["by_state"].get(row["state"], 0) + row["n"]
    return [
        DepartmentProgress(
            department=name, total=e["total"], by_state=e["by_state"], warnings=e["warnings"]
        )
        for name, e in sorted(table.items())
    ]


def scorecard_get(*, user: Any, uuid: Any) -> Scorecard:
    return _get(
        access.scorecards_visible_to(user).select_related(
            "cycle", "employee__manager", "employee__department", "band"
        ),
        uuid=uuid,
    )


def scorecard_for(*, user: Any, cycle: Cycle, employee: Employee) -> Scorecard | None:
    return access.scorecards_visible_to(user).filter(cycle=cycle, employee=employee).first()


@dataclass(frozen=True)
class IndicatorRow:
    indicator: Indicator
    score: Decimal | None
    warnings: list


def indicator_rows(*, scorecard: Scorecard) -> list[IndicatorRow]:
    return [
        IndicatorRow(i, scoring.indicator_score(values_of(i)), warnings_for(i))
        for i in scorecard.indicators.all()
    ]


def provisional_score(rows: list[IndicatorRow]) -> Decimal | None:
    return scoring.final_score([values_of(r.indicator) for r in rows])


def team_scorecards(*, user: Any, cycle: Cycle) -> list[Scorecard]:
    """Scorecards of the user's direct reports in `cycle`, with their indicators: two queries."""
    me = access.employee_of(user)
    if me is None:
        return []
    cards = list(
        access.scorecards_visible_to(user)
        .filter(cycle=cycle, employee__manager=me)
        .select_related("employee", "band")
        .annotate(indicator_count=Count("indicators"), weight_total=Sum("indicators__weight"))
        .prefetch_related(Prefetch("indicators", queryset=Indicator.objects.order_by("position")))
        .order_by("employee__name")
    )
    for card in cards:
        card.provisional = scoring.final_score([values_of(i) for i in card.indicators.all()])  # type: ignore[attr-defined]
    return cards


def key_event_list(
    *,
    user: Any,
    employee: Employee,
    polarity: str = "",
    indicator: Indicator | None = None,
    date_from: Any = None,
    date_to: Any = None,
) -> QuerySet[KeyEvent]:
    events = (
        access.key_events_visible_to(user)
        .filter(employee=employee)
        .select_related("indicator", "recorded_by__employee")
        .prefetch_related("attachments")
    )
    if polarity:
        events = events.filter(polarity=polarity)
    if indicator is not None:
        events = events.filter(indicator=indicator)
    if date_from:
        events = events.filter(occurred_on__gte=date_from)
    if date_to:
        events = events.filter(occurred_on__lte=date_to)
    return events.order_by("-occurred_on", "-id")


def key_event_get(*, user: Any, uuid: Any) -> KeyEvent:
    return _get(access.key_events_visible_to(user).select_related("employee"), uuid=uuid)


def feedback_to_give(*, user: Any) -> QuerySet[FeedbackRequest]:
    me = access.employee_of(user)
    if me is None:
        return FeedbackRequest.objects.none()
    return (
        FeedbackRequest.objects.filter(reviewer=me)
        .select_related("subject", "cycle")
        .order_by("state", "-created_at")
    )


def feedback_about(*, user: Any, scorecard: Scorecard) -> list[FeedbackRequest]:
    """Requests about the scorecard's employee in its cycle, as the user may see them."""
    me = access.employee_of(user)
    requests = FeedbackRequest.objects.filter(
        cycle=scorecard.cycle, subject=scorecard.employee
    ).select_related("reviewer", "cycle")
    is_subject = me is not None and me.pk == scorecard.employee_id
    if is_subject and not access.is_hr(user):
        # The subject sees submitted answers, and who was asked only if HR allows names.
        requests = requests.filter(Q(state=FeedbackRequest.State.SUBMITTED) | Q(requested_by=user))
    result = list(requests)
    for request in result:
        request.show_name = access.can_see_reviewer(user, request)  # type: ignore[attr-defined]
    return result


def feedback_request_get(*, user: Any, uuid: Any) -> FeedbackRequest:
    return _get(
        access.feedback_requests_visible_to(user).select_related("subject", "cycle", "reviewer"),
        uuid=uuid,
    )
