from typing import Literal

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from ninja import Field, Router, Schema, Status

from rapport import access
from rapport.coach import MAX_CHARS, CoachInputError, analyze

router = Router(tags=["coach"])


class CoachIn(Schema):
    text: str = Field(..., description=f"The feedback to analyse, at most {MAX_CHARS} characters")
    lang: Literal["en", "zh"] | None = Field(None, description="Detected when omitted")


class FindingOut(Schema):
    code: Literal["judges_person", "demeaning", "absolute"]
    start: int
    end: int
    message: str
    suggestion: str


class ElementsOut(Schema):
    behavior: bool
    consequence: bool
    solicit: bool
    positive_outcome: bool
    opens_positive: bool
    closes_positive: bool


class CoachOut(Schema):
    lang: str
    findings: list[FindingOut]
    elements: ElementsOut
    score: int
    explanation: str


class ErrorOut(Schema):
    detail: str


@router.post(
    "/coach",
    response={200: CoachOut, 400: ErrorOut},
    summary="Check feedback wording (Hamburger order, BEST rule, judging the person)",
)
def coach(request: HttpRequest, payload: CoachIn):
    if not access.can_analyze_feedback(request.user):
        raise PermissionDenied
    try:
        return Status(200, analyze(payload.text, payload.lang).to_dict())
    except CoachInputError as exc:
        return Status(400, {"detail": str(exc)})
