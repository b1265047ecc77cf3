from django.urls import path

from rapport.coach import views

app_name = "coach"

urlpatterns = [
    path("coach/", views.practice, name="practice"),
    path("coach/analyze/", views.analyze_text, name="analyze"),
]
