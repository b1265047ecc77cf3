"""Lazy, quiet access to jieba.

jieba is only consulted where a regular expression cannot decide: whether a one-character lexicon
hit (笨, 傻, 懒, 滚, 胖) is a word of its own or part of a longer word (笨重, 傻眼, 懒得, 滚动,
回滚, 胖乎乎), and whether the words before a hit name a person (张伟太粗心了). Everything else is
regex, so most comments never touch jieba. Its dictionary ships inside the package, so this works offline; the
first call loads it (about a second), later calls are fast.
"""

from __future__ import annotations

import logging
import threading
from functools import lru_cache
from typing import Any

_lock = threading.Lock()
_jieba: Any = None
_posseg: Any = None

# Person-name part-of-speech tags in jieba's dictionary (nr: person name, nrfg/nrt: variants).
_NAME_TAGS = frozenset({"nr", "nrfg", "nrt"})
# Round twelve: common nouns jieba tags as names (a surname first: 顾客, 白领) are no person.
_NOT_NAMES = frozenset({"顾客", "顾问", "白领", "孙子", "高层", "金主", "房客"})


def _load() -> tuple[Any, Any]:
    global _jieba, _posseg
    if _jieba is None:
        with _lock:
            if _jieba is None:
                import jieba
                import jieba.posseg

                jieba.setLogLevel(logging.WARNING)
                jieba.initialize()
                _posseg = jieba.posseg
                _jieba = jieba
    return _jieba, _posseg


def warm_up() -> None:
    """Load the dictionary now (benchmarks and long-running workers call this once)."""
    _load()
    ends_a_word("你真笨", 2, 3)
    ends_with_person_name("张伟")


@lru_cache(maxsize=4096)
def _tokens(clause: str) -> tuple[tuple[int, int], ...]:
    jieba, _ = _load()
    return tuple((start, end) for _, start, end in jieba.tokenize(clause))


# What may stand before a one-character hit inside its jieba token: degree words and the person
# ("真笨", "太笨", "人太蠢"). Any other character makes a different word: 回滚 (rollback), 翻滚, 愚笨.
_TOKEN_PREFIX_OK = frozenset("真太很好超最更挺蛮贼忒巨死也又还多人是")


def ends_a_word(clause: str, start: int, end: int) -> bool:
    """True when ``clause[start:end]`` is a word of its own in jieba's segmentation.

    The token holding the hit must end where the hit ends and may only add degree words or the
    person before it: "你真笨" segments as 你/真笨, so 笨 counts; "笨重", "傻眼", "滚动", "懒得"
    continue past the hit, and "回滚" (rollback) starts before it with a character that is neither,
    so they are different words.
    """
    for s, e in _tokens(clause):
        if s <= start and e == end:
            return all(ch in _TOKEN_PREFIX_OK for ch in clause[s:start])
    return False


@lru_cache(maxsize=4096)
def ends_with_person_name(prefix: str) -> int:
    """Start offset (within ``prefix``) of a person name that ``prefix`` ends with, else -1."""
    if not prefix:
        return -1
    _, posseg = _load()
    pairs = list(posseg.cut(prefix))
    if not pairs:
        return -1
    word, flag = pairs[-1].word, pairs[-1].flag
    if flag in _NAME_TAGS and len(word) >= 2 and word not in _NOT_NAMES:
        return len(prefix) - len(word)
    return -1
