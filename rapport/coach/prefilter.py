"""Locate where a big rule pattern can match in linear time, then let ``re`` decide there.

``re`` tries every branch of a big alternation at every position, so a 300-character comment
costs tens of microseconds per word list. RE2 (google-re2) runs a pattern as an automaton in one
pass, but knows no look-arounds or back-references. So each big rule is translated from ``re``'s
own parse tree into a *superset* for RE2: assertions are dropped (except a word boundary before
an ASCII word), long counted repeats are opened up, back-references become "anything", Unicode
classes become wider ranges. Wherever the original matches, the superset matches at the same
start. ``GatedPattern`` asks RE2 for the next start where the superset matches and runs
``re.match`` only there, so results are exactly those of ``re`` (tests check this on every
labelled text); only the time spent changes.
"""

from __future__ import annotations

import re
import re._constants as _c  # type: ignore[import-not-found]
import re._parser as _parser  # type: ignore[import-not-found]
import sys
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any, cast

import re2  # type: ignore[import-untyped]

from rapport.coach.text import (
    UnknownFirstChars,
    first_chars,
    first_chars_compile,
    start_chars,
)

# Patterns shorter than this are cheap for ``re``, and so are strings shorter than these: a
# sentence of English, or a longer one of Chinese, whose patterns ``re`` rejects at most positions
# from their first character alone (measured with cachegrind on the speed bench's comments).
MIN_PATTERN_LENGTH = 160
MIN_ASCII_STRING_LENGTH = 24
MIN_STRING_LENGTH = 64
# Counted repeats above this become open-ended, so the automaton stays small.
_MAX_COUNT = 8

# ``re``'s Unicode categories in the superset: their ASCII members and wide ranges around the
# rest. RE2 spells an exact Unicode class such as \\p{L} as a large UTF-8 automaton, and "\\w"
# written out in full made the lazily built automata several times larger. The ranges leave
# out the Chinese characters and punctuation where the category has none, so that "\\d" and
# "\\s" do not match the Han text of a Chinese comment. Tests check every code point.
CATEGORY_RANGES: dict[Any, tuple[tuple[int, int], ...]] = {
    _c.CATEGORY_DIGIT: (
        (0x30, 0x39),
        (0x660, 0x1C59),
        (0xA620, 0xABF9),
        (0xFF10, 0xFF19),
        (0x10000, 0x1FFFF),
    ),
    _c.CATEGORY_SPACE: (
        (0x9, 0xD),
        (0x1C, 0x20),
        (0x85, 0x85),
        (0xA0, 0xA0),
        (0x1680, 0x1680),
        (0x2000, 0x200A),
        (0x2028, 0x2029),
        (0x202F, 0x202F),
        (0x205F, 0x205F),
        (0x3000, 0x3000),
    ),
    _c.CATEGORY_WORD: (
        (0x30, 0x39),
        (0x41, 0x5A),
        (0x5F, 0x5F),
        (0x61, 0x7A),
        (0x80, 0x1FFF),
        (0x2070, 0x2FFF),
        (0x3005, 0x3007),
        (0x3021, 0x303C),
        (0x3040, 0xFEFF),
        (0xFF10, 0xFF19),
        (0xFF21, 0xFF3A),
        (0xFF41, 0xFF5A),
        (0xFF66, 0x10FFFF),
    ),
}
_NEGATIONS = {
    _c.CATEGORY_NOT_DIGIT: _c.CATEGORY_DIGIT,
    _c.CATEGORY_NOT_WORD: _c.CATEGORY_WORD,
    _c.CATEGORY_NOT_SPACE: _c.CATEGORY_SPACE,
}


def _category(category: Any, *, negated_class: bool, narrow: bool = False) -> str:
    """A category as RE2 class items; in a negated class only its ASCII members, a subset.

    ``narrow``: its members up to U+00FF (narrow text has no other letters, digits or spaces).
    """
    ranges = CATEGORY_RANGES[category]
    if negated_class:
        ranges = tuple((low, high) for low, high in ranges if high < 0x80)
    elif narrow:
        ranges = NARROW_CATEGORY_RANGES[category]
    return "".join(
        _char(low) if low == high else f"{_char(low)}-{_char(high)}" for low, high in ranges
    )


