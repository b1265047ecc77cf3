from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from rapport.api import api
from rapport.core import views as core_views
from rapport.people.auth_views import RapportLoginView

urlpatterns = [
    path("", core_views.home, name="home"),
    path("language/", core_views.language_switch, name="language_switch"),
    path("accounts/login/", RapportLoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "accounts/password/change/",
        auth_views.PasswordChangeView.as_view(),
        name="password_change",
    ),
    path(
        "accounts/password/change/done/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path("accounts/password/reset/", auth_views.PasswordResetView.as_view(), name="password_reset"),
    path(
        "accounts/password/reset/sent/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "accounts/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "accounts/reset/done/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("api/", api.urls),
    path("admin/", admin.site.urls),
    path("", include("rapport.people.urls")),
    path("", include("rapport.coach.urls")),
    path("", include("rapport.appraisal.urls")),
    path("", include("rapport.interviews.urls")),
    path("", include("rapport.notify.urls")),
    path("", include("rapport.plans.urls")),
    path("", include("rapport.insights.urls")),
]
