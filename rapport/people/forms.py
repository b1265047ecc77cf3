from django import forms
from django.utils.translation import gettext_lazy as _

from rapport.people.models import Department, Employee
from rapport.people.widgets import PersonPicker


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    department = forms.ModelChoiceField(
        label=_("Department"),
        queryset=Department.objects.none(),
        required=False,
        to_field_name="uuid",
        empty_label=_("All departments"),
    )
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("active", _("Active")), ("inactive", _("Left")), ("all", _("All"))],
    )

    def __init__(self, *args, departments=None, **kwargs):
        super().__init__(*args, **kwargs)
        if departments is not None:
            self.fields["department"].queryset = departments
            self.fields["department"].label_from_instance = lambda d: (
                ("· " * d.depth) + d.display_name
            )

    def active(self) -> bool | None:
        status = self.cleaned_data.get("status") or "active"
        return {"active": True, "inactive": False, "all": None}[status]


class EmployeeForm(forms.ModelForm):
    """HR edits an employee. `version` carries the record's version for conflict detection."""

    version = forms.IntegerField(widget=forms.HiddenInput)
    manager_number = forms.CharField(
        label=_("Manager's employee number"),
        required=False,
        max_length=32,
        widget=PersonPicker("company"),
    )

    class Meta:
        model = Employee
        fields = ["name", "email", "department", "job_title", "hire_date", "is_active"]
        widgets = {"hire_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["department"].queryset = Department.objects.order_by("path")
        self.fields["department"].label_from_instance = lambda d: ("· " * d.depth) + d.display_name
        if self.instance.pk and not self.is_bound:
            self.initial["version"] = self.instance.version
            if self.instance.manager_id:
                self.initial["manager_number"] = self.instance.manager.employee_number

    def clean_manager_number(self):
        number = self.cleaned_data["manager_number"].strip()
        if not number:
            return None
        try:
            return Employee.objects.get(employee_number=number)
        except Employee.DoesNotExist as exc:
            raise forms.ValidationError(
                _("No employee has the number %(number)s."), params={"number": number}
            ) from exc

    def _post_clean(self):
        # Validation of the model happens in the service, which also sees concurrent edits.
        pass


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("File (.csv or .xlsx)"),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx"}),
    )
    check_only = forms.BooleanField(label=_("Check only, do not import"), required=False)
