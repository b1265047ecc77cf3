from typing import Any

from django import forms
from django.urls import reverse


class PersonPicker(forms.TextInput):
    """An employee-number box that suggests people by name as the user types (htmx fills a
    datalist from ``people:pick``). The value stays the employee number, so the form and its
    validation are unchanged and the box still works without JavaScript."""

    template_name = "people/widgets/person_picker.html"

    def __init__(self, scope: str = "line", attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs)
        self.scope = scope

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)
        widget_attrs = context["widget"]["attrs"]
        choices = f"{widget_attrs.get('id') or name}-choices"
        widget_attrs.update(
            {
                "list": choices,
                "autocomplete": "off",
                "hx-get": f"{reverse('people:pick')}?field={name}&scope={self.scope}",
                "hx-trigger": "input changed delay:250ms",
                "hx-target": f"#{choices}",
                "hx-swap": "innerHTML",
            }
        )
        return context
