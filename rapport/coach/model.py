"""A small learned second opinion on ``demeaning``, ``judges_person`` and ``absolute``, sentence by
sentence.

The rules (``lexicon_*``) are precise but only know the constructions they list; supervisors find
new ways to belittle someone. A logistic regression over the words of a sentence (English
words and word pairs, Chinese character pairs), trained by ``bench/train_coach_model.py`` on the
labelled data in ``tests/data`` and stored as plain weights in ``model_weights.json``, flags a
sentence only when it is confident. It is deterministic, offline and fast: Chinese sentences are
scored from running sums over the whole comment, English ones by a dictionary lookup per word.
A finding from the model points at the clause holding the words that weigh most.
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, pairwise, repeat
from operator import add
from pathlib import Path
from typing import Any

from rapport.coach import lexicon_en, lexicon_zh
from rapport.coach.praise import has_praise
from rapport.coach.text import sentence_spans

WEIGHTS_PATH = Path(__file__).resolve().parent / "model_weights.json"
# The modelled codes, each with the out-of-fold precision its threshold keeps. A
# ``judges_person`` model first added as many false findings as it found; trained on four times
# the data and held to 90 % precision, it lifted Chinese judges_person on the blind heldout10 from
# F1 0.74 to 0.86. Fitted to convergence (L-BFGS, ``bench/train_coach_model.py``) rather than by a
# fixed number of gradient steps, the label models became sharp enough to add an ``absolute``
# model, which the old fit could not make useful: "always" and "never" need the grammar the rules
# read, but idioms of habit ("as per usual", "三天两头") are words a model learns. Out-of-fold
# precision on the tuning files, full of hard negatives, understates precision on new writers'
# text (0.94-0.98 on heldout17 at these settings); lower, the suite's hard negatives (machines,
# rules, facts) began to be flagged. Demeaning was lowered to 75 % in session twenty, on written20
# (trained without it, measured on it), and raised again in session twenty-one, on written21 (four
# more writers, never tuned on): at 75 % it added one false finding for every three true ones
# (kind questions about a commute or a child, a comment's follow-up sentences); at 80 % English
# gained 2 points of F1 there and Chinese, at 90 %, 7 points, at a few points of recall.
# judges_person and absolute were best where they are on both sets. Session twenty-two swept the
# targets on a leave-one-writer-group-out split (six writer groups, each left out with its rounds):
# Chinese judges_person at 85 % gained a point of pooled F1 (0.828 to 0.838, precision 0.81 to
# 0.86) and was as good or better in five groups of six; nothing else moved by a point. The same
# split for the element models (bench/coach_logo_elements.py) put Chinese positive_outcome at
# 95 % (+1.7 points of accuracy there), but the blind sets then lost four comments of 225 with
# it, so it stays at 90 % (coach README, Learned second opinions).
PRECISION = {"demeaning": 0.80, "judges_person": 0.80, "absolute": 0.85}
MODELLED = tuple(PRECISION)
# where a language's model keeps another precision
PRECISION_IN = {("zh", "demeaning"): 0.90, ("zh", "judges_person"): 0.85}
# A third model reads praise where the rules' praise words miss it ("你带新人很有一套"), for the
# Hamburger's bread: trained on the opening and closing parts of labelled comments, held to
# 95 % out-of-fold precision, used only where the rules found no praise and no label or insult.
PRAISE = "praise"
# Two more read a whole comment for the elements the rules most often miss on new writers: a
# consequence stated without a linking word, a positive outcome. Each can only add the element.
ELEMENTS = ("consequence", "positive_outcome")
PRECISION_OF = {**PRECISION, PRAISE: 0.95, **dict.fromkeys(ELEMENTS, 0.90)}


def precision_of(lang: str, code: str) -> float:
    """The out-of-fold precision the threshold of ``lang``'s ``code`` model keeps."""
    return PRECISION_IN.get((lang, code), PRECISION_OF[code])


