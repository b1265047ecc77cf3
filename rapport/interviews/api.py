"""Interview endpoints: read the interviews you may see, acknowledge or disagree."""

import datetime
from typing import Literal
from uuid import UUID

from django.conf import settings
from django.http import HttpRequest
from ninja import Router, Schema
from ninja.pagination import PageNumberPagination, paginate

from rapport import access
from rapport.interviews import selectors
from rapport.interviews.services import signing
from rapport.interviews.services.disagreements import interview_disagree

router = Router(tags=["interviews"])


class InterviewOut(Schema):
    uuid: UUID
    kind: str
    state: str
    employee: str
    conductor: str
    starts_at: datetime.datetime
    duration_minutes: int
    place: str
    purpose: str
    reschedule_count: int
    consensus: str
    agreed_rating: str
    next_meeting_on: datetime.date | None
    acknowledged_at: datetime.datetime | None
    record_hash: str
    version: int

    @staticmethod
    def resolve_employee(obj) -> str:
        return obj.employee.name

    @staticmethod
    def resolve_conductor(obj) -> str:
        return obj.conductor.name


class AcknowledgeIn(Schema):
    version: int
    password: str
    comment: str = ""


class DisagreeIn(Schema):
    version: int
    reason: Literal[
        "too_qualitative", "outside_control", "target_too_high", "conversation", "other"
    ]
    explanation: str


@router.get("/interviews", response=list[InterviewOut], summary="Interviews you may see")
@paginate(PageNumberPagination, page_size=settings.PAGE_SIZE, max_page_size=200)
def interview_list(
    request: HttpRequest, state: str = "", role: Literal["", "conducting", "mine"] = ""
):
    return selectors.interview_list(user=request.user, state=state, role=role)


@router.get("/interviews/{uuid}", response=InterviewOut)
def interview_detail(request: HttpRequest, uuid: UUID):
    interview = selectors.interview_get(user=request.user, uuid=uuid)
    if not access.can_see_shared_notes(request.user, interview):
        interview.consensus = ""
    return interview


@router.post(
    "/interviews/{uuid}/acknowledge", response=InterviewOut, summary="Acknowledge (sign) the record"
)
def acknowledge(request: HttpRequest, uuid: UUID, payload: AcknowledgeIn):
    interview = selectors.interview_get(user=request.user, uuid=uuid)
    return signing.interview_acknowledge(
        actor=request.user,
        interview=interview,
        version=payload.version,
        password=payload.password,
        comment=payload.comment,
    )


@router.post(
    "/interviews/{uuid}/disagree",
    response=InterviewOut,
    summary="Disagree with the record (opens an HR case)",
)
def disagree(request: HttpRequest, uuid: UUID, payload: DisagreeIn):
    interview = selectors.interview_get(user=request.user, uuid=uuid)
    interview_disagree(
        actor=request.user,
        interview=interview,
        version=payload.version,
        reason=payload.reason,
        explanation=payload.explanation,
    )
    return selectors.interview_get(user=request.user, uuid=uuid)
