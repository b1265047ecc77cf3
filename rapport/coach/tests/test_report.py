"""The readable text report."""

from __future__ import annotations

from rapport.coach import analyze, format_report


def test_report_quotes_the_offending_words_and_marks_elements() -> None:
    text = "You always miss deadlines. What do you think?"
    report = format_report(analyze(text), text)
    assert "“You always”" in report
    assert "absolute" in report
    assert "✓" in report and "✗" in report
    assert "Score: " in report
    assert analyze(text).explanation in report
    assert len(report.splitlines()) > 8


def test_report_is_in_chinese_for_chinese_text() -> None:
    text = "你太粗心了。"
    report = format_report(analyze(text), text)
    assert "“你太粗心”" in report
    assert "得分" in report


def test_report_without_findings_says_none() -> None:
    text = "Thanks for the demo on Monday."
    assert "none" in format_report(analyze(text), text)