# The label and element models are scored in one pass: each feature's weights, in units of 1e-4
# (the stored precision, so the sums are exact), are packed into one integer, a lane of bits per
# model, in this order. A comment's pairs or sentences are then read once for both.
_LANES = (*MODELLED, *ELEMENTS)
_SCALE = 10_000
_LANE = 1 << 40  # a sentence's sum stays far inside ±2**39 units

_EN_TOKEN = re.compile(r"[a-z]+(?:['’][a-z]+)?|\d+")
_CLAUSE = re.compile(r"[^,;:，；：、—–]+")
_CLAUSE_BREAK = re.compile(r"[,;:，；：、—–]")
_EN_NEGATION = re.compile(r"\b(?:not|never|no\s+longer)\b|n['’]t\b", re.IGNORECASE)
_EN_SUBJECT = {"you": "<2p>", "u": "<2p>", "ya": "<2p>", "he": "<3p>", "she": "<3p>"}

Span = tuple[int, int]


def en_features(sentence: str) -> list[str]:
    """Lower-case words and word pairs, with you/he/she as <2p>/<3p>, and the stems of the
    longer words ("~fast" for "fasts", "fasting", "fasted")."""
    words = _EN_TOKEN.findall(sentence.lower())
    words = list(map(_EN_SUBJECT.get, words, words))
    return [*words, *map(" ".join, pairwise(words)), *filter(None, map(_stem, words))]


_SUFFIX = re.compile(r"(?:ing|ed|es|s|er|ers|ly|ness|ment|y)$")


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str | None:
    # A crude suffix strip, so that a word a writer inflects differently from the training data
    # still meets its weight (written20's English judges_person and demeaning gained 1-2 points
    # when the models were trained without it).
    if len(word) <= 4 or word[0] == "<":
        return None
    stem = _SUFFIX.sub("", word)
    return "~" + stem if stem != word and len(stem) >= 3 else None


@lru_cache(maxsize=1024)
def _en_sentence_features(sentence: str) -> tuple[str, ...]:
    # A sentence is read by the label and element models and, as a comment's opening or closing
    # part, by the praise model: its features are built once.
    return tuple(en_features(sentence))


@lru_cache(maxsize=1024)
def _en_sentence_score(sentence: str) -> int:
    # A sentence is scored by the label models and, as part of its comment, by the element
    # models: its features are read once for all (``_LANES``).
    words, _pairs = _lane_table("en")
    return sum(filter(None, map(words.get, _en_sentence_features(sentence))))


def zh_features(sentence: str) -> list[str]:
    """Adjacent character pairs (the weights only know pairs with a Chinese character)."""
    return list(map(add, sentence, sentence[1:]))


def features(sentence: str, lang: str) -> Sequence[str]:
    return zh_features(sentence) if lang == "zh" else _en_sentence_features(sentence)


@dataclass(frozen=True)
class _Model:
    margin: float  # the threshold as log-odds, less the bias: no exp() per sentence
    weights: dict[str, float]


# A text encoded in the machine's own byte order, so that its bytes read as native integers.
_UTF32 = "utf-32-le" if sys.byteorder == "little" else "utf-32-be"


def _pair_key(pair: str) -> int:
    # Chinese pairs are keyed by their two code points as one 64-bit integer, the one the
    # text's UTF-32 bytes hold at the pair's offset, read as a native integer: a comment is
    # scored by reading its encoded bytes as such integers, with no string or arithmetic per pair.
    return int.from_bytes(pair.encode(_UTF32), sys.byteorder)


@lru_cache(maxsize=2)
def _lane_table(lang: str) -> tuple[dict[str, int], dict[int, int]]:
    """The weights of the ``_LANES`` models in one table, each feature's packed into one integer
    (a lane per model, in ``_LANES`` order): a text is scored for all of them in a single pass."""
    models = _models().get(lang, {})
    words: dict[str, int] = {}
    for lane, code in enumerate(_LANES):
        if code in models:
            unit = _LANE**lane
            for f, w in models[code].weights.items():
                words[f] = words.get(f, 0) + round(w * _SCALE) * unit
    pairs = {_pair_key(f): w for f, w in words.items() if len(f) == 2} if lang == "zh" else {}
    return words, pairs


