"""Throughput of the feedback coach: comments per second on one core.

    python bench/coach_speed.py [--seconds 3]

Builds distinct ~300-character comments in English and Chinese by recombining sentences from the
labelled data, warms up (jieba's dictionary takes about a second to load), pins itself to one CPU,
then times ``analyze`` in this single process. Each figure is measured in five rounds; the best
round is what the machine can do (slower rounds are other work on the machine getting in the way,
as ``timeit`` assumes) and the median is printed beside it.
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
from rapport.coach.evaluate import DATA_DIR, load
from rapport.coach.text import sentence_spans

TARGET_CHARS = 300


def build_comments(lang: str, count: int, seed: int = 5) -> list[str]:
    sentences: list[str] = []
    for row in load(DATA_DIR / "labelled.jsonl"):
        if row["lang"] == lang:
            text = str(row["text"])
            sentences.extend(text[s:e] for s, e in sentence_spans(text))
    rng = random.Random(seed)
    joiner = " " if lang == "en" else ""
    comments: list[str] = []
    while len(comments) < count:
        parts: list[str] = []
        while len(joiner.join(parts)) < TARGET_CHARS:
            parts.append(rng.choice(sentences))
        comments.append(joiner.join(parts)[: TARGET_CHARS + 40])
    return comments


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
    for lang in ("en", "zh"):
        comments = build_comments(lang, 500)
        for text in comments[:50]:
            analyze(text)
        rate, median, avg = measure(comments, args.seconds)
        results.append(rate)
        print(
            f"{lang}: {rate:,.0f} comments/s best round, {median:,.0f} median "
            f"(avg {avg:.0f} chars, {len(comments)} distinct)"
        )
    mixed = [
        c
        for pair in zip(*(build_comments(lang, 250) for lang in ("en", "zh")), strict=True)
        for c in pair
    ]
    rate, median, avg = measure(mixed, args.seconds)
    print(f"both (alternating): {rate:,.0f} comments/s best round, {median:,.0f} median")
    floor = 2000
    print(f"{'OK' if min(*results, rate) >= floor else 'BELOW'} target of {floor:,}/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
