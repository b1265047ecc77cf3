from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet

from rapport import access
from rapport.audit.models import AuditEvent


def audit_events_for(*, user, obj) -> QuerySet[AuditEvent]:
    if not access.can_read_audit(user):
        raise PermissionDenied
    return AuditEvent.objects.filter(
        object_type=obj._meta.label_lower, object_uuid=obj.uuid
    ).select_related("actor")
