"""HR's diagnosis of the performance process, computed in the database.

Every figure is an aggregate query; the number of queries is the same for ten people or fifty
thousand. Formulas (also in docs/insights.md):

- coverage = employees with a held interview in the cycle / participants (scorecards) of the cycle
- formality = held interviews with at least one sign of formality / held interviews; the signs:
  shorter than half the planned time, an empty stage, no employee-feedback notes, notes nearly
  identical to another interview's (MinHash LSH), acknowledged within 30 seconds of first opening
- reluctance = interviews not held after the cycle's interview deadline (overdue), average days
  late of those held late, reschedules
- acceptance = held interviews the employee disagreed with / held interviews; HR case outcomes
- results = held interviews with agreed tasks, goals or a plan / held interviews; plan completion
  = completed / closed plans; verification = verified actions / actions not dropped; overdue actions
- indicator quality = qualitative or target-less indicators / indicators
- training needs = internal causes of knowledge and skills, training actions, and supervisors whose
  notes the coach flagged as judging the person
- systemic issues = external causes by category; escalations by process owner with reply time
"""

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Avg, Count, F, Q, QuerySet, Sum
from django.utils import timezone
from django.utils.translation import get_language

from rapport import access
from rapport.appraisal.models import Cycle, Indicator, Scorecard
from rapport.insights import flags
from rapport.interviews.models import Disagreement, Interview
from rapport.people.models import Department, Employee
from rapport.plans.models import Action, Cause, Escalation, Plan


def rate(part: int | None, whole: int | None) -> float | None:
    return None if not whole else round(100 * (part or 0) / whole, 1)


@dataclass
class Row:
    key: Any
    label: str
    due: int = 0
    held: int = 0
    overdue: int = 0
    formal: int = 0
    short: int = 0
    empty_stage: int = 0
    no_voice: int = 0
    copied: int = 0
    quick_ack: int = 0
    disagreed: int = 0
    no_result: int = 0
    late: int = 0
    days_late: float | None = None
    reschedules: int = 0
    held_interviews: int = 0
    indicators: int = 0
    soft_indicators: int = 0
    judgements: int = 0

    @property
    def coverage(self) -> float | None:
        return rate(self.held, self.due)

    @property
    def formality_rate(self) -> float | None:
        return rate(self.formal, self.held_interviews)

    @property
    def disagreement_rate(self) -> float | None:
        return rate(self.disagreed, self.held_interviews)

    @property
    def result_rate(self) -> float | None:
        return rate(self.held_interviews - self.no_result, self.held_interviews)

    @property
    def soft_share(self) -> float | None:
        return rate(self.soft_indicators, self.indicators)

    def as_dict(self) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items() if k != "key"}
        data["key"] = str(self.key) if self.key is not None else None
        data.update(
            coverage=self.coverage,
            formality_rate=self.formality_rate,
            disagreement_rate=self.disagreement_rate,
            result_rate=self.result_rate,
            soft_share=self.soft_share,
        )
        return data


@dataclass
class Dashboard:
    cycle: Cycle
    total: Row
    departments: list[Row]
    supervisors: list[Row]
    plans: dict[str, Any] = field(default_factory=dict)
    cases: dict[str, int] = field(default_factory=dict)
    training: dict[str, Any] = field(default_factory=dict)
    systemic: dict[str, Any] = field(default_factory=dict)
    trend: list[dict[str, Any]] = field(default_factory=list)


_INTERVIEW_COUNTS = {
    "held": Count("employee", filter=flags.FLAGS["held"], distinct=True),
    "held_interviews": Count("pk", filter=flags.FLAGS["held"]),
    "overdue": Count("pk", filter=flags.FLAGS["overdue"]),
    "formal": Count("pk", filter=flags.FLAGS["held"] & flags.formal()),
    **{
        name: Count("pk", filter=flags.FLAGS[name])
        for name in (
            "short",
            "empty_stage",
            "no_voice",
            "copied",
            "quick_ack",
            "disagreed",
            "no_result",
            "late",
        )
    },
    "days_late": Avg("days_late", filter=flags.FLAGS["late"]),
    "reschedules": Sum("reschedule_count"),
    "judgements": Sum("coach_judgements"),
}


