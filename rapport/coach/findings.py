"""Find problems in the text: each finding points at the exact words that caused it."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from rapport.coach import lexicon_en, lexicon_zh, model
from rapport.coach.detect import has_han, has_latin
from rapport.coach.messages import MESSAGES, SUGGESTIONS
from rapport.coach.quotes import outside_reported, reported_spans
from rapport.coach.result import CODES, Finding
from rapport.coach.text import sentence_spans

Span = tuple[int, int]
_Rule = Callable[[str], Iterable[Span]]

_EN_RULES: tuple[tuple[str, _Rule], ...] = (
    ("judges_person", lexicon_en.find_judges),
    ("demeaning", lexicon_en.find_demeaning),
    ("absolute", lexicon_en.find_absolute),
)
_ZH_RULES: tuple[tuple[str, _Rule], ...] = (
    ("judges_person", lexicon_zh.find_judges),
    ("demeaning", lexicon_zh.find_demeaning),
    ("absolute", lexicon_zh.find_absolute),
)


def find_findings(text: str, lang: str) -> list[Finding]:
    """Run the English rules on Latin-script text and the Chinese rules on Han text.

    Both rule sets run on mixed text, so a Chinese insult inside an English comment is still
    found; messages are written in ``lang``, the comment's dominant language. Words inside a
    quotation attributed to someone else (reported speech, ``quotes.py``) are not findings.
    """
    spans: dict[str, list[Span]] = {code: [] for code in CODES}
    if has_latin(text):
        for code, rule in _EN_RULES:
            spans[code].extend(rule(text))
    if has_han(text):
        for code, rule in _ZH_RULES:
            spans[code].extend(rule(text))
    reported = reported_spans(text)  # a customer's words in quotes are not the writer's
    _add_model_findings(text, lang, spans, reported)
    findings: list[Finding] = []
    for code in CODES:
        for start, end in _merge(outside_reported(spans[code], reported)):
            quote = text[start:end]
            findings.append(
                Finding(
                    code=code,
                    start=start,
                    end=end,
                    message=MESSAGES[code][lang].format(quote=quote),
                    suggestion=SUGGESTIONS[code][lang],
                )
            )
    findings.sort(key=lambda f: (f.start, f.end, f.code))
    return findings


def _add_model_findings(
    text: str, lang: str, spans: dict[str, list[Span]], reported: list[Span]
) -> None:
    """Sentences the rules passed over but a learned model is confident about (``model.py``).

    Reported quotations are blanked first (same length, so offsets hold): a customer's insult
    must not make the writer's own clause next to it look demeaning.
    """
    for start, end in reported:
        text = text[:start] + " " * (end - start) + text[end:]
    sentences = sentence_spans(text)
    labels = spans["judges_person"]
    # A sentence the rules already read as a label is theirs: for judges_person because they
    # point at the exact words, for demeaning because the model, trained on few examples,
    # confuses harsh labels ("你最大的毛病就是太固执") with belittling.
    candidates = [
        (start, end)
        for start, end in sentences
        if not any(s < end and e > start for s, e in labels)
    ]
    for code, hits in model.scan_codes(text, lang, candidates).items():
        found = spans[code]
        for start, end in hits:
            if not any(s < end and e > start for s, e in found):
                found.append((start, end))


def _merge(spans: list[Span]) -> list[Span]:
    """Overlapping hits of one code become one finding covering all their words."""
    merged: list[Span] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
