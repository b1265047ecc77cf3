"""Importing employees and departments from CSV or XLSX.

The whole file is validated before anything is written; a single bad row means nothing is
imported and every problem is reported by row, column and reason in the user's language.
A re-import updates people by employee number. Managers may appear after their reports, or
already exist in Rapport. Departments are given as a path, "Sales / East".
"""

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.translation import gettext as _

from rapport import access
from rapport.audit.models import AuditEvent
from rapport.audit.services import audit_record_many, build_event
from rapport.core.bulk import update_rows
from rapport.people.models import Department, Employee, Language, User
from rapport.people.services.employees import username_for
from rapport.people.services.paths import department_paths_rebuild, employee_paths_rebuild
from rapport.people.tabular import Table, TableError, read_table

DEPARTMENT_SEPARATOR = "/"


@dataclass(frozen=True)
class Column:
    key: str
    aliases: tuple[str, ...]
    required: bool = False


COLUMNS = (
    Column(
        "employee_number", ("employee_number", "employee_no", "number", "工号", "员工编号"), True
    ),
    Column("name", ("name", "full_name", "姓名"), True),
    Column("email", ("email", "work_email", "邮箱", "工作邮箱", "电子邮箱"), True),
    Column("department", ("department", "部门")),
    Column("department_zh", ("department_zh", "department_chinese", "部门中文名", "部门（中文）")),
    Column("job_title", ("job_title", "title", "职位", "岗位")),
    Column(
        "manager_number",
        ("manager_number", "manager_employee_number", "manager", "上级工号", "直属上级工号"),
    ),
    Column("hire_date", ("hire_date", "入职日期")),
    Column("active", ("active", "is_active", "在职")),
    Column("language", ("language", "preferred_language", "语言", "首选语言")),
)

_TRUE = {"yes", "y", "true", "1", "是", "在职", "active"}
_FALSE = {"no", "n", "false", "0", "否", "离职", "inactive"}
_LANGUAGES = {
    "en": Language.EN,
    "english": Language.EN,
    "英文": Language.EN,
    "英语": Language.EN,
    "zh": Language.ZH_HANS,
    "zh-hans": Language.ZH_HANS,
    "zh-cn": Language.ZH_HANS,
    "zh_hans": Language.ZH_HANS,
    "chinese": Language.ZH_HANS,
    "中文": Language.ZH_HANS,
    "简体中文": Language.ZH_HANS,
}
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y年%m月%d日")
_NUMBER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$")


@dataclass(frozen=True)
class RowError:
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        return _("Row %(row)s, column %(column)s: %(message)s") % {
            "row": self.row,
            "column": self.column or "-",
            "message": self.message,
        }


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    departments_created: int = 0
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class PersonRow:
    row: int
    employee_number: str
    name: str
    email: str
    department: tuple[str, ...] | None
    department_zh: tuple[str, ...] | None
    job_title: str
    manager_number: str
    hire_date: datetime.date | None
    active: bool
    language: str


def _normalise_header(header: str) -> str:
    return re.sub(r"[\s\-]+", "_", header.strip().lower())


def _map_headers(table: Table) -> tuple[dict[str, str], list[RowError]]:
    """Map each known column key to the header used in the file."""
    by_alias = {
        _normalise_header(alias): column.key for column in COLUMNS for alias in column.aliases
    }
    found: dict[str, str] = {}
    errors: list[RowError] = []
    for header in table.headers:
        key = by_alias.get(_normalise_header(header))
        if key is None:
            continue
        if key in found:
            errors.append(RowError(1, header, _("This column appears twice.")))
        found[key] = header
    for column in COLUMNS:
        if column.required and column.key not in found:
            errors.append(
                RowError(
                    1, column.aliases[0], _("The required column is missing from the header row.")
                )
            )
    return found, errors


def _parse_date(value: object) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = str(value).strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text, fmt).date()  # noqa: DTZ007 - a date, no time
        except ValueError:
            continue
    raise ValueError(text)


def _department_path(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(DEPARTMENT_SEPARATOR))


