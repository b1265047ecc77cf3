from typing import Any

from django.db.models import QuerySet
from django.http import Http404

from rapport import access
from rapport.interviews import guides
from rapport.interviews.models import Disagreement, Interview, PrivateNote, StageGuide


def interview_list(
    *,
    user: Any,
    state: str = "",
    role: str = "",
    flag: str = "",
    cycle: Any = None,
    department: Any = None,
    conductor: Any = None,
) -> QuerySet[Interview]:
    """Interviews the user may see; `flag` is one of the diagnosis conditions (insights.flags)."""
    interviews = access.interviews_visible_to(user).select_related("employee", "conductor", "cycle")
    if cycle is not None:
        interviews = interviews.filter(cycle=cycle)
    if department is not None:
        interviews = interviews.filter(employee__department=department)
    if conductor is not None:
        interviews = interviews.filter(conductor=conductor)
    if flag:
        from rapport.insights.flags import flagged

        interviews = flagged(interviews.exclude(state="cancelled"), flag)
    me = access.employee_of(user)
    if role == "conducting" and me is not None:
        interviews = interviews.filter(conductor=me)
    elif role == "mine" and me is not None:
        interviews = interviews.filter(employee=me)
    if state:
        interviews = interviews.filter(state=state)
    return interviews.order_by("-starts_at")


def interview_get(*, user: Any, uuid: Any) -> Interview:
    try:
        return (
            access.interviews_visible_to(user)
            .select_related(
                "employee__user",
                "employee__manager",
                "conductor__user",
                "cycle",
                "scorecard",
                "preparation",
            )
            .get(uuid=uuid)
        )
    except (Interview.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def stage_guides(kind: str) -> list[dict]:
    overrides = {g.stage: g for g in StageGuide.objects.filter(kind=kind)}
    return [{"stage": n, **guides.guide_for(n, overrides)} for n in range(1, 7)]


def private_notes(*, user: Any, interview: Interview) -> dict[int, PrivateNote]:
    """Only the author's own private notes: never anyone else's, HR included."""
    return {n.stage: n for n in PrivateNote.objects.filter(interview=interview, author=user)}


def previous_interview(interview: Interview) -> Interview | None:
    return (
        Interview.objects.filter(employee=interview.employee, starts_at__lt=interview.starts_at)
        .exclude(state=Interview.State.CANCELLED)
        .exclude(pk=interview.pk)
        .prefetch_related("tasks")
        .order_by("-starts_at")
        .first()
    )


def cases_for(*, user: Any) -> QuerySet[Disagreement]:
    if not access.can_review_cases(user):
        return Disagreement.objects.none()
    return Disagreement.objects.select_related(
        "interview__employee", "interview__conductor", "reviewer"
    ).order_by("state", "-created_at")


def case_get(*, user: Any, uuid: Any) -> Disagreement:
    """HR sees every case; the two parties see their own."""
    cases = Disagreement.objects.select_related(
        "interview__employee__user", "interview__conductor", "interview__scorecard", "reviewer"
    )
    try:
        case = cases.get(uuid=uuid)
    except (Disagreement.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc
    if (
        access.can_review_cases(user)
        or access.is_interviewee(user, case.interview)
        or access.is_conductor(user, case.interview)
    ):
        return case
    raise Http404
