from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from rapport import access
from rapport.appraisal import selectors as appraisal
from rapport.appraisal.models import Cycle
from rapport.core.forms import add_service_errors
from rapport.interviews import selectors
from rapport.interviews.forms import (
    AcknowledgeForm,
    AmendForm,
    BulkScheduleForm,
    CancelForm,
    DisagreeForm,
    PreparationForm,
    RescheduleForm,
    ScheduleForm,
    VersionForm,
)
from rapport.interviews.models import Interview
from rapport.interviews.services import meeting, scheduling, signing
from rapport.interviews.services.disagreements import interview_disagree
from rapport.people.models import Department, Employee
from rapport.people.services.errors import StaleEdit


def _is_uuid(value: str | None) -> bool:
    import uuid

    try:
        uuid.UUID(value or "")
    except ValueError:
        return False
    return True


@login_required
def interview_list(request: HttpRequest) -> HttpResponse:
    role = request.GET.get("role", "")
    state = request.GET.get("state", "")
    if state not in Interview.State.values:
        state = ""
    flag = request.GET.get("flag", "")
    cycle = (
        Cycle.objects.filter(uuid=request.GET["cycle"]).first()
        if _is_uuid(request.GET.get("cycle"))
        else None
    )
    department_id = request.GET.get("department", "")
    department = (
        Department.objects.filter(pk=department_id).first() if department_id.isdigit() else None
    )
    conductor_id = request.GET.get("conductor", "")
    conductor = Employee.objects.filter(pk=conductor_id).first() if conductor_id.isdigit() else None
    interviews = selectors.interview_list(
        user=request.user,
        state=state,
        role=role,
        flag=flag,
        cycle=cycle,
        department=department,
        conductor=conductor,
    )
    page = Paginator(interviews, 50).get_page(request.GET.get("page"))
    return render(
        request,
        "interviews/list.html",
        {
            "page": page,
            "state": state,
            "role": role,
            "states": Interview.State.choices,
            "flag": flag,
            "can_schedule": access.is_supervisor(request.user) or access.is_hr(request.user),
        },
    )


@login_required
def interview_new(request: HttpRequest) -> HttpResponse:
    if not (access.is_supervisor(request.user) or access.is_hr(request.user)):
        raise PermissionDenied
    initial = {
        "employee_number": request.GET.get("employee", ""),
        "kind": request.GET.get("kind", "result_review"),
    }
    form = ScheduleForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        employee = Employee.objects.filter(employee_number=data["employee_number"].strip()).first()
        conductor = (
            Employee.objects.filter(employee_number=data["conductor_number"].strip()).first()
            if data["conductor_number"].strip()
            else None
        )
        if employee is None or not access.can_view_employee(request.user, employee):
            form.add_error("employee_number", _("No employee you may schedule has this number."))
        elif data["conductor_number"].strip() and conductor is None:
            form.add_error(
                "conductor_number",
                _("No employee has the number %(number)s.") % {"number": data["conductor_number"]},
            )
        else:
            cycle = appraisal.current_cycle(user=request.user)
            try:
                interview = scheduling.interview_schedule(
                    actor=request.user,
                    employee=employee,
                    kind=data["kind"],
                    starts_at=data["starts_at"],
                    place=data["place"],
                    purpose=data["purpose"],
                    duration_minutes=data["duration_minutes"],
                    conductor=conductor,
                    delegation_reason=data["delegation_reason"],
                    cycle=cycle,
                )
            except PermissionDenied:
                form.add_error(
                    None,
                    _(
                        "Only the employee's own supervisor schedules their interview; HR may delegate it."
                    ),
                )
            except ValidationError as exc:
                add_service_errors(
                    form, exc, {"employee": "employee_number", "conductor": "conductor_number"}
                )
            else:
                messages.success(
                    request, _("Interview scheduled; both of you received an invitation.")
                )
                return redirect("interviews:detail", uuid=interview.uuid)
    return render(
        request, "interviews/new.html", {"form": form}, status=400 if form.errors else 200
    )


