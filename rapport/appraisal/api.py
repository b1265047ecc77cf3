"""Appraisal endpoints: the same selectors and services as the pages, with explicit schemas."""

import datetime
from decimal import Decimal
from typing import Literal
from uuid import UUID

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Router, Schema, Status
from ninja.pagination import PageNumberPagination, paginate

from rapport import access
from rapport.appraisal import scoring, selectors
from rapport.appraisal.models import Indicator, KeyEvent
from rapport.appraisal.services import scorecards as services
from rapport.appraisal.services.key_events import key_event_record
from rapport.people import selectors as people

router = Router(tags=["appraisal"])


class BandOut(Schema):
    code: str
    label: str
    min_score: Decimal

    @staticmethod
    def resolve_label(obj) -> str:
        return obj.display_label


class CycleOut(Schema):
    uuid: UUID
    name: str
    state: str
    period_start: datetime.date
    period_end: datetime.date
    self_review_deadline: datetime.date
    interview_deadline: datetime.date
    bands: list[BandOut]

    @staticmethod
    def resolve_name(obj) -> str:
        return obj.display_name

    @staticmethod
    def resolve_bands(obj) -> list:
        return list(obj.bands.all())


class IndicatorOut(Schema):
    uuid: UUID
    title: str
    description: str
    kind: str
    unit: str
    direction: str
    weight: Decimal
    baseline: Decimal | None
    target: Decimal | None
    stretch: Decimal | None
    actual: Decimal | None
    rule: str
    anchors: list[str]
    self_rating: int | None
    self_comment: str
    supervisor_rating: int | None
    supervisor_comment: str
    score: Decimal | None

    @staticmethod
    def resolve_score(obj) -> Decimal | None:
        return scoring.indicator_score(services.values_of(obj))


class ScorecardSummary(Schema):
    uuid: UUID
    cycle: UUID
    employee: UUID
    employee_name: str
    state: str
    final_score: Decimal | None
    band: str | None
    quality_warnings: int
    version: int

    @staticmethod
    def resolve_cycle(obj) -> UUID:
        return obj.cycle.uuid

    @staticmethod
    def resolve_employee(obj) -> UUID:
        return obj.employee.uuid

    @staticmethod
    def resolve_employee_name(obj) -> str:
        return obj.employee.name

    @staticmethod
    def resolve_band(obj) -> str | None:
        return obj.band.code if obj.band else None


class ScorecardOut(ScorecardSummary):
    self_comment: str
    supervisor_comment: str
    indicators: list[IndicatorOut]

    @staticmethod
    def resolve_indicators(obj) -> list:
        return list(obj.indicators.all())


class RatingIn(Schema):
    indicator: UUID
    rating: int | None = Field(None, ge=1, le=5)
    comment: str = ""


class ReviewIn(Schema):
    version: int
    comment: str
    ratings: list[RatingIn]


class ActualIn(Schema):
    version: int
    actual: Decimal | None


class KeyEventOut(Schema):
    uuid: UUID
    occurred_on: datetime.date
    what: str
    impact: str
    polarity: str
    indicator: UUID | None
    recorder_role: str

    @staticmethod
    def resolve_indicator(obj) -> UUID | None:
        return obj.indicator.uuid if obj.indicator else None


class KeyEventIn(Schema):
    occurred_on: datetime.date
    what: str
    impact: str = ""
    polarity: Literal["positive", "needs_improvement", "neutral"]
    indicator: UUID | None = None


@router.get("/cycles", response=list[CycleOut], summary="Appraisal cycles you may see")
def cycle_list(request: HttpRequest):
    return list(selectors.cycle_list(user=request.user).prefetch_related("bands"))


@router.get("/cycles/{uuid}", response=CycleOut)
def cycle_detail(request: HttpRequest, uuid: UUID):
    return selectors.cycle_get(user=request.user, uuid=uuid)


@router.get("/scorecards", response=list[ScorecardSummary], summary="Scorecards you may see")
@paginate(PageNumberPagination, page_size=settings.PAGE_SIZE, max_page_size=200)
def scorecard_list(request: HttpRequest, cycle: UUID | None = None, employee: UUID | None = None):
    cards = (
        access.scorecards_visible_to(request.user)
        .select_related("cycle", "employee", "band")
        .order_by("employee__name", "pk")
    )
    if cycle:
        cards = cards.filter(cycle__uuid=cycle)
    if employee:
        cards = cards.filter(employee__uuid=employee)
    return cards


def _card(request: HttpRequest, uuid: UUID):
    return selectors.scorecard_get(user=request.user, uuid=uuid)


@router.get("/scorecards/{uuid}", response=ScorecardOut)
def scorecard_detail(request: HttpRequest, uuid: UUID):
    return _card(request, uuid)


def _ratings(card, items: list[RatingIn]) -> dict[int, tuple[int | None, str]]:
    ids = {i.uuid: i.pk for i in card.indicators.all()}
    return {ids[r.indicator]: (r.rating, r.comment) for r in items if r.indicator in ids}


@router.post(
    "/scorecards/{uuid}/self-review", response=ScorecardOut, summary="Submit the self-review"
)
def self_review(request: HttpRequest, uuid: UUID, payload: ReviewIn):
    card = _card(request, uuid)
    services.scorecard_self_review(
        actor=request.user,
        scorecard=card,
        version=payload.version,
        comment=payload.comment,
        ratings=_ratings(card, payload.ratings),
    )
    return _card(request, uuid)


@router.post(
    "/scorecards/{uuid}/supervisor-review",
    response=ScorecardOut,
    summary="Submit the supervisor review",
)
def supervisor_review(request: HttpRequest, uuid: UUID, payload: ReviewIn):
    card = _card(request, uuid)
    services.scorecard_supervisor_review(
        actor=request.user,
        scorecard=card,
        version=payload.version,
        comment=payload.comment,
        ratings=_ratings(card, payload.ratings),
    )
    return _card(request, uuid)


@router.put(
    "/scorecards/{uuid}/indicators/{indicator}/actual",
    response=IndicatorOut,
    summary="Record an actual",
)
def record_actual(request: HttpRequest, uuid: UUID, indicator: UUID, payload: ActualIn):
    card = _card(request, uuid)
    item = get_object_or_404(Indicator, uuid=indicator, scorecard=card)
    return services.indicator_record_actual(
        actor=request.user, indicator=item, actual=payload.actual, version=payload.version
    )


@router.get(
    "/people/{uuid}/key-events", response=list[KeyEventOut], summary="Key events about a person"
)
@paginate(PageNumberPagination, page_size=settings.PAGE_SIZE, max_page_size=200)
def key_events(request: HttpRequest, uuid: UUID, polarity: str = ""):
    employee = people.employee_get(user=request.user, uuid=uuid)
    return selectors.key_event_list(user=request.user, employee=employee, polarity=polarity)


@router.post("/people/{uuid}/key-events", response={201: KeyEventOut}, summary="Record a key event")
def key_event_create(request: HttpRequest, uuid: UUID, payload: KeyEventIn):
    employee = people.employee_get(user=request.user, uuid=uuid)
    if not access.can_add_key_event(request.user, employee):
        raise PermissionDenied
    indicator = None
    if payload.indicator:
        indicator = get_object_or_404(
            Indicator, uuid=payload.indicator, scorecard__employee=employee
        )
    event: KeyEvent = key_event_record(
        actor=request.user,
        employee=employee,
        occurred_on=payload.occurred_on,
        what=payload.what,
        impact=payload.impact,
        polarity=payload.polarity,
        indicator=indicator,
    )
    return Status(201, event)