_ANY = r"(?s:.)"
_BOUNDARY = (_c.AT, _c.AT_BOUNDARY)


class _Untranslatable(Exception):
    pass


def to_re2(pattern: str, flags: int = 0, *, narrow: bool = False) -> str:
    """An RE2 pattern that matches wherever ``re.compile(pattern, flags)`` can match.

    ``narrow``: for RE2's Latin-1 mode over text with one byte per character (``narrow_bytes``):
    Latin-1 characters stay themselves (with their other case spelled out), every other character
    becomes the placeholder byte, and the categories keep their members up to U+00FF.
    """
    parsed = _parser.parse(pattern, flags)
    return _with_flags(_seq(list(parsed), narrow), parsed.state.flags, 0)


def _with_flags(body: str, add: int, remove: int) -> str:
    """Wrap ``body`` in RE2's scoped flags for the case and dot-all flags ``re`` set or cleared."""
    on = ("i" if add & re.IGNORECASE else "") + ("s" if add & re.DOTALL else "")
    off = ("i" if remove & re.IGNORECASE else "") + ("s" if remove & re.DOTALL else "")
    if not on and not off:
        return f"(?:{body})"
    return f"(?{on}{'-' + off if off else ''}:{body})"


def _char(code: int) -> str:
    ch = chr(code)
    if ch.isascii() and ch.isalnum():
        return ch
    return rf"\x{{{code:x}}}"


# Narrow text (``narrow_bytes``) holds Latin-1 as itself and every other character, all of them
# punctuation or symbols, as this byte (a C1 control, neither letter, digit nor space).
PLACEHOLDER = 0x80
# ``re``'s categories up to U+00FF (a test checks every Latin-1 character).
NARROW_CATEGORY_RANGES: dict[Any, tuple[tuple[int, int], ...]] = {
    _c.CATEGORY_DIGIT: ((0x30, 0x39),),
    _c.CATEGORY_SPACE: ((0x9, 0xD), (0x1C, 0x20), (0x85, 0x85), (0xA0, 0xA0)),
    _c.CATEGORY_WORD: (
        *((0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A), (0xAA, 0xAA), (0xB2, 0xB3)),
        *((0xB5, 0xB5), (0xB9, 0xBA), (0xBC, 0xBE), (0xC0, 0xD6), (0xD8, 0xF6), (0xF8, 0xFF)),
    ),
}
# Characters beyond Latin-1 that ``re`` matches to a Latin-1 letter when ignoring case ("ſ" is an
# "s", the Kelvin sign a "k", "Ÿ" a "ÿ"), with those letters.
_LATIN1_PARTNERS = {
    code: "".join(
        _char(low)
        for low in range(0x100)
        if re.fullmatch(re.escape(chr(code)), chr(low), re.IGNORECASE)
    )
    for code in (0x130, 0x131, 0x178, 0x17F, 0x39C, 0x3BC, 0x1E9E, 0x212A, 0x212B)
}


def _narrow_char(code: int) -> str:
    """A character as narrow class items: itself up to U+00FF, else the placeholder byte."""
    if code <= 0xFF:
        return _narrow_range(code, code)
    return _char(PLACEHOLDER) + _LATIN1_PARTNERS.get(code, "")


def _narrow_range(low: int, high: int) -> str:
    """A range as narrow class items: its part up to U+00FF, the placeholder for the rest.

    RE2's Latin-1 mode folds the case of ASCII letters only, so the other case of a non-ASCII
    Latin-1 letter ("É" for "é") is added.
    """
    top = min(high, 0xFF)
    items = "" if low > 0xFF else _char(low) if low == top else f"{_char(low)}-{_char(top)}"
    if high >= 0x80 and low <= 0xFF:
        items += "".join(_char(code) for code in _other_cases(max(low, 0x80), min(high, 0xFF)))
    if high > 0xFF:
        items += _char(PLACEHOLDER)
        items += "".join(p for code, p in _LATIN1_PARTNERS.items() if low <= code <= high)
    return items


