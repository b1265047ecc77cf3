"""Write ``rapport/coach/warm_texts.json``, the texts a process analyses once at start-up.

    python bench/write_warm_texts.py [--check]

The texts are the items of ``evaluate.WARM_FILES``, in file order, per language; an item that
shares a sentence with any other data file is left out, so the texts the speed bench times (from
the other files) stay new to a warmed-up process. ``--check`` exits 1 when the file is stale.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rapport.coach.evaluate import DATA_DIR, WARM_FILES, load
from rapport.coach.text import sentence_spans
from rapport.coach.warm import WARM_TEXTS


def _sentences(text: str) -> set[str]:
    return {text[start:end] for start, end in sentence_spans(text)}


def build() -> dict[str, list[str]]:
    """The warm-up texts per language, from ``WARM_FILES`` and never sharing a timed sentence."""
    timed: set[str] = set()
    for path in sorted(DATA_DIR.glob("*.jsonl")):
        if path.name not in WARM_FILES:
            for row in load(path):
                timed |= _sentences(str(row["text"]))
    texts: dict[str, list[str]] = {"en": [], "zh": []}
    for name in WARM_FILES:
        for row in load(DATA_DIR / name):
            text = str(row["text"])
            if text.strip() and not _sentences(text) & timed:
                texts[str(row["lang"])].append(text)
    return texts


def render() -> str:
    return json.dumps(build(), ensure_ascii=False, indent=0) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true", help="exit 1 when the file is stale")
    args = parser.parse_args()
    content = render()
    if args.check:
        current = WARM_TEXTS.read_text(encoding="utf-8") if WARM_TEXTS.exists() else ""
        if current != content:
            print(f"{WARM_TEXTS} is stale: run python bench/write_warm_texts.py")
            return 1
        return 0
    WARM_TEXTS.write_text(content, encoding="utf-8")
    data = json.loads(content)
    print(f"wrote {WARM_TEXTS}: " + ", ".join(f"{len(v)} {k}" for k, v in data.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