def _scope(
    user: Any, department: Department | None, supervisor: Employee | None
) -> QuerySet[Employee]:
    people = access.employees_visible_to(user)
    me = access.employee_of(user)
    if me is not None and not access.is_hr(user):
        people = people.exclude(pk=me.pk)  # a supervisor's diagnosis is about the line below them
    if department is not None:
        people = people.filter(department__path__startswith=department.path)
    if supervisor is not None:
        people = people.filter(path__startswith=supervisor.path).exclude(pk=supervisor.pk)
    return people


def _fill(rows: dict[Any, Row], values: QuerySet, key: str) -> None:
    for item in values:
        row = rows.get(item[key])
        if row is None:
            continue
        for name, value in item.items():
            if name != key and value is not None:
                setattr(row, name, float(value) if isinstance(value, Decimal) else value)


def dashboard(
    *,
    user: Any,
    cycle: Cycle,
    department: Department | None = None,
    supervisor: Employee | None = None,
) -> Dashboard:
    people = _scope(user, department, supervisor)
    cards = Scorecard.objects.filter(cycle=cycle, employee__in=people)
    interviews = flags.with_today(
        flags.annotate(
            Interview.objects.filter(cycle=cycle, employee__in=people).exclude(state="cancelled")
        )
    )
    zh = (get_language() or "").startswith("zh")

    # departments
    due_by_department = list(
        cards.values(key=F("employee__department")).annotate(due=Count("pk")).order_by()
    )
    ids = [d["key"] for d in due_by_department]
    names = {
        d.pk: (d.name_zh if zh and d.name_zh else d.name)
        for d in Department.objects.filter(pk__in=[i for i in ids if i])
    }
    departments = {
        d["key"]: Row(key=d["key"], label=names.get(d["key"], "—"), due=d["due"])
        for d in due_by_department
    }
    _fill(
        departments,
        interviews.values(key=F("employee__department")).annotate(**_INTERVIEW_COUNTS).order_by(),
        "key",
    )
    soft = Q(kind="qualitative") | Q(kind="quantitative", target__isnull=True)
    _fill(
        departments,
        Indicator.objects.filter(scorecard__in=cards)
        .values(key=F("scorecard__employee__department"))
        .annotate(indicators=Count("pk"), soft_indicators=Count("pk", filter=soft))
        .order_by(),
        "key",
    )

    # supervisors: due by manager, interviews by conductor
    due_by_manager = list(
        cards.values(key=F("employee__manager")).annotate(due=Count("pk")).order_by("-due")[:500]
    )
    managers = {
        e.pk: e.name
        for e in Employee.objects.filter(pk__in=[d["key"] for d in due_by_manager if d["key"]])
    }
    supervisors = {
        d["key"]: Row(key=d["key"], label=managers.get(d["key"], "—"), due=d["due"])
        for d in due_by_manager
        if d["key"]
    }
    _fill(
        supervisors,
        interviews.values(key=F("conductor")).annotate(**_INTERVIEW_COUNTS).order_by(),
        "key",
    )

    total = Row(key=None, label="")
    for row in departments.values():
        for name in (
            "due",
            "held",
            "overdue",
            "formal",
            "short",
            "empty_stage",
            "no_voice",
            "copied",
            "quick_ack",
            "disagreed",
            "no_result",
            "late",
            "reschedules",
            "held_interviews",
            "indicators",
            "soft_indicators",
            "judgements",
        ):
            setattr(total, name, getattr(total, name) + (getattr(row, name) or 0))
    late_avg = interviews.aggregate(v=Avg("days_late", filter=flags.FLAGS["late"]))["v"]
    total.days_late = float(late_avg) if late_avg is not None else None

    return Dashboard(
        cycle=cycle,
        total=total,
        departments=sorted(
            departments.values(),
            key=lambda r: (r.coverage if r.coverage is not None else 101, r.label),
        ),
        supervisors=sorted(
            supervisors.values(), key=lambda r: (-(r.overdue + r.formal + r.disagreed), r.label)
        )[:50],
        plans=_plans(people),
        cases=_cases(cycle, people),
        training=_training(people, cycle),
        systemic=_systemic(people),
        trend=_trend(user, people),
    )


