"""Importing indicator actuals from CSV or XLSX: all rows or none, like the people import."""

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _

from rapport import access
from rapport.appraisal.models import Cycle, Indicator, Scorecard
from rapport.audit.services import audit_record_many, build_event
from rapport.core.bulk import update_rows
from rapport.people.services.people_import import RowError
from rapport.people.tabular import TableError, read_table

COLUMNS = {
    "employee_number": ("employee_number", "employee_no", "工号"),
    "indicator": ("indicator", "indicator_title", "指标", "指标名称"),
    "actual": ("actual", "actual_value", "实际值", "实际"),
}
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")


@dataclass
class ActualsResult:
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def _parse_number(value: object) -> Decimal:
    text = str(value).strip().replace(",", "").replace("，", "").rstrip("%").strip()
    if not _NUMBER.match(text):
        raise InvalidOperation(text)
    return Decimal(text)


def actuals_import(*, actor: Any, cycle: Cycle, content: bytes, filename: str) -> ActualsResult:
    if not access.can_manage_cycles(actor):
        raise PermissionDenied
    result = ActualsResult()
    if cycle.state not in (Cycle.State.OPEN, Cycle.State.REVIEW):
        result.errors.append(
            RowError(0, "", _("Actuals can be imported only while the cycle is open or in review."))
        )
        return result
    try:
        table = read_table(content, filename)
    except TableError as exc:
        result.errors.append(RowError(0, "", str(exc)))
        return result
    normalised = {h.strip().lower().replace(" ", "_"): h for h in table.headers}
    headers: dict[str, str] = {}
    for key, aliases in COLUMNS.items():
        found = next((normalised[a] for a in aliases if a in normalised), None)
        if found is None:
            result.errors.append(
                RowError(1, aliases[0], _("The required column is missing from the header row."))
            )
        else:
            headers[key] = found
    if result.errors:
        return result
    if not table.rows:
        result.errors.append(RowError(1, "", _("The file has a header row but no rows of data.")))
        return result
    with transaction.atomic():
        indicators: dict[tuple[str, str], list[Indicator]] = {}
        query = Indicator.objects.filter(scorecard__cycle=cycle).select_related(
            "scorecard__employee"
        )
        for item in query:
            lookup = (item.scorecard.employee.employee_number, item.title.strip().casefold())
            indicators.setdefault(lookup, []).append(item)
        numbers_in_cycle = set(
            Scorecard.objects.filter(cycle=cycle).values_list(
                "employee__employee_number", flat=True
            )
        )
        seen: dict[int, int] = {}
        changes: list[tuple[Indicator, Decimal]] = []
        for row, values in table.rows:
            number = str(values.get(headers["employee_number"], "")).strip()
            title = str(values.get(headers["indicator"], "")).strip()
            raw = values.get(headers["actual"], "")
            if number not in numbers_in_cycle:
                result.errors.append(
                    RowError(
                        row,
                        headers["employee_number"],
                        _("Employee %(number)s has no scorecard in this cycle.")
                        % {"number": number or "—"},
                    )
                )
                continue
            matches = indicators.get((number, title.casefold()), [])
            if not matches:
                result.errors.append(
                    RowError(
                        row,
                        headers["indicator"],
                        _("Employee %(number)s has no indicator called “%(title)s”.")
                        % {"number": number, "title": title},
                    )
                )
                continue
            if len(matches) > 1:
                result.errors.append(
                    RowError(
                        row,
                        headers["indicator"],
                        _("Several indicators are called “%(title)s”; rename them first.")
                        % {"title": title},
                    )
                )
                continue
            indicator = matches[0]
            if indicator.kind != Indicator.Kind.QUANTITATIVE:
                result.errors.append(
                    RowError(
                        row,
                        headers["indicator"],
                        _("“%(title)s” is qualitative: it is rated, not measured.")
                        % {"title": title},
                    )
                )
                continue
            if indicator.scorecard.state == Scorecard.State.FINAL:
                result.errors.append(
                    RowError(
                        row,
                        headers["indicator"],
                        _("The scorecard is final and can no longer change."),
                    )
                )
                continue
            if indicator.pk in seen:
                result.errors.append(
                    RowError(
                        row,
                        headers["indicator"],
                        _("This indicator also appears on row %(other)s.")
                        % {"other": seen[indicator.pk]},
                    )
                )
                continue
            seen[indicator.pk] = row
            try:
                actual = _parse_number(raw)
            except InvalidOperation:
                result.errors.append(
                    RowError(
                        row, headers["actual"], _("“%(value)s” is not a number.") % {"value": raw}
                    )
                )
                continue
            if abs(actual) >= Decimal(10) ** 10:
                result.errors.append(
                    RowError(
                        row, headers["actual"], _("“%(value)s” is too large.") % {"value": raw}
                    )
                )
                continue
            changes.append((indicator, actual))
        if result.errors:
            result.errors.sort(key=lambda e: e.row)
            return result
        changed = []
        events = []
        for indicator, actual in changes:
            if indicator.actual == actual:
                result.unchanged += 1
                continue
            events.append(
                build_event(
                    actor=actor,
                    action="indicator.actual_import",
                    obj=indicator.scorecard,
                    changes={
                        f"{indicator.title}.actual": [
                            None if indicator.actual is None else str(indicator.actual),
                            str(actual),
                        ]
                    },
                )
            )
            indicator.actual = actual
            changed.append(indicator)
        update_rows(Indicator, ["actual"], changed)
        Scorecard.objects.filter(pk__in={i.scorecard_id for i in changed}).update(
            version=F("version") + 1
        )
        audit_record_many(events)
        result.updated = len(changed)
    return result
