from django.conf import settings
from django.contrib.auth import views as auth_views
from django.http import HttpResponse

from rapport.people.backends import LoginForm


class RapportLoginView(auth_views.LoginView):
    """Sign-in by user name or work email; remembers the account's language in the cookie."""

    form_class = LoginForm
    redirect_authenticated_user = True

    def form_valid(self, form) -> HttpResponse:
        response = super().form_valid(form)
        language = form.get_user().language
        if language:
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                language,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                samesite="Lax",
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
            )
        return response
