from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from rapport.notify.models import Notification


def _me(request: HttpRequest) -> Any:
    return request.user


@login_required
def inbox(request: HttpRequest) -> HttpResponse:
    page = Paginator(Notification.objects.filter(user=_me(request)), 30).get_page(
        request.GET.get("page")
    )
    return render(request, "notify/inbox.html", {"page": page})


@login_required
@require_POST
def open_notification(request: HttpRequest, uuid) -> HttpResponse:
    note = Notification.objects.filter(user=_me(request), uuid=uuid).first()
    if note is None:
        raise Http404
    if note.read_at is None:
        Notification.objects.filter(pk=note.pk).update(read_at=timezone.now())
    target = (
        note.url
        if note.url and url_has_allowed_host_and_scheme(note.url, allowed_hosts=None)
        else "notify:inbox"
    )
    return redirect(target)


@login_required
@require_POST
def mark_all_read(request: HttpRequest) -> HttpResponse:
    Notification.objects.filter(user=_me(request), read_at__isnull=True).update(
        read_at=timezone.now()
    )
    return redirect("notify:inbox")
