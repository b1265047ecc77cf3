from typing import Any

from django.http import HttpRequest

from rapport import access


def navigation(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {
        "me": access.employee_of(user),
        "nav_team": access.is_supervisor(user),
        "nav_hr": access.is_hr(user),
        "nav_coach": access.can_use_coach_practice(user),
        "nav_insights": access.can_see_insights(user),
        "unread_notifications": _unread(user),
    }


def _unread(user: Any) -> int:
    from rapport.notify.services import unread_count

    return unread_count(user)
