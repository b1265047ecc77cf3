from typing import Any

from django.db.models import Count, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from rapport import access
from rapport.plans.models import Action, Escalation, Plan


def _get(queryset: QuerySet, **lookup: Any) -> Any:
    try:
        return queryset.get(**lookup)
    except (queryset.model.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def plan_list(*, user: Any) -> QuerySet[Plan]:
    return (
        access.plans_visible_to(user)
        .select_related("employee", "supervisor")
        .annotate(
            action_count=Count("actions", distinct=True),
            overdue=Count(
                "actions",
                filter=Q(
                    actions__state__in=["planned", "in_progress"],
                    actions__due_on__lt=timezone.localdate(),
                ),
                distinct=True,
            ),
        )
        .order_by("-created_at")
    )


def plan_get(*, user: Any, uuid: Any) -> Plan:
    return _get(
        access.plans_visible_to(user).select_related(
            "employee__user", "supervisor__user", "interview"
        ),
        uuid=uuid,
    )


def action_get(*, user: Any, plan: Plan, uuid: Any) -> Action:
    return _get(
        Action.objects.filter(plan=plan).select_related(
            "plan", "responsible", "inspector", "cause"
        ),
        uuid=uuid,
    )


def my_actions(*, user: Any) -> QuerySet[Action]:
    me = access.employee_of(user)
    if me is None:
        return Action.objects.none()
    return Action.objects.filter(
        Q(responsible=me) | Q(inspector=me), plan__state="active"
    ).select_related("plan__employee", "responsible", "inspector")


def escalation_get(*, user: Any, uuid: Any) -> Escalation:
    return _get(
        access.escalations_visible_to(user).select_related("cause__plan", "process_owner"),
        uuid=uuid,
    )


def escalation_inbox(*, user: Any) -> QuerySet[Escalation]:
    me = access.employee_of(user)
    if me is None:
        return Escalation.objects.none()
    return (
        Escalation.objects.filter(process_owner=me)
        .select_related("cause")
        .order_by("replied_at", "-created_at")
    )


def board(
    *, user: Any, department: Any = None, supervisor: Any = None, state: str = ""
) -> dict[str, Any]:
    """HR's tracking board: a fixed number of queries whatever the number of plans."""
    plans = Plan.objects.all()
    if department is not None:
        plans = plans.filter(employee__department__path__startswith=department.path)
    if supervisor is not None:
        plans = plans.filter(supervisor=supervisor)
    active = plans.filter(state=state or "active")
    actions = Action.objects.filter(plan__in=plans, plan__state="active").select_related(
        "plan__employee", "responsible", "inspector"
    )
    today = timezone.localdate()
    return {
        "plans": list(
            active.select_related("employee", "supervisor")
            .annotate(
                action_count=Count("actions", distinct=True),
                verified=Count("actions", filter=Q(actions__state="verified"), distinct=True),
                overdue=Count(
                    "actions",
                    filter=Q(
                        actions__state__in=["planned", "in_progress"], actions__due_on__lt=today
                    ),
                    distinct=True,
                ),
            )
            .order_by("end_on")[:200]
        ),
        "overdue": list(
            actions.filter(state__in=["planned", "in_progress"], due_on__lt=today).order_by(
                "due_on"
            )[:200]
        ),
        "waiting": list(actions.filter(state="done").order_by("due_on")[:200]),
        "escalations": list(
            Escalation.objects.filter(cause__plan__in=plans, replied_at__isnull=True)
            .select_related("process_owner", "cause__plan__employee")
            .order_by("created_at")[:200]
        ),
        "counts": plans.values("state").annotate(n=Count("pk")).order_by(),
    }
