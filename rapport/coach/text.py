"""Sentence spans over the original text (offsets are never shifted)."""

from __future__ import annotations

import re

# A sentence ends at Chinese or English end punctuation, or at a line break. A full stop only ends
# a sentence when followed by space or the end, so "3.5", "v2.1" and "e.g.x" stay whole.
_BOUNDARY = re.compile(r"[。！？!?]+[”\"』」)）]*|\.(?=\s|$|[\"”)）])[\"”)）]*|\n+|…{1,2}(?=\s|$)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of each non-blank sentence, stripped of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        _add(text, start, m.end(), spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    # A sentence made only of punctuation (e.g. "...") is not a sentence.
    if end > start and any(ch.isalnum() for ch in text[start:end]):
        spans.append((start, end))
