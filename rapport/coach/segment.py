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
    last = last_tagged_word(prefix)
    if last is None:
        return -1
    word, flag = last
    if flag in _NAME_TAGS and len(word) >= 2 and word not in _NOT_NAMES:
        return len(prefix) - len(word)
    return -1


def last_tagged_word(text: str) -> tuple[str, str] | None:
    """The last ``(word, tag)`` of ``jieba.posseg.cut(text)``, without tagging the words before it.

    posseg finds the words of a block of Han characters and letters with its dictionary, then
    tags each run of single characters the dictionary left with an HMM, one run at a time. The
    HMM is most of the cost (up to a millisecond a run), and only the last run can hold the
    last word, so only that run is tagged here. Tests check the result against ``posseg.cut``.
    """
    _, posseg = _load()
    tagger = posseg.dt
    tagger.makesure_userdict_loaded()
    blocks = [block for block in posseg.re_han_internal.split(text) if block]
    if not blocks:
        return None
    block = blocks[-1]
    if not posseg.re_han_internal.match(block):  # spaces, punctuation, symbols: never a name
        piece = [piece for piece in posseg.re_skip_internal.split(block) if piece][-1]
        return (piece if posseg.re_skip_internal.match(piece) else piece[-1], "x")
    dictionary, tags = tagger.tokenizer, tagger.word_tag_tab
    route: dict[int, tuple[float, int]] = {}
    dictionary.calc(block, dictionary.get_DAG(block), route)
    run_start, word, x = len(block), "", 0
    while x < len(block):
        y = route[x][1] + 1
        if y - x == 1:
            run_start = min(run_start, x)
        else:
            run_start, word = len(block), block[x:y]
        x = y
    run = block[run_start:]
    if not run:
        return (word, tags.get(word, "x"))
    if len(run) == 1:
        return (run, tags.get(run, "x"))
    if dictionary.FREQ.get(run):
        return (run[-1], tags.get(run[-1], "x"))
    *_, last = tagger._POSTokenizer__cut_detail(run)  # the HMM, on the last run only
    return (last.word, last.flag)
