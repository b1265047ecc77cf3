"""Reminders. Each reminder has a key (kind, object, recipient), so running this as often as one
likes never sends the same reminder twice."""

import datetime
from typing import Any

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from rapport.interviews.models import Disagreement, Interview
from rapport.notify.services import in_language_of, notify
from rapport.people.models import User


def _send(user: Any, kind: str, key: str, title_fn, url: str) -> int:
    with in_language_of(user):
        title = title_fn()
    return (
        1
        if notify(user=user, kind=kind, title=title, url=url, dedupe_key=f"{kind}:{key}:{user.pk}")
        else 0
    )


def reminders_send(*, now: datetime.datetime | None = None) -> dict[str, int]:
    """Send every reminder due at `now`; returns how many of each kind were sent."""
    now = now or timezone.now()
    today = timezone.localtime(now).date()
    sent = {"tomorrow": 0, "overdue": 0, "preparation": 0, "acknowledgement": 0, "case": 0}
    base = Interview.objects.select_related(
        "employee__user", "conductor__user", "cycle", "preparation"
    )

    tomorrow_start = timezone.make_aware(
        datetime.datetime.combine(today + datetime.timedelta(days=1), datetime.time.min)
    )
    tomorrow_end = tomorrow_start + datetime.timedelta(days=1)
    for interview in base.filter(
        state=Interview.State.SCHEDULED, starts_at__gte=tomorrow_start, starts_at__lt=tomorrow_end
    ):
        url = reverse("interviews:detail", args=[interview.uuid])
        for person in (interview.employee, interview.conductor):
            sent["tomorrow"] += _send(
                person.user,
                "reminder.tomorrow",
                f"{interview.uuid}:{interview.reschedule_count}",
                lambda i=interview: (
                    _("Feedback interview tomorrow at %(time)s, %(place)s")
                    % {"time": timezone.localtime(i.starts_at).strftime("%H:%M"), "place": i.place}
                ),
                url,
            )

    overdue = base.filter(
        Q(state=Interview.State.SCHEDULED) | Q(state=Interview.State.IN_PROGRESS),
        cycle__interview_deadline__lt=today,
    )
    for interview in overdue:
        sent["overdue"] += _send(
            interview.conductor.user,
            "reminder.overdue",
            str(interview.uuid),
            lambda i=interview: (
                _("The interview with %(name)s is past the cycle's deadline")
                % {"name": i.employee.name}
            ),
            reverse("interviews:detail", args=[interview.uuid]),
        )

    soon = now + datetime.timedelta(days=3)
    for interview in base.filter(
        state=Interview.State.SCHEDULED,
        starts_at__gt=now,
        starts_at__lte=soon,
        preparation__submitted_at__isnull=True,
    ):
        sent["preparation"] += _send(
            interview.employee.user,
            "reminder.preparation",
            f"{interview.uuid}:{interview.reschedule_count}",
            lambda: _("Prepare your feedback interview: a few questions to answer"),
            reverse("interviews:prepare", args=[interview.uuid]),
        )

    for interview in base.filter(
        state=Interview.State.AWAITING_EMPLOYEE,
        outcome_submitted_at__lte=now - datetime.timedelta(days=2),
    ):
        sent["acknowledgement"] += _send(
            interview.employee.user,
            "reminder.acknowledgement",
            f"{interview.uuid}:{interview.version}",
            lambda: _("Your interview record is waiting for your acknowledgement"),
            reverse("interviews:detail", args=[interview.uuid]),
        )

    waiting = list(
        Disagreement.objects.filter(
            state=Disagreement.State.OPEN, created_at__lte=now - datetime.timedelta(days=2)
        ).select_related("interview__employee")
    )
    if waiting:
        for hr in User.objects.filter(is_hr=True, is_active=True):
            for case in waiting:
                sent["case"] += _send(
                    hr,
                    "reminder.case",
                    str(case.uuid),
                    lambda c=case: (
                        _("A disagreement from %(name)s is waiting for HR")
                        % {"name": c.interview.employee.name}
                    ),
                    reverse("interviews:case", args=[case.uuid]),
                )
    return sent
