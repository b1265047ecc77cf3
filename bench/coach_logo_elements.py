"""The element and praise models' target precisions, tried on writers the models have not seen.

    python bench/coach_logo_elements.py                        # every group, both languages
    python bench/coach_logo_elements.py --targets 0.85,0.90 --jobs 1 --per-group

The companion of ``bench/coach_logo.py`` (same writer groups, same way of plugging weights into
the coach) for the models it leaves alone: the element models (``model.ELEMENTS``: consequence,
positive_outcome; ``train_gradient`` on whole labelled comments, ``element_examples``) and the
praise model (``model.PRAISE``: opening and closing parts, ``praise_examples``). For each group
left out, each of them is trained once per language on the other tuning files as the trainer
does (five out-of-fold folds, then on everything); only the threshold is chosen again for each
target (``choose_threshold``). The finding models stay as shipped (``model_weights.json``). The
coach's full ``analyze`` is run on the left-out items that label elements, and each element is
counted as ``rapport/coach/evaluate.py`` counts it (the item's label against
``result.elements``), in the item's labelled language, pooled over the groups.

Settings: each target (all three models at that target: they do not interact -- each element
model reads its own lane and is ORed with its own rules, the praise model only feeds the bread),
``rules`` (element and praise models removed: the rules alone), and ``shipped`` (the shipped
weights, trained on the left-out groups too: a leaky reference only).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(1, str(Path(__file__).resolve().parent))

from coach_logo import GROUPS, LANGS, Fitted, Weights, _read, installed
from train_coach_model import (
    element_examples,
    out_of_fold,
    praise_examples,
    train_gradient,
)

from rapport.coach import model
from rapport.coach.analysis import analyze
from rapport.coach.evaluate import TUNING_FILES

FOLDS = 5
DEFAULT_TARGETS = "0.80,0.85,0.90,0.95"
TRAINED = (*model.ELEMENTS, model.PRAISE)
# The elements each trained model can change, and the model behind each.
COUNTED = {
    "consequence": "consequence",
    "positive_outcome": "positive_outcome",
    "opens_positive": model.PRAISE,
    "closes_positive": model.PRAISE,
}


def train(group: str, lang: str) -> tuple[str, str, dict[str, Fitted], float]:
    start = time.perf_counter()
    rows = [
        row
        for name in TUNING_FILES
        if name not in GROUPS[group]
        for row in _read(name)
        if row["lang"] == lang
    ]
    fitted: dict[str, Fitted] = {}
    for code in TRAINED:
        labelled = (
            praise_examples(rows, lang)
            if code == model.PRAISE
            else element_examples(rows, lang, code)
        )
        oof = out_of_fold(train_gradient, labelled, FOLDS)
        bias, weights = train_gradient(labelled)
        fitted[code] = Fitted(bias, weights, oof)
    return group, lang, fitted, time.perf_counter() - start


@dataclass
class Confusion:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, got: bool, want: bool) -> None:
        if got and want:
            self.tp += 1
        elif got:
            self.fp += 1
        elif want:
            self.fn += 1
        else:
            self.tn += 1

    def __iadd__(self, other: Confusion) -> Confusion:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.tn += other.tn
        return self

    @property
    def total(self) -> int:
        return self.tp + self.fp + self.fn + self.tn

    @property
    def hits(self) -> int:
        return self.tp + self.tn

    @property
    def accuracy(self) -> float:
        return self.hits / self.total if self.total else 1.0


Counts = dict[tuple[str, str, str, str], Confusion]  # (group, setting, lang, element)


def shipped_weights() -> Weights:
    data = json.loads(model.WEIGHTS_PATH.read_text(encoding="utf-8"))
    return {
        lang: {
            code: (float(v["bias"]), float(v["threshold"]), v["weights"]) for code, v in per.items()
        }
        for lang, per in data.items()
    }


def elements_of(rows: list[dict], weights: Weights | None) -> list[dict[str, bool]]:
    if weights is None:
        return [analyze(str(r["text"])).elements.to_dict() for r in rows]
    with installed(weights):
        return [analyze(str(r["text"])).elements.to_dict() for r in rows]


def count(group: str, setting: str, rows: list[dict], got: list[dict[str, bool]], counts: Counts):
    for row, elements in zip(rows, got, strict=True):
        for name, want in row["elements"].items():
            if name in COUNTED:
                key = (group, setting, str(row["lang"]), name)
                counts.setdefault(key, Confusion()).add(elements[name], bool(want))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--targets", default=DEFAULT_TARGETS)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--per-group", action="store_true")
    args = parser.parse_args(argv)
    targets = sorted({f"{float(t):.2f}" for t in args.targets.split(",") if t.strip()})
    current = {
        (lang, code): f"{model.precision_of(lang, code):.2f}" for lang in LANGS for code in TRAINED
    }
    settings = sorted({*targets, *current.values()})

    start = time.perf_counter()
    shipped = shipped_weights()
    items = {
        g: [
            row
            for name in GROUPS[g]
            for row in _read(name)
            if isinstance(row.get("elements"), dict) and any(k in COUNTED for k in row["elements"])
        ]
        for g in GROUPS
    }
    groups = [g for g in GROUPS if items[g]]  # written17 labels no elements
    print(
        "items per group: " + ", ".join(f"{g} {len(items[g])}" for g in GROUPS),
        file=sys.stderr,
        flush=True,
    )
    counts: Counts = {}
    thresholds: dict[tuple[str, str, str, str], float] = {}
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        futures = [pool.submit(train, g, lang) for g in groups for lang in LANGS]
        # While the workers train: the shipped models through ``installed`` give what the coach
        # gives unpatched, and the rules alone.
        for g in groups:
            plain = elements_of(items[g], None)
            assert elements_of(items[g], shipped) == plain, g
            count(g, "shipped", items[g], plain, counts)
            rules = {
                lang: {c: w for c, w in per.items() if c not in TRAINED}
                for lang, per in shipped.items()
            }
            count(g, "rules", items[g], elements_of(items[g], rules), counts)
        print(f"checked, rules scored: {time.perf_counter() - start:.0f}s", file=sys.stderr)
        trained: dict[str, dict[str, dict[str, Fitted]]] = {g: {} for g in groups}
        for future in futures:
            g, lang, fitted, took = future.result()
            trained[g][lang] = fitted
            print(
                f"trained without {g} ({lang}) in {took:.0f}s: {time.perf_counter() - start:.0f}s",
                file=sys.stderr,
                flush=True,
            )
            if len(trained[g]) < len(LANGS):
                continue
            for setting in settings:
                weights: Weights = {
                    lang: {
                        **shipped[lang],
                        **{c: f.stored(float(setting)) for c, f in trained[g][lang].items()},
                    }
                    for lang in LANGS
                }
                for lang in LANGS:
                    for c in TRAINED:
                        thresholds[(g, setting, lang, c)] = weights[lang][c][1]
                count(g, setting, items[g], elements_of(items[g], weights), counts)
    assert model._models()["en"]["consequence"].weights == shipped["en"]["consequence"][2]

    def pooled(setting: str, lang: str, name: str) -> Confusion:
        total = Confusion()
        for g in groups:
            total += counts.get((g, setting, lang, name), Confusion())
        return total

    lines = [
        "Leave-one-writer-group-out, element/praise models retrained without the group, finding",
        "models as shipped; items labelling elements: "
        + ", ".join(f"{g} {len(items[g])}" for g in GROUPS)
        + f" ({len(groups)} groups with items).",
        "'groups >=': groups whose accuracy at that target is at least that at the current one.",
    ]
    for lang in LANGS:
        for name, code in COUNTED.items():
            cur = current[(lang, code)]
            lines += [
                "",
                f"{lang} {name} ({code} model, current target {cur})",
                f"  {'setting':<8} {'acc':>6}  {'hits':>9}  {'tp':>4} {'fp':>4} {'fn':>4} {'tn':>4}"
                f"  groups >=  thresholds (per group)",
            ]
            for setting in ["rules", "shipped", *settings]:
                s = pooled(setting, lang, name)
                line = (
                    f"  {setting:<8} {s.accuracy:.4f}  {s.hits:4d}/{s.total:<4d}  "
                    f"{s.tp:4d} {s.fp:4d} {s.fn:4d} {s.tn:4d}"
                )
                if setting not in ("rules", "shipped"):
                    at_least = sum(
                        counts[(g, setting, lang, name)].accuracy
                        >= counts[(g, cur, lang, name)].accuracy - 1e-12
                        for g in groups
                    )
                    ts = " ".join(f"{thresholds[(g, setting, lang, code)]:.2f}" for g in groups)
                    line += f"  {at_least:>5}/{len(groups)}  {ts}"
                    line += "  <- current" if setting == cur else ""
                lines.append(line)
    if args.per_group:
        lines += ["", "Per group: accuracy hits/total"]
        for lang in LANGS:
            for name, code in COUNTED.items():
                lines += [
                    "",
                    f"{lang} {name}",
                    "  " + " " * 8 + "".join(f"{g:>16}" for g in groups),
                ]
                for setting in ["rules", "shipped", *settings]:
                    cells = ""
                    for g in groups:
                        conf = counts.get((g, setting, lang, name), Confusion())
                        cells += f"{conf.accuracy:>7.3f} {f'{conf.hits}/{conf.total}':>8}"
                    mark = " <" if setting == current[(lang, code)] else ""
                    lines.append(f"  {setting:<8}{cells}{mark}")
    print("\n".join(lines))
    print(f"{time.perf_counter() - start:.0f}s with {args.jobs} job(s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
