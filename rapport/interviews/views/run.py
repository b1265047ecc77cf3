from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from rapport import access
from rapport.coach import CoachInputError, analyze
from rapport.coach.views import highlight
from rapport.core.forms import add_service_errors
from rapport.interviews import selectors
from rapport.interviews.forms import OutcomeForm, VersionForm
from rapport.interviews.models import InterviewType, Stage, StageNote
from rapport.interviews.services import meeting
from rapport.people.services.errors import StaleEdit

COACHED_STAGES = (Stage.REVIEW, Stage.GOALS)


def _coach_context(text: str) -> dict:
    try:
        analysis = analyze(text)
    except CoachInputError as exc:
        return {"error": str(exc)}
    findings = sorted(analysis.findings, key=lambda f: f.start)
    return {
        "analysis": analysis,
        "text": text,
        "pieces": highlight(text, analysis),
        "elements": analysis.elements.to_dict(),
        "findings": [(n, f, text[f.start : f.end]) for n, f in enumerate(findings, start=1)],
    }


@login_required
@require_POST
def start(request: HttpRequest, uuid) -> HttpResponse:
    interview = selectors.interview_get(user=request.user, uuid=uuid)
    if not access.can_run_interview(request.user, interview):
        raise PermissionDenied
    form = VersionForm(request.POST)
    try:
        meeting.interview_start(
            actor=request.user, interview=interview, version=int(form.data.get("version") or 0)
        )
    except StaleEdit as exc:
        messages.error(request, exc.messages[0])
        return redirect("interviews:detail", uuid=interview.uuid)
    return redirect("interviews:run", uuid=interview.uuid)


@login_required
def run_sheet(request: HttpRequest, uuid) -> HttpResponse:
    interview = selectors.interview_get(user=request.user, uuid=uuid)
    if not access.is_conductor(request.user, interview):
        raise PermissionDenied
    if interview.state != "in_progress":
        return redirect("interviews:detail", uuid=interview.uuid)
    notes = {n.stage: n for n in interview.stage_notes.all()}
    private = selectors.private_notes(user=request.user, interview=interview)
    stages = []
    for guide in selectors.stage_guides(interview.kind):
        n = guide["stage"]
        note = notes.get(n)
        stages.append(
            {
                **guide,
                "label": Stage(n).label,
                "note": note,
                "private": private.get(n),
                "coach": _coach_context(note.notes)
                if n in COACHED_STAGES and note and note.notes.strip()
                else None,
                "coached": n in COACHED_STAGES,
            }
        )
    return render(request, "interviews/run.html", {"interview": interview, "stages": stages})


@login_required
@require_POST
def stage_save(request: HttpRequest, uuid, stage: int) -> HttpResponse:
    """Autosave of one stage's shared notes (htmx). A stale version is a conflict, never an overwrite."""
    interview = selectors.interview_get(user=request.user, uuid=uuid)
    if not access.can_run_interview(request.user, interview):
        raise PermissionDenied
    text = request.POST.get("notes", "")
    try:
        version = int(request.POST.get("version", ""))
        seconds = int(request.POST.get("seconds") or 0)
    except ValueError:
        return HttpResponse(_("Bad request."), status=400)
    context = {"interview": interview, "stage": stage, "coached": stage in COACHED_STAGES}
    try:
        note = meeting.stage_note_save(
            actor=request.user,
            interview=interview,
            stage=stage,
            notes=text,
            version=version,
            add_seconds=seconds,
        )
    except StaleEdit:
        current = StageNote.objects.get(interview=interview, stage=stage)
        return render(
            request,
            "interviews/_stage_status.html",
            {**context, "conflict": current, "note": current},
            status=409,
        )
    except ValidationError as exc:
        return render(
            request,
            "interviews/_stage_status.html",
            {**context, "error": " ".join(exc.messages)},
            status=400,
        )
    if context["coached"] and text.strip():
        context["coach"] = _coach_context(text)
    return render(request, "interviews/_stage_status.html", {**context, "note": note})


@login_required
@require_POST
def private_save(request: HttpRequest, uuid, stage: int) -> HttpResponse:
    interview = selectors.interview_get(user=request.user, uuid=uuid)
    if not (
        access.is_conductor(request.user, interview)
        or access.is_interviewee(request.user, interview)
    ):
        raise PermissionDenied
    try:
        version = int(request.POST.get("version", ""))
    except ValueError:
        return HttpResponse(_("Bad request."), status=400)
    try:
        note = meeting.private_note_save(
            actor=request.user,
            interview=interview,
            stage=stage,
            text=request.POST.get("text", ""),
            version=version,
        )
    except StaleEdit:
        return render(
            request,
            "interviews/_private_status.html",
            {"stage": stage, "conflict": True, "interview": interview},
            status=409,
        )
    return render(
        request,
        "interviews/_private_status.html",
        {"stage": stage, "note": note, "interview": interview},
    )


@login_required
def outcome(request: HttpRequest, uuid) -> HttpResponse:
    interview = selectors.interview_get(user=request.user, uuid=uuid)
    if not access.is_conductor(request.user, interview) or interview.state != "in_progress":
        raise PermissionDenied
    ratings = (
        [(b.code, f"{b.code} · {b.display_label}") for b in interview.cycle.bands.all()]
        if interview.cycle
        else [(str(n), str(n)) for n in range(1, 6)]
    )
    goal_setting = interview.kind == InterviewType.GOAL_SETTING
    form = OutcomeForm(
        request.POST or None,
        ratings=ratings,
        goal_setting=goal_setting,
        initial={"version": interview.version},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            tasks = meeting.parse_tasks(data["tasks"])
            goals = meeting.parse_goals(data.get("goals", "")) if goal_setting else None
            meeting.interview_submit_outcome(
                actor=request.user,
                interview=interview,
                version=data["version"],
                consensus=data["consensus"],
                agreed_rating=data["agreed_rating"],
                next_meeting_on=data["next_meeting_on"],
                tasks=tasks,
                strengths=data.get("strengths", ""),
                career_wishes=data.get("career_wishes", ""),
                swot=(
                    data.get("swot_strengths", ""),
                    data.get("swot_weaknesses", ""),
                    data.get("swot_opportunities", ""),
                    data.get("swot_threats", ""),
                ),
                goals=goals,
            )
        except StaleEdit as exc:
            form.add_error(None, exc)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, _("The record was sent to the employee to acknowledge."))
            return redirect("interviews:detail", uuid=interview.uuid)
    return render(
        request,
        "interviews/outcome.html",
        {"interview": interview, "form": form},
        status=400 if form.errors else 200,
    )
