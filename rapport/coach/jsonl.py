"""Batch analysis over JSON lines, for imports, exports and the management command."""

from __future__ import annotations

import json
from typing import IO, Any

from rapport.coach.analysis import analyze
from rapport.coach.result import CoachInputError


def run_jsonl(instream: IO[str], outstream: IO[str]) -> int:
    """Analyse ``{"id", "text", "lang"?}`` lines; write one result line per input, in order.

    A bad line (invalid JSON, missing or non-string text, unknown lang, text too long) yields
    ``{"id": ..., "error": "..."}`` and the stream goes on. Blank lines are skipped. Returns the
    number of lines written.
    """
    written = 0
    for lineno, raw in enumerate(instream, start=1):
        if not raw.strip():
            continue
        result = _one(raw, lineno)
        outstream.write(json.dumps(result, ensure_ascii=False) + "\n")
        written += 1
    outstream.flush()
    return written


def _one(raw: str, lineno: int) -> dict[str, Any]:
    try:
        item = json.loads(raw)
    except json.JSONDecodeError as exc:
        return {"id": None, "error": f"line {lineno}: invalid JSON ({exc.msg})"}
    if not isinstance(item, dict):
        return {"id": None, "error": f"line {lineno}: expected a JSON object"}
    item_id = item.get("id")
    if "text" not in item:
        return {"id": item_id, "error": f'line {lineno}: missing "text"'}
    lang = item.get("lang")
    try:
        analysis = analyze(item["text"], lang if lang is not None else None)
    except CoachInputError as exc:
        return {"id": item_id, "error": f"line {lineno}: {exc}"}
    out = analysis.to_dict()
    return {
        "id": item_id,
        "lang": out["lang"],
        "findings": out["findings"],
        "elements": out["elements"],
        "score": out["score"],
        "explanation": out["explanation"],
    }
