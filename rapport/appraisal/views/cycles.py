from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from rapport import access
from rapport.appraisal import selectors
from rapport.appraisal.forms import ActualsImportForm, BandsForm, CycleEditForm, CycleForm
from rapport.appraisal.models import Cycle, Scorecard
from rapport.appraisal.services.actuals_import import actuals_import
from rapport.appraisal.services.cycles import (
    cycle_create,
    cycle_set_bands,
    cycle_transition,
    cycle_update,
)
from rapport.appraisal.services.scorecards import scorecards_apply_templates
from rapport.core.forms import add_service_errors
from rapport.people.services.errors import StaleEdit

NEXT_STATE = {"draft": "open", "open": "review", "review": "closed"}


@login_required
def cycle_list(request: HttpRequest) -> HttpResponse:
    cycles = selectors.cycle_list(user=request.user)
    me = access.employee_of(request.user)
    mine = {}
    if me is not None:
        mine = {s.cycle_id: s for s in Scorecard.objects.filter(employee=me, cycle__in=cycles)}
    rows = [(cycle, mine.get(cycle.pk)) for cycle in cycles]
    return render(
        request,
        "appraisal/cycle_list.html",
        {"rows": rows, "can_manage": access.can_manage_cycles(request.user)},
    )


@login_required
def cycle_new(request: HttpRequest) -> HttpResponse:
    if not access.can_manage_cycles(request.user):
        raise PermissionDenied
    form = CycleForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            cycle = cycle_create(
                actor=request.user,
                departments=list(form.cleaned_data["departments"]),
                **{k: form.cleaned_data[k] for k in CycleForm.Meta.fields},
            )
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, _("Cycle created. Check the rating scale, then open it."))
            return redirect("appraisal:cycle_detail", uuid=cycle.uuid)
    return render(
        request, "appraisal/cycle_form.html", {"form": form}, status=400 if form.errors else 200
    )


@login_required
def cycle_edit(request: HttpRequest, uuid) -> HttpResponse:
    cycle = selectors.cycle_get(user=request.user, uuid=uuid)
    if not access.can_manage_cycles(request.user):
        raise PermissionDenied
    if cycle.state == Cycle.State.CLOSED:
        messages.info(request, _("A closed cycle cannot be changed."))
        return redirect("appraisal:cycle_detail", uuid=cycle.uuid)
    form = CycleEditForm(request.POST if request.method == "POST" else None, instance=cycle)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        fields = [f for f in CycleForm.Meta.fields if not form.fields[f].disabled]
        departments = form.fields["departments"]
        try:
            cycle_update(
                actor=request.user,
                cycle=cycle,
                version=data["version"],
                departments=None if departments.disabled else list(data["departments"]),
                **{f: data[f] for f in fields},
            )
        except ValidationError as exc:  # a StaleEdit too: it is a ValidationError
            add_service_errors(form, exc)
        else:
            messages.success(request, _("Saved."))
            return redirect("appraisal:cycle_detail", uuid=cycle.uuid)
    return render(
        request,
        "appraisal/cycle_form.html",
        {"form": form, "cycle": cycle},
        status=400 if form.errors else 200,
    )


@login_required
def cycle_detail(request: HttpRequest, uuid) -> HttpResponse:
    cycle = selectors.cycle_get(user=request.user, uuid=uuid)
    if not access.can_manage_cycles(request.user):
        me = access.employee_of(request.user)
        card = selectors.scorecard_for(user=request.user, cycle=cycle, employee=me) if me else None
        if card is not None:
            return redirect("appraisal:scorecard", uuid=card.uuid)
        return redirect("appraisal:team", uuid=cycle.uuid)
    bands = list(cycle.bands.all())
    bands_form = BandsForm(
        initial={
            "bands": "\n".join(
                f"{b.code}, {b.min_score.normalize():f}, {b.label}, {b.label_zh}" for b in bands
            )
        }
    )
    context = {
        "cycle": cycle,
        "bands": bands,
        "bands_form": bands_form,
        "progress": selectors.cycle_progress(cycle=cycle),
        "next_state": NEXT_STATE.get(cycle.state),
        "next_state_label": dict(Cycle.State.choices).get(NEXT_STATE.get(cycle.state, ""), ""),
        "states": Scorecard.State.choices,
    }
    return render(request, "appraisal/cycle_detail.html", context)


@login_required
@require_POST
def cycle_advance(request: HttpRequest, uuid) -> HttpResponse:
    cycle = selectors.cycle_get(user=request.user, uuid=uuid)
    if not access.can_manage_cycles(request.user):
        raise PermissionDenied
    try:
        cycle_transition(
            actor=request.user,
            cycle=cycle,
            to=request.POST.get("to", ""),
            version=int(request.POST.get("version") or 0),
        )
    except StaleEdit as exc:
        messages.error(request, exc.messages[0])
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request,
            _("The cycle is now “%(state)s”.")
            % {"state": Cycle.objects.get(pk=cycle.pk).get_state_display()},
        )
    return redirect("appraisal:cycle_detail", uuid=cycle.uuid)


@login_required
@require_POST
def cycle_bands(request: HttpRequest, uuid) -> HttpResponse:
    cycle = selectors.cycle_get(user=request.user, uuid=uuid)
    if not access.can_manage_cycles(request.user):
        raise PermissionDenied
    form = BandsForm(request.POST)
    if form.is_valid():
        try:
            cycle_set_bands(actor=request.user, cycle=cycle, bands=form.cleaned_data["bands"])
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("Rating scale saved."))
    else:
        messages.error(request, " ".join(str(e) for e in form.errors.get("bands", [])))
    return redirect("appraisal:cycle_detail", uuid=cycle.uuid)


@login_required
@require_POST
def cycle_apply_templates(request: HttpRequest, uuid) -> HttpResponse:
    cycle = selectors.cycle_get(user=request.user, uuid=uuid)
    if not access.can_manage_cycles(request.user):
        raise PermissionDenied
    try:
        count = scorecards_apply_templates(actor=request.user, cycle=cycle)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Templates applied to %(n)s scorecards.") % {"n": count})
    return redirect("appraisal:cycle_detail", uuid=cycle.uuid)


@login_required
def cycle_actuals(request: HttpRequest, uuid) -> HttpResponse:
    cycle = selectors.cycle_get(user=request.user, uuid=uuid)
    if not access.can_manage_cycles(request.user):
        raise PermissionDenied
    form = ActualsImportForm(request.POST or None, request.FILES or None)
    result = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        result = actuals_import(
            actor=request.user, cycle=cycle, content=upload.read(), filename=upload.name
        )
        if result.ok:
            messages.success(
                request,
                _("Actuals imported: %(updated)s updated, %(unchanged)s unchanged.")
                % {"updated": result.updated, "unchanged": result.unchanged},
            )
            return redirect("appraisal:cycle_detail", uuid=cycle.uuid)
    status = (
        400 if request.method == "POST" and (form.errors or (result and not result.ok)) else 200
    )
    return render(
        request,
        "appraisal/cycle_actuals.html",
        {"cycle": cycle, "form": form, "result": result},
        status=status,
    )


@login_required
def team(request: HttpRequest, uuid) -> HttpResponse:
    cycle = selectors.cycle_get(user=request.user, uuid=uuid)
    if not access.is_supervisor(request.user):
        raise PermissionDenied
    cards = selectors.team_scorecards(user=request.user, cycle=cycle)
    return render(request, "appraisal/team.html", {"cycle": cycle, "cards": cards})
