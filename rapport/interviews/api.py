"""Interview endpoints: read the interviews you may see, acknowledge or disagree."""

import datetime
from decimal import Decimal
from typing import Literal
from uuid import UUID

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest
from ninja import Router, Schema, Status
from ninja.pagination import PageNumberPagination, paginate

from rapport import access
from rapport.interviews import selectors
from rapport.interviews.services import meeting, scheduling, signing
from rapport.interviews.services.disagreements import case_resolve, interview_disagree
from rapport.people.models import Employee

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


class ScheduleIn(Schema):
    employee: UUID
    kind: Literal["result_review", "goal_setting", "improvement", "follow_up"]
    starts_at: datetime.datetime
    duration_minutes: int = 60
    place: str
    purpose: str
    conductor: UUID | None = None
    delegation_reason: str = ""
    cycle: UUID | None = None


class StageNoteIn(Schema):
    version: int
    notes: str
    seconds: int = 0


class StageNoteOut(Schema):
    stage: int
    notes: str
    version: int
    seconds_spent: int


class TaskIn(Schema):
    owner: Literal["employee", "supervisor"]
    task: str
    due_on: datetime.date


class OutcomeIn(Schema):
    version: int
    consensus: str
    agreed_rating: str
    next_meeting_on: datetime.date | None
    tasks: list[TaskIn] = []


class VersionIn(Schema):
    version: int


class ResolveIn(Schema):
    resolution: Literal["upheld", "score_adjusted", "new_interview"]
    note: str
    new_score: Decimal | None = None


class CaseOut(Schema):
    uuid: UUID
    interview: UUID
    reason: str
    explanation: str
    state: str
    resolution: str
    resolution_note: str
    score_before: Decimal | None
    score_after: Decimal | None

    @staticmethod
    def resolve_interview(obj) -> UUID:
        return obj.interview.uuid


@router.post("/interviews", response={201: InterviewOut}, summary="Schedule an interview")
def schedule(request: HttpRequest, payload: ScheduleIn):
    from rapport.appraisal import selectors as appraisal
    from rapport.people import selectors as people

    employee = people.employee_get(user=request.user, uuid=payload.employee)
    conductor = (
        Employee.objects.filter(uuid=payload.conductor).first() if payload.conductor else None
    )
    if payload.conductor and conductor is None:
        raise Http404
    cycle = appraisal.cycle_get(user=request.user, uuid=payload.cycle) if payload.cycle else None
    interview = scheduling.interview_schedule(
        actor=request.user,
        employee=employee,
        kind=payload.kind,
        starts_at=payload.starts_at,
        place=payload.place,
        purpose=payload.purpose,
        duration_minutes=payload.duration_minutes,
        conductor=conductor,
        delegation_reason=payload.delegation_reason,
        cycle=cycle,
    )
    return Status(201, interview)


@router.post("/interviews/{uuid}/start", response=InterviewOut, summary="Start the meeting")
def start(request: HttpRequest, uuid: UUID, payload: VersionIn):
    interview = selectors.interview_get(user=request.user, uuid=uuid)
    return meeting.interview_start(actor=request.user, interview=interview, version=payload.version)


@router.put(
    "/interviews/{uuid}/stages/{stage}",
    response=StageNoteOut,
    summary="Save a stage's shared notes",
)
def stage_note(request: HttpRequest, uuid: UUID, stage: int, payload: StageNoteIn):
    interview = selectors.interview_get(user=request.user, uuid=uuid)
    return meeting.stage_note_save(
        actor=request.user,
        interview=interview,
        stage=stage,
        notes=payload.notes,
        version=payload.version,
        add_seconds=payload.seconds,
    )


@router.post(
    "/interviews/{uuid}/outcome",
    response=InterviewOut,
    summary="Submit the outcome; the employee is asked to acknowledge",
)
def outcome(request: HttpRequest, uuid: UUID, payload: OutcomeIn):
    interview = selectors.interview_get(user=request.user, uuid=uuid)
    return meeting.interview_submit_outcome(
        actor=request.user,
        interview=interview,
        version=payload.version,
        consensus=payload.consensus,
        agreed_rating=payload.agreed_rating,
        next_meeting_on=payload.next_meeting_on,
        tasks=[(t.owner, t.task, t.due_on) for t in payload.tasks],
    )


@router.get("/cases", response=list[CaseOut], summary="Disagreements (HR)")
def cases(request: HttpRequest):
    if not access.can_review_cases(request.user):
        raise PermissionDenied
    return list(selectors.cases_for(user=request.user))


@router.post("/cases/{uuid}/resolve", response=CaseOut, summary="Resolve a disagreement (HR)")
def resolve(request: HttpRequest, uuid: UUID, payload: ResolveIn):
    case = selectors.case_get(user=request.user, uuid=uuid)
    return case_resolve(
        actor=request.user,
        case=case,
        resolution=payload.resolution,
        note=payload.note,
        new_score=payload.new_score,
    )
