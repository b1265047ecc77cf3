"""Language detection by script: Han characters against Latin letters."""

from __future__ import annotations

import re

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_LATIN_WORD = re.compile(r"[A-Za-z]+")

_FUNCTION_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "am",
        "i",
        "you",
        "he",
        "she",
        "it",
        "we",
        "they",
        "me",
        "him",
        "us",
        "them",
        "my",
        "your",
        "his",
        "her",
        "its",
        "our",
        "their",
        "on",
        "in",
        "at",
        "of",
        "to",
        "for",
        "and",
        "or",
        "but",
        "with",
        "this",
        "that",
        "these",
        "those",
        "s",
        "re",
        "ve",
        "ll",
        "d",
        "not",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "must",
        "so",
        "if",
        "as",
        "by",
        "from",
    ]
)

# An English preposition, article or possessive right before Chinese words.
_EN_GOVERNS_HAN = re.compile(
    r"(?<![\w&])(?i:on|in|at|of|to|for|with|from|by|about|the|a|an|my|your|his|her|our|their|this|that)"
    r"\s*[\u3400-\u4dbf\u4e00-\u9fff]"
)
_LEADING_LATIN = re.compile(r"\W*[A-Za-z]")

LANGS: tuple[str, ...] = ("en", "zh")


def has_han(text: str) -> bool:
    return _HAN.search(text) is not None


def has_latin(text: str) -> bool:
    return _LATIN_WORD.search(text) is not None


def detect_lang(text: str) -> str:
    """Return ``"zh"`` or ``"en"``: the script that carries more of the text.

    One Han character carries about as much as half an English word, so Chinese wins when its
    character count reaches twice the number of Latin words. "Q3", "KPI" or a product name inside
    a Chinese sentence therefore does not flip it to English, and a Chinese name inside an English
    paragraph does not flip it to Chinese. Between one and two Han characters per Latin word, the
    text is Chinese when none of its Latin words is an English function word (code-switched
    content words: "你 always 迟交 weekly report"). Text with neither script is English.
    """
    han = sum(map(len, _HAN_RUN.findall(text)))  # runs: far fewer objects than one per character
    if not han:
        return "en"
    words = _LATIN_WORD.findall(text)
    if han >= 2 * len(words):
        # An English sentence that governs a Chinese phrase with its own grammar ("Great job on
        # 上周的 audit", "the owner of 这个项目") is English even when the phrase is long.
        if han < 3 * len(words) and _LEADING_LATIN.match(text) and _EN_GOVERNS_HAN.search(text):
            return "en"
        return "zh"
    # Code-switching: English content words dropped into a Chinese sentence ("你 always 迟交
    # weekly report") carry no English grammar; an English clause ("She's on leave") does.
    if han >= len(words) and not any(w.lower() in _FUNCTION_WORDS for w in words):
        return "zh"
    return "en"
