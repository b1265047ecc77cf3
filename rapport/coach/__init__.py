"""Feedback coach: explainable, offline analysis of feedback language (English and Chinese).

Pure Python, no Django. Other apps call ``analyze``; batch jobs call ``run_jsonl``.

    >>> from rapport.coach import analyze
    >>> result = analyze("You are lazy.")
    >>> [(f.code, "You are lazy."[f.start:f.end]) for f in result.findings]
    [('judges_person', 'You are lazy')]
"""

from rapport.coach.analysis import analyze
from rapport.coach.detect import detect_lang
from rapport.coach.jsonl import run_jsonl
from rapport.coach.report import format_report
from rapport.coach.result import (
    CODES,
    ELEMENT_NAMES,
    MAX_CHARS,
    Analysis,
    CoachInputError,
    Elements,
    Finding,
)
from rapport.coach.scoring import ELEMENT_POINTS, FINDING_PENALTY
from rapport.coach.warm import warm_up

__all__ = [
    "CODES",
    "ELEMENT_NAMES",
    "ELEMENT_POINTS",
    "FINDING_PENALTY",
    "MAX_CHARS",
    "Analysis",
    "CoachInputError",
    "Elements",
    "Finding",
    "analyze",
    "detect_lang",
    "format_report",
    "run_jsonl",
    "warm_up",
]
