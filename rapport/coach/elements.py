"""Which parts of good feedback the comment contains (BEST and the Hamburger)."""

from __future__ import annotations

from types import ModuleType

from rapport.coach import lexicon_en, lexicon_zh, model
from rapport.coach.detect import has_han, has_latin
from rapport.coach.praise import bread, praise_reading
from rapport.coach.prefilter import may_match_within
from rapport.coach.result import Elements, Finding
from rapport.coach.text import sentence_spans

Span = tuple[int, int]


def detect_elements(text: str, findings: list[Finding], lang: str = "en") -> Elements:
    """Look for each element with the rules of every script present in the text; the element
    models (``model.comment_elements``, read in the comment's ``lang``) may add a consequence
    or a positive outcome the rules missed."""
    lexicons: list[ModuleType] = []
    if has_latin(text):
        lexicons.append(lexicon_en)
    if has_han(text):
        lexicons.append(lexicon_zh)
    if not lexicons:
        return Elements()
    sentences = sentence_spans(text)
    if not sentences:
        return Elements()
    bad = [(f.start, f.end) for f in findings if f.code != "absolute"]
    first, last = sentences[0], sentences[-1]
    # English only: a demeaning sentence neither asks for the employee's view ("are you getting
    # too old for this?") nor promises an outcome ("a trained monkey would do better").
    demeaning = [(f.start, f.end) for f in findings if f.code == "demeaning"]
    en_text = _blank_sentences(text, sentences, demeaning) if demeaning else text
    consequence = any(lex.has_consequence(text) for lex in lexicons)
    positive_outcome = any(
        lex.has_positive_outcome(en_text if lex is lexicon_en else text) for lex in lexicons
    )
    # The learned models read whole comments only: a single sentence is the rules' to read.
    whole = len(sentences) > 1
    if whole and not (consequence and positive_outcome):
        learned = model.comment_elements(text, lang)
        consequence = consequence or learned.get("consequence", False)
        positive_outcome = positive_outcome or learned.get("positive_outcome", False)
    return Elements(
        behavior=any(lex.has_behavior(text) for lex in lexicons),
        consequence=consequence,
        solicit=_solicits(text, sentences, lexicons, en_text),
        positive_outcome=positive_outcome,
        opens_positive=_is_positive(text, first, lexicons, bad, opening=True, learned=whole),
        closes_positive=_is_positive(text, last, lexicons, bad, opening=False, learned=whole),
    )


def _blank_sentences(text: str, sentences: list[Span], spans: list[Span]) -> str:
    """The text with every sentence that overlaps one of ``spans`` turned into spaces."""
    parts = list(text)
    for start, end in sentences:
        if any(s < end and e > start for s, e in spans):
            parts[start:end] = " " * (end - start)
    return "".join(parts)


def _solicits(
    text: str, sentences: list[Span], lexicons: list[ModuleType], en_text: str | None = None
) -> bool:
    """A sentence that asks for the employee's view, and is not a rhetorical question."""
    readers = []
    for lex in lexicons:
        source = en_text if en_text is not None and lex is lexicon_en else text
        readers.append((lex, source, may_match_within(lex.SOLICIT, source)))
    if "?" not in text and "？" not in text:
        # Without a question mark only a SOLICIT phrase can ask for the employee's view.
        readers = [reader for reader in readers if reader[2]]
    for start, end in sentences:
        for lex, source, may_solicit in readers:
            sentence = source[start:end]
            asks = (may_solicit and lex.SOLICIT.search(sentence)) or _asks_about(lex, sentence)
            if asks and not lex.RHETORICAL.search(sentence):
                return True
    return False


def _asks_about(lex: ModuleType, sentence: str) -> bool:
    """Any real question addressed to the employee asks for their view, and so does a
    wh-question about what happened; "Could you send it by Friday?" asks for an action."""
    if not lex.QUESTION.search(sentence):
        return False
    if not (lex.YOU.search(sentence) or lex.WH_QUESTION.search(sentence)):
        return False
    request = getattr(lex, "REQUEST", None)
    return request is None or not request.search(sentence)


def _is_positive(
    text: str,
    span: Span,
    lexicons: list[ModuleType],
    bad: list[Span],
    *,
    opening: bool,
    learned: bool = True,
) -> bool:
    """Praise or encouragement in the opening part (before a "but") or the closing part: the
    rules' praise words first, then (when ``learned``) the praise model (``model.is_praise``)."""
    start, end = span
    sentence = text[start:end]
    parts = []
    for lex in lexicons:
        part_start, part_end = bread(sentence, lex, opening=opening)
        abs_start, abs_end = start + part_start, start + part_end
        if any(s < abs_end and e > abs_start for s, e in bad):
            continue  # a label or an insult is not praise, whatever else the sentence says
        part = sentence[part_start:part_end]
        reading = praise_reading(part, lex, context=text)
        if reading:
            return True
        if reading is None and learned:
            parts.append((part, lex))
    return any(model.is_praise(part, "zh" if lex is lexicon_zh else "en") for part, lex in parts)
