from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from rapport import access
from rapport.appraisal.models import Indicator, KeyEvent
from rapport.core.forms import add_service_errors
from rapport.interviews import selectors as interviews
from rapport.people import selectors as people
from rapport.people.models import Department, Employee
from rapport.people.services.errors import StaleEdit
from rapport.plans import documents, selectors
from rapport.plans.forms import (
    ActionForm,
    CauseForm,
    CloseForm,
    DropForm,
    EscalateForm,
    ExtendForm,
    GapForm,
    InspectForm,
    PlanForm,
    ProgressForm,
    ReplyForm,
    SignForm,
)
from rapport.plans.models import Action, Cause
from rapport.plans.services import plans as services


@login_required
def plan_list(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "plans/list.html",
        {
            "plans": selectors.plan_list(user=request.user)[:200],
            "actions": selectors.my_actions(user=request.user),
            "escalations": selectors.escalation_inbox(user=request.user),
        },
    )


@login_required
def plan_new(request: HttpRequest) -> HttpResponse:
    interview = (
        interviews.interview_get(user=request.user, uuid=request.GET["interview"])
        if request.GET.get("interview")
        else None
    )
    employee = interview.employee if interview else None
    if employee is None and request.GET.get("employee"):
        employee = Employee.objects.filter(employee_number=request.GET["employee"]).first()
    if employee is None or not access.can_create_plan(request.user, employee):
        raise PermissionDenied
    form = PlanForm(
        request.POST or None,
        initial={"title": _("Improvement plan for %(name)s") % {"name": employee.name}},
    )
    if request.method == "POST" and form.is_valid():
        try:
            plan = services.plan_create(
                actor=request.user, employee=employee, interview=interview, **form.cleaned_data
            )
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            return redirect("plans:detail", uuid=plan.uuid)
    return render(
        request,
        "plans/new.html",
        {"form": form, "employee": employee, "interview": interview},
        status=400 if form.errors else 200,
    )


def _evidence(plan) -> dict[str, Any]:
    """The employee's indicators (open cycles) and recent key events a gap may point at."""
    return {
        "indicators": Indicator.objects.filter(
            scorecard__employee=plan.employee, scorecard__cycle__state__in=["open", "review"]
        ).order_by("title"),
        "events": KeyEvent.objects.filter(employee=plan.employee).order_by("-occurred_on")[:30],
    }


def _person(number: str) -> Employee | None:
    return Employee.objects.filter(employee_number=number.strip(), is_active=True).first()


@login_required
def plan_detail(request: HttpRequest, uuid) -> HttpResponse:
    plan = selectors.plan_get(user=request.user, uuid=uuid)
    user = request.user
    causes = list(plan.causes.prefetch_related("escalations__process_owner"))
    context = {
        "plan": plan,
        "gaps": plan.gaps.select_related("indicator", "key_event"),
        "causes": causes,
        "actions": plan.actions.select_related("responsible", "inspector", "cause"),
        "signatures": plan.signatures.select_related("signer"),
        "can_edit": access.can_edit_plan(user, plan),
        "can_sign": access.can_sign_plan(user, plan)
        and not plan.signatures.filter(
            round=plan.round, role=access.plan_role(user, plan)
        ).exists(),
        "can_amend": access.can_amend_plan(user, plan),
        "can_close": access.can_close_plan(user, plan),
        "can_escalate": access.is_hr(user) or access.plan_role(user, plan) == "supervisor",
        "verified": services.plan_verify(plan) if plan.state != "draft" else None,
        "gap_form": GapForm(**_evidence(plan)),
        "cause_form": CauseForm(),
        "action_form": ActionForm(causes=causes),
        "sign_form": SignForm(initial={"version": plan.version}),
        "extend_form": ExtendForm(initial={"version": plan.version}),
        "close_form": CloseForm(initial={"version": plan.version}),
    }
    return render(request, "plans/detail.html", context)


def _redirect(plan) -> HttpResponse:
    return redirect("plans:detail", uuid=plan.uuid)


def _errors(request: HttpRequest, form) -> None:
    messages.error(request, " ".join(str(e) for errors in form.errors.values() for e in errors))


