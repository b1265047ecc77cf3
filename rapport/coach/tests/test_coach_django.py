"""The coach's doors: the management command, POST /api/coach and the practice page."""

import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from rapport.coach import MAX_CHARS


def run_jsonl(lines: list[str]) -> list[dict]:
    out = io.StringIO()
    stdin = io.StringIO("\n".join(lines) + "\n")
    import sys

    real = sys.stdin
    sys.stdin = stdin
    try:
        call_command("coach", "--jsonl", stdout=out)
    finally:
        sys.stdin = real
    return [json.loads(line) for line in out.getvalue().splitlines() if line.strip()]


def test_the_command_answers_json_lines_in_order_with_the_contract_keys():
    results = run_jsonl(
        [
            json.dumps({"id": "a", "text": "You are lazy. You always miss the deadline."}),
            json.dumps({"id": "b", "text": "你从来不按时交报告。", "lang": "zh"}),
            json.dumps({"id": "c", "text": "Thanks for the clear report on Monday."}),
        ]
    )
    assert [r["id"] for r in results] == ["a", "b", "c"]
    for result in results:
        assert {"id", "lang", "findings", "elements", "score"} <= set(result)
        assert set(result["elements"]) == {
            "behavior",
            "consequence",
            "solicit",
            "positive_outcome",
            "opens_positive",
            "closes_positive",
        }
    assert {f["code"] for f in results[0]["findings"]} >= {"judges_person", "absolute"}
    assert results[1]["lang"] == "zh"
    assert results[2]["findings"] == []


def test_the_command_prints_a_readable_report_for_one_text():
    out = io.StringIO()
    call_command("coach", "You are lazy.", stdout=out)
    assert "judges_person" in out.getvalue() or "person" in out.getvalue().lower()
    assert "You are lazy" in out.getvalue()


def test_the_command_refuses_a_text_over_the_limit():
    with pytest.raises(CommandError):
        call_command("coach", "x" * (MAX_CHARS + 1), stdout=io.StringIO())


def test_the_api_returns_the_analysis_of_one_text(as_employee):
    response = as_employee.post(
        "/api/coach", {"text": "你太粗心了。"}, content_type="application/json"
    )
    body = response.json()
    assert response.status_code == 200
    assert body["lang"] == "zh"
    finding = body["findings"][0]
    assert finding["code"] == "judges_person"
    assert "你太粗心了。"[finding["start"] : finding["end"]]
    assert 0 <= body["score"] <= 100


def test_the_api_gives_a_clear_error_for_too_long_or_malformed_input(as_employee):
    too_long = as_employee.post(
        "/api/coach", {"text": "a" * (MAX_CHARS + 1)}, content_type="application/json"
    )
    assert too_long.status_code == 400 and str(MAX_CHARS) in too_long.json()["detail"].replace(
        ",", ""
    )
    bad_lang = as_employee.post(
        "/api/coach", {"text": "hi", "lang": "fr"}, content_type="application/json"
    )
    assert bad_lang.status_code == 422
    missing = as_employee.post("/api/coach", {}, content_type="application/json")
    assert missing.status_code == 422


def test_the_api_accepts_a_personal_token(org):
    from django.test import Client

    from rapport.people.services.tokens import api_token_issue

    _, token = api_token_issue(actor=None, user=org["employee"].user)
    response = Client().post(
        "/api/coach",
        {"text": "You never listen."},
        content_type="application/json",
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 200
    assert "absolute" in {f["code"] for f in response.json()["findings"]}


def test_the_practice_panel_highlights_the_words_and_shows_the_suggestion(as_manager):
    response = as_manager.post(
        reverse("coach:analyze"), {"text": "Good work on Monday. You are lazy."}
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert '<mark class="finding judges_person"' in page
    assert "You are lazy" in page.split('<mark class="finding judges_person"')[1]
    assert "→" in page


def test_the_practice_panel_is_in_chinese_for_a_chinese_user(org, as_manager):
    org["manager"].user.language = "zh-hans"
    org["manager"].user.save()
    page = as_manager.post(reverse("coach:analyze"), {"text": "他的态度有问题。"}).content.decode()
    assert "需要换个说法" in page
    assert "评价了人" in page


def test_the_practice_page_is_for_supervisors_and_hr(as_manager, as_employee):
    assert as_manager.get(reverse("coach:practice")).status_code == 200
    assert as_employee.get(reverse("coach:practice")).status_code == 403
