"""Reads of people, always starting from what the user may see (rapport.access)."""

from dataclasses import dataclass
from typing import Any

from django.db.models import Count, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import Http404

from rapport import access
from rapport.people.models import Department, Employee


def employee_list(
    *,
    user: Any,
    q: str = "",
    department: Department | None = None,
    manager: Employee | None = None,
    active: bool | None = True,
) -> QuerySet[Employee]:
    """The people directory: visible employees, searched and filtered."""
    people = access.employees_visible_to(user).select_related("department", "manager")
    if q:
        people = people.filter(
            Q(name__icontains=q)
            | Q(employee_number__icontains=q)
            | Q(email__icontains=q)
            | Q(job_title__icontains=q)
        )
    if department is not None:
        people = people.filter(department__path__startswith=department.path)
    if manager is not None:
        people = people.filter(manager=manager)
    if active is not None:
        people = people.filter(is_active=active)
    return people.order_by("name", "employee_number")


def employee_get(*, user: Any, uuid: Any) -> Employee:
    """One employee the user may see, or 404: a record you may not see does not exist for you."""
    try:
        return (
            access.employees_visible_to(user)
            .select_related("department", "manager", "user")
            .get(uuid=uuid)
        )
    except (Employee.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def department_get(*, user: Any, uuid: Any) -> Department:
    try:
        return access.departments_visible_to(user).get(uuid=uuid)
    except (Department.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def department_choices(*, user: Any) -> QuerySet[Department]:
    return access.departments_visible_to(user).order_by("path")


def reporting_line(*, manager: Employee, include_self: bool = False) -> QuerySet[Employee]:
    """Everyone below `manager`, at any depth, in one query (stored-path prefix)."""
    line = Employee.objects.filter(path__startswith=manager.path)
    if not include_self:
        line = line.exclude(pk=manager.pk)
    return line


def direct_reports(*, manager: Employee) -> QuerySet[Employee]:
    return Employee.objects.filter(manager=manager)


def _with_line_size(people: QuerySet[Employee]) -> QuerySet[Employee]:
    """Annotate how many people (active) report to each, directly or not: one subquery."""
    below = (
        Employee.objects.filter(path__startswith=OuterRef("path"), is_active=True)
        .exclude(pk=OuterRef("pk"))
        .order_by()
        .values(group=Value(1))
        .annotate(n=Count("pk"))
        .values("n")
    )
    direct = (
        Employee.objects.filter(manager=OuterRef("pk"), is_active=True)
        .order_by()
        .values("manager")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return people.annotate(
        line_size=Coalesce(Subquery(below), 0), direct_count=Coalesce(Subquery(direct), 0)
    )


@dataclass(frozen=True)
class OrgChartNode:
    focus: Employee
    chain: list[Employee]  # managers above the focus that the user may see, top first
    reports: list[Employee]  # direct reports, each with line_size and direct_count


def org_chart(*, user: Any, focus: Employee | None) -> OrgChartNode | None:
    """The slice of the org chart around `focus`: its visible chain of managers and its reports.

    Three queries whatever the size of the organisation or the depth of the tree.
    """
    if focus is None:
        focus = org_chart_root(user=user)
        if focus is None:
            return None
    visible = access.employees_visible_to(user)
    focus = _with_line_size(visible.filter(pk=focus.pk)).select_related("department").get()
    chain_by_id = {e.pk: e for e in visible.filter(pk__in=focus.ancestor_ids)}
    chain = [chain_by_id[pk] for pk in focus.ancestor_ids if pk in chain_by_id]
    reports = list(
        _with_line_size(visible.filter(manager=focus, is_active=True))
        .select_related("department")
        .order_by("-line_size", "name")
    )
    return OrgChartNode(focus=focus, chain=chain, reports=reports)


def org_chart_root(*, user: Any) -> Employee | None:
    """Where a user's org chart starts: the top of the company for HR, oneself otherwise."""
    if access.is_hr(user):
        return (
            Employee.objects.filter(manager__isnull=True, is_active=True)
            .annotate(n=Count("direct_reports"))
            .order_by("-n", "name")
            .first()
        )
    return access.employee_of(user)


def top_level_employees(*, user: Any) -> QuerySet[Employee]:
    if not access.is_hr(user):
        return Employee.objects.none()
    return _with_line_size(Employee.objects.filter(manager__isnull=True, is_active=True)).order_by(
        "-line_size", "name"
    )
