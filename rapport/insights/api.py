from typing import Any
from uuid import UUID

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from ninja import Router

from rapport import access
from rapport.appraisal import selectors as appraisal
from rapport.insights.metrics import dashboard

router = Router(tags=["insights"])


@router.get(
    "/insights/summary",
    response=dict[str, Any],
    summary="The diagnosis metrics of a cycle (HR: company; supervisor: own line)",
)
def summary(request: HttpRequest, cycle: UUID):
    if not access.can_see_insights(request.user):
        raise PermissionDenied
    data = dashboard(user=request.user, cycle=appraisal.cycle_get(user=request.user, uuid=cycle))
    return {
        "cycle": str(data.cycle.uuid),
        "total": data.total.as_dict(),
        "departments": [r.as_dict() for r in data.departments],
        "supervisors": [r.as_dict() for r in data.supervisors],
        "plans": data.plans,
        "cases": data.cases,
        "training": data.training,
        "systemic": {
            "causes": data.systemic["causes"],
            "owners": [
                {k: v for k, v in o.items() if k != "reply_time"} for o in data.systemic["owners"]
            ],
        },
        "trend": data.trend,
    }
