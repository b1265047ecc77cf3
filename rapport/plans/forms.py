import datetime
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from rapport.people.widgets import PersonPicker
from rapport.plans.models import Action, Cause

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class PlanForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    start_on = forms.DateField(label=_("Start"), widget=DATE)
    end_on = forms.DateField(label=_("End"), widget=DATE)
    checkpoints = forms.CharField(
        label=_("Checkpoint dates"),
        required=False,
        help_text=_("YYYY-MM-DD, separated by commas: each is a follow-up interview."),
    )

    def clean_checkpoints(self) -> list[datetime.date]:
        dates = []
        for part in self.cleaned_data["checkpoints"].replace("，", ",").split(","):
            if part.strip():
                try:
                    dates.append(datetime.date.fromisoformat(part.strip()))
                except ValueError as exc:
                    raise forms.ValidationError(
                        _("“%(value)s” is not a date (YYYY-MM-DD)."), params={"value": part.strip()}
                    ) from exc
        return dates


class GapForm(forms.Form):
    description = forms.CharField(label=_("Gap"), widget=forms.Textarea(attrs={"rows": 2}))
    indicator = forms.ChoiceField(label=_("Indicator"), required=False)
    key_event = forms.ChoiceField(label=_("Key event"), required=False)

    def __init__(self, *args: Any, indicators: Any = (), events: Any = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        indicator_field: Any = self.fields["indicator"]
        indicator_field.choices = [("", "—"), *[(str(i.uuid), i.title) for i in indicators]]
        event_field: Any = self.fields["key_event"]
        event_field.choices = [
            ("", "—"),
            *[(str(e.uuid), f"{e.occurred_on:%Y-%m-%d} {e.what[:60]}") for e in events],
        ]


class CauseForm(forms.Form):
    category = forms.ChoiceField(
        label=_("Category"),
        choices=[
            (_("Internal"), [c for c in Cause.Category.choices if c[0] in Cause.INTERNAL]),
            (_("External"), [c for c in Cause.Category.choices if c[0] not in Cause.INTERNAL]),
        ],
    )
    description = forms.CharField(label=_("Description"), widget=forms.Textarea(attrs={"rows": 2}))


class ActionForm(forms.Form):
    measure = forms.CharField(label=_("Measure"), max_length=300)
    kind = forms.ChoiceField(label=_("Kind"), choices=Action.Kind.choices)
    cause = forms.ChoiceField(label=_("Cause"), required=False)
    start_on = forms.DateField(label=_("Start"), widget=DATE)
    due_on = forms.DateField(label=_("Due"), widget=DATE)
    responsible_number = forms.CharField(
        label=_("Responsible (employee number)"), max_length=32, widget=PersonPicker("company")
    )
    inspector_number = forms.CharField(
        label=_("Inspector (employee number)"), max_length=32, widget=PersonPicker("company")
    )
    success_criterion = forms.CharField(
        label=_("Success criterion"), widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args: Any, causes: Any = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field: Any = self.fields["cause"]
        field.choices = [("", "—"), *[(str(c.uuid), str(c)) for c in causes]]


class SignForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    password = forms.CharField(label=_("Your password, to sign"), widget=forms.PasswordInput)


class ExtendForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    end_on = forms.DateField(
        label=_("New end date (leave empty to amend without extending)"),
        widget=DATE,
        required=False,
    )


class CloseForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    outcome = forms.ChoiceField(
        label=_("Outcome"),
        choices=[("completed", _("Completed")), ("not_successful", _("Not successful"))],
    )
    note = forms.CharField(label=_("Note"), widget=forms.Textarea(attrs={"rows": 2}))


class EscalateForm(forms.Form):
    cause = forms.UUIDField(widget=forms.HiddenInput)
    owner_number = forms.CharField(
        label=_("Process owner (employee number)"), max_length=32, widget=PersonPicker("company")
    )
    question = forms.CharField(
        label=_("What needs to change"), widget=forms.Textarea(attrs={"rows": 2})
    )


class ProgressForm(forms.Form):
    note = forms.CharField(label=_("What was done"), widget=forms.Textarea(attrs={"rows": 2}))
    percent = forms.IntegerField(label=_("Percent done"), min_value=0, max_value=100)
    evidence = forms.FileField(label=_("Evidence (optional)"), required=False)


class InspectForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[("confirm", _("Confirm: the success criterion is met")), ("back", _("Send back"))],
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("Comment"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class ReplyForm(forms.Form):
    reply = forms.CharField(label=_("Your reply"), widget=forms.Textarea(attrs={"rows": 4}))


class DropForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 2}))
