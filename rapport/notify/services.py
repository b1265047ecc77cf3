"""Notifications: in-app, and by e-mail through the task queue once the transaction commits."""

from contextlib import contextmanager
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from rapport.notify.models import Notification
from rapport.notify.tasks import send_email


def language_of(user: Any) -> str:
    return getattr(user, "language", "") or settings.LANGUAGE_CODE


@contextmanager
def in_language_of(user: Any):
    with translation.override(language_of(user)):
        yield


def notify(
    *,
    user: Any,
    kind: str,
    title: str,
    body: str = "",
    url: str = "",
    dedupe_key: str | None = None,
    attachment: tuple[str, str, str] | None = None,
) -> Notification | None:
    """Tell `user` something. With a `dedupe_key`, a second call with the same key does nothing
    and returns None: that is what makes reminders safe to run as often as one likes."""
    try:
        with transaction.atomic():
            note = Notification.objects.create(
                user=user, kind=kind, title=title, body=body, url=url, dedupe_key=dedupe_key
            )
    except IntegrityError:
        return None
    if user.email:
        link = f"{settings.SITE_ROOT.rstrip('/')}{url}" if url else ""
        transaction.on_commit(
            lambda: send_email.enqueue(
                to=user.email,
                subject=f"Rapport: {title}",
                body=f"{body}\n\n{link}".strip(),
                attachment=attachment,
            )
        )
    return note


def notification_mark_read(*, user: Any, notification: Notification) -> None:
    if notification.user_id == user.pk and notification.read_at is None:
        Notification.objects.filter(pk=notification.pk).update(read_at=timezone.now())


def unread_count(user: Any) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).count()
