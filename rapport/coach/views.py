from dataclasses import dataclass

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_POST

from rapport import access
from rapport.coach import MAX_CHARS, Analysis, CoachInputError, analyze


@dataclass(frozen=True)
class Piece:
    text: str
    code: str = ""  # the finding code when this piece is flagged
    number: int = 0  # 1-based number of the finding, for the legend


def highlight(text: str, analysis: Analysis) -> list[Piece]:
    """Split the text into plain and flagged pieces; overlapping findings keep the first."""
    pieces: list[Piece] = []
    position = 0
    for number, finding in enumerate(sorted(analysis.findings, key=lambda f: f.start), start=1):
        if finding.start < position:
            continue
        if finding.start > position:
            pieces.append(Piece(text[position : finding.start]))
        pieces.append(Piece(text[finding.start : finding.end], finding.code, number))
        position = finding.end
    if position < len(text):
        pieces.append(Piece(text[position:]))
    return pieces


@login_required
def practice(request: HttpRequest) -> HttpResponse:
    if not access.can_use_coach_practice(request.user):
        raise PermissionDenied
    return render(request, "coach/practice.html", {"max_chars": MAX_CHARS})


@login_required
@require_POST
def analyze_text(request: HttpRequest) -> HttpResponse:
    """The analysis panel (htmx partial) for the text typed so far."""
    if not access.can_analyze_feedback(request.user):
        raise PermissionDenied
    text = request.POST.get("text", "")
    lang = request.POST.get("lang") or None
    if lang not in (None, "en", "zh"):
        lang = None
    try:
        analysis = analyze(text, lang)
    except CoachInputError as exc:
        return render(request, "coach/_analysis.html", {"error": str(exc)}, status=400)
    findings = sorted(analysis.findings, key=lambda f: f.start)
    context = {
        "analysis": analysis,
        "findings": [(n, f, text[f.start : f.end]) for n, f in enumerate(findings, start=1)],
        "pieces": highlight(text, analysis),
        "elements": analysis.elements.to_dict(),
        "text": text,
    }
    return render(request, "coach/_analysis.html", context)
