"""A small learned second opinion for the finding codes, sentence by sentence.

The rules (``lexicon_*``) are precise but only know the constructions they list; supervisors find
new ways to belittle or label someone. A logistic regression over the words of a sentence (English
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
from operator import add
from pathlib import Path
from typing import Any

WEIGHTS_PATH = Path(__file__).resolve().parent / "model_weights.json"
# Only the code whose words carry the meaning on their own. "Always"/"never" need the grammar the
# rules read, and labels (judges_person) too often sit in sentences that also praise or deny them:
# on blind sets a judges_person model added as many false findings as it found.
CODES = ("demeaning",)

_EN_TOKEN = re.compile(r"[a-z]+(?:['’][a-z]+)?|\d+")
_CLAUSE = re.compile(r"[^,;:，；：、—–]+")
_CLAUSE_BREAK = re.compile(r"[,;:，；：、—–]")
_EN_NEGATION = re.compile(r"\b(?:not|never|no\s+longer)\b|n['’]t\b", re.IGNORECASE)
_EN_SUBJECT = {"you": "<2p>", "u": "<2p>", "ya": "<2p>", "he": "<3p>", "she": "<3p>"}


def en_features(sentence: str) -> list[str]:
    words = _EN_TOKEN.findall(sentence.lower())
    words = list(map(_EN_SUBJECT.get, words, words))  # you/he/she as <2p>/<3p>, others as is
    return words + list(map(" ".join, pairwise(words)))


def zh_features(sentence: str) -> list[str]:
    """Adjacent character pairs (the weights only know pairs with a Chinese character)."""
    return list(map(add, sentence, sentence[1:]))


def features(sentence: str, lang: str) -> list[str]:
    return zh_features(sentence) if lang == "zh" else en_features(sentence)


@dataclass(frozen=True)
class _Table:
    """One language's models, one entry per code in ``CODES``."""

    biases: tuple[float, ...]
    cutoffs: tuple[float, ...]  # thresholds as log-odds, so no exp() per sentence
    weights: tuple[dict[str, float], ...]


@lru_cache(maxsize=1)
def _tables() -> dict[str, _Table]:
    if not WEIGHTS_PATH.exists():
        return {}
    with WEIGHTS_PATH.open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    tables: dict[str, _Table] = {}
    for lang, models in data.items():
        per_code = [models[code] for code in CODES]
        tables[lang] = _Table(
            biases=tuple(float(m["bias"]) for m in per_code),
            cutoffs=tuple(_logit(float(m["threshold"])) for m in per_code),
            weights=tuple({f: float(w) for f, w in m["weights"].items()} for m in per_code),
        )
    return tables


def _logit(p: float) -> float:
    return math.inf if p >= 1.0 else -math.inf if p <= 0.0 else math.log(p / (1.0 - p))


def _log_odds(feats: list[str], table: _Table, index: int) -> float:
    return table.biases[index] + sum(filter(None, map(table.weights[index].get, feats)))


def _pair_sums(text: str, table: _Table) -> list[list[float]]:
    """Per code, running sums of the weights of the character pairs starting before each index."""
    pairs = list(map(add, text, text[1:]))
    return [[0.0, *accumulate(map(w.get, pairs, repeat(0.0)))] for w in table.weights]


def scan(text: str, sentences: list[tuple[int, int, str]]) -> list[tuple[str, int, int]]:
    """``(code, start, end)`` the model is confident about, for ``(start, end, lang)`` sentences.

    Offsets index ``text``. See ``flags`` for what a finding covers and what is left alone.
    """
    tables = _tables()
    sums: list[list[float]] | None = None
    out: list[tuple[str, int, int]] = []
    for start, end, lang in sentences:
        table = tables.get(lang)
        if table is None:
            continue
        if lang == "zh":
            if sums is None:
                sums = _pair_sums(text, table)
            last = max(start, end - 1)
            z = [b + s[last] - s[start] for b, s in zip(table.biases, sums, strict=True)]
        else:
            feats = en_features(text[start:end])
            z = [_log_odds(feats, table, i) for i in range(len(CODES))]
        hits = [i for i, cutoff in enumerate(table.cutoffs) if z[i] >= cutoff]
        if hits:
            out.extend(
                (code, start + s, start + e) for code, s, e in _guarded(text[start:end], lang, hits)
            )
    return out


def _flagged_clause(sentence: str, lang: str, index: int, table: _Table) -> tuple[int, int]:
    """``(start, end)`` within ``sentence`` of the clause whose words weigh most for a code."""
    best, best_span = -math.inf, (0, len(sentence))
    if not _CLAUSE_BREAK.search(sentence):
        return best_span
    weights = table.weights[index]
    for m in _CLAUSE.finditer(sentence):
        clause = m.group()
        if not clause.strip():
            continue
        weight = sum(w for w in map(weights.get, features(clause, lang)) if w and w > 0)
        if weight > best:
            start = m.start() + len(clause) - len(clause.lstrip())
            best, best_span = weight, (start, m.start() + len(clause.rstrip()))
    return best_span


def flags(sentence: str, lang: str) -> list[tuple[str, int, int]]:
    """``(code, start, end)`` for each code the model is confident ``sentence`` carries.

    The span is the clause within the sentence whose words weigh most. Praise is left to the
    rules (a bag of words cannot tell "you are great to work with" from "a pain to work with"),
    and so is an English clause with a negation ("you are not lazy").
    """
    return scan(sentence, [(0, len(sentence), lang)])


def _guarded(sentence: str, lang: str, hits: list[int]) -> list[tuple[str, int, int]]:
    from rapport.coach import lexicon_en, lexicon_zh
    from rapport.coach.elements import has_praise

    if has_praise(sentence, lexicon_zh if lang == "zh" else lexicon_en):
        return []
    table = _tables()[lang]
    out: list[tuple[str, int, int]] = []
    for i in hits:
        start, end = _flagged_clause(sentence, lang, i, table)
        if lang == "en" and _EN_NEGATION.search(sentence, start, end):
            continue
        out.append((CODES[i], start, end))
    return out