@login_required
@require_POST
def add_item(request: HttpRequest, uuid, item: str) -> HttpResponse:
    plan = selectors.plan_get(user=request.user, uuid=uuid)
    if not access.can_edit_plan(request.user, plan):
        raise PermissionDenied
    form: Any
    try:
        if item == "gap":
            form = GapForm(request.POST, **_evidence(plan))
            if form.is_valid():
                data = form.cleaned_data
                indicator = (
                    Indicator.objects.filter(
                        uuid=data["indicator"], scorecard__employee=plan.employee
                    ).first()
                    if data["indicator"]
                    else None
                )
                event = (
                    KeyEvent.objects.filter(uuid=data["key_event"], employee=plan.employee).first()
                    if data["key_event"]
                    else None
                )
                services.gap_add(
                    actor=request.user,
                    plan=plan,
                    description=data["description"],
                    indicator=indicator,
                    key_event=event,
                )
        elif item == "cause":
            form = CauseForm(request.POST)
            if form.is_valid():
                services.cause_add(actor=request.user, plan=plan, **form.cleaned_data)
        else:
            form = ActionForm(request.POST, causes=list(plan.causes.all()))
            if form.is_valid():
                data = form.cleaned_data
                responsible, inspector = (
                    _person(data["responsible_number"]),
                    _person(data["inspector_number"]),
                )
                if responsible is None or inspector is None:
                    messages.error(request, _("No active employee has this number."))
                    return _redirect(plan)
                cause = (
                    Cause.objects.filter(plan=plan, uuid=data["cause"]).first()
                    if data["cause"]
                    else None
                )
                services.action_add(
                    actor=request.user,
                    plan=plan,
                    measure=data["measure"],
                    kind=data["kind"],
                    start_on=data["start_on"],
                    due_on=data["due_on"],
                    responsible=responsible,
                    inspector=inspector,
                    success_criterion=data["success_criterion"],
                    cause=cause,
                )
        if form.errors:
            _errors(request, form)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    return _redirect(plan)


def _versioned(request: HttpRequest, uuid, form_class, action, success: str) -> HttpResponse:
    plan = selectors.plan_get(user=request.user, uuid=uuid)
    form = form_class(request.POST)
    if not form.is_valid():
        _errors(request, form)
        return _redirect(plan)
    try:
        action(plan, form.cleaned_data)
    except (StaleEdit, ValidationError) as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, success)
    return _redirect(plan)


@login_required
@require_POST
def submit(request: HttpRequest, uuid) -> HttpResponse:
    return _versioned(
        request,
        uuid,
        ExtendForm,
        lambda p, d: services.plan_submit(actor=request.user, plan=p, version=d["version"]),
        _("The plan was sent to both of you to sign."),
    )


@login_required
@require_POST
def sign(request: HttpRequest, uuid) -> HttpResponse:
    return _versioned(
        request,
        uuid,
        SignForm,
        lambda p, d: services.plan_sign(
            actor=request.user, plan=p, version=d["version"], password=d["password"]
        ),
        _("Signed."),
    )


@login_required
@require_POST
def amend(request: HttpRequest, uuid) -> HttpResponse:
    return _versioned(
        request,
        uuid,
        ExtendForm,
        lambda p, d: services.plan_amend(
            actor=request.user, plan=p, version=d["version"], end_on=d["end_on"]
        ),
        _("The plan is open for changes; both of you sign again afterwards."),
    )


@login_required
@require_POST
def close(request: HttpRequest, uuid) -> HttpResponse:
    return _versioned(
        request,
        uuid,
        CloseForm,
        lambda p, d: services.plan_close(
            actor=request.user, plan=p, version=d["version"], outcome=d["outcome"], note=d["note"]
        ),
        _("Plan closed."),
    )


