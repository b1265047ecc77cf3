from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from rapport import access
from rapport.appraisal import quality, selectors
from rapport.appraisal.forms import ActualForm, FeedbackRequestForm, IndicatorForm, ReviewForm
from rapport.appraisal.models import Indicator
from rapport.appraisal.services import scorecards as services
from rapport.core.forms import add_service_errors
from rapport.people.services.errors import StaleEdit


def _version(request: HttpRequest) -> int:
    try:
        return int(request.POST.get("version", ""))
    except ValueError:
        return -1


@login_required
def scorecard(request: HttpRequest, uuid) -> HttpResponse:
    card = selectors.scorecard_get(user=request.user, uuid=uuid)
    rows = selectors.indicator_rows(scorecard=card)
    user = request.user
    context = {
        "card": card,
        "rows": rows,
        "provisional": selectors.provisional_score(rows),
        "weight_total": sum((r.indicator.weight for r in rows), 0),
        "can_edit_goals": access.can_edit_goals(user, card),
        "can_record_actuals": access.can_record_actuals(user, card),
        "can_self_review": access.can_self_review(user, card),
        "can_supervisor_review": access.can_supervisor_review(user, card),
        "can_finalize": access.can_finalize_scorecard(user, card),
        "can_request_feedback": access.can_request_feedback(user, card.employee)
        and card.cycle.state in ("open", "review"),
        "feedback": selectors.feedback_about(user=user, scorecard=card),
        "feedback_form": FeedbackRequestForm(),
        "events": selectors.key_event_list(
            user=user,
            employee=card.employee,
            date_from=card.cycle.period_start,
            date_to=card.cycle.period_end,
        )[:10],
        "is_me": access.employee_of(user) == card.employee,
    }
    return render(request, "appraisal/scorecard.html", context)


def _card_for_goals(request: HttpRequest, uuid):
    card = selectors.scorecard_get(user=request.user, uuid=uuid)
    if not access.can_edit_goals(request.user, card):
        raise PermissionDenied
    return card


@login_required
def indicator_new(request: HttpRequest, uuid) -> HttpResponse:
    card = _card_for_goals(request, uuid)
    form = IndicatorForm(request.POST or None, scorecard_version=card.version)
    if request.method == "POST" and form.is_valid():
        try:
            services.indicator_add(
                actor=request.user,
                scorecard=card,
                version=form.cleaned_data["version"],
                **form.service_fields(),
            )
        except StaleEdit as exc:
            form.add_error(None, exc)
        except ValidationError as exc:
            add_service_errors(form, exc, {"anchors": "anchors_text"})
        else:
            messages.success(request, _("Indicator added."))
            return redirect("appraisal:scorecard", uuid=card.uuid)
    return render(
        request,
        "appraisal/indicator_form.html",
        {"card": card, "form": form},
        status=400 if form.errors else 200,
    )


@login_required
def indicator_edit(request: HttpRequest, uuid, indicator_uuid) -> HttpResponse:
    card = _card_for_goals(request, uuid)
    indicator = get_object_or_404(Indicator, uuid=indicator_uuid, scorecard=card)
    form = IndicatorForm(request.POST or None, instance=indicator, scorecard_version=card.version)
    if request.method == "POST" and form.is_valid():
        try:
            services.indicator_update(
                actor=request.user,
                indicator=indicator,
                version=form.cleaned_data["version"],
                **form.service_fields(),
            )
        except StaleEdit as exc:
            form.add_error(None, exc)
        except ValidationError as exc:
            add_service_errors(form, exc, {"anchors": "anchors_text"})
        else:
            messages.success(request, _("Indicator saved."))
            return redirect("appraisal:scorecard", uuid=card.uuid)
    return render(
        request,
        "appraisal/indicator_form.html",
        {"card": card, "form": form, "indicator": indicator},
        status=400 if form.errors else 200,
    )


@login_required
@require_POST
def indicator_delete(request: HttpRequest, uuid, indicator_uuid) -> HttpResponse:
    card = _card_for_goals(request, uuid)
    indicator = get_object_or_404(Indicator, uuid=indicator_uuid, scorecard=card)
    try:
        services.indicator_delete(
            actor=request.user, indicator=indicator, version=_version(request)
        )
    except (StaleEdit, ValidationError) as exc:
        messages.error(request, " ".join(exc.messages))
    return redirect("appraisal:scorecard", uuid=card.uuid)


