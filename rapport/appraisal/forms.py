from django import forms
from django.utils.translation import gettext_lazy as _

from rapport.appraisal.models import Cycle, FeedbackRequest, Indicator, IndicatorTemplate, KeyEvent
from rapport.people.models import Department
from rapport.people.widgets import PersonPicker

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
RATINGS = [("", "—")] + [(str(n), str(n)) for n in range(1, 6)]


class CycleForm(forms.ModelForm):
    departments = forms.ModelMultipleChoiceField(
        label=_("Participating departments"),
        queryset=Department.objects.order_by("path"),
        required=False,
        help_text=_("Leave empty for everyone active."),
    )

    class Meta:
        model = Cycle
        fields = [
            "name",
            "name_zh",
            "period_start",
            "period_end",
            "self_review_deadline",
            "interview_deadline",
            "show_reviewer_names",
        ]
        widgets = {
            f: DATE
            for f in ("period_start", "period_end", "self_review_deadline", "interview_deadline")
        }

    def _post_clean(self):
        pass  # the service validates


class CycleEditForm(CycleForm):
    """HR changes a cycle's settings. Once the cycle is open its period and participants are
    shown but fixed; `version` carries the cycle's version for conflict detection."""

    version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        cycle = self.instance
        self.initial.setdefault("version", cycle.version)
        self.initial.setdefault("departments", list(cycle.departments.all()))
        if cycle.state != Cycle.State.DRAFT:
            for name in ("period_start", "period_end", "departments"):
                self.fields[name].disabled = True
                self.fields[name].help_text = _("Fixed once the cycle is open.")


class BandsForm(forms.Form):
    """The rating scale as lines: CODE, minimum score, English label, Chinese label."""

    bands = forms.CharField(
        label=_("Rating bands"),
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "One band per line: code, minimum score, English label, Chinese label. One band starts at 0."
        ),
    )

    def clean_bands(self):
        bands = []
        for number, line in enumerate(self.cleaned_data["bands"].splitlines(), start=1):
            if not line.strip():
                continue
            parts = [p.strip() for p in line.replace("，", ",").split(",")]
            if len(parts) < 2:
                raise forms.ValidationError(
                    _("Line %(n)s needs at least a code and a minimum score."), params={"n": number}
                )
            try:
                minimum = float(parts[1])
            except ValueError as exc:
                raise forms.ValidationError(
                    _("Line %(n)s: “%(value)s” is not a number."),
                    params={"n": number, "value": parts[1]},
                ) from exc
            if not 0 <= minimum <= 200:
                raise forms.ValidationError(
                    _("Line %(n)s: the minimum must be between 0 and 200."), params={"n": number}
                )
            bands.append(
                {
                    "code": parts[0],
                    "min_score": parts[1],
                    "label": parts[2] if len(parts) > 2 else "",
                    "label_zh": parts[3] if len(parts) > 3 else "",
                }
            )
        return bands