def _other_cases(low: int, high: int) -> list[int]:
    """Latin-1 letters whose other case is in ``low..high`` and they are not."""
    return sorted(
        {
            ord(other)
            for code in range(low, high + 1)
            for other in (chr(code).lower(), chr(code).upper())
            if len(other) == 1 and 0x80 <= ord(other) <= 0xFF and not low <= ord(other) <= high
        }
    )


def _seq(items: list[Any], narrow: bool) -> str:
    out: list[str] = []
    boundary = False
    for i, (op, av) in enumerate(items):
        if op is _c.AT and av is _c.AT_BOUNDARY:
            boundary = i + 1 < len(items)
            continue
        if boundary and op in (_c.ASSERT, _c.ASSERT_NOT):
            continue  # dropped, and the boundary holds for what follows it
        if boundary:
            out.append(_after_boundary(op, av, items, i, narrow))
            boundary = False
        else:
            out.append(_item(op, av, narrow))
    return "".join(out)


def _after_boundary(op: Any, av: Any, items: list[Any], i: int, narrow: bool) -> str:
    """``items[i]`` preceded by ``\\b``, which RE2 keeps where it agrees with ``re``'s.

    A word boundary in front of a word lets the automaton start a match only at the start of a
    word, not inside one. RE2's ``\\b`` knows ASCII word characters only, so it is kept before
    an ASCII word character and pushed into the branches of a group ("\\b(?:as|['’]ll)"
    keeps it before "as" only).
    """
    if _ascii_word_follows(items, i):
        return r"\b" + _item(op, av, narrow)
    if op is _c.BRANCH:
        return "(?:" + "|".join(_seq([_BOUNDARY, *branch], narrow) for branch in av[1]) + ")"
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        return _with_flags(_seq([_BOUNDARY, *body], narrow), add_flags, del_flags)
    return _item(op, av, narrow)


def _ascii_word_follows(items: list[Any], i: int) -> bool:
    """Whether every match of ``items[i:]`` starts with an ASCII word character."""
    try:
        chars, nullable = first_chars(items, i)
    except UnknownFirstChars:
        return False
    return not nullable and all(c.isascii() and (c.isalnum() or c == "_") for c in chars)


def _item(op: Any, av: Any, narrow: bool) -> str:
    if op is _c.LITERAL:
        return f"[{_narrow_char(av)}]" if narrow and av >= 0x80 else _char(av)
    if op is _c.NOT_LITERAL:
        return _ANY if narrow and av > 0xFF else f"[^{_char(av)}]"
    if op is _c.ANY:
        return "."
    if op is _c.IN:
        return _class(av, narrow)
    if op is _c.BRANCH:
        return "(?:" + "|".join(_seq(list(branch), narrow) for branch in av[1]) + ")"
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        return _with_flags(_seq(list(body), narrow), add_flags, del_flags)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, body = av
        inner = _seq(list(body), narrow)
        if high == _c.MAXREPEAT or high > _MAX_COUNT:
            return f"(?:{inner}){{{min(low, _MAX_COUNT)},}}"
        return f"(?:{inner}){{{low},{high}}}"
    if op is _c.ATOMIC_GROUP:
        return f"(?:{_seq(list(av), narrow)})"
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return ""  # dropping a condition only lets more through
    if op is _c.GROUPREF:
        return f"{_ANY}*"
    if op is _c.GROUPREF_EXISTS:
        _group, yes, no = av
        return f"(?:{_seq(list(yes), narrow)}|{_seq(list(no), narrow) if no else ''})"
    raise _Untranslatable(op)


def _class(items: list[Any], narrow: bool) -> str:
    negate = bool(items) and items[0][0] is _c.NEGATE
    parts: list[str] = []
    for op, av in items[1:] if negate else items:
        if op is _c.LITERAL:
            if not narrow:
                parts.append(_char(av))
            elif av < 0x80 or not negate:  # a negated class may exclude less: a superset
                parts.append(_narrow_char(av))
        elif op is _c.RANGE:
            low, high = av
            if not narrow:
                parts.append(f"{_char(low)}-{_char(high)}")
            elif not negate:
                parts.append(_narrow_range(low, high))
            elif low < 0x80:
                parts.append(f"{_char(low)}-{_char(min(high, 0x7F))}")
        elif op is _c.CATEGORY and av in CATEGORY_RANGES:
            parts.append(_category(av, negated_class=negate, narrow=narrow))
        elif op is _c.CATEGORY and av in _NEGATIONS and len(items) == 1:
            return f"[^{_category(_NEGATIONS[av], negated_class=True, narrow=narrow)}]"
        else:
            return _ANY  # anything is a superset of an unusual class
    if negate and not parts:
        return _ANY
    return f"[{'^' if negate else ''}{''.join(parts)}]"


