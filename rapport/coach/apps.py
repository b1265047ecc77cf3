from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoachConfig(AppConfig):
    """The coach's core modules are pure Python; only this file, the management command,
    `views.py`, `api.py` and the templates know about Django."""

    name = "rapport.coach"
    label = "coach"
    verbose_name = _("Feedback coach")
