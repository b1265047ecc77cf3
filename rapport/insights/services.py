"""Alerts: HR is told when a department crosses a configured threshold after the deadline."""

import datetime
from typing import Any

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from rapport.appraisal.models import Cycle
from rapport.insights.metrics import dashboard
from rapport.insights.models import AlertRule
from rapport.notify.services import in_language_of, notify
from rapport.people.models import User


def _value(rule: AlertRule, row: Any) -> float | None:
    return {
        AlertRule.Metric.COVERAGE: row.coverage,
        AlertRule.Metric.DISAGREEMENT: row.disagreement_rate,
        AlertRule.Metric.FORMALITY: row.formality_rate,
        AlertRule.Metric.OVERDUE_ACTIONS: float(row.overdue),
    }[AlertRule.Metric(rule.metric)]


def _crossed(rule: AlertRule, value: float | None) -> bool:
    if value is None:
        return False
    if rule.metric == AlertRule.Metric.COVERAGE:
        return value < float(rule.threshold)
    return value > float(rule.threshold)


def alerts_check(*, now: datetime.datetime | None = None) -> int:
    """Notify every HR account once per rule, cycle and department that crosses its threshold."""
    now = now or timezone.now()
    today = timezone.localtime(now).date()
    rules = list(AlertRule.objects.filter(active=True))
    if not rules:
        return 0
    hr_accounts = list(User.objects.filter(is_hr=True, is_active=True))
    system = User(username="rapport-alerts", is_hr=True, is_active=True)
    sent = 0
    for cycle in Cycle.objects.exclude(state="draft").order_by("-period_start")[:3]:
        due_rules = [
            r
            for r in rules
            if cycle.interview_deadline + datetime.timedelta(days=r.days_after_deadline) <= today
        ]
        if not due_rules:
            continue
        data = dashboard(user=system, cycle=cycle)
        for rule in due_rules:
            for row in [*data.departments, *data.supervisors]:
                value = _value(rule, row)
                if not _crossed(rule, value):
                    continue
                for hr in hr_accounts:
                    with in_language_of(hr):
                        title = _(
                            "%(department)s: %(metric)s %(threshold)s (now %(value)s) in %(cycle)s"
                        ) % {
                            "department": row.label,
                            "metric": rule.get_metric_display(),
                            "threshold": rule.threshold,
                            "value": value,
                            "cycle": cycle.display_name,
                        }
                    if notify(
                        user=hr,
                        kind="insights.alert",
                        title=title,
                        url=reverse("insights:dashboard") + f"?cycle={cycle.uuid}",
                        dedupe_key=f"alert:{rule.pk}:{cycle.uuid}:{'s' if row in data.supervisors else 'd'}{row.key}",
                    ):
                        sent += 1
    return sent
