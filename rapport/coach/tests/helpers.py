"""What the coach tests ask of an analysis, written once."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from rapport.coach import analyze


def codes(text: str, lang: str | None = None) -> set[str]:
    return {f.code for f in analyze(text, lang).findings}


def quotes(text: str, code: str, lang: str | None = None) -> list[str]:
    """The words each finding of ``code`` points at."""
    return [text[f.start : f.end] for f in analyze(text, lang).findings if f.code == code]


def elements(text: str) -> dict[str, bool]:
    return analyze(text).elements.to_dict()


def assert_as_labelled(row: dict[str, Any], lang: str | None = None) -> None:
    """The coach finds exactly the row's codes, and every element the row labels."""
    result = analyze(str(row["text"]), lang)
    assert {f.code for f in result.findings} == set(row["codes"])
    for name, want in (row.get("elements") or {}).items():
        assert getattr(result.elements, name) is want, name


def bench_script(name: str) -> ModuleType:
    """The module of ``bench/<name>.py`` (the bench is scripts, not a package)."""
    path = Path(__file__).resolve().parents[3] / "bench" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module
