from typing import Any

from django import template

register = template.Library()


@register.filter
def dict_get(mapping: dict, key: Any) -> Any:
    return mapping.get(key)


@register.filter
def share(progress: Any, states: str) -> int:
    return progress.share(*states.split(","))