def _plans(people: QuerySet[Employee]) -> dict[str, Any]:
    plans = Plan.objects.filter(employee__in=people)
    states = dict(plans.values_list("state").annotate(n=Count("pk")).order_by())
    actions = (
        Action.objects.filter(plan__in=plans)
        .exclude(state="dropped")
        .aggregate(
            total=Count("pk"),
            verified=Count("pk", filter=Q(state="verified")),
            overdue=Count(
                "pk",
                filter=Q(
                    plan__state="active",
                    state__in=["planned", "in_progress"],
                    due_on__lt=timezone.localdate(),
                ),
            ),
            waiting=Count("pk", filter=Q(plan__state="active", state="done")),
        )
    )
    closed = states.get("completed", 0) + states.get("not_successful", 0)
    return {
        "states": states,
        "completion_rate": rate(states.get("completed", 0), closed),
        "verification_rate": rate(actions["verified"], actions["total"]),
        **actions,
    }


def _cases(cycle: Cycle, people: QuerySet[Employee]) -> dict[str, int]:
    """Disagreements of the cycle by state and by resolution, keyed by their readable label."""
    cases = Disagreement.objects.filter(interview__cycle=cycle, interview__employee__in=people)
    states = dict(Disagreement.State.choices)
    resolutions = dict(Disagreement.Resolution.choices)
    result = {
        str(states[k]): v for k, v in cases.values_list("state").annotate(n=Count("pk")).order_by()
    }
    result.update(
        {
            str(resolutions[k]): v
            for k, v in cases.exclude(resolution="")
            .values_list("resolution")
            .annotate(n=Count("pk"))
            .order_by()
        }
    )
    return result


def _labelled(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    labels = dict(Cause.Category.choices)
    return [{**row, "label": str(labels.get(row["category"], row["category"]))} for row in rows]


def _training(people: QuerySet[Employee], cycle: Cycle) -> dict[str, Any]:
    causes = Cause.objects.filter(plan__employee__in=people, category__in=["knowledge", "skills"])
    return {
        "causes": _labelled(list(causes.values("category").annotate(n=Count("pk")).order_by("-n"))),
        "trainings": list(
            Action.objects.filter(plan__employee__in=people, kind="training")
            .values("measure")
            .annotate(n=Count("pk"))
            .order_by("-n")[:10]
        ),
        "judging_supervisors": list(
            Interview.objects.filter(cycle=cycle, employee__in=people, coach_judgements__gt=0)
            .values("conductor__uuid", "conductor__name")
            .annotate(interviews=Count("pk"), judgements=Sum("coach_judgements"))
            .order_by("-judgements")[:10]
        ),
    }


def _systemic(people: QuerySet[Employee]) -> dict[str, Any]:
    external = Cause.objects.filter(plan__employee__in=people).exclude(category__in=Cause.INTERNAL)
    escalations = Escalation.objects.filter(cause__plan__employee__in=people)
    return {
        "causes": _labelled(
            list(external.values("category").annotate(n=Count("pk")).order_by("-n"))
        ),
        "owners": [
            {
                **row,
                "reply_hours": None
                if row["reply_time"] is None
                else round(row["reply_time"].total_seconds() / 3600, 1),
            }
            for row in escalations.values("process_owner__name")
            .annotate(
                total=Count("pk"),
                open=Count("pk", filter=Q(replied_at__isnull=True)),
                reply_time=Avg(
                    F("replied_at") - F("created_at"), filter=Q(replied_at__isnull=False)
                ),
            )
            .order_by("-open", "-total")[:20]
        ],
    }


def _trend(user: Any, people: QuerySet[Employee]) -> list[dict[str, Any]]:
    cycles = list(
        access.cycles_visible_to(user).exclude(state="draft").order_by("-period_start")[:6]
    )
    due = dict(
        Scorecard.objects.filter(cycle__in=cycles, employee__in=people)
        .values_list("cycle")
        .annotate(n=Count("pk"))
        .order_by()
    )
    held = dict(
        Interview.objects.filter(cycle__in=cycles, employee__in=people, state__in=flags.HELD)
        .values_list("cycle")
        .annotate(n=Count("employee", distinct=True))
        .order_by()
    )
    return [
        {
            "cycle": c.display_name,
            "uuid": str(c.uuid),
            "due": due.get(c.pk, 0),
            "held": held.get(c.pk, 0),
            "coverage": rate(held.get(c.pk, 0), due.get(c.pk, 0)),
        }
        for c in reversed(cycles)
    ]
