from django import forms
from django.utils.translation import gettext_lazy as _

from rapport.insights.models import AlertRule


class AlertRuleForm(forms.ModelForm):
    """HR adds or changes an alert rule; `version` detects a concurrent edit (edit form only)."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = AlertRule
        fields = ["metric", "threshold", "days_after_deadline", "active"]
        help_texts = {
            "threshold": _("A percentage for the rates (0–100); a count for overdue interviews."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial.setdefault("version", self.instance.version)

    def _post_clean(self):
        pass  # the service validates