def _unpack(value: int, lanes: int) -> list[float]:
    """The per-code sums packed in ``value`` (see ``_lane_table``)."""
    out: list[float] = []
    half = _LANE // 2
    for _ in range(lanes):
        lane = (value + half) % _LANE - half
        out.append(lane / _SCALE)
        value = (value - lane) // _LANE
    return out


@lru_cache(maxsize=1)
def _models() -> dict[str, dict[str, _Model]]:
    """``{lang: {code: model}}`` from the shipped weights."""
    if not WEIGHTS_PATH.exists():
        return {}
    with WEIGHTS_PATH.open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    models: dict[str, dict[str, _Model]] = {}
    for lang, per_code in data.items():
        models[lang] = {}
        for code, trained in per_code.items():
            threshold = float(trained["threshold"])
            log_odds = math.inf if threshold >= 1 else math.log(threshold / (1 - threshold))
            weights: dict[str, float] = trained["weights"]
            models[lang][code] = _Model(log_odds - float(trained["bias"]), weights)
    return models


def scan(text: str, lang: str, sentences: list[Span], code: str = "demeaning") -> list[Span]:
    """Spans (clauses of ``sentences``, offsets into ``text``) the model finds ``code`` in.

    ``lang`` is the comment's language; a sentence in the other language scores nothing (its
    words are not features of this model). Praise is left to the rules (a bag of words cannot
    tell "you are great to work with" from "a pain to work with"), and so is an English clause
    with a negation ("you are not stupid").
    """
    return scan_codes(text, lang, sentences, (code,)).get(code, [])


def scan_codes(
    text: str, lang: str, sentences: list[Span], codes: tuple[str, ...] | None = None
) -> dict[str, list[Span]]:
    """``scan`` for several codes at once (all of ``MODELLED`` by default): the sentences'
    features are computed once."""
    models = _models().get(lang, {})
    wanted = [(code, models[code]) for code in codes or MODELLED if code in models]
    if not wanted or not sentences:
        return {}
    lanes = [_unpack(v, len(MODELLED)) for v in _scores(text, lang, sentences)]
    out: dict[str, list[Span]] = {}
    for code, model in wanted:
        hits = out.setdefault(code, [])
        lane = MODELLED.index(code)
        for (start, end), values in zip(sentences, lanes, strict=True):
            if values[lane] >= model.margin:
                span = _guarded(text[start:end], lang, model, code)
                if span is not None:
                    hits.append((start + span[0], start + span[1]))
    return out