def _parse_rows(table: Table, headers: dict[str, str]) -> tuple[list[PersonRow], list[RowError]]:
    errors: list[RowError] = []
    people: list[PersonRow] = []

    def cell(values: dict[str, object], key: str) -> object:
        header = headers.get(key)
        return values.get(header, "") if header else ""

    for number, values in table.rows:
        row_errors: list[RowError] = []

        def fail(
            key: str, message: str, number: int = number, row_errors: list = row_errors
        ) -> None:
            row_errors.append(RowError(number, headers.get(key, key), message))

        employee_number = str(cell(values, "employee_number")).strip()
        if not employee_number:
            fail("employee_number", _("The employee number is required."))
        elif not _NUMBER.match(employee_number):
            fail(
                "employee_number",
                _(
                    "“%(value)s” is not a valid employee number (letters, digits, . _ - ; at most 32)."
                )
                % {"value": employee_number},
            )
        name = str(cell(values, "name")).strip()
        if not name:
            fail("name", _("The name is required."))
        elif len(name) > 150:
            fail("name", _("The name is longer than 150 characters."))
        email = str(cell(values, "email")).strip()
        if not email:
            fail("email", _("The work email is required."))
        else:
            try:
                validate_email(email)
            except ValidationError:
                fail("email", _("“%(value)s” is not a valid email address.") % {"value": email})
        department = None
        department_raw = str(cell(values, "department")).strip()
        if department_raw:
            department = _department_path(department_raw)
            if any(not part or len(part) > 150 for part in department):
                fail(
                    "department",
                    _("“%(value)s” is not a valid department path (names separated by “/”).")
                    % {"value": department_raw},
                )
        department_zh = None
        department_zh_raw = str(cell(values, "department_zh")).strip()
        if department_zh_raw:
            department_zh = _department_path(department_zh_raw)
            if department is None or len(department_zh) != len(department):
                fail(
                    "department_zh",
                    _("The Chinese department path must have as many levels as the department."),
                )
        job_title = str(cell(values, "job_title")).strip()
        if len(job_title) > 150:
            fail("job_title", _("The job title is longer than 150 characters."))
        manager_number = str(cell(values, "manager_number")).strip()
        if manager_number and manager_number == employee_number:
            fail("manager_number", _("An employee cannot be their own manager."))
        hire_date = None
        hire_raw = cell(values, "hire_date")
        if hire_raw != "":
            try:
                hire_date = _parse_date(hire_raw)
            except ValueError:
                fail(
                    "hire_date",
                    _("“%(value)s” is not a date; write it as YYYY-MM-DD.") % {"value": hire_raw},
                )
        active = True
        active_raw = str(cell(values, "active")).strip().lower()
        if active_raw in _FALSE:
            active = False
        elif active_raw and active_raw not in _TRUE:
            fail("active", _("“%(value)s” is not yes or no.") % {"value": active_raw})
        language = ""
        language_raw = str(cell(values, "language")).strip().lower()
        if language_raw:
            language = _LANGUAGES.get(language_raw, "")
            if not language:
                fail(
                    "language",
                    _("“%(value)s” is not a language: use en or zh.") % {"value": language_raw},
                )
        errors.extend(row_errors)
        if not row_errors:
            people.append(
                PersonRow(
                    row=number,
                    employee_number=employee_number,
                    name=name,
                    email=email,
                    department=department,
                    department_zh=department_zh,
                    job_title=job_title,
                    manager_number=manager_number,
                    hire_date=hire_date,
                    active=active,
                    language=language,
                )
            )
    return people, errors


@dataclass
class _Existing:
    by_number: dict[str, Employee]
    manager_number_of: dict[str, str]
    number_by_email: dict[str, str]
    usernames: dict[str, int]


def _load_existing() -> _Existing:
    employees = list(
        Employee.objects.select_related("manager", "department").only(
            "id",
            "employee_number",
            "name",
            "email",
            "department",
            "job_title",
            "manager__employee_number",
            "hire_date",
            "is_active",
            "path",
            "version",
            "user_id",
            "uuid",
        )
    )
    return _Existing(
        by_number={e.employee_number: e for e in employees},
        manager_number_of={
            e.employee_number: e.manager.employee_number for e in employees if e.manager is not None
        },
        number_by_email={e.email.lower(): e.employee_number for e in employees},
        usernames=dict(User.objects.values_list("username", "id")),
    )


