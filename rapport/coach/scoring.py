"""The score: points for each element present, deductions for each finding, clamped to 0–100.

    elements  behavior 25 + consequence 20 + solicit 15 + positive_outcome 15
              + opens_positive 10 + closes_positive 15                       (= 100)
    findings  demeaning −40, judges_person −25, absolute −15, each occurrence
    score     max(0, min(100, elements − findings)); empty text scores 0

The explanation names the biggest thing to fix: the most severe finding (quoting its words),
otherwise the missing element worth the most points.
"""

from __future__ import annotations

from rapport.coach.messages import ELEMENT_ADVICE, EXPLAIN, FINDING_ADVICE
from rapport.coach.result import Elements, Finding

ELEMENT_POINTS: dict[str, int] = {
    "behavior": 25,
    "consequence": 20,
    "solicit": 15,
    "positive_outcome": 15,
    "closes_positive": 15,
    "opens_positive": 10,
}
FINDING_PENALTY: dict[str, int] = {"demeaning": 40, "judges_person": 25, "absolute": 15}


def score(elements: Elements, findings: list[Finding]) -> int:
    gained = sum(points for name, points in ELEMENT_POINTS.items() if getattr(elements, name))
    lost = sum(FINDING_PENALTY[f.code] for f in findings)
    return max(0, min(100, gained - lost))


def explain(text: str, lang: str, elements: Elements, findings: list[Finding], value: int) -> str:
    if findings:
        worst = max(findings, key=lambda f: (FINDING_PENALTY[f.code], -f.start))
        quote = text[worst.start : worst.end]
        if len(quote) > 60:
            quote = quote[:57] + "…"
        return EXPLAIN["finding"][lang].format(
            score=value, advice=FINDING_ADVICE[worst.code][lang], quote=quote
        )
    # ELEMENT_POINTS is ordered by weight, so the first missing element is the biggest gap.
    for name in ELEMENT_POINTS:
        if not getattr(elements, name):
            return EXPLAIN["element"][lang].format(score=value, advice=ELEMENT_ADVICE[name][lang])
    return EXPLAIN["complete"][lang].format(score=value)
