"""Improvement-plan endpoints over the same selectors and services as the pages."""

import datetime
from uuid import UUID

from django.http import HttpRequest
from ninja import Router, Schema

from rapport.plans import selectors
from rapport.plans.services import plans as services

router = Router(tags=["plans"])


class ActionOut(Schema):
    uuid: UUID
    measure: str
    kind: str
    start_on: datetime.date
    due_on: datetime.date
    responsible: str
    inspector: str
    success_criterion: str
    state: str
    percent: int
    overdue: bool

    @staticmethod
    def resolve_responsible(obj) -> str:
        return obj.responsible.name

    @staticmethod
    def resolve_inspector(obj) -> str:
        return obj.inspector.name

    @staticmethod
    def resolve_overdue(obj) -> bool:
        return obj.is_overdue


class PlanOut(Schema):
    uuid: UUID
    title: str
    employee: str
    supervisor: str
    start_on: datetime.date
    end_on: datetime.date
    state: str
    round: int
    version: int
    actions: list[ActionOut]

    @staticmethod
    def resolve_employee(obj) -> str:
        return obj.employee.name

    @staticmethod
    def resolve_supervisor(obj) -> str:
        return obj.supervisor.name

    @staticmethod
    def resolve_actions(obj) -> list:
        return list(obj.actions.select_related("responsible", "inspector"))


class SignIn(Schema):
    version: int
    password: str


class ProgressIn(Schema):
    note: str
    percent: int


class InspectIn(Schema):
    confirm: bool
    comment: str = ""


class VerifyOut(Schema):
    verified: bool
    hash: str


@router.get("/plans", response=list[PlanOut], summary="Improvement plans you may see")
def plan_list(request: HttpRequest):
    return list(
        selectors.plan_list(user=request.user).prefetch_related(
            "actions__responsible", "actions__inspector"
        )[:200]
    )


@router.get("/plans/{uuid}", response=PlanOut)
def plan_detail(request: HttpRequest, uuid: UUID):
    return selectors.plan_get(user=request.user, uuid=uuid)


@router.post("/plans/{uuid}/sign", response=PlanOut, summary="Sign the plan (password asked again)")
def sign(request: HttpRequest, uuid: UUID, payload: SignIn):
    plan = selectors.plan_get(user=request.user, uuid=uuid)
    return services.plan_sign(
        actor=request.user, plan=plan, version=payload.version, password=payload.password
    )


@router.get(
    "/plans/{uuid}/verify",
    response=VerifyOut,
    summary="Recompute the hash and compare it with the signatures",
)
def verify(request: HttpRequest, uuid: UUID):
    plan = selectors.plan_get(user=request.user, uuid=uuid)
    return {"verified": services.plan_verify(plan), "hash": services.plan_hash(plan)}


@router.post(
    "/plans/{uuid}/actions/{action}/progress",
    response=ActionOut,
    summary="Report progress (responsible person)",
)
def progress(request: HttpRequest, uuid: UUID, action: UUID, payload: ProgressIn):
    plan = selectors.plan_get(user=request.user, uuid=uuid)
    item = selectors.action_get(user=request.user, plan=plan, uuid=action)
    services.progress_post(
        actor=request.user, action=item, note=payload.note, percent=payload.percent
    )
    return selectors.action_get(user=request.user, plan=plan, uuid=action)


@router.post(
    "/plans/{uuid}/actions/{action}/inspect",
    response=ActionOut,
    summary="Confirm or send back (inspector)",
)
def inspect(request: HttpRequest, uuid: UUID, action: UUID, payload: InspectIn):
    plan = selectors.plan_get(user=request.user, uuid=uuid)
    item = selectors.action_get(user=request.user, plan=plan, uuid=action)
    return services.action_inspect(
        actor=request.user, action=item, confirm=payload.confirm, comment=payload.comment
    )
