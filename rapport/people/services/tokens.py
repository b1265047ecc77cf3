"""Personal API tokens: issued once in clear, stored as a SHA-256 digest."""

import hashlib
import secrets
from typing import Any

from django.db import transaction
from django.utils import timezone

from rapport.audit.services import audit_record
from rapport.people.models import ApiToken, User

TOKEN_PREFIX = "rpt_"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def api_token_issue(*, actor: Any, user: User, name: str = "") -> tuple[ApiToken, str]:
    """Create a token for `user`; returns the record and the clear token (never stored)."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    record = ApiToken.objects.create(
        user=user, name=name, prefix=token[: len(TOKEN_PREFIX) + 6], digest=_digest(token)
    )
    audit_record(
        actor=actor, action="api_token.issue", obj=record, changes={"user": [None, user.username]}
    )
    return record, token


def api_token_authenticate(token: str) -> User | None:
    if not token.startswith(TOKEN_PREFIX):
        return None
    record = (
        ApiToken.objects.select_related("user")
        .filter(digest=_digest(token), revoked_at__isnull=True, user__is_active=True)
        .first()
    )
    if record is None:
        return None
    now = timezone.now()
    # Touch at most once a minute: a busy integration should not write on every call.
    if record.last_used_at is None or (now - record.last_used_at).total_seconds() > 60:
        ApiToken.objects.filter(pk=record.pk).update(last_used_at=now)
    return record.user


@transaction.atomic
def api_token_revoke(*, actor: Any, token: ApiToken) -> None:
    ApiToken.objects.filter(pk=token.pk, revoked_at__isnull=True).update(revoked_at=timezone.now())
    audit_record(actor=actor, action="api_token.revoke", obj=token)
