from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from rapport import access
from rapport.core.forms import add_service_errors
from rapport.interviews import selectors
from rapport.interviews.forms import ResolveForm
from rapport.interviews.services.disagreements import case_resolve, case_take, case_withdraw


@login_required
def case_list(request: HttpRequest) -> HttpResponse:
    if not access.can_review_cases(request.user):
        raise PermissionDenied
    return render(
        request, "interviews/cases.html", {"cases": selectors.cases_for(user=request.user)}
    )


@login_required
def case_detail(request: HttpRequest, uuid) -> HttpResponse:
    case = selectors.case_get(user=request.user, uuid=uuid)
    can_resolve = access.can_review_cases(request.user) and case.state in ("open", "under_review")
    form = ResolveForm(request.POST or None)
    if request.method == "POST":
        if not can_resolve:
            raise PermissionDenied
        if form.is_valid():
            try:
                case_resolve(actor=request.user, case=case, **form.cleaned_data)
            except ValidationError as exc:
                add_service_errors(form, exc)
            else:
                messages.success(request, _("Case resolved; both parties were told."))
                return redirect("interviews:case", uuid=case.uuid)
    return render(
        request,
        "interviews/case.html",
        {
            "case": case,
            "form": form,
            "can_resolve": can_resolve,
            "can_withdraw": access.can_withdraw_disagreement(request.user, case),
        },
        status=400 if form.errors else 200,
    )


@login_required
@require_POST
def take(request: HttpRequest, uuid) -> HttpResponse:
    case = selectors.case_get(user=request.user, uuid=uuid)
    case_take(actor=request.user, case=case)
    return redirect("interviews:case", uuid=case.uuid)


@login_required
@require_POST
def withdraw(request: HttpRequest, uuid) -> HttpResponse:
    case = selectors.case_get(user=request.user, uuid=uuid)
    case_withdraw(actor=request.user, case=case)
    messages.success(
        request, _("You withdrew your disagreement; the record waits for your acknowledgement.")
    )
    return redirect("interviews:detail", uuid=case.interview.uuid)
