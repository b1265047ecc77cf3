"""Measure the coach against a labelled JSON-lines file (used by the bench and a quality test).

Each line: ``{"id", "lang", "text", "codes": [...], "elements": {name: bool, ...}}``. Codes are
scored per item (is the code present or not); elements only where the line labels them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapport.coach.analysis import analyze
from rapport.coach.result import CODES, ELEMENT_NAMES

DATA_DIR = Path(__file__).resolve().parent / "tests" / "data"
# Every file the rules and the sentence model have been tuned or trained on. Each heldoutN file
# was written blind by someone who had not seen the coach, measured once as it was, and only then
# released for tuning; roundN files are the tuners' own examples and hard negatives.
TUNING_FILES = (
    "labelled.jsonl",
    "heldout.jsonl",
    "heldout2.jsonl",
    "heldout3.jsonl",
    "heldout4.jsonl",
    "heldout5.jsonl",
    "heldout6.jsonl",
    "heldout7.jsonl",
    "heldout8.jsonl",
    "heldout9.jsonl",
    "heldout10.jsonl",
    "heldout11.jsonl",
    "heldout12.jsonl",
    "heldout13.jsonl",
    "heldout14.jsonl",
    "heldout15.jsonl",
    "heldout17.jsonl",
    "round5_en.jsonl",
    "round5_zh.jsonl",
    "round6_en.jsonl",
    "round6_zh.jsonl",
    "round7_en.jsonl",
    "round7_zh.jsonl",
    "round8_en.jsonl",
    "round8_zh.jsonl",
    "round9_en.jsonl",
    "round9_zh.jsonl",
    "round10_en.jsonl",
    "round10_zh.jsonl",
    "round11_en.jsonl",
    "round11_zh.jsonl",
    "round12_en.jsonl",
    "round12_zh.jsonl",
    "round13_en.jsonl",
    "round13_zh.jsonl",
    "round14_en.jsonl",
    "round14_zh.jsonl",
    "round15_en.jsonl",
    "round15_zh.jsonl",
    "round16_en.jsonl",
    "round16_zh.jsonl",
    "round17_en.jsonl",
    "round17_zh.jsonl",
    "round18_en.jsonl",
    "round18_zh.jsonl",
    "round19_en.jsonl",
    "round19_zh.jsonl",
    "round20_en.jsonl",
    "round20_zh.jsonl",
    # One-sentence items by four writers who saw no code, written to the definitions for round
    # seventeen to tune on (not measured blind first).
    "written17_en_a.jsonl",
    "written17_en_b.jsonl",
    "written17_zh_a.jsonl",
    "written17_zh_b.jsonl",
    # 1,200 more by four new writers (session nineteen), measured as they were, then trained on.
    "written19_en_a.jsonl",
    "written19_en_b.jsonl",
    "written19_zh_a.jsonl",
    "written19_zh_b.jsonl",
    # 1,200 more by four new writers (session twenty, asked for demeaning remarks on many
    # grounds), measured as they were, then trained and tuned on.
    "written20_en_a.jsonl",
    "written20_en_b.jsonl",
    "written20_zh_a.jsonl",
    "written20_zh_b.jsonl",
    # 1,200 more by four new writers (session twenty-one), measured as they were and used to
    # choose the models' precisions, then trained on; no rule was written for them.
    "written21_en_a.jsonl",
    "written21_en_b.jsonl",
    "written21_zh_a.jsonl",
    "written21_zh_b.jsonl",
    # 1,191 more by four new writers (session twenty-two, asked to take extra care over the
    # subtle ways a person is labelled), measured as they were, then trained on.
    "written22_en_a.jsonl",
    "written22_en_b.jsonl",
    "written22_zh_a.jsonl",
    "written22_zh_b.jsonl",
    # Hard negatives in our own wording for the learned models (facts, rules, praise and things
    # that share words with labels and sweeps).
    "negatives18.jsonl",
    # More of them (session twenty): praise given as a kind of worker, machines and processes
    # "whenever" something happens, ordinary questions about home, holidays and family.
    "negatives20.jsonl",
    # And more (session twenty-one): praise given as "a real / true / proper" kind of worker.
    "negatives21.jsonl",
    # And more (session twenty-two): a skill, a language or an experience given as the reason for
    # a task ("given your experience, maybe you could…"), and questions about what kind of
    # problem it is, which the models refitted on written22 read as put-downs.
    "negatives22.jsonl",
)
# The files whose texts warm a process up (``warm.py``): their items are analysed once at start-up
# so that RE2 has built the common states of its automata. The speed bench times only the other
# files' texts, which the warm-up never saw. Rounds fifteen on were tuned on files the bench
# times (heldout13 on), so they share frames with them and stay out of the warm-up too.
WARM_FILES = (
    "labelled.jsonl",
    "heldout.jsonl",
    *(f"heldout{n}.jsonl" for n in range(2, 13)),
    *(f"round{n}_{lang}.jsonl" for n in range(5, 15) for lang in ("en", "zh")),
)
# Blind sets not yet tuned on (the honest measure of how the coach does on new writers).
BLIND_FILES: tuple[str, ...] = (
    "heldout18.jsonl",
    "heldout19.jsonl",
    "heldout20.jsonl",
    "heldout21.jsonl",
    "heldout22.jsonl",
)


@dataclass
class CodeScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    items: int = 0
    codes: dict[str, CodeScore] = field(default_factory=lambda: {c: CodeScore() for c in CODES})
    element_hits: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ELEMENT_NAMES, 0))
    element_total: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ELEMENT_NAMES, 0))
    lang_hits: int = 0
    errors: list[str] = field(default_factory=list)

    def element_accuracy(self, name: str) -> float:
        total = self.element_total[name]
        return self.element_hits[name] / total if total else 1.0


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def evaluate(rows: list[dict[str, Any]]) -> Evaluation:
    ev = Evaluation()
    for row in rows:
        ev.items += 1
        text = row["text"]
        result = analyze(text)  # the language is detected, as in production
        if result.lang == row["lang"]:
            ev.lang_hits += 1
        else:
            ev.errors.append(f"{row['id']}: lang {result.lang} != {row['lang']}")
        found = {f.code for f in result.findings}
        expected = set(row.get("codes", []))
        for code in CODES:
            score = ev.codes[code]
            if code in found and code in expected:
                score.tp += 1
            elif code in found:
                score.fp += 1
                quotes = [text[f.start : f.end] for f in result.findings if f.code == code]
                ev.errors.append(f"{row['id']}: FP {code} {quotes} in {text!r}")
            elif code in expected:
                score.fn += 1
                ev.errors.append(f"{row['id']}: FN {code} in {text!r}")
        got = result.elements.to_dict()
        for name, want in row.get("elements", {}).items():
            ev.element_total[name] += 1
            if got[name] == want:
                ev.element_hits[name] += 1
            else:
                ev.errors.append(f"{row['id']}: element {name} got {got[name]} want {want}")
    return ev
