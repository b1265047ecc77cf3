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

    A lexicon may keep later rounds' praise in patterns of their own: its ``more_praise(context)``
    names those the whole comment (``context``) has the words for, read after PRAISE.
    """
    reading = _read(part, lex, lex.PRAISE)
    if reading:
        return True
    more_praise = getattr(lex, "more_praise", None)
    for extra in more_praise(context) if more_praise is not None else ():
        more = _read(part, lex, extra)
        if more:
            return True
        if more is False:
            reading = False
    return reading


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
