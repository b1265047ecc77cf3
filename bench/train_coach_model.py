"""Train the coach's sentence model (``rapport/coach/model.py``) on labelled JSON-lines files.

    python bench/train_coach_model.py [--write] [file.jsonl ...]   # default: the tuning files

Examples are sentences: a one-sentence item carries its codes; every sentence of a
multi-sentence comment without codes is a negative (comments with codes are skipped: which
sentence carries the code is not labelled). The praise model learns from the opening and closing
parts of labelled comments (opens_positive, closes_positive), the element models from whole
labelled comments. One logistic regression per language and code over the features seen at
least twice. The finding models (``MODELLED``) are fitted to convergence by scikit-learn's
L-BFGS (``train_labels``): a well-kept, deterministic solver, which made them sharp enough to add
an ``absolute`` model (precisions in ``model.PRECISION`` and ``model.PRECISION_IN``). The praise
and element models keep the earlier fixed-step gradient descent with L2 (``train_gradient``): on
the development set, L-BFGS lost three points of consequence accuracy. The threshold is chosen on
five-fold out-of-fold scores: the lowest score at which the model alone is still at least
``--precision`` precise. Prints the cross-validated figures; ``--write`` stores the weights.

scikit-learn is a development dependency (``pip install -e '.[dev]'``); the coach itself reads
the stored weights with no third-party code.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rapport.coach import lexicon_en, lexicon_zh
from rapport.coach.detect import has_han
from rapport.coach.evaluate import DATA_DIR, TUNING_FILES, load
from rapport.coach.model import ELEMENTS, MODELLED, PRAISE, WEIGHTS_PATH, features, precision_of
from rapport.coach.praise import bread
from rapport.coach.text import sentence_spans

Example = tuple[list[str], set[str]]


def _features(sentence: str, lang: str) -> list[str]:
    feats = features(sentence, lang)
    # Chinese pairs without a Chinese character (letters, digits, punctuation) carry nothing.
    return [f for f in feats if has_han(f)] if lang == "zh" else list(feats)


Row = dict[str, Any]


def examples(rows: list[Row], lang: str) -> list[Example]:
    """Sentences of ``rows`` (items in ``lang``) with their codes, for the finding models."""
    out: list[Example] = []
    for row in rows:
        text, codes = str(row["text"]), set(row["codes"])
        spans = sentence_spans(text)
        if len(spans) == 1:
            out.append((_features(text[spans[0][0] : spans[0][1]], lang), codes))
        elif not codes:
            out.extend((_features(text[s:e], lang), set()) for s, e in spans)
    return out


def praise_examples(rows: list[Row], lang: str) -> list[tuple[list[str], bool]]:
    """The opening part of every labelled comment's first sentence, labelled opens_positive,
    and the closing part of its last sentence, labelled closes_positive."""
    lex = lexicon_zh if lang == "zh" else lexicon_en
    out: list[tuple[list[str], bool]] = []
    for row in rows:
        elements = row.get("elements")
        if not isinstance(elements, dict):
            continue
        text = str(row["text"])
        spans = sentence_spans(text)
        if not spans:
            continue
        for key, (start, end), opening in (
            ("opens_positive", spans[0], True),
            ("closes_positive", spans[-1], False),
        ):
            if key in elements:
                sentence = text[start:end]
                a, b = bread(sentence, lex, opening=opening)
                out.append((_features(sentence[a:b], lang), bool(elements[key])))
    return out


def element_examples(rows: list[Row], lang: str, element: str) -> list[tuple[list[str], bool]]:
    """Every labelled comment as a whole, with its ``element`` label."""
    out: list[tuple[list[str], bool]] = []
    for row in rows:
        elements = row.get("elements")
        if isinstance(elements, dict) and element in elements:
            text = str(row["text"])
            # English comments are read sentence by sentence (model.comment_elements);
            # Chinese ones as one run of character pairs.
            parts = [text] if lang == "zh" else [text[s:e] for s, e in sentence_spans(text)]
            feats = [f for part in parts for f in _features(part, lang)]
            out.append((feats, bool(elements[element])))
    return out


Labelled = list[tuple[list[str], bool]]
Trained = tuple[float, dict[str, float]]


def _vocabulary(data: Labelled) -> set[str]:
    counts = Counter(f for feats, _ in data for f in set(feats))
    return {f for f, n in counts.items() if n >= 2}


def train_labels(data: Labelled, c: float = 3.0) -> Trained:
    """L2 logistic regression fitted to convergence (L-BFGS). A feature counts as often as it
    occurs, as the coach sums it."""
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        raise SystemExit("scikit-learn is missing: pip install -e '.[dev]'") from None
    vocab = _vocabulary(data)
    vectoriser = DictVectorizer()
    x = vectoriser.fit_transform([Counter(f for f in feats if f in vocab) for feats, _ in data])
    y = [label for _, label in data]
    if len(set(y)) < 2:  # nothing to learn: a constant model
        return (10.0 if y and y[0] else -10.0), {}
    fitted = LogisticRegression(C=c, max_iter=5000).fit(x, y)
    names = vectoriser.get_feature_names_out()
    weights = {str(f): round(float(w), 4) for f, w in zip(names, fitted.coef_[0], strict=True)}
    return float(fitted.intercept_[0]), {f: w for f, w in weights.items() if abs(w) >= 0.01}


def train_gradient(
    data: Labelled, epochs: int = 120, l2: float = 0.002, rate: float = 4.0
) -> Trained:
    """Fixed-step gradient descent with L2 (the praise and element models)."""
    vocab = _vocabulary(data)
    rows = [([f for f in feats if f in vocab], label) for feats, label in data]
    weights: dict[str, float] = dict.fromkeys(vocab, 0.0)
    bias = 0.0
    n = len(rows)
    for epoch in range(epochs):
        step = rate / (1 + epoch * 0.1)
        grad: dict[str, float] = {}
        grad_bias = 0.0
        for feats, label in rows:
            z = bias + sum(weights[f] for f in feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            err = p - (1.0 if label else 0.0)
            grad_bias += err
            for f in feats:
                grad[f] = grad.get(f, 0.0) + err
        bias -= step * grad_bias / n
        for f in weights:
            weights[f] -= step * (grad.get(f, 0.0) / n + l2 * weights[f])
    return bias, {f: round(w, 4) for f, w in weights.items() if abs(w) >= 0.01}


def predict(bias: float, weights: dict[str, float], feats: list[str]) -> float:
    z = bias + sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def out_of_fold(
    train: Callable[[Labelled], Trained], labelled: Labelled, folds: int = 5
) -> list[tuple[float, bool]]:
    """Each example's score by a model trained on the other folds (example ``i`` is in fold
    ``i % folds``), with its label, fold by fold."""
    scored: list[tuple[float, bool]] = []
    for fold in range(folds):
        bias, weights = train([r for i, r in enumerate(labelled) if i % folds != fold])
        scored.extend(
            (predict(bias, weights, feats), label)
            for i, (feats, label) in enumerate(labelled)
            if i % folds == fold
        )
    return scored


def choose_threshold(
    scored: list[tuple[float, bool]], precision: float
) -> tuple[float, float, float]:
    """Lowest threshold whose precision is at least ``precision``; returns it, P and R."""
    positives = sum(1 for _, label in scored if label) or 1
    best = (1.1, 1.0, 0.0)
    tp = fp = 0
    for s, label in sorted(scored, key=lambda x: -x[0]):
        tp, fp = tp + label, fp + (not label)
        if tp / (tp + fp) >= precision and tp >= 3:
            best = (s, tp / (tp + fp), tp / positives)
    return best


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="*")
    parser.add_argument(
        "--precision",
        type=float,
        help="out-of-fold precision to keep (default: model.precision_of)",
    )
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    paths = [Path(f) if "/" in f else DATA_DIR / f for f in (args.files or TUNING_FILES)]
    for path in [p for p in paths if not p.exists()]:
        print(f"{path.name}: missing, skipped")
        paths.remove(path)
    every_row = [row for path in paths for row in load(path)]
    model: dict[str, dict[str, object]] = {}
    for lang in ("en", "zh"):
        rows = [row for row in every_row if row["lang"] == lang]
        data = examples(rows, lang)
        sets = {code: [(feats, code in codes) for feats, codes in data] for code in MODELLED}
        sets[PRAISE] = praise_examples(rows, lang)
        for element in ELEMENTS:
            sets[element] = element_examples(rows, lang, element)
        model[lang] = {}
        for code, labelled in sets.items():
            train = train_labels if code in MODELLED else train_gradient
            scored = out_of_fold(train, labelled)
            cut, p, r = choose_threshold(scored, args.precision or precision_of(lang, code))
            bias, weights = train(labelled)
            model[lang][code] = {
                "bias": round(bias, 4),
                "threshold": round(cut, 4),
                "weights": weights,
            }
            print(
                f"{lang} {code:14s} examples {len(labelled):4d} positive "
                f"{sum(1 for _, y in labelled if y):3d}  cross-validated at {cut:.2f}: "
                f"precision {p:.2f} recall {r:.2f}  features {len(weights)}"
            )
    if args.write:
        WEIGHTS_PATH.write_text(
            json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
            encoding="utf-8",
        )
        print(f"wrote {WEIGHTS_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