_RE2 = re2._re2.RE2
_UNANCHORED = _RE2.Anchor.UNANCHORED
_char_len_to_bytes: Callable[[bytes, int, int], int] = re2._re2.CharLenToBytes
_bytes_to_char_len: Callable[[bytes, int, int], int] = re2._re2.BytesToCharLen


def _options(*, narrow: bool = False) -> Any:
    options = re2.Options()
    options.never_capture = True
    options.log_errors = False
    # A budget for the lazily built automaton, not an allocation; with too little RE2 falls back
    # to its NFA, which is many times slower on the biggest rules.
    options.max_mem = 128 << 20
    if narrow:
        options.encoding = re2.Options.Encoding.LATIN1
    return options


# Non-ASCII letters that ``re`` matches to an ASCII letter when ignoring case ("\u212a" is the
# Kelvin sign, a "k"). RE2's ``\b`` sees them as non-word characters, so where a text holds one
# the superset's word boundaries could miss a start, and ``re`` searches alone.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


@lru_cache(maxsize=256)
def _encoded(string: str) -> tuple[bytes, bool, bool]:
    """The UTF-8 bytes, whether the text is ASCII, and whether the RE2 superset may be used."""
    ascii_only = string.isascii()
    return string.encode(), ascii_only, ascii_only or not _FOLDS_TO_ASCII.search(string)


_BEYOND_LATIN1 = re.compile("[^\x00-\xff]+")
# A letter, digit or space beyond Latin-1 (Chinese, Greek, a full-width digit, U+3000): a text
# holding one is left to the full (UTF-8) superset.
_WIDE_WORD_OR_SPACE = re.compile(r"(?![\x00-\xff])[\w\s]")


def _placeholders(m: re.Match[str]) -> str:
    return chr(PLACEHOLDER) * (m.end() - m.start())


@lru_cache(maxsize=256)
def narrow_bytes(string: str) -> bytes | None:
    """One byte per character for narrow supersets, or None for text they cannot read.

    Latin-1 is itself and every other character, punctuation or a symbol ("’", "—", "€"), the
    placeholder byte; text with a letter, digit or space beyond Latin-1 gets None. Offsets into
    the bytes are offsets into the string, so RE2's starts need no conversion.
    """
    if string.isascii():
        return string.encode("ascii")
    if _WIDE_WORD_OR_SPACE.search(string):
        return None
    return _BEYOND_LATIN1.sub(_placeholders, string).encode("latin-1")


def _short(string: str) -> bool:
    length = len(string)
    return length < MIN_ASCII_STRING_LENGTH or (length < MIN_STRING_LENGTH and not string.isascii())


