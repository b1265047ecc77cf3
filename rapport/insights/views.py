import io

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from openpyxl import Workbook

from rapport import access
from rapport.appraisal import selectors as appraisal
from rapport.insights.metrics import Dashboard, dashboard
from rapport.people import selectors as people
from rapport.people.models import Department, Employee


def _dashboard(request: HttpRequest) -> tuple[Dashboard | None, dict]:
    if not access.can_see_insights(request.user):
        raise PermissionDenied
    cycles = list(appraisal.cycle_list(user=request.user).exclude(state="draft"))
    chosen = request.GET.get("cycle")
    cycle = (
        next((c for c in cycles if str(c.uuid) == chosen), None)
        or appraisal.current_cycle(user=request.user)
        or (cycles[0] if cycles else None)
    )
    department = (
        access.departments_visible_to(request.user).filter(uuid=request.GET["department"]).first()
        if request.GET.get("department")
        else None
    )
    supervisor = None
    if request.GET.get("supervisor"):
        supervisor = (
            access.employees_visible_to(request.user)
            .filter(employee_number=request.GET["supervisor"].strip())
            .first()
        )
    filters = {
        "cycle": cycle,
        "department": department,
        "supervisor": supervisor,
        "cycles": cycles,
        "departments": people.department_choices(user=request.user),
    }
    if cycle is None:
        return None, filters
    return dashboard(
        user=request.user, cycle=cycle, department=department, supervisor=supervisor
    ), filters


@login_required
def insights(request: HttpRequest) -> HttpResponse:
    data, filters = _dashboard(request)
    chart = None
    if data is not None:
        chart = {
            "departments": [r.label for r in data.departments],
            "coverage": [r.coverage or 0 for r in data.departments],
            "formality": [r.formality_rate or 0 for r in data.departments],
            "trend_labels": [t["cycle"] for t in data.trend],
            "trend": [t["coverage"] or 0 for t in data.trend],
            "labels": {
                "coverage": _("Coverage %"),
                "formality": _("Formality %"),
                "trend": _("Coverage % by cycle"),
            },
        }
    base = {
        "cycle": str(filters["cycle"].uuid) if filters["cycle"] else "",
        "department": request.GET.get("department", ""),
        "supervisor": request.GET.get("supervisor", ""),
    }
    return render(
        request,
        "insights/dashboard.html",
        {
            "data": data,
            "chart": chart,
            "filters": filters,
            "base": base,
            "is_hr": access.is_hr(request.user),
        },
    )


@login_required
def export(request: HttpRequest) -> HttpResponse:
    data, _filters = _dashboard(request)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Departments")[:31]
    columns = [
        ("label", _("Department")),
        ("due", _("Due")),
        ("held", _("Held")),
        ("coverage", _("Coverage %")),
        ("overdue", _("Overdue")),
        ("formality_rate", _("Formality %")),
        ("short", _("Too short")),
        ("empty_stage", _("Empty stage")),
        ("no_voice", _("No employee feedback")),
        ("copied", _("Copied notes")),
        ("quick_ack", _("Acknowledged in seconds")),
        ("disagreement_rate", _("Disagreement %")),
        ("result_rate", _("With a result %")),
        ("reschedules", _("Reschedules")),
        ("soft_share", _("Soft indicators %")),
    ]
    sheet.append([label for _key, label in columns])
    if data is not None:
        for row in [*data.departments, data.total]:
            values = row.as_dict()
            sheet.append(
                [
                    values.get(key) if key != "label" or row.label else _("Total")
                    for key, _label in columns
                ]
            )
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(
        buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = (
        f'attachment; filename="rapport-insights-{get_language()}.xlsx"'
    )
    return response


__all__ = ["Department", "Employee", "export", "insights"]
