from django.contrib import admin

from rapport.insights.models import AlertRule


@admin.register(AlertRule)
class AlertRuleAdmin(admin.ModelAdmin):
    list_display = ("metric", "threshold", "days_after_deadline", "active")
