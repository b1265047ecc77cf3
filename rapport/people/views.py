from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django_htmx.middleware import HtmxDetails

from rapport import access
from rapport.audit.selectors import audit_events_for
from rapport.core.forms import add_service_errors
from rapport.people import selectors
from rapport.people.forms import DirectoryFilterForm, EmployeeForm, ImportForm
from rapport.people.services.employees import employee_update
from rapport.people.services.errors import StaleEdit
from rapport.people.services.people_import import COLUMNS, people_import


class HtmxHttpRequest(HttpRequest):
    htmx: HtmxDetails


@login_required
def pick(request: HttpRequest) -> HttpResponse:
    """Suggestions for an employee-number field: ``?field=<input name>&<input name>=<typed>``."""
    if not access.can_pick_people(request.user):
        raise PermissionDenied
    field = request.GET.get("field", "")
    people = selectors.employee_pick(
        user=request.user, q=request.GET.get(field, ""), scope=request.GET.get("scope", "line")
    )
    return render(request, "people/_pick.html", {"people": people})


def _profile_context(request: HttpRequest, employee) -> dict:
    user = request.user
    context = {
        "employee": employee,
        "reports": selectors.direct_reports(manager=employee)
        .filter(is_active=True)
        .select_related("department")
        .order_by("name")[:100],
        "line_size": selectors.reporting_line(manager=employee).filter(is_active=True).count(),
        "can_edit": access.can_edit_employee(user, employee),
        "manager_visible": employee.manager is not None
        and access.can_view_employee(user, employee.manager),
    }
    if access.can_read_audit(user):
        context["history"] = audit_events_for(user=user, obj=employee)[:50]
    from rapport.appraisal import selectors as appraisal

    cycle = appraisal.current_cycle(user=user)
    context["current_cycle"] = cycle
    context["current_scorecard"] = (
        appraisal.scorecard_for(user=user, cycle=cycle, employee=employee) if cycle else None
    )
    context["feedback_waiting"] = (
        appraisal.feedback_to_give(user=user).filter(state="requested").count()
        if employee == access.employee_of(user)
        else 0
    )
    return context


@login_required
def my_page(request: HttpRequest) -> HttpResponse:
    me = access.employee_of(request.user)
    if me is None:
        if access.is_hr(request.user):
            return redirect("people:hr_home")
        return render(request, "people/no_employee.html")
    return render(request, "people/profile.html", {**_profile_context(request, me), "is_me": True})


@login_required
def directory(request: HtmxHttpRequest) -> HttpResponse:
    departments = selectors.department_choices(user=request.user)
    form = DirectoryFilterForm(request.GET or None, departments=departments)
    people = selectors.employee_list(user=request.user)
    if form.is_valid():
        people = selectors.employee_list(
            user=request.user,
            q=form.cleaned_data["q"],
            department=form.cleaned_data["department"],
            active=form.active(),
        )
    page = Paginator(people, settings.PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"form": form, "page": page, "querystring": _querystring_without_page(request)}
    if request.htmx and request.htmx.target == "directory-rows":
        return render(request, "people/_rows.html", context)
    return render(request, "people/directory.html", context)


def _querystring_without_page(request: HttpRequest) -> str:
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()


@login_required
def profile(request: HttpRequest, uuid) -> HttpResponse:
    employee = selectors.employee_get(user=request.user, uuid=uuid)
    is_me = employee == access.employee_of(request.user)
    return render(
        request, "people/profile.html", {**_profile_context(request, employee), "is_me": is_me}
    )