def _check_references(
    people: list[PersonRow], headers: dict[str, str], existing: _Existing, all_numbers: set[str]
) -> list[RowError]:
    errors: list[RowError] = []
    first_row_of: dict[str, int] = {}
    email_row: dict[str, int] = {}
    for person in people:
        if person.employee_number in first_row_of:
            errors.append(
                RowError(
                    person.row,
                    headers["employee_number"],
                    _("Employee number %(number)s also appears on row %(other)s.")
                    % {
                        "number": person.employee_number,
                        "other": first_row_of[person.employee_number],
                    },
                )
            )
        else:
            first_row_of[person.employee_number] = person.row
        email = person.email.lower()
        if email in email_row:
            errors.append(
                RowError(
                    person.row,
                    headers["email"],
                    _("The email %(email)s also appears on row %(other)s.")
                    % {"email": person.email, "other": email_row[email]},
                )
            )
        else:
            email_row[email] = person.row
    in_file = all_numbers
    for person in people:
        owner = existing.number_by_email.get(person.email.lower())
        # The address is free if its current owner is re-imported (with a new address).
        if owner and owner != person.employee_number and owner not in in_file:
            errors.append(
                RowError(
                    person.row,
                    headers["email"],
                    _("The email %(email)s already belongs to employee %(number)s.")
                    % {"email": person.email, "number": owner},
                )
            )
        if person.employee_number not in existing.by_number:
            user_id = existing.usernames.get(username_for(person.employee_number))
            if user_id is not None:
                errors.append(
                    RowError(
                        person.row,
                        headers["employee_number"],
                        _("The sign-in name %(username)s is already used by another account.")
                        % {"username": username_for(person.employee_number)},
                    )
                )
        if (
            person.manager_number
            and person.manager_number not in in_file
            and person.manager_number not in existing.by_number
        ):
            errors.append(
                RowError(
                    person.row,
                    headers.get("manager_number", "manager_number"),
                    _("No employee has the number %(number)s, in this file or in Rapport.")
                    % {"number": person.manager_number},
                )
            )
    return errors


def _find_loops(
    people: list[PersonRow], headers: dict[str, str], existing: _Existing
) -> list[RowError]:
    """Walk up from every imported person in the graph as it would be after the import."""
    manager_of = dict(existing.manager_number_of)
    for person in people:
        if person.manager_number:
            manager_of[person.employee_number] = person.manager_number
        else:
            manager_of.pop(person.employee_number, None)
    row_of = {p.employee_number: p.row for p in people}
    state: dict[str, int] = {}  # 1 = on the current walk, 2 = known to reach the top
    reported: set[str] = set()
    errors: list[RowError] = []
    for person in people:
        walk: list[str] = []
        node: str | None = person.employee_number
        while node is not None and state.get(node) is None:
            state[node] = 1
            walk.append(node)
            node = manager_of.get(node)
        if node is not None and state.get(node) == 1:
            loop = walk[walk.index(node) :]
            if not reported.intersection(loop):
                chain = " → ".join([*loop, node])
                for member in loop:
                    if member in row_of:
                        errors.append(
                            RowError(
                                row_of[member],
                                headers.get("manager_number", "manager_number"),
                                _("Reporting loop: %(chain)s.") % {"chain": chain},
                            )
                        )
                reported.update(loop)
        for visited in walk:
            state[visited] = 2
    return sorted(errors, key=lambda e: e.row)


def _ensure_departments(people: Iterable[PersonRow]) -> tuple[dict[tuple[str, ...], int], int]:
    """Create the departments named by the file, top-down; return their ids by path."""
    rows = list(Department.objects.values_list("id", "name", "name_zh", "parent_id"))
    by_key: dict[tuple[int | None, str], tuple[int, str]] = {
        (parent, name): (pk, name_zh) for pk, name, name_zh, parent in rows
    }
    ids: dict[tuple[str, ...], int] = {}
    created = 0
    zh_for: dict[tuple[str, ...], str] = {}
    for person in people:
        if person.department and person.department_zh:
            for depth in range(1, len(person.department) + 1):
                zh_for[person.department[:depth]] = person.department_zh[depth - 1]
    wanted = sorted(
        {p.department[:d] for p in people if p.department for d in range(1, len(p.department) + 1)},
        key=len,
    )
    for path in wanted:
        parent_id = ids[path[:-1]] if len(path) > 1 else None
        found = by_key.get((parent_id, path[-1]))
        name_zh = zh_for.get(path, "")
        if found is None:
            department = Department.objects.create(
                name=path[-1], name_zh=name_zh, parent_id=parent_id
            )
            by_key[(parent_id, path[-1])] = (department.pk, name_zh)
            ids[path] = department.pk
            created += 1
        else:
            ids[path] = found[0]
            if name_zh and found[1] != name_zh:
                Department.objects.filter(pk=found[0]).update(name_zh=name_zh)
    if created:
        department_paths_rebuild()
    return ids, created


_COMPARED = ("name", "email", "department_id", "job_title", "manager_id", "hire_date", "is_active")


