"""Praise in a sentence, as the rules read it: the Hamburger's bread."""

from __future__ import annotations

import re
from types import ModuleType

Span = tuple[int, int]


def bread(sentence: str, lex: ModuleType, *, opening: bool) -> Span:
    """The part of ``sentence`` that can open (before its first "but") or close (after its
    last "but") the feedback, as ``(start, end)`` within it."""
    contrasts = list(lex.CONTRAST.finditer(sentence))
    if not contrasts:
        return 0, len(sentence)
    if opening:
        return 0, contrasts[0].start()
    return contrasts[-1].end(), len(sentence)


def has_praise(part: str, lex: ModuleType, *, context: str | None = None) -> bool:
    """A praise match that is neither negated ("not great") nor harsh here ("tone was sharp")."""
    return praise_reading(part, lex, context=context) is True


def praise_reading(part: str, lex: ModuleType, *, context: str | None = None) -> bool | None:
    """``True`` for a praise match that is neither negated ("not great") nor harsh here ("tone
    was sharp"); ``False`` when every praise match was refused so (no learned model may read
    the part as praise then); ``None`` when the part has no praise words.

    English keeps round thirteen's praise in a pattern of its own (``PRAISE_MORE``), read after
    PRAISE unless the whole comment (``context``) lacks the words it needs, and round fourteen's
    in one pattern a branch (``praise_r14_patterns`` names those the comment has the words for).
    """
    reading = _read(part, lex, lex.PRAISE)
    if reading:
        return True
    for extra in _extra_patterns(lex, context):
        more = _read(part, lex, extra)
        if more:
            return True
        if more is False:
            reading = False
    return reading


def _extra_patterns(lex: ModuleType, context: str | None) -> list[re.Pattern[str]]:
    """The lexicon's praise patterns beyond PRAISE that can match in ``context``."""
    patterns: list[re.Pattern[str]] = []
    more = getattr(lex, "PRAISE_MORE", None)
    if more is not None and (context is None or lex.praise_more_possible(context)):
        patterns.append(more)
    r14 = getattr(lex, "praise_r14_patterns", None)
    if r14 is not None:
        patterns.extend(r14(context))
    return patterns


def _read(part: str, lex: ModuleType, pattern: re.Pattern[str]) -> bool | None:
    negation: re.Pattern[str] = lex.PRAISE_NEGATION
    reading = None
    for m in pattern.finditer(part):
        if negation.search(part[max(0, m.start() - 20) : m.start()]) or lex.praise_is_harsh(
            part, m.start(), m.end()
        ):
            reading = False
            continue
        return True
    return reading
