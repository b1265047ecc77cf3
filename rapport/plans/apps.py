from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlansConfig(AppConfig):
    name = "rapport.plans"
    label = "plans"
    verbose_name = _("Improvement plans")