@login_required
def schedule_bulk(request: HttpRequest, uuid) -> HttpResponse:
    cycle = appraisal.cycle_get(user=request.user, uuid=uuid)
    if not access.is_hr(request.user):
        raise PermissionDenied
    form = BulkScheduleForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            count = scheduling.interviews_schedule_bulk(
                actor=request.user, cycle=cycle, **form.cleaned_data
            )
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, _("%(n)s interviews scheduled.") % {"n": count})
            return redirect("interviews:list")
    return render(
        request,
        "interviews/bulk.html",
        {"form": form, "cycle": cycle},
        status=400 if form.errors else 200,
    )


@login_required
def interview_detail(request: HttpRequest, uuid) -> HttpResponse:
    interview = selectors.interview_get(user=request.user, uuid=uuid)
    user = request.user
    signing.interview_mark_seen(actor=user, interview=interview)
    version = {"version": interview.version}
    case = interview.disagreements.order_by("-created_at").first()
    context = {
        "interview": interview,
        "is_conductor": access.is_conductor(user, interview),
        "is_interviewee": access.is_interviewee(user, interview),
        "can_manage": access.can_manage_interview(user, interview),
        "can_run": access.can_run_interview(user, interview),
        "can_prepare": access.can_prepare(user, interview),
        "can_ack": access.can_acknowledge(user, interview),
        "can_amend": access.can_amend(user, interview),
        "can_close": access.can_close_interview(user, interview),
        "can_pack": access.can_see_preparation_pack(user, interview),
        "show_notes": access.can_see_shared_notes(user, interview),
        "stage_notes": interview.stage_notes.order_by("stage"),
        "tasks": interview.tasks.all(),
        "goals": interview.goals.all(),
        "amendments": interview.amendments.all(),
        "signatures": interview.signatures.select_related("signer"),
        "case": case,
        "verified": signing.interview_verify(interview) if interview.record_hash else None,
        "ack_form": AcknowledgeForm(initial=version),
        "disagree_form": DisagreeForm(initial=version),
        "amend_form": AmendForm(initial=version),
        "reschedule_form": RescheduleForm(
            initial={
                **version,
                "starts_at": timezone.localtime(interview.starts_at),
                "place": interview.place,
            }
        ),
        "cancel_form": CancelForm(initial=version),
    }
    return render(request, "interviews/detail.html", context)


def _post_action(request: HttpRequest, uuid, form_class, action, success: str) -> HttpResponse:
    interview = selectors.interview_get(user=request.user, uuid=uuid)
    form = form_class(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(str(e) for errors in form.errors.values() for e in errors))
        return redirect("interviews:detail", uuid=interview.uuid)
    try:
        action(interview, form.cleaned_data)
    except (StaleEdit, ValidationError) as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, success)
    return redirect("interviews:detail", uuid=interview.uuid)


@login_required
@require_POST
def reschedule(request: HttpRequest, uuid) -> HttpResponse:
    return _post_action(
        request,
        uuid,
        RescheduleForm,
        lambda i, d: scheduling.interview_reschedule(
            actor=request.user,
            interview=i,
            version=d["version"],
            starts_at=d["starts_at"],
            reason=d["reason"],
            place=d["place"],
        ),
        _("Interview moved; invitations updated."),
    )


@login_required
@require_POST
def cancel(request: HttpRequest, uuid) -> HttpResponse:
    return _post_action(
        request,
        uuid,
        CancelForm,
        lambda i, d: scheduling.interview_cancel(
            actor=request.user, interview=i, version=d["version"], reason=d["reason"]
        ),
        _("Interview cancelled."),
    )


@login_required
@require_POST
def acknowledge(request: HttpRequest, uuid) -> HttpResponse:
    return _post_action(
        request,
        uuid,
        AcknowledgeForm,
        lambda i, d: signing.interview_acknowledge(
            actor=request.user,
            interview=i,
            version=d["version"],
            password=d["password"],
            comment=d["comment"],
        ),
        _("Acknowledged and signed."),
    )


@login_required
@require_POST
def disagree(request: HttpRequest, uuid) -> HttpResponse:
    return _post_action(
        request,
        uuid,
        DisagreeForm,
        lambda i, d: interview_disagree(
            actor=request.user,
            interview=i,
            version=d["version"],
            reason=d["reason"],
            explanation=d["explanation"],
        ),
        _("Your disagreement was sent to HR."),
    )


