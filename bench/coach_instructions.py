"""Instructions the feedback coach spends per new comment, counted by valgrind (cachegrind).

    python bench/coach_instructions.py [--case comments:en]

``coach_speed.py`` times comments per second, which on a shared machine moves by 10-20 % from
one run to the next. This counts the machine instructions instead, which hardly move, so two
versions of the coach can be compared on one run each. It uses the speed bench's texts and
groups: each case runs twice under cachegrind, once up to the warm-up (``warm_up()``) and once
also analysing the timed groups once (new text); the difference, divided by the number of timed
comments, is printed. Needs valgrind (Debian package ``valgrind``); takes about two minutes per case.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CASES = ("comments:en", "comments:zh", "comments:both")


def _child(case: str, analyse_timed: bool) -> None:
    """Warm up as the speed bench does, then analyse the timed groups once if asked."""
    from bench.coach_speed import case_texts, deal_groups
    from rapport.coach import analyze, warm_up

    texts = case_texts(case)
    rounds = deal_groups(texts)
    warm_up()
    if analyse_timed:
        for group in rounds:
            for text in group:
                analyze(text)
    print(f"TIMED {sum(map(len, rounds))}")


def _instructions(case: str, analyse_timed: bool) -> tuple[int, int]:
    """(instructions, timed comments) of one child run under cachegrind."""
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(
            [
                "valgrind",
                "--tool=cachegrind",
                "--cache-sim=no",
                f"--cachegrind-out-file={Path(tmp) / 'out'}",
                sys.executable,
                __file__,
                "--child",
                case,
                *(["--timed"] if analyse_timed else []),
            ],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": "0"},
        )
    refs = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    timed = re.search(r"TIMED (\d+)", done.stdout)
    if refs is None or timed is None:
        raise RuntimeError(f"cachegrind printed no instruction count:\n{done.stderr[-2000:]}")
    return int(refs.group(1).replace(",", "")), int(timed.group(1))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--case", choices=CASES, action="append", help="default: all")
    parser.add_argument("--child", choices=CASES, help=argparse.SUPPRESS)
    parser.add_argument("--timed", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.timed)
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (Debian package valgrind)", file=sys.stderr)
        return 1
    for case in args.case or CASES:
        setup, _ = _instructions(case, analyse_timed=False)
        total, timed = _instructions(case, analyse_timed=True)
        per_comment = (total - setup) / timed
        print(f"{case}: {per_comment / 1e6:.2f}M instructions per new comment ({timed} comments)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