@login_required
def employee_edit(request: HttpRequest, uuid) -> HttpResponse:
    employee = selectors.employee_get(user=request.user, uuid=uuid)
    if not access.can_edit_employee(request.user, employee):
        raise PermissionDenied
    form = EmployeeForm(request.POST or None, instance=employee)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            employee_update(
                actor=request.user,
                employee=employee,
                version=data["version"],
                name=data["name"],
                email=data["email"],
                department=data["department"],
                job_title=data["job_title"],
                hire_date=data["hire_date"],
                is_active=data["is_active"],
                manager=data["manager_number"],
            )
        except StaleEdit as exc:
            form.add_error(None, exc)
        except ValidationError as exc:
            add_service_errors(form, exc, {"manager": "manager_number"})
        else:
            messages.success(request, _("Saved."))
            return redirect("people:profile", uuid=employee.uuid)
    return render(
        request,
        "people/employee_edit.html",
        {"form": form, "employee": employee},
        status=400 if form.errors else 200,
    )


@login_required
def org_chart(request: HtmxHttpRequest, uuid=None) -> HttpResponse:
    focus = selectors.employee_get(user=request.user, uuid=uuid) if uuid else None
    node = selectors.org_chart(user=request.user, focus=focus)
    context = {
        "node": node,
        "top": selectors.top_level_employees(user=request.user)[:20] if uuid is None else None,
    }
    if request.htmx and request.htmx.target == "org-chart":
        return render(request, "people/_org_node.html", context)
    return render(request, "people/org_chart.html", context)


@login_required
def my_team(request: HttpRequest) -> HttpResponse:
    me = access.employee_of(request.user)
    if me is None or not access.can_see_team(request.user):
        raise PermissionDenied
    reports = (
        selectors.direct_reports(manager=me)
        .filter(is_active=True)
        .select_related("department")
        .order_by("name")
    )
    line_size = selectors.reporting_line(manager=me).filter(is_active=True).count()
    return render(
        request, "people/my_team.html", {"reports": reports, "line_size": line_size, "me": me}
    )


@login_required
def hr_home(request: HttpRequest) -> HttpResponse:
    if not access.is_hr(request.user):
        raise PermissionDenied
    from rapport.people.models import Department, Employee

    stats = {
        "employees": Employee.objects.filter(is_active=True).count(),
        "departments": Department.objects.count(),
        "supervisors": Employee.objects.filter(is_active=True, direct_reports__is_active=True)
        .distinct()
        .count(),
    }
    return render(request, "people/hr_home.html", {"stats": stats})


@login_required
def hr_import(request: HttpRequest) -> HttpResponse:
    if not access.can_import_people(request.user):
        raise PermissionDenied
    form = ImportForm(request.POST or None, request.FILES or None)
    result = None
    status = 200
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        if upload.size > settings.IMPORT_MAX_BYTES:
            form.add_error(
                "file",
                _("The file is too large (at most %(mb)s MB).")
                % {"mb": settings.IMPORT_MAX_BYTES // 1_000_000},
            )
        else:
            result = people_import(
                actor=request.user,
                content=upload.read(),
                filename=upload.name,
                dry_run=form.cleaned_data["check_only"],
            )
            if result.ok and not form.cleaned_data["check_only"]:
                messages.success(
                    request,
                    _("Imported: %(created)s new, %(updated)s updated, %(unchanged)s unchanged.")
                    % {
                        "created": result.created,
                        "updated": result.updated,
                        "unchanged": result.unchanged,
                    },
                )
                return redirect("people:hr_import")
            if not result.ok:
                status = 400
    elif request.method == "POST":
        status = 400
    return render(
        request,
        "people/hr_import.html",
        {"form": form, "result": result, "columns": COLUMNS},
        status=status,
    )


_SAMPLES = {"en": "people_en.csv", "zh": "people_zh.csv"}


@login_required
def import_sample(request: HttpRequest, lang: str) -> HttpResponse:
    if not access.can_import_people(request.user) or lang not in _SAMPLES:
        raise PermissionDenied
    from pathlib import Path

    content = (Path(__file__).parent / "samples" / _SAMPLES[lang]).read_bytes()
    response = HttpResponse(content, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="rapport-people-sample-{lang}.csv"'
    return response
