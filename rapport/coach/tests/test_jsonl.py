"""Batch JSON-lines processing: order, error lines, Unicode."""

from __future__ import annotations

import io
import json

from rapport.coach import MAX_CHARS, run_jsonl


def run(lines: list[str]) -> list[dict[str, object]]:
    out = io.StringIO()
    run_jsonl(io.StringIO("\n".join(lines) + "\n"), out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_writes_one_result_per_line_in_order() -> None:
    results = run(
        [
            json.dumps({"id": "a", "text": "You are lazy."}),
            json.dumps({"id": "b", "text": "你总是迟到。", "lang": "zh"}),
            json.dumps({"id": "c", "text": ""}),
        ]
    )
    assert [r["id"] for r in results] == ["a", "b", "c"]
    assert results[0]["findings"][0]["code"] == "judges_person"
    assert results[1]["lang"] == "zh"
    assert {"id", "lang", "findings", "elements", "score"} <= set(results[0])
    assert results[2]["score"] == 0


def test_bad_lines_become_error_lines_and_the_stream_goes_on() -> None:
    results = run(
        [
            "{not json",
            json.dumps({"id": "no-text"}),
            json.dumps({"id": "long", "text": "x" * (MAX_CHARS + 1)}),
            json.dumps({"id": "number", "text": 42}),
            json.dumps({"id": "ok", "text": "Thanks!"}),
        ]
    )
    assert [r["id"] for r in results] == [None, "no-text", "long", "number", "ok"]
    assert all("error" in r for r in results[:4])
    assert "limit" in str(results[2]["error"])
    assert "error" not in results[4]


def test_output_keeps_chinese_characters_unescaped() -> None:
    out = io.StringIO()
    run_jsonl(io.StringIO(json.dumps({"id": "z", "text": "你太粗心了。"}) + "\n"), out)
    assert "贴标签" in out.getvalue()
    assert "\\u" not in out.getvalue()
