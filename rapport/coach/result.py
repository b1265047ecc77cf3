"""Value objects returned by the coach: findings, elements and the whole analysis."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Longest text ``analyze`` accepts, in characters. A feedback comment is a few hundred
#: characters; 20,000 leaves room for a whole interview summary while keeping one call well
#: under a millisecond per few hundred characters and bounding the work a request can cause.
MAX_CHARS = 20_000

CODES: tuple[str, ...] = ("judges_person", "demeaning", "absolute")
ELEMENT_NAMES: tuple[str, ...] = (
    "behavior",
    "consequence",
    "solicit",
    "positive_outcome",
    "opens_positive",
    "closes_positive",
)


class CoachInputError(ValueError):
    """The text cannot be analysed: not a string, or longer than ``MAX_CHARS``."""


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in the text; ``text[start:end]`` is exactly the words that caused it."""

    code: str
    start: int
    end: int
    message: str
    suggestion: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "start": self.start,
            "end": self.end,
            "message": self.message,
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True, slots=True)
class Elements:
    """Which parts of good feedback (BEST and the Hamburger) the whole comment contains."""

    behavior: bool = False
    consequence: bool = False
    solicit: bool = False
    positive_outcome: bool = False
    opens_positive: bool = False
    closes_positive: bool = False

    def to_dict(self) -> dict[str, bool]:
        return {name: bool(getattr(self, name)) for name in ELEMENT_NAMES}


@dataclass(frozen=True, slots=True)
class Analysis:
    """The result of ``analyze``: findings, elements, a 0–100 score and a one-line explanation."""

    lang: str
    findings: list[Finding] = field(default_factory=list)
    elements: Elements = field(default_factory=Elements)
    score: int = 0
    explanation: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "lang": self.lang,
            "findings": [f.to_dict() for f in self.findings],
            "elements": self.elements.to_dict(),
            "score": self.score,
            "explanation": self.explanation,
        }