@login_required
@require_POST
def indicator_check(request: HttpRequest) -> HttpResponse:
    """Live quality warnings while an indicator is edited (htmx)."""
    warnings = quality.check_indicator(
        title=request.POST.get("title", ""),
        description=request.POST.get("description", ""),
        kind=request.POST.get("kind", "quantitative"),
        unit=request.POST.get("unit", ""),
        target=request.POST.get("target") or None,
        anchors=[a for a in request.POST.get("anchors_text", "").splitlines() if a.strip()],
    )
    return render(request, "appraisal/_quality.html", {"warnings": warnings})


@login_required
@require_POST
def set_goals(request: HttpRequest, uuid) -> HttpResponse:
    card = _card_for_goals(request, uuid)
    try:
        services.scorecard_set_goals(actor=request.user, scorecard=card, version=_version(request))
    except (StaleEdit, ValidationError) as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request, _("Goals set. The employee can now see them and, later, review them.")
        )
    return redirect("appraisal:scorecard", uuid=card.uuid)


@login_required
@require_POST
def copy_previous(request: HttpRequest, uuid) -> HttpResponse:
    card = _card_for_goals(request, uuid)
    try:
        count = services.scorecard_copy_previous(
            actor=request.user, scorecard=card, version=_version(request)
        )
    except (StaleEdit, ValidationError) as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request, _("%(n)s indicators copied from the previous cycle.") % {"n": count}
        )
    return redirect("appraisal:scorecard", uuid=card.uuid)


@login_required
@require_POST
def record_actual(request: HttpRequest, uuid, indicator_uuid) -> HttpResponse:
    card = selectors.scorecard_get(user=request.user, uuid=uuid)
    if not access.can_record_actuals(request.user, card):
        raise PermissionDenied
    indicator = get_object_or_404(Indicator, uuid=indicator_uuid, scorecard=card)
    form = ActualForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("The actual must be a number."))
    else:
        try:
            services.indicator_record_actual(
                actor=request.user,
                indicator=indicator,
                actual=form.cleaned_data["actual"],
                version=form.cleaned_data["version"],
            )
        except (StaleEdit, ValidationError) as exc:
            messages.error(request, " ".join(exc.messages))
    return redirect("appraisal:scorecard", uuid=card.uuid)


def _review(request: HttpRequest, uuid, *, who: str) -> HttpResponse:
    card = selectors.scorecard_get(user=request.user, uuid=uuid)
    allowed = access.can_self_review if who == "self" else access.can_supervisor_review
    if not allowed(request.user, card):
        raise PermissionDenied
    indicators = list(card.indicators.all())
    form = ReviewForm(
        request.POST or None,
        indicators=indicators,
        prefix_field=who if who == "self" else "supervisor",
        ratings_required=who == "self",
        initial={
            "version": card.version,
            "comment": card.self_comment if who == "self" else card.supervisor_comment,
        },
    )
    if request.method == "POST" and form.is_valid():
        submit = (
            services.scorecard_self_review
            if who == "self"
            else services.scorecard_supervisor_review
        )
        try:
            submit(
                actor=request.user,
                scorecard=card,
                version=form.cleaned_data["version"],
                comment=form.cleaned_data["comment"],
                ratings=form.ratings(),
            )
        except StaleEdit as exc:
            form.add_error(None, exc)
        except ValidationError as exc:
            add_service_errors(
                form, exc, {"self_comment": "comment", "supervisor_comment": "comment"}
            )
        else:
            messages.success(request, _("Submitted."))
            return redirect("appraisal:scorecard", uuid=card.uuid)
    rows = {r.indicator.pk: r for r in selectors.indicator_rows(scorecard=card)}
    return render(
        request,
        "appraisal/review_form.html",
        {"card": card, "form": form, "who": who, "rows": rows},
        status=400 if form.errors else 200,
    )


@login_required
def self_review(request: HttpRequest, uuid) -> HttpResponse:
    return _review(request, uuid, who="self")


@login_required
def supervisor_review(request: HttpRequest, uuid) -> HttpResponse:
    return _review(request, uuid, who="supervisor")


@login_required
@require_POST
def finalize(request: HttpRequest, uuid) -> HttpResponse:
    card = selectors.scorecard_get(user=request.user, uuid=uuid)
    if not access.can_finalize_scorecard(request.user, card):
        raise PermissionDenied
    try:
        services.scorecard_finalize(actor=request.user, scorecard=card, version=_version(request))
    except (StaleEdit, ValidationError) as exc:
        messages.error(request, " ".join(exc.messages))
    return redirect("appraisal:scorecard", uuid=card.uuid)
