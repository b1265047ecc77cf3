"""The JSON API: a second door onto the same services and selectors as the HTML pages.

django-ninja gives typed input/output schemas and the OpenAPI document at /api/openapi.json,
with interactive docs at /api/docs served from the app's own static files.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest
from ninja import NinjaAPI
from ninja.errors import AuthenticationError
from ninja.security import HttpBearer, SessionAuth

from rapport.people.services.errors import StaleEdit
from rapport.people.services.tokens import api_token_authenticate


class BearerToken(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str):
        user = api_token_authenticate(token)
        if user is not None:
            request.user = user
        return user


api = NinjaAPI(
    title="Rapport API",
    version="1",
    description=(
        "Performance feedback interviews. Authenticate with the browser session or with a "
        "personal token: `Authorization: Bearer <token>` (create one with "
        "`manage.py issue_token USERNAME`). Every list is scoped to what the caller may see."
    ),
    auth=[BearerToken(), SessionAuth()],
    urls_namespace="api",
)


@api.exception_handler(PermissionDenied)
def _forbidden(request: HttpRequest, exc: PermissionDenied):
    return api.create_response(request, {"detail": "You are not allowed to do this."}, status=403)


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Http404):
    return api.create_response(request, {"detail": "Not found."}, status=404)


@api.exception_handler(AuthenticationError)
def _unauthorised(request: HttpRequest, exc: AuthenticationError):
    return api.create_response(
        request,
        {"detail": "Authentication required: sign in or send 'Authorization: Bearer <token>'."},
        status=401,
    )


@api.exception_handler(StaleEdit)
def _stale(request: HttpRequest, exc: StaleEdit):
    return api.create_response(request, {"detail": exc.messages[0], "code": "stale"}, status=409)


@api.exception_handler(ValidationError)
def _invalid(request: HttpRequest, exc: ValidationError):
    errors = exc.message_dict if hasattr(exc, "error_dict") else {"__all__": exc.messages}
    return api.create_response(request, {"detail": "Invalid input.", "errors": errors}, status=400)


from rapport.people.api import router as people_router  # noqa: E402

api.add_router("/", people_router)

from rapport.coach.api import router as coach_router  # noqa: E402

api.add_router("/", coach_router)

from rapport.appraisal.api import router as appraisal_router  # noqa: E402

api.add_router("/", appraisal_router)

from rapport.interviews.api import router as interviews_router  # noqa: E402

api.add_router("/", interviews_router)

from rapport.plans.api import router as plans_router  # noqa: E402

api.add_router("/", plans_router)

from rapport.insights.api import router as insights_router  # noqa: E402

api.add_router("/", insights_router)
