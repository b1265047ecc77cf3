"""The key-event log: dated, concrete behaviours and results, with checked attachments."""

import datetime
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from rapport import access
from rapport.appraisal.models import Indicator, KeyEvent, KeyEventAttachment
from rapport.audit.services import audit_record
from rapport.people.models import Employee

MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024
MAX_ATTACHMENTS = 5
# extension -> (content type, magic bytes it must start with, or None for text)
ALLOWED_TYPES: dict[str, tuple[str, bytes | None]] = {
    "pdf": ("application/pdf", b"%PDF-"),
    "png": ("image/png", b"\x89PNG\r\n\x1a\n"),
    "jpg": ("image/jpeg", b"\xff\xd8\xff"),
    "jpeg": ("image/jpeg", b"\xff\xd8\xff"),
    "docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        b"PK\x03\x04",
    ),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b"PK\x03\x04"),
    "txt": ("text/plain", None),
}


def _recorder_role(actor: Any, employee: Employee) -> str:
    me = access.employee_of(actor)
    if me is not None and me.pk == employee.pk:
        return KeyEvent.RecorderRole.EMPLOYEE
    if access.is_hr(actor) and not (me is not None and employee.path.startswith(me.path)):
        return KeyEvent.RecorderRole.HR
    return KeyEvent.RecorderRole.SUPERVISOR


def check_attachment(upload: UploadedFile) -> tuple[str, str]:
    """Return (content type, safe original name) or raise ValidationError with the reason."""
    name = (upload.name or "file").rsplit("/", 1)[-1][:200]
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in ALLOWED_TYPES:
        raise ValidationError(
            _("%(name)s: this type of file is not accepted (PDF, PNG, JPEG, DOCX, XLSX or TXT).")
            % {"name": name}
        )
    if upload.size is None or upload.size > MAX_ATTACHMENT_BYTES:
        raise ValidationError(_("%(name)s is larger than 5 MB.") % {"name": name})
    if upload.size == 0:
        raise ValidationError(_("%(name)s is empty.") % {"name": name})
    content_type, magic = ALLOWED_TYPES[extension]
    head = upload.read(16)
    upload.seek(0)
    if magic is not None and not head.startswith(magic):
        raise ValidationError(
            _("%(name)s is not really a .%(ext)s file.") % {"name": name, "ext": extension}
        )
    if magic is None and b"\x00" in head:
        raise ValidationError(_("%(name)s is not a text file.") % {"name": name})
    return content_type, name


@transaction.atomic
def key_event_record(
    *,
    actor: Any,
    employee: Employee,
    occurred_on: datetime.date,
    what: str,
    polarity: str,
    impact: str = "",
    indicator: Indicator | None = None,
    attachments: list[UploadedFile] | None = None,
) -> KeyEvent:
    """Log a key event about `employee` (oneself, someone in one's line, or anyone for HR)."""
    if not access.can_add_key_event(actor, employee):
        raise PermissionDenied
    errors: dict[str, Any] = {}
    if occurred_on > timezone.localdate():
        errors["occurred_on"] = _(
            "A key event is something that has happened: the date cannot be in the future."
        )
    if not what.strip():
        errors["what"] = _("Describe what happened.")
    if indicator is not None and indicator.scorecard.employee_id != employee.pk:
        errors["indicator"] = _("The indicator must be on this employee's scorecard.")
    files = attachments or []
    if len(files) > MAX_ATTACHMENTS:
        errors["attachments"] = _("At most %(n)s attachments.") % {"n": MAX_ATTACHMENTS}
    checked = []
    for upload in files:
        try:
            checked.append((upload, *check_attachment(upload)))
        except ValidationError as exc:
            errors.setdefault("attachments", []).extend(exc.messages)
    if errors:
        raise ValidationError(errors)
    event = KeyEvent(
        employee=employee,
        occurred_on=occurred_on,
        what=what.strip(),
        impact=impact.strip(),
        polarity=polarity,
        indicator=indicator,
        recorded_by=actor,
        recorder_role=_recorder_role(actor, employee),
    )
    event.full_clean()
    event.save()
    for upload, content_type, name in checked:
        attachment = KeyEventAttachment(
            event=event, original_name=name, content_type=content_type, size=upload.size or 0
        )
        attachment.file.save(name, upload, save=False)
        attachment.save()
    audit_record(
        actor=actor,
        action="key_event.record",
        obj=event,
        changes={"what": [None, event.what[:100]], "attachments": [0, len(checked)]},
    )
    return event


@transaction.atomic
def key_event_delete(*, actor: Any, event: KeyEvent) -> None:
    if not access.can_delete_key_event(actor, event):
        raise PermissionDenied
    for attachment in event.attachments.all():
        attachment.file.delete(save=False)
    audit_record(
        actor=actor,
        action="key_event.delete",
        obj=event,
        changes={"what": [event.what[:100], None]},
    )
    event.delete()
