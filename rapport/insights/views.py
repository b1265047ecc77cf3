import io

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from openpyxl import Workbook

from rapport import access
from rapport.appraisal import selectors as appraisal
from rapport.core.forms import add_service_errors
from rapport.insights.forms import AlertRuleForm
from rapport.insights.metrics import Dashboard, dashboard
from rapport.insights.models import AlertRule
from rapport.insights.services import alert_rule_create, alert_rule_delete, alert_rule_update
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
            "can_manage_alerts": access.can_manage_alert_rules(request.user),
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


def _rule(request: HttpRequest, uuid) -> AlertRule:
    if not access.can_manage_alert_rules(request.user):
        raise PermissionDenied
    return get_object_or_404(AlertRule, uuid=uuid)


@login_required
def alert_rules(request: HttpRequest) -> HttpResponse:
    """The rules, and a form to add one."""
    if not access.can_manage_alert_rules(request.user):
        raise PermissionDenied
    form = AlertRuleForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            alert_rule_create(actor=request.user, **{f: data[f] for f in AlertRuleForm.Meta.fields})
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, _("Alert rule added."))
            return redirect("insights:alert_rules")
    rules = AlertRule.objects.order_by("metric", "threshold")
    return render(
        request,
        "insights/alert_rules.html",
        {"rules": rules, "form": form},
        status=400 if form.errors else 200,
    )


@login_required
def alert_rule_edit(request: HttpRequest, uuid) -> HttpResponse:
    rule = _rule(request, uuid)
    form = AlertRuleForm(request.POST if request.method == "POST" else None, instance=rule)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            alert_rule_update(
                actor=request.user,
                rule=rule,
                version=data["version"] or 0,
                **{f: data[f] for f in AlertRuleForm.Meta.fields},
            )
        except ValidationError as exc:  # a StaleEdit too
            add_service_errors(form, exc)
        else:
            messages.success(request, _("Saved."))
            return redirect("insights:alert_rules")
    return render(
        request,
        "insights/alert_rule_form.html",
        {"rule": rule, "form": form},
        status=400 if form.errors else 200,
    )


@login_required
@require_POST
def alert_rule_remove(request: HttpRequest, uuid) -> HttpResponse:
    rule = _rule(request, uuid)
    try:
        alert_rule_delete(
            actor=request.user, rule=rule, version=int(request.POST.get("version") or 0)
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Alert rule deleted."))
    return redirect("insights:alert_rules")
