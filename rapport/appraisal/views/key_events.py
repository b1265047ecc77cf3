from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from rapport import access
from rapport.appraisal import selectors
from rapport.appraisal.forms import KeyEventFilterForm, KeyEventForm
from rapport.appraisal.models import Indicator, KeyEventAttachment
from rapport.appraisal.services.key_events import key_event_delete, key_event_record
from rapport.core.forms import add_service_errors
from rapport.people import selectors as people


@login_required
def timeline(request: HttpRequest, uuid) -> HttpResponse:
    employee = people.employee_get(user=request.user, uuid=uuid)
    indicators = Indicator.objects.filter(
        scorecard__employee=employee, scorecard__cycle__state__in=["open", "review"]
    ).order_by("title")
    form = KeyEventForm(
        request.POST or None,
        request.FILES or None,
        indicators=indicators,
        initial={"polarity": "positive"},
    )
    if request.method == "POST":
        if not access.can_add_key_event(request.user, employee):
            raise PermissionDenied
        if form.is_valid():
            data = form.cleaned_data
            try:
                key_event_record(
                    actor=request.user,
                    employee=employee,
                    occurred_on=data["occurred_on"],
                    what=data["what"],
                    impact=data["impact"],
                    polarity=data["polarity"],
                    indicator=data["indicator"],
                    attachments=data["attachments"],
                )
            except ValidationError as exc:
                add_service_errors(form, exc)
            else:
                messages.success(request, _("Key event recorded."))
                return redirect("appraisal:timeline", uuid=employee.uuid)
    filters = KeyEventFilterForm(request.GET or None)
    criteria = filters.cleaned_data if filters.is_valid() else {}
    events = selectors.key_event_list(
        user=request.user,
        employee=employee,
        polarity=criteria.get("polarity", ""),
        date_from=criteria.get("date_from"),
        date_to=criteria.get("date_to"),
    )
    page = Paginator(events, 30).get_page(request.GET.get("page"))
    context = {
        "employee": employee,
        "form": form,
        "filters": filters,
        "page": page,
        "can_add": access.can_add_key_event(request.user, employee),
    }
    status = 400 if request.method == "POST" and form.errors else 200
    return render(request, "appraisal/timeline.html", context, status=status)


@login_required
@require_POST
def event_delete(request: HttpRequest, uuid) -> HttpResponse:
    event = selectors.key_event_get(user=request.user, uuid=uuid)
    if not access.can_delete_key_event(request.user, event):
        raise PermissionDenied
    key_event_delete(actor=request.user, event=event)
    messages.success(request, _("Key event deleted."))
    return redirect("appraisal:timeline", uuid=event.employee.uuid)


@login_required
def attachment(request: HttpRequest, uuid) -> FileResponse:
    try:
        item = KeyEventAttachment.objects.select_related("event").get(uuid=uuid)
    except (KeyEventAttachment.DoesNotExist, ValueError) as exc:
        raise Http404 from exc
    # Visible only with its event: a hidden event's files do not exist for the user.
    selectors.key_event_get(user=request.user, uuid=item.event.uuid)
    response = FileResponse(
        item.file.open("rb"),
        content_type=item.content_type,
        as_attachment=True,
        filename=item.original_name,
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
