from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from rapport import access
from rapport.appraisal import selectors
from rapport.appraisal.forms import FeedbackAnswerForm, FeedbackRequestForm
from rapport.appraisal.services.feedback import feedback_decline, feedback_request, feedback_submit
from rapport.people.models import Employee


@login_required
@require_POST
def request_feedback(request: HttpRequest, uuid) -> HttpResponse:
    card = selectors.scorecard_get(user=request.user, uuid=uuid)
    if not access.can_request_feedback(request.user, card.employee):
        raise PermissionDenied
    form = FeedbackRequestForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give the reviewer's employee number and the kind of feedback."))
        return redirect("appraisal:scorecard", uuid=card.uuid)
    reviewer = Employee.objects.filter(
        employee_number=form.cleaned_data["reviewer_number"].strip()
    ).first()
    if reviewer is None:
        messages.error(
            request,
            _("No employee has the number %(number)s.")
            % {"number": form.cleaned_data["reviewer_number"]},
        )
        return redirect("appraisal:scorecard", uuid=card.uuid)
    try:
        feedback_request(
            actor=request.user,
            cycle=card.cycle,
            subject=card.employee,
            reviewer=reviewer,
            kind=form.cleaned_data["kind"],
            message=form.cleaned_data["message"],
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Feedback requested from %(name)s.") % {"name": reviewer.name})
    return redirect("appraisal:scorecard", uuid=card.uuid)


@login_required
def inbox(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "appraisal/feedback_inbox.html",
        {"requests": selectors.feedback_to_give(user=request.user)},
    )


@login_required
def answer(request: HttpRequest, uuid) -> HttpResponse:
    item = selectors.feedback_request_get(user=request.user, uuid=uuid)
    me = access.employee_of(request.user)
    if me is None or item.reviewer_id != me.pk:
        raise PermissionDenied
    form = FeedbackAnswerForm(request.POST or None)
    if request.method == "POST":
        if not access.can_answer_feedback(request.user, item):
            raise PermissionDenied
        if form.is_valid():
            try:
                feedback_submit(actor=request.user, request=item, **form.cleaned_data)
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                messages.success(request, _("Thank you: your feedback was sent."))
                return redirect("appraisal:feedback_inbox")
    return render(
        request,
        "appraisal/feedback_answer.html",
        {"item": item, "form": form, "can_answer": access.can_answer_feedback(request.user, item)},
        status=400 if form.errors else 200,
    )


@login_required
@require_POST
def decline(request: HttpRequest, uuid) -> HttpResponse:
    item = selectors.feedback_request_get(user=request.user, uuid=uuid)
    feedback_decline(actor=request.user, request=item)
    return redirect("appraisal:feedback_inbox")
