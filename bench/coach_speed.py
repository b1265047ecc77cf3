"""Throughput of the feedback coach: comments per second on one core.

    python bench/coach_speed.py

Builds ~300-character texts per language from the labelled data files the warm-up never reads
(every file not in ``evaluate.WARM_FILES``: the later blind and written sets and the rounds tuned
on them), in two kinds:

* comments: supervisors' feedback comments (the multi-sentence items), put together whole until a
  text reaches about 300 characters. This is what the coach panel analyses; the target applies
  to it.
* statements: one-line statements strung together, most of them carrying a finding: twenty
  sentences and a dozen findings in 300 characters, a worst case printed for comparison.

Every labelled item goes into one text only, so no text repeats another's words. The process is
warmed up as a worker is (``warm_up()``: jieba's dictionary, and RE2's automata from the texts
of ``warm_texts.json``, none of which shares a sentence with a timed text), then the texts are
dealt into four groups, timed as rounds, each text analysed once. That is the figure that
counts: RE2 builds its automata lazily, state by state, so words it has not seen cost several
times what a text analysed before costs. The same texts are then timed a second time ("seen
again"), which is what the coach panel does as a supervisor types and the text is analysed again.

Each case runs in a process of its own (so no case sees another's texts), pinned to one CPU. Best
round and median are printed: the best is what the machine can do (slower rounds are other work
on the machine getting in the way, as ``timeit`` assumes); on a shared machine the median says
how much that was.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rapport.coach import analyze, warm_up
from rapport.coach.evaluate import DATA_DIR, WARM_FILES, load
from rapport.coach.text import sentence_spans

TARGET_CHARS = 300
GROUPS = 4
FLOOR = 2000


def _items(lang: str, kind: str) -> list[list[str]]:
    """Each labelled item of ``kind`` in ``lang`` as its list of sentences, in a fixed shuffle."""
    items: list[list[str]] = []
    for path in sorted(DATA_DIR.glob("*.jsonl")):
        if path.name in WARM_FILES:
            continue  # the warm-up has analysed these; the timed texts are new to the process
        for row in load(path):
            if row["lang"] != lang or ("elements" in row) != (kind == "comments"):
                continue
            text = str(row["text"])
            items.append([text[s:e] for s, e in sentence_spans(text)])
    random.Random(5).shuffle(items)
    return [sentences for sentences in items if sentences]


def build_texts(lang: str, kind: str = "comments") -> list[str]:
    """Texts of about ``TARGET_CHARS`` characters, each labelled item used in one text only."""
    joiner = " " if lang == "en" else ""
    texts: list[str] = []
    parts: list[str] = []
    for sentences in _items(lang, kind):
        for sentence in sentences:
            if parts and len(joiner.join([*parts, sentence])) > TARGET_CHARS + 40:
                break  # the rest of this item is dropped, never reused
            parts.append(sentence)
        if len(joiner.join(parts)) >= TARGET_CHARS - 40:
            texts.append(joiner.join(parts))
            parts = []
    return texts


def deal_groups(texts: list[str]) -> list[list[str]]:
    return [texts[i::GROUPS] for i in range(GROUPS)]


def _rate(texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        analyze(text)
    return len(texts) / (time.perf_counter() - start)


def measure(texts: list[str]) -> Iterator[tuple[str, float, float]]:
    """("new"|"seen again", best, median) over the timed rounds of ``texts``."""
    rounds = deal_groups(texts)
    new = [_rate(group) for group in rounds]
    again = [_rate(group) for group in rounds]
    yield "new", max(new), statistics.median(new)
    yield "seen again", max(again), statistics.median(again)


CASES = ("comments:en", "comments:zh", "comments:both", "statements:en", "statements:zh")


def case_texts(case: str) -> list[str]:
    """The texts of a case ("comments:en", "comments:both", ...), in the order they are read."""
    kind, lang = case.split(":")
    if lang == "both":
        pairs = zip(build_texts("en", kind), build_texts("zh", kind), strict=False)
        return [text for pair in pairs for text in pair]
    return build_texts(lang, kind)


def run_case(case: str) -> float:
    """Time one case in this process; returns the best round on new texts."""
    kind, lang = case.split(":")
    texts = case_texts(case)
    title = f"{kind}, both languages alternating" if lang == "both" else f"{kind} {lang}"
    avg = sum(map(len, texts)) / len(texts)
    timed = len(texts)
    new_best = 0.0
    for label, best, median in measure(texts):
        new_best = best if label == "new" else new_best
        print(
            f"{title}, {label}: {best:,.0f}/s best round, {median:,.0f} median "
            f"({timed} of {len(texts)} texts timed, avg {avg:.0f} chars)",
            flush=True,
        )
    return new_best


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--case", choices=CASES, help="time one case in this process")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    if args.case:
        warm_up()
        print(f"RESULT {run_case(args.case)}")
        return 0
    # Each case in a process of its own, so no case sees another's texts.
    verdict: list[float] = []
    for case in CASES:
        done = subprocess.run(
            [sys.executable, __file__, "--case", case],
            capture_output=True,
            text=True,
            check=True,
        )
        for line in done.stdout.splitlines():
            if line.startswith("RESULT "):
                if case.startswith("comments"):
                    verdict.append(float(line.split()[1]))
            else:
                print(line, flush=True)
    status = "OK" if min(verdict) >= FLOOR else "BELOW"
    print(
        f"{status}: target of {FLOOR:,} new comments/s (best round); lowest {min(verdict):,.0f}/s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
