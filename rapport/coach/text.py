"""Sentence spans over the original text (offsets are never shifted)."""

from __future__ import annotations

import re
import re._constants as _c  # type: ignore[import-not-found]
import re._parser as _parser  # type: ignore[import-not-found]
from functools import lru_cache
from typing import Any

# A sentence ends at Chinese or English end punctuation, or at a line break. A full stop only ends
# a sentence when followed by space or the end, so "3.5", "v2.1" and "e.g.x" stay whole.
# Titles and Latin abbreviations ("Ms. Patel", "Dr. Osei", "e.g. the Q2 margin") never end one;
# "approx.", "a.m.", "etc." end one only before a capital ("at 9 a.m. The client…").
_TITLES = ("Mr", "Ms", "Mrs", "Dr", "Prof", "St", "e\\.g", "i\\.e", "E\\.g", "vs", "cf")
_ABBREVS = ("approx", "Approx", "a\\.m", "p\\.m", "etc", "incl", "esp")
_SOFT = "|".join(rf"(?<=\b{t}\.)" for t in _ABBREVS)
_NOT_AFTER = "".join(rf"(?<!\b{t}\.)" for t in _TITLES + _ABBREVS)
# The lookbehinds sit after the full stop, so they are only tried where there is one.
_BOUNDARY_PATTERN = (
    r"[。！？!?]+[”\"』」)）]*"
    rf"|\.(?:{_SOFT})(?=$|[\"”)）]|\s+[^\sa-z0-9£$€(])[\"”)）]*"
    rf"|\.{_NOT_AFTER}(?=\s|$|[\"”)）])[\"”)）]*|\n+|…{{1,2}}(?=\s|$)"
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of each non-blank sentence, stripped of surrounding whitespace."""
    return list(_sentence_spans(text))  # findings and elements both ask: split once


@lru_cache(maxsize=256)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    start = 0
    for end in [*(m.end() for m in _BOUNDARY.finditer(text)), len(text)]:
        chunk = text[start:end]
        stripped = chunk.strip()
        # A sentence made only of punctuation (e.g. "...") is not a sentence.
        if stripped and _ALNUM.search(stripped):
            first = start + len(chunk) - len(chunk.lstrip())
            spans.append((first, first + len(stripped)))
        start = end
    return tuple(spans)


_ALNUM = re.compile(r"[^\W_]")


def first_chars_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile ``pattern`` behind a lookahead on the characters a match can start with.

    ``re`` tries every branch of a big alternation at every position; a leading one-character
    class lets it reject most positions at once (about a third faster on the word lists). The
    set is derived from the parsed pattern; when it cannot be derived the pattern is unchanged.
    """
    chars = start_chars(pattern, flags)
    if chars is None:
        return re.compile(pattern, flags)
    cls = "".join(sorted(re.escape(c) for c in chars))
    return re.compile(f"(?=[{cls}])(?:{pattern})", flags)


def start_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can start with, or None when they are not known."""
    try:
        chars = _first_set(_parser.parse(pattern, flags))
    except UnknownFirstChars:
        return None
    if flags & re.IGNORECASE:
        chars = {c for ch in chars for c in (ch.lower(), ch.upper())}
    return frozenset(chars)


class UnknownFirstChars(Exception):
    pass


def _first_set(items: Any) -> set[str]:
    chars, nullable = first_chars(list(items), 0)
    if nullable:
        raise UnknownFirstChars
    return chars


def first_chars(seq: list[Any], i: int) -> tuple[set[str], bool]:
    """First characters of ``seq[i:]`` and whether it can match the empty string."""
    out: set[str] = set()
    while i < len(seq):
        op, av = seq[i]
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            i += 1  # zero-width: what follows is what the match starts with
            continue
        if op is _c.LITERAL:
            out.add(chr(av))
            return out, False
        if op is _c.IN:
            for sub_op, sub_av in av:
                if sub_op is _c.LITERAL:
                    out.add(chr(sub_av))
                elif sub_op is _c.RANGE and sub_av[1] - sub_av[0] < 128:
                    out.update(chr(x) for x in range(sub_av[0], sub_av[1] + 1))
                else:
                    raise UnknownFirstChars
            return out, False
        if op is _c.BRANCH:
            nullable = False
            for branch in av[1]:
                chars, empty = first_chars(list(branch), 0)
                out |= chars
                nullable = nullable or empty
            if not nullable:
                return out, False
            i += 1
            continue
        if op is _c.SUBPATTERN:
            chars, empty = first_chars(list(av[-1]), 0)
            out |= chars
            if not empty:
                return out, False
            i += 1
            continue
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            low, _high, body = av
            chars, empty = first_chars(list(body), 0)
            out |= chars
            if low > 0 and not empty:
                return out, False
            i += 1
            continue
        raise UnknownFirstChars
    return out, True


# Compiled behind a look-ahead on the characters a boundary starts with (half the time).
_BOUNDARY = first_chars_compile(_BOUNDARY_PATTERN)
