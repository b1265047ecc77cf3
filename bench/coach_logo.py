"""The finding models' target precisions, tried on writers the models have not seen.

    python bench/coach_logo.py                                  # every group, both languages
    python bench/coach_logo.py --targets 0.80,0.85 --langs zh   # fewer targets, one language
    python bench/coach_logo.py --groups written22,heldout17     # only these groups left out
    python bench/coach_logo.py --jobs 4 --per-group             # more workers; counts per group

Each finding model (``model.MODELLED``: judges_person, demeaning, absolute, in English and
Chinese) keeps the threshold at which its five-fold out-of-fold scores on the tuning files are
at least a target precision precise (``model.precision_of``). Out-of-fold sentences come from
the same writers as the sentences trained on, so they say little about the target that serves
new writers best, and the blind sets (``evaluate.BLIND_FILES``) are spent once looked at. This
bench chooses the target on writers the models have not seen without touching the blind sets:
the tuning files are split into writer groups (``GROUPS``: a set of writers with the rounds and
negatives written for them), and each group in turn is left out. The models are trained on the
other tuning files with the trainer's own functions (``bench/train_coach_model.py``: ``examples``,
``train_labels``, five out-of-fold folds, ``choose_threshold``), once per group and language;
only the threshold is chosen again for each target. The weights are plugged into the coach's own
pipeline (the rules OR the guarded model, quotations dropped, as ``findings.find_findings``) and
the left-out items are counted as ``rapport/coach/evaluate.py`` counts them (a code is present in
an item or not). Counts are pooled over the groups.

Prints, for each language and code, pooled F1, precision, recall and tp/fp/fn at each target
(the current target is always included and marked), the rules alone for reference, and how many
groups are at least as good (F1) at that target as at the current one; ``--per-group`` adds each
group's counts. The training takes some 25 seconds per group and language on one core (the whole
default run about three minutes with two workers). Progress and timing go to stderr; what goes
to stdout is the same on every run.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(1, str(Path(__file__).resolve().parent))  # the trainer

from train_coach_model import Row, choose_threshold, examples, out_of_fold, train_labels

from rapport.coach import findings, model
from rapport.coach.detect import detect_lang, has_han, has_latin
from rapport.coach.evaluate import BLIND_FILES, DATA_DIR, TUNING_FILES, CodeScore, load
from rapport.coach.quotes import outside_reported, reported_spans
from rapport.coach.result import CODES

Span = tuple[int, int]
LANGS = ("en", "zh")
FOLDS = 5
DEFAULT_TARGETS = "0.70,0.75,0.80,0.85,0.90,0.95"


def _written(n: int) -> list[str]:
    return [f"written{n}_{lang}_{part}.jsonl" for lang in LANGS for part in ("a", "b")]


# The writer groups: each set of writers with the rounds and hard negatives written for them.
# Every other tuning file (labelled, heldout-heldout15, rounds 5-16, negatives18) is always
# trained on.
GROUPS: dict[str, tuple[str, ...]] = {
    "written22": (*_written(22), "negatives22.jsonl"),
    "written21": (*_written(21), "negatives21.jsonl"),
    "written20": (*_written(20), "round20_en.jsonl", "round20_zh.jsonl", "negatives20.jsonl"),
    "written19": (*_written(19), "round19_en.jsonl", "round19_zh.jsonl"),
    "written17": (*_written(17), "round17_en.jsonl", "round17_zh.jsonl"),
    "heldout17": ("heldout17.jsonl", "round18_en.jsonl", "round18_zh.jsonl"),
}
for _files in GROUPS.values():
    assert set(_files) <= set(TUNING_FILES), _files
    assert not set(_files) & set(BLIND_FILES), _files


@cache
def _read(name: str) -> tuple[Row, ...]:
    """One tuning file's items; a blind file is never read."""
    assert name in TUNING_FILES and name not in BLIND_FILES, name
    return tuple(load(DATA_DIR / name))


# --- training (in worker processes) -------------------------------------------------------------


@dataclass(frozen=True)
class Fitted:
    """One code's model fitted on a group's training files, with its out-of-fold scores."""

    bias: float
    weights: dict[str, float]
    oof: list[tuple[float, bool]]

    def stored(self, target: float) -> tuple[float, float, dict[str, float]]:
        """Bias, threshold and weights as the trainer stores them at this target precision."""
        return round(self.bias, 4), round(choose_threshold(self.oof, target)[0], 4), self.weights


def train(group: str, lang: str) -> tuple[str, str, dict[str, Fitted]]:
    """The finding models of ``lang`` trained without ``group``'s files, as the trainer does."""
    rows = [
        row
        for name in TUNING_FILES
        if name not in GROUPS[group]
        for row in _read(name)
        if row["lang"] == lang
    ]
    data = examples(rows, lang)
    fitted: dict[str, Fitted] = {}
    for code in model.MODELLED:
        labelled = [(feats, code in codes) for feats, codes in data]
        oof = out_of_fold(train_labels, labelled, FOLDS)
        bias, weights = train_labels(labelled)
        fitted[code] = Fitted(bias, weights, oof)
    return group, lang, fitted


