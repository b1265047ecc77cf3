"""Throughput of the feedback coach: comments per second on one core.

    python bench/coach_speed.py [--seconds 3]

Builds 500 distinct ~300-character texts per language from the labelled data, in two kinds:

* comments: supervisors' feedback comments (the multi-sentence items of the tuning files), each
  topped up with sentences from another comment to about 300 characters and cut at a sentence
  end. This is what the coach panel analyses as a supervisor types; the target applies to it.
* statements: one-line statements strung together, most of them carrying a finding: twenty
  sentences and a dozen findings in 300 characters, a worst case printed for comparison.

Warms up (jieba's dictionary takes about a second to load), pins itself to one CPU, then times
``analyze`` in this single process. Each figure is measured in five rounds; the best round is what
the machine can do (slower rounds are other work on the machine getting in the way, as ``timeit``
assumes) and the median is printed beside it.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rapport.coach import analyze, warm_up
from rapport.coach.evaluate import DATA_DIR, TUNING_FILES, load
from rapport.coach.text import sentence_spans

TARGET_CHARS = 300


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def _rows(lang: str) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for name in TUNING_FILES:
        if (DATA_DIR / name).exists():
            rows.extend(r for r in load(DATA_DIR / name) if r["lang"] == lang)
    return rows


def build_comments(lang: str, count: int, kind: str = "comments", seed: int = 5) -> list[str]:
    """``count`` distinct texts of about ``TARGET_CHARS`` characters (see the module doc)."""
    rows = _rows(lang)
    joiner = " " if lang == "en" else ""
    rng = random.Random(seed)
    if kind == "comments":
        pool = [_sentences(str(r["text"])) for r in rows if "elements" in r]
    else:
        pool = [_sentences(str(r["text"])) for r in rows if "elements" not in r]
    texts: list[str] = []
    seen: set[str] = set()
    while len(texts) < count:
        parts: list[str] = []
        while len(joiner.join(parts)) < TARGET_CHARS:
            source = rng.choice(pool)
            parts.extend(source if kind == "comments" else [rng.choice(source)])
        while len(parts) > 1 and len(joiner.join(parts[:-1])) >= TARGET_CHARS - 40:
            parts.pop()
        text = joiner.join(parts)
        if text not in seen:
            seen.add(text)
            texts.append(text)
    return texts


def measure(comments: list[str], seconds: float, rounds: int = 5) -> tuple[float, float, float]:
    """Best and median comments per second over ``rounds`` rounds, and the average length."""
    rates: list[float] = []
    for _ in range(rounds):
        done = 0
        start = time.perf_counter()
        while True:
            for text in comments:
                analyze(text)
            done += len(comments)
            elapsed = time.perf_counter() - start
            if elapsed >= seconds / rounds:
                break
        rates.append(done / elapsed)
    return max(rates), statistics.median(rates), sum(map(len, comments)) / len(comments)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    t0 = time.perf_counter()
    warm_up()
    print(f"warm-up (jieba load): {time.perf_counter() - t0:.2f}s")
    results: list[float] = []
    for kind in ("comments", "statements"):
        for lang in ("en", "zh"):
            texts = build_comments(lang, 500, kind)
            for text in texts[:50]:
                analyze(text)
            rate, median, avg = measure(texts, args.seconds)
            if kind == "comments":
                results.append(rate)
            print(
                f"{kind} {lang}: {rate:,.0f}/s best round, {median:,.0f} median "
                f"(avg {avg:.0f} chars, {len(texts)} distinct)"
            )
    mixed = [
        c
        for pair in zip(*(build_comments(lang, 250) for lang in ("en", "zh")), strict=True)
        for c in pair
    ]
    rate, median, avg = measure(mixed, args.seconds)
    results.append(rate)
    print(f"comments, both languages alternating: {rate:,.0f}/s best round, {median:,.0f} median")
    floor = 2000
    verdict = "OK" if min(results) >= floor else "BELOW"
    print(f"{verdict}: target of {floor:,} comments/s (comments, best round)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
