from django.urls import path

from rapport.insights import views

app_name = "insights"

urlpatterns = [
    path("insights/", views.insights, name="dashboard"),
    path("insights/export.xlsx", views.export, name="export"),
]