# --- scoring (in the main process, with the coach's own code) ---------------------------------

Weights = dict[str, dict[str, tuple[float, float, dict[str, float]]]]  # lang: code: (b, t, w)


def _margin(bias: float, threshold: float) -> float:
    """``model._Model.margin`` as ``model._models`` works it out from the stored figures."""
    log_odds = math.inf if threshold >= 1 else math.log(threshold / (1 - threshold))
    return log_odds - bias


@contextmanager
def installed(weights: Weights) -> Iterator[None]:
    """The coach reads these models (bias, threshold, weights) instead of model_weights.json,
    built as ``model._models`` builds them; the shipped ones are back on leaving."""
    built = {
        lang: {code: model._Model(_margin(b, t), w) for code, (b, t, w) in per_code.items()}
        for lang, per_code in weights.items()
    }
    caches = (model._lane_table, model._en_sentence_score, model._zh_running_sums)
    for c in caches:
        c.cache_clear()
    try:
        with mock.patch.object(model, "_models", lambda: built):
            yield
    finally:
        for c in caches:
            c.cache_clear()


@dataclass(frozen=True)
class Item:
    """A left-out item, with what does not depend on the models worked out once."""

    lang: str  # as labelled (the counts are kept per labelled language)
    detected: str  # as the coach detects it (the language its models score it in)
    text: str
    codes: frozenset[str]
    rules: dict[str, list[Span]]
    reported: list[Span]


_RULES: tuple[tuple[Callable[[str], bool], tuple[tuple[str, findings._Rule], ...]], ...] = (
    (has_latin, findings._EN_RULES),
    (has_han, findings._ZH_RULES),
)


def prepare(row: Row) -> Item:
    """The rules' spans and the reported quotations, as ``findings.find_findings`` finds them."""
    text = str(row["text"])
    rules: dict[str, list[Span]] = {code: [] for code in CODES}
    for script, rule_set in _RULES:
        if script(text):
            for code, rule in rule_set:
                rules[code].extend(rule(text))
    return Item(
        lang=str(row["lang"]),
        detected=detect_lang(text),
        text=text,
        codes=frozenset(row["codes"]),
        rules=rules,
        reported=reported_spans(text),
    )


def found(item: Item) -> set[str]:
    """The modelled codes ``findings.find_findings`` reports for the item with the models now
    installed: the rules OR the guarded model, outside reported quotations."""
    if not item.text.strip():  # as analysis.analyze: blank text has no findings
        return set()
    spans = {code: list(hits) for code, hits in item.rules.items()}
    findings._add_model_findings(item.text, item.detected, spans, item.reported)
    return {
        code
        for code in model.MODELLED
        if findings._merge(outside_reported(spans[code], item.reported))
    }


def by_rules(item: Item) -> set[str]:
    """The modelled codes the rules alone report."""
    if not item.text.strip():
        return set()
    return {code for code in model.MODELLED if outside_reported(item.rules[code], item.reported)}


def tally(score: CodeScore, got: bool, want: bool) -> None:
    """As ``evaluate.evaluate`` counts a code in one item."""
    if got and want:
        score.tp += 1
    elif got:
        score.fp += 1
    elif want:
        score.fn += 1


Counts = dict[tuple[str, str, str, str], CodeScore]  # (group, setting, lang, code)


def score_group(
    group: str, items: list[Item], trained: dict[str, dict[str, Fitted]], settings: list[str]
) -> Counts:
    """Counts on the left-out items for each target setting (all codes at that target) and for
    the rules alone."""
    counts: Counts = {}

    def add(setting: str, item: Item, got: set[str]) -> None:
        for code in model.MODELLED:
            key = (group, setting, item.lang, code)
            tally(counts.setdefault(key, CodeScore()), code in got, code in item.codes)

    for item in items:
        add("rules", item, by_rules(item))
    for setting in settings:
        target = float(setting)
        weights: Weights = {
            lang: {code: f.stored(target) for code, f in per.items()}
            for lang, per in trained.items()
        }
        with installed(weights):
            for item in items:
                add(setting, item, found(item))
    return counts


# --- the report ---------------------------------------------------------------------------------


def _pooled(counts: Counts, groups: list[str], setting: str, lang: str, code: str) -> CodeScore:
    total = CodeScore()
    for group in groups:
        c = counts[(group, setting, lang, code)]
        total.tp, total.fp, total.fn = total.tp + c.tp, total.fp + c.fp, total.fn + c.fn
    return total


def report(counts: Counts, groups: list[str], langs: list[str], targets: list[str]) -> list[str]:
    lines: list[str] = []
    for lang in langs:
        for code in model.MODELLED:
            current = f"{model.precision_of(lang, code):.2f}"
            rows = sorted({*targets, current})
            lines += [
                "",
                f"{lang} {code} (current target {current})",
                f"  {'target':<8} {'F1':>5}  {'P':>5}  {'R':>5}  {'tp':>4} {'fp':>4} {'fn':>4}"
                f"  groups >= current",
            ]
            for setting in ["rules", *rows]:
                s = _pooled(counts, groups, setting, lang, code)
                line = (
                    f"  {setting:<8} {s.f1:.3f}  {s.precision:.3f}  {s.recall:.3f}  "
                    f"{s.tp:4d} {s.fp:4d} {s.fn:4d}"
                )
                if setting != "rules":
                    at_least = sum(
                        counts[(g, setting, lang, code)].f1
                        >= counts[(g, current, lang, code)].f1 - 1e-12
                        for g in groups
                    )
                    line += f"  {at_least:>8}/{len(groups)}"
                    line += "  <- current" if setting == current else ""
                lines.append(line)
    return lines


