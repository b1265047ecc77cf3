"""Alerts: HR keeps the rules, and is told when a department or a supervisor's line crosses a
threshold after the interview deadline."""

import datetime
from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from rapport import access
from rapport.appraisal.models import Cycle
from rapport.audit.services import audit_record, diff, snapshot
from rapport.insights.metrics import dashboard
from rapport.insights.models import AlertRule
from rapport.notify.services import in_language_of, notify
from rapport.people.models import User
from rapport.people.services.errors import StaleEdit


def _value(rule: AlertRule, row: Any) -> float | None:
    return {
        AlertRule.Metric.COVERAGE: row.coverage,
        AlertRule.Metric.DISAGREEMENT: row.disagreement_rate,
        AlertRule.Metric.FORMALITY: row.formality_rate,
        AlertRule.Metric.OVERDUE_INTERVIEWS: float(row.overdue),
    }[AlertRule.Metric(rule.metric)]


def _shown(rule: AlertRule, value: float) -> str:
    if rule.metric in AlertRule.PERCENT_METRICS:
        return f"{value:g}%"
    return f"{value:g}"


def _crossed(rule: AlertRule, value: float) -> bool:
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
                if value is None or not _crossed(rule, value):
                    continue
                for hr in hr_accounts:
                    with in_language_of(hr):
                        title = _(
                            "%(department)s: %(metric)s %(threshold)s (now %(value)s) in %(cycle)s"
                        ) % {
                            "department": row.label,
                            "metric": rule.get_metric_display(),
                            "threshold": rule.threshold_display,
                            "value": _shown(rule, value),
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


# --- Alert rules, kept by HR ----------------------------------------------------------------

RULE_FIELDS = ("metric", "threshold", "days_after_deadline", "active")


def _cents(value: Any) -> Decimal:
    # Stored with two decimals: compare 80 and 80.00 as the same threshold.
    return Decimal(value).quantize(Decimal("0.01"))


def _check_rule(rule: AlertRule) -> None:
    errors = {}
    if rule.metric not in AlertRule.Metric.values:
        errors["metric"] = _("Choose one of the listed metrics.")
    if rule.threshold is None or rule.threshold < 0:
        errors["threshold"] = _("The threshold cannot be negative.")
    elif rule.metric in AlertRule.PERCENT_METRICS and rule.threshold > 100:
        errors["threshold"] = _("This metric is a percentage: the threshold is 0 to 100.")
    elif rule.metric == AlertRule.Metric.OVERDUE_INTERVIEWS and rule.threshold % 1:
        errors["threshold"] = _("Overdue interviews are counted: the threshold is a whole number.")
    if rule.days_after_deadline is None or not 0 <= rule.days_after_deadline <= 365:
        errors["days_after_deadline"] = _("Choose 0 to 365 days after the interview deadline.")
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def alert_rule_create(
    *,
    actor: Any,
    metric: str,
    threshold: Decimal,
    days_after_deadline: int = 7,
    active: bool = True,
) -> AlertRule:
    if not access.can_manage_alert_rules(actor):
        raise PermissionDenied
    rule = AlertRule(
        metric=metric,
        threshold=_cents(threshold),
        days_after_deadline=days_after_deadline,
        active=active,
    )
    _check_rule(rule)
    rule.full_clean()
    rule.save()
    audit_record(
        actor=actor,
        action="alert_rule.create",
        obj=rule,
        changes=diff({}, snapshot(rule, RULE_FIELDS)),
    )
    return rule


@transaction.atomic
def alert_rule_update(*, actor: Any, rule: AlertRule, version: int, **changes: Any) -> AlertRule:
    """Change a rule; StaleEdit when someone else saved it since ``version`` was read."""
    if not access.can_manage_alert_rules(actor):
        raise PermissionDenied
    unknown = set(changes) - set(RULE_FIELDS)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    current = AlertRule.objects.select_for_update().get(pk=rule.pk)
    if current.version != version:
        raise StaleEdit()
    before = snapshot(current, RULE_FIELDS)
    for field, value in changes.items():
        setattr(current, field, _cents(value) if field == "threshold" else value)
    _check_rule(current)
    current.full_clean()
    changed = diff(before, snapshot(current, RULE_FIELDS))
    if not changed:
        return current
    current.version = F("version") + 1
    current.save()
    current.refresh_from_db()
    audit_record(actor=actor, action="alert_rule.update", obj=current, changes=changed)
    return current


@transaction.atomic
def alert_rule_delete(*, actor: Any, rule: AlertRule, version: int) -> None:
    if not access.can_manage_alert_rules(actor):
        raise PermissionDenied
    current = AlertRule.objects.select_for_update().get(pk=rule.pk)
    if current.version != version:
        raise StaleEdit()
    audit_record(
        actor=actor,
        action="alert_rule.delete",
        obj=current,
        changes=diff(snapshot(current, RULE_FIELDS), dict.fromkeys(RULE_FIELDS)),
    )
    current.delete()
