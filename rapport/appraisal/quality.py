"""Indicator quality checks: vague, unquantified indicators are the main reason supervisors avoid
feedback interviews and employees reject their results. Pure functions, both languages."""

import re
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

# Verbs that promise change without saying how much or by when.
_VAGUE_EN = re.compile(
    r"\b(improve[sd]?|improving|better|enhance[sd]?|strengthen(ed|s)?|increase[sd]?|reduce[sd]?|"
    r"optimi[sz]e[sd]?|boost(ed|s)?|more|less|good|great|effective(ly)?|proactive(ly)?|excellent|"
    r"raise[sd]?|grow(s|n)?|maximi[sz]e[sd]?|minimi[sz]e[sd]?)\b",
    re.IGNORECASE,
)
_VAGUE_ZH = re.compile(
    r"加强|提高|提升|改善|优化|增强|促进|积极|努力|更好|尽量|尽快|进一步|较好|良好|大幅"
)
_NUMBER = re.compile(r"\d|[一二三四五六七八九十百千万两]+(个|次|天|周|月|年|%|成|倍|家|项|名|人)")
_DATE = re.compile(
    r"\b(by|before|until|within|end of|q[1-4])\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    r"|\d{4}-\d{1,2}|[年月日]|季度|月底|年底|之前|以内|前完成",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class QualityWarning:
    code: str
    message: str


MESSAGES = {
    "qualitative_without_anchors": _(
        "Qualitative indicator without behavioural anchors: describe what a 1, a 3 and a 5 look like."
    ),
    "no_target": _("No target: say what result counts as meeting this indicator."),
    "no_unit": _("No unit: say what the numbers count (%, orders, days, ¥…)."),
    "unmeasurable_wording": _(
        "Unmeasurable wording (“improve”, “better”, “加强”, “提高”…) with no number or date: "
        "say by how much and by when."
    ),
}


def check_indicator(
    *, title: str, description: str, kind: str, unit: str, target: object, anchors: list
) -> list[QualityWarning]:
    codes: list[str] = []
    if kind == "qualitative":
        if len([a for a in anchors or [] if str(a).strip()]) < 2:
            codes.append("qualitative_without_anchors")
    else:
        if target is None or target == "":
            codes.append("no_target")
        if not unit.strip():
            codes.append("no_unit")
    text = f"{title} {description}"
    vague = _VAGUE_EN.search(text) or _VAGUE_ZH.search(text)
    if vague and not _NUMBER.search(text) and not _DATE.search(text):
        codes.append("unmeasurable_wording")
    return [QualityWarning(code, str(MESSAGES[code])) for code in codes]
