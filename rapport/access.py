"""Who may see and do what: every authorisation rule of Rapport lives here.

Rights follow relations: an employee sees their own records, a supervisor the whole reporting
line below them, HR everyone. Views, the API, services and commands ask these functions; none
decide on their own. Lists start from a `*_visible_to(user)` scope, so a record a user may not
see does not exist for them (404, never 403, on direct access).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db.models import Exists, OuterRef, QuerySet

if TYPE_CHECKING:
    from rapport.people.models import Department, Employee

_EMPLOYEE_CACHE = "_rapport_employee"
_SUPERVISOR_CACHE = "_rapport_is_supervisor"


def employee_of(user: Any) -> Employee | None:
    """The employee record of a signed-in user (cached on the user object)."""
    from rapport.people.models import Employee

    if not getattr(user, "is_authenticated", False):
        return None
    if not hasattr(user, _EMPLOYEE_CACHE):
        employee = Employee.objects.select_related("department").filter(user=user).first()
        setattr(user, _EMPLOYEE_CACHE, employee)
    return getattr(user, _EMPLOYEE_CACHE)


def is_hr(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False) and user.is_active and user.is_hr)


def is_supervisor(user: Any) -> bool:
    """Anyone with at least one active direct report is a supervisor."""
    from rapport.people.models import Employee

    if not hasattr(user, _SUPERVISOR_CACHE):
        me = employee_of(user)
        value = bool(me and Employee.objects.filter(manager=me, is_active=True).exists())
        setattr(user, _SUPERVISOR_CACHE, value)
    return bool(getattr(user, _SUPERVISOR_CACHE))


def roles(user: Any) -> set[str]:
    result: set[str] = set()
    if employee_of(user) is not None:
        result.add("employee")
    if is_supervisor(user):
        result.add("supervisor")
    if is_hr(user):
        result.add("hr")
    return result


# --- people -------------------------------------------------------------------------------


def employees_visible_to(user: Any) -> QuerySet[Employee]:
    """HR: everyone. Otherwise: oneself and the whole reporting line below."""
    from rapport.people.models import Employee

    if is_hr(user):
        return Employee.objects.all()
    me = employee_of(user)
    if me is None:
        return Employee.objects.none()
    return Employee.objects.filter(path__startswith=me.path)


def departments_visible_to(user: Any) -> QuerySet[Department]:
    from rapport.people.models import Department

    if is_hr(user):
        return Department.objects.all()
    people = employees_visible_to(user).filter(department=OuterRef("pk"))
    return Department.objects.filter(Exists(people))


def can_view_employee(user: Any, employee: Employee) -> bool:
    if is_hr(user):
        return True
    me = employee_of(user)
    return me is not None and employee.path.startswith(me.path)


def can_edit_employee(user: Any, employee: Employee | None = None) -> bool:
    return is_hr(user)


def can_import_people(user: Any) -> bool:
    return is_hr(user)


def can_read_audit(user: Any) -> bool:
    return is_hr(user)


def can_see_team(user: Any) -> bool:
    return is_supervisor(user) or is_hr(user)


def can_change_own_settings(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False))


# --- feedback coach ---------------------------------------------------------------------


def can_use_coach_practice(user: Any) -> bool:
    """The practice page is for the people who give feedback: supervisors and HR."""
    return is_supervisor(user) or is_hr(user)


def can_analyze_feedback(user: Any) -> bool:
    """Any signed-in account (or API token) may have a text analysed; nothing is stored."""
    return bool(getattr(user, "is_authenticated", False) and user.is_active)
