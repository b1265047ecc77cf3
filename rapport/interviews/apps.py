from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InterviewsConfig(AppConfig):
    name = "rapport.interviews"
    label = "interviews"
    verbose_name = _("Feedback interviews")
