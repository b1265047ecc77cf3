"""Helpers shared by the forms of every app."""

from django.core.exceptions import ValidationError
from django.forms import BaseForm


def add_service_errors(
    form: BaseForm, exc: ValidationError, rename: dict[str, str] | None = None
) -> None:
    """Show a service's ValidationError on the form, on the field it names when the form has it."""
    rename = rename or {}
    if hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            target = rename.get(field, field)
            form.add_error(target if target in form.fields else None, errors)
    else:
        form.add_error(None, exc)
