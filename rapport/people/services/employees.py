"""Writes to employees and accounts. Every one checks access, validates, audits, is atomic."""

import datetime
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _

from rapport import access
from rapport.audit.services import audit_record, diff, snapshot
from rapport.people.models import Department, Employee, Language, User
from rapport.people.services.errors import StaleEdit
from rapport.people.services.paths import employee_subtree_move, path_for

EDITABLE_FIELDS = (
    "name",
    "email",
    "department",
    "job_title",
    "manager",
    "hire_date",
    "is_active",
)


def check_manager(*, employee: Employee | None, manager: Employee | None) -> None:
    """Refuse a manager that would put `employee` above themself (a loop)."""
    if manager is None or employee is None or employee.pk is None:
        return
    if manager.pk == employee.pk:
        raise ValidationError({"manager": _("An employee cannot be their own manager.")})
    if manager.path.startswith(employee.path):
        raise ValidationError(
            {
                "manager": _(
                    "%(manager)s reports to %(employee)s, so they cannot be their manager: "
                    "that would make a loop."
                )
                % {"manager": manager.name, "employee": employee.name}
            }
        )


def username_for(employee_number: str) -> str:
    return employee_number.strip().lower()


@transaction.atomic
def employee_create(
    *,
    actor: Any,
    employee_number: str,
    name: str,
    email: str,
    department: Department | None = None,
    job_title: str = "",
    manager: Employee | None = None,
    hire_date: datetime.date | None = None,
    language: str = "",
    is_active: bool = True,
) -> Employee:
    """Create an employee with a sign-in account (no usable password until they reset it)."""
    if not access.can_edit_employee(actor):
        raise PermissionDenied
    if language and language not in Language.values:
        raise ValidationError({"language": _("Unknown language.")})
    user = User(username=username_for(employee_number), email=email, language=language)
    user.set_unusable_password()
    user.full_clean(exclude=["password"])
    user.save()
    employee = Employee(
        user=user,
        employee_number=employee_number.strip(),
        name=name.strip(),
        email=email.strip(),
        department=department,
        job_title=job_title.strip(),
        manager=manager,
        hire_date=hire_date,
        is_active=is_active,
    )
    employee.full_clean(exclude=["user"])
    employee.save()
    if manager is not None:
        manager = Employee.objects.select_for_update().get(pk=manager.pk)
    employee.path = path_for(manager.path if manager else None, employee.pk)
    Employee.objects.filter(pk=employee.pk).update(path=employee.path)
    audit_record(
        actor=actor,
        action="employee.create",
        obj=employee,
        changes=diff({}, snapshot(employee, ("employee_number", *EDITABLE_FIELDS))),
    )
    return employee


@transaction.atomic
def employee_update(*, actor: Any, employee: Employee, version: int, **changes: Any) -> Employee:
    """Change the editable fields of an employee.

    Raises StaleEdit when `version` is not the stored one (a concurrent edit), ValidationError on
    bad values or a manager loop. The caller's object is refreshed with the saved values.
    """
    if not access.can_edit_employee(actor, employee):
        raise PermissionDenied
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    current = (
        Employee.objects.select_for_update(of=("self",))
        .select_related("manager", "department")
        .get(pk=employee.pk)
    )
    if current.version != version:
        raise StaleEdit()
    before = snapshot(current, EDITABLE_FIELDS)
    for field, value in changes.items():
        setattr(current, field, value.strip() if isinstance(value, str) else value)
    new_manager = changes.get("manager", current.manager)
    if new_manager is not None:
        new_manager = Employee.objects.select_for_update().get(pk=new_manager.pk)
    check_manager(employee=current, manager=new_manager)
    current.full_clean(exclude=["user"])
    after = snapshot(current, EDITABLE_FIELDS)
    changed = diff(before, after)
    if not changed:
        return current
    old_path = current.path
    current.version = F("version") + 1
    current.save()
    current.refresh_from_db()
    if "manager" in changed:
        employee_subtree_move(
            employee=current,
            old_path=old_path,
            new_path=path_for(new_manager.path if new_manager else None, current.pk),
        )
    if "email" in changed:
        User.objects.filter(pk=current.user_id).update(email=current.email)
    if "is_active" in changed:
        User.objects.filter(pk=current.user_id).update(is_active=current.is_active)
    audit_record(actor=actor, action="employee.update", obj=current, changes=changed)
    current.refresh_from_db()
    return current


def user_set_language(*, actor: Any, user: User, language: str) -> None:
    """Remember the interface language of an account (one's own only)."""
    if actor.pk != user.pk:
        raise PermissionDenied
    if language not in Language.values:
        raise ValidationError({"language": _("Unknown language.")})
    if user.language != language:
        before = user.language
        User.objects.filter(pk=user.pk).update(language=language)
        user.language = language
        audit_record(
            actor=actor,
            action="user.set_language",
            obj=user,
            changes={"language": [before, language]},
        )
