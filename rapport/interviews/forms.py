from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from rapport.interviews.models import Disagreement, InterviewType
from rapport.people.widgets import PersonPicker

DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class VersionForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)


class ScheduleForm(forms.Form):
    employee_number = forms.CharField(
        label=_("Employee number"), max_length=32, widget=PersonPicker("line")
    )
    kind = forms.ChoiceField(label=_("Type"), choices=InterviewType.choices)
    starts_at = forms.DateTimeField(
        label=_("Starts at"), widget=DATETIME, input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
    )
    duration_minutes = forms.IntegerField(
        label=_("Duration (minutes)"), min_value=10, max_value=480, initial=60
    )
    place = forms.CharField(label=_("Place (room or video link)"), max_length=300)
    purpose = forms.CharField(label=_("Purpose"), widget=forms.Textarea(attrs={"rows": 3}))
    conductor_number = forms.CharField(
        label=_("Conductor's employee number (HR only, when delegating)"),
        max_length=32,
        required=False,
        widget=PersonPicker("company"),
    )
    delegation_reason = forms.CharField(
        label=_("Reason for delegating"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class BulkScheduleForm(forms.Form):
    first_day = forms.DateField(label=_("First day"), widget=DATE)
    duration_minutes = forms.IntegerField(
        label=_("Duration (minutes)"), min_value=15, max_value=240, initial=45
    )
    place = forms.CharField(label=_("Place (room or video link)"), max_length=300)
    purpose = forms.CharField(label=_("Purpose"), widget=forms.Textarea(attrs={"rows": 2}))


class RescheduleForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    starts_at = forms.DateTimeField(
        label=_("New time"), widget=DATETIME, input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
    )
    place = forms.CharField(label=_("Place (room or video link)"), max_length=300)
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 2}))


class CancelForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 2}))


class PreparationForm(forms.Form):
    went_well = forms.CharField(
        label=_("What went well this period?"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    difficulties = forms.CharField(
        label=_("What was difficult?"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    support_needed = forms.CharField(
        label=_("What support do you need?"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    career_wishes = forms.CharField(
        label=_("Your career wishes"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class OutcomeForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    consensus = forms.CharField(
        label=_("Points of consensus"), widget=forms.Textarea(attrs={"rows": 4})
    )
    agreed_rating = forms.ChoiceField(label=_("Agreed rating"))
    tasks = forms.CharField(
        label=_("Tasks"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "One per line: “employee | task | YYYY-MM-DD” or “supervisor | task | YYYY-MM-DD”."
        ),
    )
    next_meeting_on = forms.DateField(label=_("Next meeting"), widget=DATE)
    strengths = forms.CharField(
        label=_("Strengths"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    career_wishes = forms.CharField(
        label=_("Career wishes"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    swot_strengths = forms.CharField(
        label=_("SWOT: strengths"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    swot_weaknesses = forms.CharField(
        label=_("SWOT: weaknesses"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    swot_opportunities = forms.CharField(
        label=_("SWOT: opportunities"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    swot_threats = forms.CharField(
        label=_("SWOT: threats"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    goals = forms.CharField(
        label=_("Goals for the next period"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "One per line: “goal | target | unit | weight”, e.g. “Orders shipped on time | 95 | % | 40”."
        ),
    )

    def __init__(self, *args, ratings: list[tuple[str, str]], goal_setting: bool, **kwargs):
        super().__init__(*args, **kwargs)
        rating_field: Any = self.fields["agreed_rating"]
        rating_field.choices = [*ratings, ("not_agreed", _("Not agreed"))]
        if not goal_setting:
            for name in (
                "strengths",
                "career_wishes",
                "swot_strengths",
                "swot_weaknesses",
                "swot_opportunities",
                "swot_threats",
                "goals",
            ):
                del self.fields[name]


class AcknowledgeForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    comment = forms.CharField(
        label=_("Your comment (optional)"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    password = forms.CharField(label=_("Your password, to sign"), widget=forms.PasswordInput)


class DisagreeForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    reason = forms.ChoiceField(label=_("Main reason"), choices=Disagreement.Reason.choices)
    explanation = forms.CharField(label=_("Explanation"), widget=forms.Textarea(attrs={"rows": 4}))


class AmendForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    text = forms.CharField(label=_("Amendment"), widget=forms.Textarea(attrs={"rows": 3}))


class ResolveForm(forms.Form):
    resolution = forms.ChoiceField(label=_("Resolution"), choices=Disagreement.Resolution.choices)
    new_score = forms.DecimalField(
        label=_("New final score (when adjusting)"), required=False, max_digits=6, decimal_places=2
    )
    note = forms.CharField(label=_("Resolution note"), widget=forms.Textarea(attrs={"rows": 4}))


class StageGuideForm(forms.Form):
    guidance = forms.CharField(label=_("Guidance"), widget=forms.Textarea(attrs={"rows": 3}))
    guidance_zh = forms.CharField(
        label=_("Guidance (Chinese)"), widget=forms.Textarea(attrs={"rows": 3})
    )
    questions = forms.CharField(
        label=_("Questions, one per line"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    questions_zh = forms.CharField(
        label=_("Questions (Chinese), one per line"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    checklist = forms.CharField(
        label=_("Checklist, one per line"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    checklist_zh = forms.CharField(
        label=_("Checklist (Chinese), one per line"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