def _scores(text: str, lang: str, sentences: list[Span]) -> list[int]:
    """Each sentence's summed weights for ``_LANES``, packed (see ``_lane_table``). Chinese
    sentences are read off running sums over the whole comment's character pairs."""
    if lang == "zh":
        at_even, at_odd = _zh_running_sums(text)
        return [
            at_even[end // 2]
            - at_even[(start + 1) // 2]
            + at_odd[(end - 1) // 2]
            - at_odd[start // 2]
            for start, end in sentences
        ]
    return [_en_sentence_score(text[s:e]) for s, e in sentences]


@lru_cache(maxsize=16)
def _zh_running_sums(text: str) -> tuple[list[int], list[int]]:
    """Running sums of the packed weights of the pairs at even and at odd offsets (the findings
    read the comment's sentences, the elements the whole comment: the pairs are read once)."""
    # The pairs at even offsets and those at odd offsets are two arrays of 64-bit integers
    # over the same bytes; a sentence [start, end) sums the pairs starting in [start, end-1).
    _words, pairs = _lane_table("zh")
    data, n, weight = text.encode(_UTF32), len(text), pairs.get
    even = memoryview(data[: n // 2 * 8]).cast("Q")
    odd = memoryview(data[4 : 4 + (n - 1) // 2 * 8]).cast("Q")
    at_even = [0, *accumulate(map(weight, even, repeat(0)))]
    return at_even, [0, *accumulate(map(weight, odd, repeat(0)))]


def comment_elements(text: str, lang: str) -> dict[str, bool]:
    """The elements (``ELEMENTS``) the element models read in the whole comment."""
    models = _models().get(lang, {})
    if not all(code in models for code in ELEMENTS) or not text.strip():
        return {}
    if lang == "zh":
        (value,) = _scores(text, lang, [(0, len(text))])
    else:  # English comments are scored sentence by sentence, as they were trained
        value = sum(_scores(text, lang, sentence_spans(text)))
    sums = _unpack(value, len(_LANES))[len(MODELLED) :]
    return {code: total >= models[code].margin for code, total in zip(ELEMENTS, sums, strict=True)}


def is_praise(part: str, lang: str) -> bool:
    """Whether the praise model reads ``part`` (an opening or closing part) as praise."""
    model = _models().get(lang, {}).get(PRAISE)
    if model is None or not part.strip():
        return False
    return sum(filter(None, map(model.weights.get, features(part, lang)))) >= model.margin


def flags(sentence: str, lang: str, code: str = "demeaning") -> list[Span]:
    """The spans within one ``sentence`` that the model finds ``code`` in (see ``scan``)."""
    return scan(sentence, lang, [(0, len(sentence))], code)


def _guarded(sentence: str, lang: str, model: _Model, code: str) -> Span | None:
    """The clause to flag in a sentence the model scored over its threshold, or None when a
    guard vetoes it: praise (for ``absolute``, also a habit the rules read as praise or a rule:
    "never late", 每天都要; for an English ``judges_person``, good behaviour with no fault or
    negation beside it), and in English a negation (except for ``absolute``, whose "never" is
    itself one) or no telling word."""
    lex = lexicon_zh if lang == "zh" else lexicon_en
    if has_praise(sentence, lex) or (code == "absolute" and lex.not_a_sweep(sentence)):
        return None
    start, end = _flagged_clause(sentence, lang, model)
    if lang == "en":
        if code != "absolute" and _EN_NEGATION.search(sentence, start, end):
            return None
        if code == "judges_person" and lexicon_en.praises_behaviour(sentence):
            return None  # "He's the kind of person who helps everyone"
        if code == "demeaning" and (
            lexicon_en.a_thing_made_easy(sentence) or lexicon_en.a_thing_too_old(sentence)
        ):
            return None  # "Even a child could use the new kiosks", "the software is too old"
        if not _has_telling_word(sentence[start:end], model):
            return None
    return start, end


# English words too common to tell a label from a fact ("he is a buyer with suppliers in Spain"
# scores on "he is a" alone): a model finding needs a weighty word or pair beyond these.
_EN_FUNCTION = frozenset(
    {
        *("<2p>", "<3p>", "i", "me", "my", "your", "his", "her", "their", "they", "them"),
        *("we", "us", "our", "it", "its", "is", "are", "was", "were", "be", "been", "being"),
        *("am", "a", "an", "the", "that", "this", "these", "those", "so", "very", "really"),
        *("just", "too", "quite", "of", "to", "in", "on", "at", "for", "with", "and", "or"),
        *("but", "as", "by", "from", "has", "have", "had", "do", "does", "did", "s", "re"),
        *("you're", "he's", "she's", "they're", "it's", "i'm", "honestly", "frankly"),
    }
)
_TELLING = 0.25


def _has_telling_word(clause: str, model: _Model) -> bool:
    get = model.weights.get
    for feature in en_features(clause):
        if all(word in _EN_FUNCTION for word in feature.split()):
            continue
        if (get(feature) or 0.0) >= _TELLING:
            return True
    return False


def _flagged_clause(sentence: str, lang: str, model: _Model) -> Span:
    """``(start, end)`` within ``sentence`` of the clause whose words weigh most."""
    best, best_span = -math.inf, (0, len(sentence))
    if not _CLAUSE_BREAK.search(sentence):
        return best_span
    for m in _CLAUSE.finditer(sentence):
        clause = m.group()
        if not clause.strip():
            continue
        weight = sum(w for w in map(model.weights.get, features(clause, lang)) if w and w > 0)
        if weight > best:
            start = m.start() + len(clause) - len(clause.lstrip())
            best, best_span = weight, (start, m.start() + len(clause.rstrip()))
    return best_span
