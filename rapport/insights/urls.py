from django.urls import path

from rapport.insights import views

app_name = "insights"

urlpatterns = [
    path("insights/", views.insights, name="dashboard"),
    path("insights/export.xlsx", views.export, name="export"),
    path("insights/alerts/", views.alert_rules, name="alert_rules"),
    path("insights/alerts/<uuid:uuid>/", views.alert_rule_edit, name="alert_rule_edit"),
    path("insights/alerts/<uuid:uuid>/delete/", views.alert_rule_remove, name="alert_rule_delete"),
]
