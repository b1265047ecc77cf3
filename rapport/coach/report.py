"""A readable text report of one analysis (command line, e-mail, logs)."""

from __future__ import annotations

from rapport.coach.messages import CODE_NAMES, ELEMENT_NAMES_TEXT
from rapport.coach.result import ELEMENT_NAMES, Analysis

_HEAD: dict[str, dict[str, str]] = {
    "findings": {"en": "Findings", "zh": "问题"},
    "none": {"en": "  none", "zh": "  无"},
    "elements": {"en": "Elements", "zh": "要素"},
    "score": {"en": "Score", "zh": "得分"},
    "suggest": {"en": "suggestion", "zh": "建议"},
}


def format_report(analysis: Analysis, text: str) -> str:
    """Findings with the quoted words, elements as ✓/✗, then the score and the explanation."""
    lang = analysis.lang if analysis.lang in ("en", "zh") else "en"
    lines = [f"{_HEAD['findings'][lang]} ({len(analysis.findings)}):"]
    if not analysis.findings:
        lines.append(_HEAD["none"][lang])
    for i, f in enumerate(analysis.findings, start=1):
        quote = text[f.start : f.end]
        name = CODE_NAMES[f.code][lang]
        lines.append(f"  {i}. [{f.code} · {name}] “{quote}” ({f.start}–{f.end})")
        lines.append(f"     {f.message}")
        lines.append(f"     → {_HEAD['suggest'][lang]}: {f.suggestion}")
    lines.append(f"{_HEAD['elements'][lang]}:")
    flags = analysis.elements.to_dict()
    for name in ELEMENT_NAMES:
        mark = "✓" if flags[name] else "✗"
        lines.append(f"  {mark} {ELEMENT_NAMES_TEXT[name][lang]} ({name})")
    lines.append(f"{_HEAD['score'][lang]}: {analysis.score}/100")
    lines.append(analysis.explanation)
    return "\n".join(lines)
