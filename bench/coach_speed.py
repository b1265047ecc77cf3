"""Throughput of the feedback coach: comments per second on one core.

    python bench/coach_speed.py [--seconds 3]

Builds distinct ~300-character comments in English and Chinese by recombining sentences from the
labelled data, warms up (jieba's dictionary takes about a second to load), then times
``analyze`` in this single process.
"""

from __future__ import annotations

import argparse
import random
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


def measure(comments: list[str], seconds: float) -> tuple[float, float]:
    done = 0
    start = time.perf_counter()
    while True:
        for text in comments:
            analyze(text)
        done += len(comments)
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return done / elapsed, sum(map(len, comments)) / len(comments)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    t0 = time.perf_counter()
    warm_up()
    print(f"warm-up (jieba load): {time.perf_counter() - t0:.2f}s")
    results: list[float] = []
    for lang in ("en", "zh"):
        comments = build_comments(lang, 500)
        for text in comments[:50]:
            analyze(text)
        rate, avg = measure(comments, args.seconds)
        results.append(rate)
        print(f"{lang}: {rate:,.0f} comments/s (avg {avg:.0f} chars, {len(comments)} distinct)")
    mixed = [
        c
        for pair in zip(*(build_comments(lang, 250) for lang in ("en", "zh")), strict=True)
        for c in pair
    ]
    rate, avg = measure(mixed, args.seconds)
    print(f"both (alternating): {rate:,.0f} comments/s (avg {avg:.0f} chars)")
    floor = 2000
    print(f"{'OK' if min(*results, rate) >= floor else 'BELOW'} target of {floor:,}/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