def _write(people: list[PersonRow], existing: _Existing, actor: Any, result: ImportResult) -> None:
    department_ids, result.departments_created = _ensure_departments(people)
    new_people = [p for p in people if p.employee_number not in existing.by_number]
    users = []
    for person in new_people:
        user = User(
            username=username_for(person.employee_number),
            email=person.email,
            language=person.language,
            is_active=person.active,
        )
        user.set_unusable_password()
        users.append(user)
    User.objects.bulk_create(users, batch_size=1000)
    created = [
        Employee(
            user=user,
            employee_number=person.employee_number,
            name=person.name,
            email=person.email,
            job_title=person.job_title,
            hire_date=person.hire_date,
            is_active=person.active,
            department_id=department_ids[person.department] if person.department else None,
        )
        for person, user in zip(new_people, users, strict=True)
    ]
    Employee.objects.bulk_create(created, batch_size=1000)
    id_of = {e.employee_number: e.pk for e in existing.by_number.values()}
    id_of.update({e.employee_number: e.pk for e in created})
    created_by_number = {e.employee_number: e for e in created}

    events: list[AuditEvent] = []
    to_update: list[Employee] = []
    language_updates: dict[str, list[int]] = {}
    for person in people:
        manager_id = id_of[person.manager_number] if person.manager_number else None
        department_id = department_ids[person.department] if person.department else None
        new = created_by_number.get(person.employee_number)
        if new is not None:
            new.manager_id = manager_id
            if manager_id is not None:
                to_update.append(new)
            events.append(
                build_event(
                    actor=actor,
                    action="employee.import_create",
                    obj=new,
                    changes={
                        key: [None, str(getattr(new, key))]
                        for key in ("employee_number", "name", "email")
                    },
                )
            )
            result.created += 1
            continue
        employee = existing.by_number[person.employee_number]
        after = {
            "name": person.name,
            "email": person.email,
            "department_id": department_id,
            "job_title": person.job_title,
            "manager_id": manager_id,
            "hire_date": person.hire_date,
            "is_active": person.active,
        }
        changes = {
            key: [_plain(getattr(employee, key)), _plain(value)]
            for key, value in after.items()
            if getattr(employee, key) != value
        }
        if person.language and person.language != "":
            language_updates.setdefault(person.language, []).append(employee.user_id)
        if not changes:
            result.unchanged += 1
            continue
        for key, value in after.items():
            setattr(employee, key, value)
        employee.version += 1
        to_update.append(employee)
        events.append(
            build_event(actor=actor, action="employee.import_update", obj=employee, changes=changes)
        )
        result.updated += 1
    update_rows(Employee, [*_COMPARED, "version"], to_update)
    for language, user_ids in language_updates.items():
        User.objects.filter(pk__in=user_ids).exclude(language=language).update(language=language)
    changed = {e.user_id: e for e in to_update if e.employee_number not in created_by_number}
    accounts = list(User.objects.filter(pk__in=changed.keys()).only("id", "email", "is_active"))
    for account in accounts:
        account.email = changed[account.pk].email
        account.is_active = changed[account.pk].is_active
    update_rows(User, ["email", "is_active"], accounts)
    employee_paths_rebuild()
    audit_record_many(events)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def people_import(
    *, actor: Any, content: bytes, filename: str, dry_run: bool = False
) -> ImportResult:
    """Validate the whole file, then import it atomically; nothing is written if any row fails."""
    if not access.can_import_people(actor):
        raise PermissionDenied
    result = ImportResult()
    try:
        table = read_table(content, filename)
    except TableError as exc:
        result.errors.append(RowError(0, "", str(exc)))
        return result
    headers, header_errors = _map_headers(table)
    if header_errors:
        result.errors.extend(header_errors)
        return result
    if not table.rows:
        result.errors.append(RowError(1, "", _("The file has a header row but no people.")))
        return result
    people, errors = _parse_rows(table, headers)
    result.errors.extend(errors)
    with transaction.atomic():
        existing = _load_existing()
        all_numbers = {
            str(values.get(headers["employee_number"], "")).strip() for _row, values in table.rows
        }
        result.errors.extend(_check_references(people, headers, existing, all_numbers))
        if not result.errors:
            result.errors.extend(_find_loops(people, headers, existing))
        if result.errors:
            result.errors.sort(key=lambda e: e.row)
            return result
        if dry_run:
            for person in people:
                if person.employee_number in existing.by_number:
                    result.updated += 1
                else:
                    result.created += 1
            return result
        _write(people, existing, actor, result)
    return result
