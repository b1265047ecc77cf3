"""Quality of the feedback coach on its labelled data.

    python bench/coach_quality.py                    # the tuning files, then the blind one(s)
    python bench/coach_quality.py --errors           # also list every mistake
    python bench/coach_quality.py heldout2.jsonl     # only the named file(s)
    python bench/coach_quality.py path/to/any.jsonl  # a path that exists is used as given

Prints precision, recall and F1 per finding code, accuracy per element and language-detection
accuracy, for each data file. With no file named it reads ``TUNING_FILES`` and ``BLIND_FILES``
(``rapport/coach/evaluate.py`` says which is which), never every ``*.jsonl``: a blind test set an
evaluator drops into ``tests/data/`` is not read unless it is named.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rapport.coach.evaluate import BLIND_FILES, DATA_DIR, TUNING_FILES, evaluate, load
from rapport.coach.result import CODES, ELEMENT_NAMES

DEFAULT_FILES = (*TUNING_FILES, *BLIND_FILES)


def _resolve(name: str) -> Path:
    given = Path(name)
    return given if given.exists() else DATA_DIR / given.name


def main(argv: list[str]) -> int:
    show_errors = "--errors" in argv
    names = [a for a in argv if not a.startswith("--")] or list(DEFAULT_FILES)
    paths = [_resolve(n) for n in names]
    for path in paths:
        name = path.name
        if not path.exists():
            print(f"{name}: missing")
            continue
        ev = evaluate(load(path))
        print(f"== {name}: {ev.items} items, language detected {ev.lang_hits}/{ev.items}")
        print(f"  {'code':<15} {'prec':>6} {'recall':>6} {'F1':>6}   tp  fp  fn")
        for code in CODES:
            s = ev.codes[code]
            print(
                f"  {code:<15} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}  "
                f"{s.tp:3d} {s.fp:3d} {s.fn:3d}"
            )
        print(f"  {'element':<17} {'accuracy':>8}   n")
        for el in ELEMENT_NAMES:
            print(f"  {el:<17} {ev.element_accuracy(el):8.3f} {ev.element_total[el]:3d}")
        if show_errors:
            for line in ev.errors:
                print("   ", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