@login_required
@require_POST
def escalate(request: HttpRequest, uuid) -> HttpResponse:
    plan = selectors.plan_get(user=request.user, uuid=uuid)
    form = EscalateForm(request.POST)
    if not form.is_valid():
        _errors(request, form)
        return _redirect(plan)
    cause = Cause.objects.filter(plan=plan, uuid=form.cleaned_data["cause"]).first()
    owner = _person(form.cleaned_data["owner_number"])
    if cause is None or owner is None:
        messages.error(request, _("No active employee has this number."))
        return _redirect(plan)
    try:
        services.escalation_send(
            actor=request.user,
            cause=cause,
            process_owner=owner,
            question=form.cleaned_data["question"],
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Escalated to %(name)s.") % {"name": owner.name})
    return _redirect(plan)


@login_required
def action_detail(request: HttpRequest, uuid, action_uuid) -> HttpResponse:
    plan = selectors.plan_get(user=request.user, uuid=uuid)
    action = selectors.action_get(user=request.user, plan=plan, uuid=action_uuid)
    progress = (
        ProgressForm(request.POST or None, request.FILES or None)
        if "progress" in request.POST or request.method == "GET"
        else ProgressForm()
    )
    inspect = InspectForm(request.POST or None) if "inspect" in request.POST else InspectForm()
    drop = DropForm(request.POST or None) if "drop" in request.POST else DropForm()
    if request.method == "POST":
        try:
            if "progress" in request.POST:
                if not access.can_update_action(request.user, action):
                    raise PermissionDenied
                if progress.is_valid():
                    services.progress_post(
                        actor=request.user, action=action, **progress.cleaned_data
                    )
                    messages.success(request, _("Progress recorded."))
                    return redirect("plans:action", uuid=plan.uuid, action_uuid=action.uuid)
            elif "inspect" in request.POST:
                if not access.can_inspect_action(request.user, action):
                    raise PermissionDenied
                if inspect.is_valid():
                    services.action_inspect(
                        actor=request.user,
                        action=action,
                        confirm=inspect.cleaned_data["decision"] == "confirm",
                        comment=inspect.cleaned_data["comment"],
                    )
                    messages.success(request, _("Thank you: your decision was recorded."))
                    return redirect("plans:action", uuid=plan.uuid, action_uuid=action.uuid)
            elif "drop" in request.POST:
                if not access.can_amend_plan(request.user, plan):
                    raise PermissionDenied
                if drop.is_valid():
                    services.action_drop(
                        actor=request.user, action=action, reason=drop.cleaned_data["reason"]
                    )
                    return redirect("plans:action", uuid=plan.uuid, action_uuid=action.uuid)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
    context = {
        "plan": plan,
        "action": action,
        "updates": action.updates.select_related("author"),
        "progress_form": progress,
        "inspect_form": inspect,
        "drop_form": drop,
        "can_update": access.can_update_action(request.user, action),
        "can_inspect": access.can_inspect_action(request.user, action),
        "can_drop": access.can_amend_plan(request.user, plan)
        and action.state not in ("verified", "dropped"),
    }
    return render(request, "plans/action.html", context)


@login_required
def escalation_detail(request: HttpRequest, uuid) -> HttpResponse:
    escalation = selectors.escalation_get(user=request.user, uuid=uuid)
    form = ReplyForm(request.POST or None)
    if request.method == "POST":
        if not access.can_reply_escalation(request.user, escalation):
            raise PermissionDenied
        if form.is_valid():
            try:
                services.escalation_reply(
                    actor=request.user, escalation=escalation, reply=form.cleaned_data["reply"]
                )
            except ValidationError as exc:
                add_service_errors(form, exc)
            else:
                messages.success(request, _("Reply sent."))
                return redirect("plans:escalation", uuid=escalation.uuid)
    return render(
        request,
        "plans/escalation.html",
        {
            "escalation": escalation,
            "form": form,
            "can_reply": access.can_reply_escalation(request.user, escalation),
        },
    )


@login_required
def board(request: HttpRequest) -> HttpResponse:
    if not access.is_hr(request.user):
        raise PermissionDenied
    department = (
        Department.objects.filter(uuid=request.GET["department"]).first()
        if request.GET.get("department")
        else None
    )
    supervisor = (
        Employee.objects.filter(employee_number=request.GET.get("supervisor", "").strip()).first()
        if request.GET.get("supervisor")
        else None
    )
    state = (
        request.GET.get("state", "")
        if request.GET.get("state", "")
        in ("draft", "awaiting_signatures", "active", "completed", "not_successful")
        else ""
    )
    data = selectors.board(
        user=request.user, department=department, supervisor=supervisor, state=state
    )
    return render(
        request,
        "plans/board.html",
        {
            **data,
            "departments": people.department_choices(user=request.user),
            "filters": request.GET,
        },
    )


@login_required
def plan_pdf(request: HttpRequest, uuid) -> HttpResponse:
    plan = selectors.plan_get(user=request.user, uuid=uuid)
    response = HttpResponse(
        documents.plan_pdf(plan, get_language() or "en"), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'inline; filename="plan-{plan.uuid}.pdf"'
    return response


@login_required
def interview_pdf(request: HttpRequest, uuid) -> HttpResponse:
    interview = interviews.interview_get(user=request.user, uuid=uuid)
    if not access.can_see_shared_notes(request.user, interview):
        raise PermissionDenied
    response = HttpResponse(
        documents.interview_pdf(interview, get_language() or "en"), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'inline; filename="interview-{interview.uuid}.pdf"'
    return response


@login_required
def actions_export(request: HttpRequest) -> HttpResponse:
    if not access.is_hr(request.user):
        raise PermissionDenied
    actions = (
        Action.objects.filter(plan__state="active")
        .select_related("plan__employee", "responsible", "inspector")
        .order_by("due_on")
    )
    response = HttpResponse(
        documents.actions_xlsx(actions, get_language() or "en"),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = 'attachment; filename="improvement-actions.xlsx"'
    return response
