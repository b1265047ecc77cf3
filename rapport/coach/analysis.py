"""``analyze``: the one service function other apps call."""

from __future__ import annotations

from rapport.coach.detect import LANGS, detect_lang
from rapport.coach.elements import detect_elements
from rapport.coach.findings import find_findings
from rapport.coach.messages import EXPLAIN
from rapport.coach.result import MAX_CHARS, Analysis, CoachInputError, Elements
from rapport.coach.scoring import explain, score


def analyze(text: str, lang: str | None = None) -> Analysis:
    """Analyse one feedback text and return findings, elements, a score and an explanation.

    ``lang`` is ``"en"`` or ``"zh"``; when ``None`` it is detected from the script that carries
    most of the text. Both rule sets run on mixed text. Offsets in findings index the original
    ``text``. Deterministic and offline. Raises ``CoachInputError`` for non-string input, an
    unknown ``lang`` or text longer than ``MAX_CHARS``; empty or blank text is valid and scores 0.
    """
    if not isinstance(text, str):
        raise CoachInputError(f"text must be a string, not {type(text).__name__}")
    if len(text) > MAX_CHARS:
        raise CoachInputError(f"text is {len(text):,} characters long; the limit is {MAX_CHARS:,}")
    if lang is not None and lang not in LANGS:
        raise CoachInputError(f"lang must be one of {', '.join(LANGS)} or None, not {lang!r}")
    resolved = lang or detect_lang(text)
    if not text.strip():
        return Analysis(
            lang=resolved,
            findings=[],
            elements=Elements(),
            score=0,
            explanation=EXPLAIN["empty"][resolved],
        )
    findings = find_findings(text, resolved)
    elements = detect_elements(text, findings, resolved)
    value = score(elements, findings)
    return Analysis(
        lang=resolved,
        findings=findings,
        elements=elements,
        score=value,
        explanation=explain(text, resolved, elements, findings, value),
    )