@login_required
@require_POST
def amend(request: HttpRequest, uuid) -> HttpResponse:
    return _post_action(
        request,
        uuid,
        AmendForm,
        lambda i, d: signing.interview_amend(
            actor=request.user, interview=i, version=d["version"], text=d["text"]
        ),
        _("Amendment added; the employee is asked to acknowledge again."),
    )


@login_required
@require_POST
def close(request: HttpRequest, uuid) -> HttpResponse:
    return _post_action(
        request,
        uuid,
        VersionForm,
        lambda i, d: signing.interview_close(actor=request.user, interview=i, version=d["version"]),
        _("Interview closed."),
    )


@login_required
@require_POST
def copy_goals(request: HttpRequest, uuid) -> HttpResponse:
    interview = selectors.interview_get(user=request.user, uuid=uuid)
    try:
        count = meeting.goals_copy_to_next_scorecard(actor=request.user, interview=interview)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("%(n)s goals added to the next scorecard.") % {"n": count})
    return redirect("interviews:detail", uuid=interview.uuid)


@login_required
def prepare(request: HttpRequest, uuid) -> HttpResponse:
    interview = selectors.interview_get(user=request.user, uuid=uuid)
    if not access.is_interviewee(request.user, interview):
        raise PermissionDenied
    prep = interview.preparation
    form = PreparationForm(
        request.POST or None, initial={f: getattr(prep, f) for f in PreparationForm.base_fields}
    )
    if request.method == "POST":
        if not access.can_prepare(request.user, interview):
            raise PermissionDenied
        if form.is_valid():
            try:
                scheduling.preparation_save(
                    actor=request.user,
                    interview=interview,
                    submit="send" in request.POST,
                    **form.cleaned_data,
                )
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                messages.success(
                    request,
                    _("Preparation sent to your supervisor.")
                    if "send" in request.POST
                    else _("Saved."),
                )
                return redirect("interviews:detail", uuid=interview.uuid)
    return render(
        request,
        "interviews/prepare.html",
        {
            "interview": interview,
            "form": form,
            "can_edit": access.can_prepare(request.user, interview),
        },
        status=400 if form.errors else 200,
    )


@login_required
def pack(request: HttpRequest, uuid) -> HttpResponse:
    interview = selectors.interview_get(user=request.user, uuid=uuid)
    if not access.can_see_preparation_pack(request.user, interview):
        raise PermissionDenied
    card = interview.scorecard
    rows = appraisal.indicator_rows(scorecard=card) if card else []
    cycle = interview.cycle
    events = appraisal.key_event_list(
        user=request.user,
        employee=interview.employee,
        date_from=cycle.period_start if cycle else None,
        date_to=cycle.period_end if cycle else None,
    )[:30]
    previous = selectors.previous_interview(interview)
    gaps = [r for r in rows if r.score is not None and r.score < 100]
    context = {
        "interview": interview,
        "card": card,
        "rows": rows,
        "gaps": gaps,
        "events": events,
        "previous": previous,
        "preparation": interview.preparation if interview.preparation.submitted_at else None,
        "guides": selectors.stage_guides(interview.kind),
        "talking_points": _talking_points(rows, events),
        "print": request.GET.get("print") == "1",
    }
    return render(request, "interviews/pack.html", context)


def _talking_points(rows, events) -> list[str]:
    points = []
    best = sorted([r for r in rows if r.score is not None], key=lambda r: -r.score)[:1]
    for r in best:
        points.append(
            _("Start with a strength: “%(title)s” scored %(score)s.")
            % {"title": r.indicator.title, "score": r.score}
        )
    for r in [r for r in rows if r.score is not None and r.score < 100][:2]:
        points.append(
            _("Discuss the gap on “%(title)s” with its facts, then ask for their view.")
            % {"title": r.indicator.title}
        )
    for r in [r for r in rows if r.warnings][:1]:
        points.append(
            _("“%(title)s” is hard to measure: agree how it will be measured next time.")
            % {"title": r.indicator.title}
        )
    if any(e.polarity == "positive" for e in events):
        points.append(_("Mention a positive key event by its date and effect."))
    points.append(_("End with the support you will give and the next meeting date."))
    return points


@login_required
def ics(request: HttpRequest, uuid) -> HttpResponse:
    interview = selectors.interview_get(user=request.user, uuid=uuid)
    response = HttpResponse(
        scheduling.ics_for(interview), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="interview-{interview.uuid}.ics"'
    return response