def report_per_group(
    counts: Counts, groups: list[str], langs: list[str], targets: list[str]
) -> list[str]:
    lines = ["", "Per group: F1 tp/fp/fn"]
    for lang in langs:
        for code in model.MODELLED:
            current = f"{model.precision_of(lang, code):.2f}"
            lines += ["", f"{lang} {code}", "  " + " " * 8 + "".join(f"{g:>18}" for g in groups)]
            for setting in ["rules", *sorted({*targets, current})]:
                cells = ""
                for g in groups:
                    c = counts[(g, setting, lang, code)]
                    cells += f"{c.f1:>7.3f} {f'{c.tp}/{c.fp}/{c.fn}':>10}"
                mark = " <" if setting == current else ""
                lines.append(f"  {setting:<8}{cells}{mark}")
    return lines


# --- main -----------------------------------------------------------------------------------------


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--targets", default=DEFAULT_TARGETS, help="comma-separated precisions")
    parser.add_argument("--groups", default=",".join(GROUPS), help="writer groups to leave out")
    parser.add_argument("--langs", default=",".join(LANGS), help="en, zh or both")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes for the training")
    parser.add_argument("--per-group", action="store_true", help="also each group's counts")
    args = parser.parse_args(argv)
    try:
        targets = sorted({f"{float(t):.2f}" for t in _split(args.targets)})
    except ValueError:
        parser.error(f"--targets: comma-separated precisions, not {args.targets!r}")
    groups = [g for g in GROUPS if g in _split(args.groups)]
    langs = [lang for lang in LANGS if lang in _split(args.langs)]
    unknown = set(_split(args.groups)) - set(GROUPS) or set(_split(args.langs)) - set(LANGS)
    if unknown or not targets or not groups or not langs or args.jobs < 1:
        parser.error(f"groups: {', '.join(GROUPS)}; langs: {', '.join(LANGS)}; jobs >= 1")
    for t in targets:
        if not 0 < float(t) <= 1:
            parser.error(f"a target is a precision between 0 and 1, not {t}")
    # Every code of every trained language at each target (the codes do not interact: each
    # model reads its own lane and the rules' judges_person spans, never another model's
    # findings), and at each code's current target.
    current = {f"{model.precision_of(lang, code):.2f}" for lang in langs for code in model.MODELLED}
    settings = sorted({*targets, *current})

    start = time.perf_counter()
    shipped = model._models
    counts: Counts = {}
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        futures = [pool.submit(train, group, lang) for group in groups for lang in langs]
        # While the workers train: the left-out items, and a check that the pieces used below
        # give what find_findings gives with the shipped models.
        items: dict[str, list[Item]] = {}
        for group in groups:
            rows = [row for name in GROUPS[group] for row in _read(name) if row["lang"] in langs]
            items[group] = [prepare(row) for row in rows]
            for item in items[group]:
                whole = {f.code for f in findings.find_findings(item.text, item.detected)}
                assert found(item) == whole & set(model.MODELLED), item.text
        trained: dict[str, dict[str, dict[str, Fitted]]] = {group: {} for group in groups}
        for future in futures:  # in submission order: the output does not depend on timing
            group, lang, fitted = future.result()
            trained[group][lang] = fitted
            print(
                f"trained without {group} ({lang}): {time.perf_counter() - start:.0f}s",
                file=sys.stderr,
                flush=True,
            )
            if len(trained[group]) == len(langs):
                counts.update(score_group(group, items[group], trained[group], settings))
    assert model._models is shipped  # the shipped models are back

    sizes = ", ".join(
        f"{g} {'/'.join(str(sum(i.lang == lang for i in items[g])) for lang in langs)}"
        for g in groups
    )
    mismatched = sum(i.lang != i.detected for g in groups for i in items[g])
    lines = [
        f"Leave-one-writer-group-out: {len(groups)} group(s) left out in turn, items "
        f"({'/'.join(langs)}): {sizes}.",
        "Trained on the other tuning files; threshold chosen on five-fold out-of-fold scores at",
        "each target; rules OR guarded model on the left-out items, counts pooled over the groups.",
        "'groups >= current': groups whose F1 at that target is at least their F1 at the current.",
    ]
    if mismatched:
        lines.append(
            f"{mismatched} item(s) detected in the other language: scored by its models "
            "(the rules alone where it is not trained), counted in the labelled language."
        )
    lines += report(counts, groups, langs, targets)
    if args.per_group:
        lines += report_per_group(counts, groups, langs, targets)
    print("\n".join(lines))
    print(f"{time.perf_counter() - start:.0f}s with {args.jobs} job(s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
