"""Language detection by script: Han characters against Latin letters."""

from __future__ import annotations

import re

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")

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
    paragraph does not flip it to Chinese. Text with neither script is English.
    """
    han = len(_HAN.findall(text))
    if not han:
        return "en"
    words = len(_LATIN_WORD.findall(text))
    return "zh" if han >= 2 * words else "en"
