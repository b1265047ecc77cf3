"""Warm a process up before its first comment: jieba's dictionary and RE2's automata.

RE2 builds its automata lazily, state by state, and a state it has not built yet costs many times
what one it has built costs, so a process that has analysed nothing runs new comments at about
half the speed of one that has analysed a few thousand other texts. ``warm_up()`` loads jieba and
analyses the texts of ``warm_texts.json`` once: the items of the data files named in
``evaluate.WARM_FILES``, written by ``python bench/write_warm_texts.py``. The speed bench times
only texts from the other files. Results never depend on it; only the time does.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from rapport.coach import segment
from rapport.coach.analysis import analyze

WARM_TEXTS = Path(__file__).resolve().with_name("warm_texts.json")


@lru_cache(maxsize=1)
def warm_texts() -> dict[str, tuple[str, ...]]:
    """The warm-up texts per language ("en", "zh")."""
    with WARM_TEXTS.open(encoding="utf-8") as handle:
        data = json.load(handle)
    return {lang: tuple(texts) for lang, texts in data.items()}


def warm_up() -> None:
    """Load jieba and analyse every warm-up text once (a few seconds; workers call it at start)."""
    segment.warm_up()
    for lang, texts in warm_texts().items():
        for text in texts:
            analyze(text, lang)
