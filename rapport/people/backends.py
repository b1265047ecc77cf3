from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _


class UsernameOrEmailBackend(ModelBackend):
    """Accept the user name or the work email (case-insensitive) as the login."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username and "@" in username:
            user = (
                get_user_model()
                .objects.filter(email__iexact=username.strip())
                .order_by("pk")
                .first()
            )
            if user is not None:
                username = user.get_username()
        return super().authenticate(request, username=username, password=password, **kwargs)


class LoginForm(AuthenticationForm):
    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _(
            "That user name or email and password do not match. The password is case-sensitive."
        ),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("User name or work email")