class GatedPattern:
    """A compiled ``re`` pattern whose candidate starts are found by its RE2 superset.

    It offers the ``re.Pattern`` methods the rules use, with the same signatures and results.
    """

    __slots__ = ("_narrow", "_re2", "_rx", "flags", "groupindex", "groups", "pattern")

    def __init__(self, rx: re.Pattern[str], compiled_re2: Any, narrow: Any = None) -> None:
        self._rx = rx
        self._re2 = compiled_re2
        self._narrow = narrow  # the narrow superset, for text ``narrow_bytes`` can hold
        self.pattern = rx.pattern
        self.groupindex = rx.groupindex
        self.groups = rx.groups
        self.flags = rx.flags

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        length = len(string)
        if _short(string):
            return self._rx.search(string, pos, endpos)
        pos, endpos = max(pos, 0), min(max(endpos, 0), length)
        superset = self._superset(string)
        if superset is None:
            return self._rx.search(string, pos, endpos)
        compiled, encoded, ascii_only = superset
        if ascii_only:
            byte_pos, byte_end = pos, endpos
        else:
            byte_pos = _char_len_to_bytes(encoded, 0, pos) if pos else 0
            byte_end = len(encoded) if endpos == length else _char_len_to_bytes(encoded, 0, endpos)
        find, match = compiled.Match, self._rx.match
        while byte_pos <= byte_end:
            start = find(_UNANCHORED, encoded, byte_pos, byte_end)[0][0]
            if start < 0:
                return None  # the superset cannot match from here on, so neither can ``re``
            if ascii_only:
                m = match(string, start, endpos)
                byte_pos = start + 1
            else:
                m = match(string, _bytes_to_char_len(encoded, 0, start), endpos)
                byte_pos = start + _char_len_to_bytes(encoded, start, 1)
            if m is not None:
                return m
        return None

    def _superset(self, string: str) -> tuple[Any, bytes, bool] | None:
        """(program, bytes of ``string``, one byte per character) to find candidate starts
        with, or None where ``re`` must search alone."""
        if self._narrow is not None:
            # Text ``narrow_bytes`` can hold has no letter beyond Latin-1, so none that folds to
            # ASCII either: the full superset's gate below holds for it.
            narrow = narrow_bytes(string)
            if narrow is not None:
                return self._narrow, narrow, True
        encoded, ascii_only, gate = _encoded(string)
        return (self._re2, encoded, ascii_only) if gate else None

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if _short(string):
            yield from self._rx.finditer(string, pos, endpos)
            return
        while True:
            m = self.search(string, pos, endpos)
            if m is None:
                return
            yield m
            pos = m.end() if m.end() > m.start() else m.end() + 1
            if pos > min(endpos, len(string)):
                return

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._rx.match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return self._rx.fullmatch(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        if self.groups == 0:
            return [m.group() for m in self.finditer(string, pos, endpos)]
        if self.groups == 1:
            return [m.group(1) for m in self.finditer(string, pos, endpos)]
        return [m.groups() for m in self.finditer(string, pos, endpos)]

    def split(self, string: str, maxsplit: int = 0) -> list[Any]:
        return self._rx.split(string, maxsplit)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return self._rx.sub(repl, string, count)


def may_match_within(rx: re.Pattern[str], string: str) -> bool:
    """False only when ``rx`` cannot match ``string`` nor any part of it (a cheap pre-check)."""
    if not isinstance(rx, GatedPattern):
        return True
    superset = rx._superset(string)
    if superset is None:
        return True
    compiled, encoded, _one_byte_per_char = superset
    return bool(compiled.Match(_UNANCHORED, encoded, 0, len(encoded))[0][0] >= 0)


def compile_rule(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a rule pattern; a big one is gated by its RE2 superset (see the module doc).

    The gated pattern behaves as the ``re.Pattern`` it wraps for every method the rules call,
    hence the cast.
    """
    rx = first_chars_compile(pattern, flags)
    if len(pattern) < MIN_PATTERN_LENGTH:
        return rx
    starts = start_chars(pattern, flags)
    if starts is not None and len({c.lower() for c in starts if c.isascii() and c.isalpha()}) < 3:
        # Matches start with one of a few Chinese characters, or with "I" or "we": ``re``
        # rejects nearly every position at its first character, and on new text RE2 costs more
        # than that (several times more on Chinese comments).
        return rx
    try:
        compiled = _RE2(to_re2(pattern, flags).encode(), _options())
    except _Untranslatable:
        return rx
    if not compiled.ok() or compiled.Match(_UNANCHORED, b"", 0, 0)[0][0] == 0:
        return rx  # a superset that matches the empty string would make every position a start
    # A pattern without Chinese also gets a narrow superset, in RE2's Latin-1 mode, for text with
    # no letter beyond Latin-1 (English, curly quotes and dashes included): one byte per
    # character, so a smaller automaton, cheaper to build on new text, and no offset conversion.
    narrow = None
    if not _CJK.search(pattern):
        narrow = _RE2(to_re2(pattern, flags, narrow=True).encode(), _options(narrow=True))
    return cast(
        re.Pattern[str], GatedPattern(rx, compiled, narrow if narrow and narrow.ok() else None)
    )


_CJK = re.compile("[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")
