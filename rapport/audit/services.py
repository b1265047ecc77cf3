"""Recording the audit trail. Services call these inside their transaction."""

import datetime
import uuid
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from django.db import models

from rapport.audit.models import AuditEvent


def _json_safe(value: Any) -> Any:
    if isinstance(value, models.Model):
        return str(value)
    if isinstance(value, datetime.date | datetime.datetime | uuid.UUID | Decimal):
        return str(value)
    return value


def snapshot(obj: models.Model, fields: Iterable[str]) -> dict[str, Any]:
    """The current values of `fields`, JSON-safe; foreign keys by their string form."""
    values: dict[str, Any] = {}
    for name in fields:
        field = obj._meta.get_field(name)
        if field.is_relation:
            related = getattr(obj, name)
            values[name] = str(related) if related is not None else None
        else:
            values[name] = _json_safe(getattr(obj, name))
    return values


def diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, list[Any]]:
    return {key: [before.get(key), after[key]] for key in after if before.get(key) != after[key]}


def build_event(
    *, actor: Any, action: str, obj: Any, changes: Mapping[str, list[Any]] | None = None
) -> AuditEvent:
    return AuditEvent(
        actor=actor if getattr(actor, "pk", None) else None,
        action=action,
        object_type=obj._meta.label_lower,
        object_uuid=obj.uuid,
        object_repr=str(obj)[:200],
        changes=dict(changes or {}),
    )


def audit_record(
    *, actor: Any, action: str, obj: Any, changes: Mapping[str, list[Any]] | None = None
) -> AuditEvent:
    event = build_event(actor=actor, action=action, obj=obj, changes=changes)
    event.save()
    return event


def audit_record_many(events: list[AuditEvent]) -> None:
    AuditEvent.objects.bulk_create(events, batch_size=1000)
