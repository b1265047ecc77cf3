"""HR keeps the alert rules on its own pages: validated, audited, safe against concurrent edits."""

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from rapport.audit.models import AuditEvent
from rapport.insights.models import AlertRule
from rapport.insights.services import alert_rule_create, alert_rule_delete, alert_rule_update
from rapport.people.services.errors import StaleEdit


def test_hr_adds_changes_and_deletes_a_rule_and_the_audit_trail_follows(org):
    hr = org["hr"].user
    rule = alert_rule_create(actor=hr, metric="coverage", threshold=Decimal(80))
    assert str(rule) == "Coverage below 80%"
    unchanged = alert_rule_update(
        actor=hr, rule=rule, version=rule.version, threshold=Decimal("80.00")
    )
    assert unchanged.version == rule.version  # the same threshold is not a change
    changed = alert_rule_update(
        actor=hr, rule=rule, version=rule.version, threshold=Decimal(75), active=False
    )
    assert changed.version == rule.version + 1 and not changed.active
    alert_rule_delete(actor=hr, rule=changed, version=changed.version)
    assert not AlertRule.objects.exists()
    events = AuditEvent.objects.filter(object_uuid=rule.uuid).order_by("pk")
    assert [e.action for e in events] == [
        "alert_rule.create",
        "alert_rule.update",
        "alert_rule.delete",
    ]
    assert events[1].changes == {"threshold": ["80.00", "75.00"], "active": [True, False]}


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"metric": "coverage", "threshold": Decimal(120)}, "threshold"),
        ({"metric": "formality_rate", "threshold": Decimal(-1)}, "threshold"),
        ({"metric": "overdue_interviews", "threshold": Decimal("2.5")}, "threshold"),
        ({"metric": "coverage", "threshold": Decimal(80), "days_after_deadline": 400}, None),
        ({"metric": "smiles", "threshold": Decimal(1)}, "metric"),
    ],
)
def test_a_bad_rule_is_refused_with_the_field_named_and_nothing_saved(org, values, field):
    with pytest.raises(ValidationError) as excinfo:
        alert_rule_create(actor=org["hr"].user, **values)
    assert (field or "days_after_deadline") in excinfo.value.message_dict
    assert not AlertRule.objects.exists() and not AuditEvent.objects.exists()


def test_only_hr_keeps_rules_and_a_stale_edit_is_refused(org):
    hr = org["hr"].user
    with pytest.raises(PermissionDenied):
        alert_rule_create(actor=org["manager"].user, metric="coverage", threshold=Decimal(80))
    rule = alert_rule_create(actor=hr, metric="coverage", threshold=Decimal(80))
    alert_rule_update(actor=hr, rule=rule, version=rule.version, threshold=Decimal(70))
    with pytest.raises(StaleEdit):
        alert_rule_update(actor=hr, rule=rule, version=rule.version, threshold=Decimal(60))
    with pytest.raises(StaleEdit):
        alert_rule_delete(actor=hr, rule=rule, version=rule.version)
    assert AlertRule.objects.get().threshold == Decimal(70)


def test_hr_adds_a_rule_on_the_page_and_finds_it_from_the_dashboard(org, as_hr, as_manager):
    assert (
        reverse("insights:alert_rules") in as_hr.get(reverse("insights:dashboard")).content.decode()
    )
    assert (
        reverse("insights:alert_rules")
        not in as_manager.get(reverse("insights:dashboard")).content.decode()
    )
    response = as_hr.post(
        reverse("insights:alert_rules"),
        {
            "metric": "overdue_interviews",
            "threshold": "3",
            "days_after_deadline": "5",
            "active": "on",
        },
    )
    assert response.status_code == 302
    page = as_hr.get(reverse("insights:alert_rules")).content.decode()
    assert "Overdue interviews above 3" in page
    rule = AlertRule.objects.get()
    assert (rule.days_after_deadline, rule.active) == (5, True)


def test_a_bad_rule_on_the_page_shows_the_error_in_chinese_and_saves_nothing(org, as_hr):
    org["hr"].user.language = "zh-hans"
    org["hr"].user.save()
    response = as_hr.post(
        reverse("insights:alert_rules"),
        {"metric": "coverage", "threshold": "150", "days_after_deadline": "7"},
    )
    assert response.status_code == 400
    assert "0 到 100" in response.content.decode()
    assert not AlertRule.objects.exists()


def test_the_rule_page_shows_a_concurrent_edit_and_keeps_the_other_change(org, as_hr):
    rule = alert_rule_create(actor=org["hr"].user, metric="coverage", threshold=Decimal(80))
    url = reverse("insights:alert_rule_edit", args=[rule.uuid])
    version = as_hr.get(url).context["form"].initial["version"]
    alert_rule_update(actor=org["hr"].user, rule=rule, version=version, threshold=Decimal(90))
    response = as_hr.post(
        url,
        {"version": version, "metric": "coverage", "threshold": "50", "days_after_deadline": "7"},
    )
    assert response.status_code == 400
    assert "Someone else changed this record" in response.content.decode()
    assert AlertRule.objects.get().threshold == Decimal(90)


def test_a_switched_off_rule_sends_no_alert(org, diagnosis):
    from rapport.insights.services import alerts_check

    rule = alert_rule_create(
        actor=org["hr"].user, metric="coverage", threshold=Decimal(80), days_after_deadline=0
    )
    alert_rule_update(actor=org["hr"].user, rule=rule, version=rule.version, active=False)
    assert alerts_check() == 0
