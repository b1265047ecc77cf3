"""A small learned second opinion on ``demeaning``, sentence by sentence.

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
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, pairwise, repeat
from operator import add, lshift, or_
from pathlib import Path
from typing import Any

from rapport.coach import lexicon_en, lexicon_zh
from rapport.coach.elements import has_praise

WEIGHTS_PATH = Path(__file__).resolve().parent / "model_weights.json"
# Only the code whose words carry the meaning on their own. "Always"/"never" need the grammar the
# rules read, and labels (judges_person) too often sit in sentences that also praise or deny them:
# on blind sets a judges_person model added as many false findings as it found.
CODE = "demeaning"

_EN_TOKEN = re.compile(r"[a-z]+(?:['’][a-z]+)?|\d+")
_CLAUSE = re.compile(r"[^,;:，；：、—–]+")
_CLAUSE_BREAK = re.compile(r"[,;:，；：、—–]")
_EN_NEGATION = re.compile(r"\b(?:not|never|no\s+longer)\b|n['’]t\b", re.IGNORECASE)
_EN_SUBJECT = {"you": "<2p>", "u": "<2p>", "ya": "<2p>", "he": "<3p>", "she": "<3p>"}

Span = tuple[int, int]


def en_features(sentence: str) -> list[str]:
    """Lower-case words and word pairs, with you/he/she as <2p>/<3p>."""
    words = _EN_TOKEN.findall(sentence.lower())
    words = list(map(_EN_SUBJECT.get, words, words))
    return words + list(map(" ".join, pairwise(words)))


def zh_features(sentence: str) -> list[str]:
    """Adjacent character pairs (the weights only know pairs with a Chinese character)."""
    return list(map(add, sentence, sentence[1:]))


def features(sentence: str, lang: str) -> list[str]:
    return zh_features(sentence) if lang == "zh" else en_features(sentence)


@dataclass(frozen=True)
class _Model:
    margin: float  # the threshold as log-odds, less the bias: no exp() per sentence
    weights: dict[str, float]
    # Chinese pairs keyed by their two code points as one integer: no string per pair to build
    # and hash when a whole comment is scored.
    pair_weights: dict[int, float]


def _pair_key(pair: str) -> int:
    return (ord(pair[0]) << 21) | ord(pair[1])


@lru_cache(maxsize=1)
def _models() -> dict[str, _Model]:
    if not WEIGHTS_PATH.exists():
        return {}
    with WEIGHTS_PATH.open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    models: dict[str, _Model] = {}
    for lang, per_code in data.items():
        trained = per_code[CODE]
        threshold = float(trained["threshold"])
        log_odds = math.inf if threshold >= 1 else math.log(threshold / (1 - threshold))
        weights: dict[str, float] = trained["weights"]
        pairs = {_pair_key(f): w for f, w in weights.items() if len(f) == 2} if lang == "zh" else {}
        models[lang] = _Model(log_odds - float(trained["bias"]), weights, pairs)
    return models


def scan(text: str, lang: str, sentences: list[Span]) -> list[Span]:
    """Spans (clauses of ``sentences``, offsets into ``text``) the model finds demeaning.

    ``lang`` is the comment's language; a sentence in the other language scores nothing (its
    words are not features of this model). Praise is left to the rules (a bag of words cannot
    tell "you are great to work with" from "a pain to work with"), and so is an English clause
    with a negation ("you are not stupid").
    """
    model = _models().get(lang)
    if model is None or not sentences:
        return []
    if lang == "zh":
        scores = _zh_scores(text, sentences, model)
    else:
        get = model.weights.get
        scores = [sum(filter(None, map(get, en_features(text[s:e])))) for s, e in sentences]
    out: list[Span] = []
    for (start, end), value in zip(sentences, scores, strict=True):
        if value >= model.margin:
            span = _guarded(text[start:end], lang, model)
            if span is not None:
                out.append((start + span[0], start + span[1]))
    return out


def _zh_scores(text: str, sentences: list[Span], model: _Model) -> list[float]:
    """Each sentence's summed pair weights, from running sums over the whole comment."""
    points = memoryview(text.encode("utf-32-le")).cast("I")
    keys = map(or_, map(lshift, points, repeat(21)), points[1:])
    sums = [0.0, *accumulate(map(model.pair_weights.get, keys, repeat(0.0)))]
    return [sums[max(start, end - 1)] - sums[start] for start, end in sentences]


def flags(sentence: str, lang: str) -> list[Span]:
    """The spans within one ``sentence`` that the model finds demeaning (see ``scan``)."""
    return scan(sentence, lang, [(0, len(sentence))])


def _guarded(sentence: str, lang: str, model: _Model) -> Span | None:
    if has_praise(sentence, lexicon_zh if lang == "zh" else lexicon_en):
        return None
    start, end = _flagged_clause(sentence, lang, model)
    if lang == "en" and _EN_NEGATION.search(sentence, start, end):
        return None
    return start, end


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
