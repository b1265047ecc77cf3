"""Reads of people, always starting from what the user may see (rapport.access)."""

from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Q, QuerySet, Value
from django.db.models.functions import StrIndex, Substr
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


PICK_LIMIT = 10


def employee_pick(*, user: Any, q: str, scope: str = "line") -> list[Employee]:
    """Up to ten people whose name, number or job title contains ``q`` (two characters at
    least), for the suggestions of an employee-number field."""
    q = q.strip()
    if len(q) < 2:
        return []
    people = access.employees_pickable_by(user, scope).filter(
        Q(name__icontains=q) | Q(employee_number__icontains=q) | Q(job_title__icontains=q)
    )
    return list(
        people.select_related("department").order_by("name", "employee_number")[:PICK_LIMIT]
    )


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


def _line_sizes(focus: Employee) -> dict[int, int]:
    """Active people below each direct report of `focus`: one grouped scan of the focus's line.

    The first path segment after the focus's own path names the direct report a row belongs to.
    """
    offset = len(focus.path) + 1
    segment = Substr("path", offset, StrIndex(Substr("path", offset), Value("/")) - 1)
    rows = (
        Employee.objects.filter(path__startswith=focus.path, is_active=True)
        .exclude(pk=focus.pk)
        .annotate(child=segment)
        .order_by()
        .values("child")
        .annotate(n=Count("pk"))
    )
    return {int(row["child"]): row["n"] for row in rows}


@dataclass(frozen=True)
class OrgChartNode:
    focus: Employee
    chain: list[Employee]  # managers above the focus that the user may see, top first
    reports: list[Employee]  # active direct reports, each with `line_size` (people below them)
    line_size: int  # active people below the focus


def org_chart(*, user: Any, focus: Employee | None) -> OrgChartNode | None:
    """The slice of the org chart around `focus`: its visible chain of managers and its reports.

    A fixed number of queries whatever the size of the organisation or the depth of the tree.
    """
    if focus is None:
        focus = org_chart_root(user=user)
        if focus is None:
            return None
    visible = access.employees_visible_to(user)
    chain_by_id = {e.pk: e for e in visible.filter(pk__in=focus.ancestor_ids)}
    chain = [chain_by_id[pk] for pk in focus.ancestor_ids if pk in chain_by_id]
    reports = list(
        visible.filter(manager=focus, is_active=True).select_related("department").order_by("name")
    )
    sizes = _line_sizes(focus)
    for report in reports:
        # the grouped count includes the report themself
        setattr(report, "line_size", sizes.get(report.pk, 1) - 1)  # noqa: B010 - display-only
    reports.sort(key=lambda r: (-getattr(r, "line_size", 0), r.name))
    return OrgChartNode(focus=focus, chain=chain, reports=reports, line_size=sum(sizes.values()))


def org_chart_root(*, user: Any) -> Employee | None:
    """Where a user's org chart starts: the top of the company for HR, oneself otherwise."""
    if access.is_hr(user):
        return (
            Employee.objects.filter(manager__isnull=True, is_active=True)
            .select_related("department")
            .annotate(n=Count("direct_reports"))
            .order_by("-n", "name")
            .first()
        )
    return access.employee_of(user)


def top_level_employees(*, user: Any) -> QuerySet[Employee]:
    if not access.is_hr(user):
        return Employee.objects.none()
    return Employee.objects.filter(manager__isnull=True, is_active=True).order_by("name")