class IndicatorForm(forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput)
    anchors_text = forms.CharField(
        label=_("Behavioural anchors"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("For qualitative indicators: one line per rating, from 1 (lowest) to 5."),
    )

    class Meta:
        model = Indicator
        fields = [
            "title",
            "description",
            "kind",
            "unit",
            "direction",
            "weight",
            "baseline",
            "target",
            "stretch",
            "rule",
        ]
        widgets = {"description": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, scorecard_version=None, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["version"] = scorecard_version
            self.initial["anchors_text"] = "\n".join(self.instance.anchors or [])

    def clean_anchors_text(self):
        return [
            line.strip() for line in self.cleaned_data["anchors_text"].splitlines() if line.strip()
        ]

    def _post_clean(self):
        pass

    def service_fields(self) -> dict:
        data = {k: self.cleaned_data[k] for k in self.Meta.fields}
        data["anchors"] = self.cleaned_data["anchors_text"]
        return data


class TemplateForm(forms.ModelForm):
    anchors_text = forms.CharField(
        label=_("Behavioural anchors"), required=False, widget=forms.Textarea(attrs={"rows": 5})
    )

    class Meta:
        model = IndicatorTemplate
        fields = [
            "job_title",
            "department",
            "title",
            "description",
            "kind",
            "unit",
            "direction",
            "weight",
            "baseline",
            "target",
            "stretch",
            "rule",
        ]
        widgets = {"description": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["department"].queryset = Department.objects.order_by("path")

    def clean(self):
        data = super().clean()
        if not data.get("job_title") and not data.get("department"):
            raise forms.ValidationError(_("Give a job title or a department the template is for."))
        if data.get("kind") == Indicator.Kind.QUALITATIVE:
            data["rule"] = Indicator.Rule.RATING
        return data

    def clean_anchors_text(self):
        return [
            line.strip() for line in self.cleaned_data["anchors_text"].splitlines() if line.strip()
        ]


class ReviewForm(forms.Form):
    """Self or supervisor review: a rating and a comment per indicator, and an overall comment."""

    version = forms.IntegerField(widget=forms.HiddenInput)
    comment = forms.CharField(
        label=_("Overall comment"), widget=forms.Textarea(attrs={"rows": 5}), required=False
    )

    def __init__(self, *args, indicators, prefix_field: str, ratings_required: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.indicators = list(indicators)
        for indicator in self.indicators:
            self.fields[f"rating_{indicator.pk}"] = forms.TypedChoiceField(
                label=_("Rating"),
                choices=RATINGS,
                coerce=int,
                empty_value=None,
                required=ratings_required or indicator.kind == Indicator.Kind.QUALITATIVE,
                initial=getattr(indicator, f"{prefix_field}_rating"),
            )
            self.fields[f"note_{indicator.pk}"] = forms.CharField(
                label=_("Comment"),
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
                initial=getattr(indicator, f"{prefix_field}_comment"),
            )

    def rows(self):
        return [(i, self[f"rating_{i.pk}"], self[f"note_{i.pk}"]) for i in self.indicators]

    def ratings(self) -> dict[int, tuple[int | None, str]]:
        return {
            i.pk: (
                self.cleaned_data.get(f"rating_{i.pk}"),
                self.cleaned_data.get(f"note_{i.pk}", ""),
            )
            for i in self.indicators
        }


class ActualForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    actual = forms.DecimalField(label=_("Actual"), max_digits=14, decimal_places=4, required=False)


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def clean(self, data, initial=None):
        if isinstance(data, list | tuple):
            return [super(MultipleFileField, self).clean(d, initial) for d in data if d]
        return [super().clean(data, initial)] if data else []


class KeyEventForm(forms.ModelForm):
    attachments = MultipleFileField(
        label=_("Attachments"),
        required=False,
        widget=MultipleFileInput(attrs={"accept": ".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.txt"}),
        help_text=_("PDF, images, Word, Excel or text; at most 5 files of 5 MB."),
    )

    class Meta:
        model = KeyEvent
        fields = ["occurred_on", "polarity", "what", "impact", "indicator"]
        widgets = {
            "occurred_on": DATE,
            "what": forms.Textarea(attrs={"rows": 3}),
            "impact": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, indicators=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["indicator"].queryset = (
            indicators if indicators is not None else Indicator.objects.none()
        )
        self.fields["indicator"].required = False

    def _post_clean(self):
        pass


class KeyEventFilterForm(forms.Form):
    polarity = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All")), *KeyEvent.Polarity.choices]
    )
    date_from = forms.DateField(label=_("From"), required=False, widget=DATE)
    date_to = forms.DateField(label=_("To"), required=False, widget=DATE)


class FeedbackRequestForm(forms.Form):
    reviewer_number = forms.CharField(
        label=_("Reviewer's employee number"), max_length=32, widget=PersonPicker("company")
    )
    kind = forms.ChoiceField(label=_("Kind"), choices=FeedbackRequest.Kind.choices)
    message = forms.CharField(
        label=_("Message to the reviewer"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class FeedbackAnswerForm(forms.Form):
    rating = forms.TypedChoiceField(label=_("Overall rating"), choices=RATINGS[1:], coerce=int)
    strengths = forms.CharField(
        label=_("Strengths"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    improvements = forms.CharField(
        label=_("What could be better"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class ActualsImportForm(forms.Form):
    file = forms.FileField(label=_("File (.csv or .xlsx)"))
