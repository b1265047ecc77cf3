"""The public service: input limits, empty text, language, score and explanation."""

from __future__ import annotations

import dataclasses

import pytest

from rapport.coach import MAX_CHARS, Analysis, CoachInputError, analyze, detect_lang


def test_empty_text_has_nothing_to_analyse() -> None:
    for text in ("", "   \n\t "):
        result = analyze(text)
        assert result.findings == []
        assert not any(result.elements.to_dict().values())
        assert result.score == 0
        assert "nothing to analyse" in result.explanation.lower()


def test_empty_chinese_text_explains_in_chinese() -> None:
    assert "没有可分析" in analyze("", lang="zh").explanation


def test_too_long_text_raises_coach_input_error() -> None:
    with pytest.raises(CoachInputError, match="limit"):
        analyze("a" * (MAX_CHARS + 1))
    assert analyze("a" * MAX_CHARS).lang == "en"


def test_non_string_input_raises_coach_input_error() -> None:
    with pytest.raises(CoachInputError, match="string"):
        analyze(None)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        analyze(b"bytes")  # type: ignore[arg-type]


def test_unknown_language_is_rejected() -> None:
    with pytest.raises(CoachInputError):
        analyze("hello", lang="fr")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("You missed the deadline.", "en"),
        ("你错过了截止时间。", "zh"),
        ("你的Q3 report写得很好，但是你总是迟交。", "zh"),
        ("Your 周报 was two days late last week, which delayed the update.", "en"),
        ("12345 !!!", "en"),
    ],
)
def test_detects_the_dominant_language(text: str, lang: str) -> None:
    assert detect_lang(text) == lang
    assert analyze(text).lang == lang


def test_given_language_is_used_for_messages() -> None:
    result = analyze("You are lazy.", lang="zh")
    assert result.lang == "zh"
    assert "贴标签" in result.findings[0].message


def test_analysis_is_frozen_and_to_dict_has_exact_keys() -> None:
    result = analyze("You are lazy. What do you think?")
    assert isinstance(result, Analysis)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.score = 5  # type: ignore[misc]
    d = result.to_dict()
    assert set(d) == {"lang", "findings", "elements", "score", "explanation"}
    assert set(d["findings"][0]) == {"code", "start", "end", "message", "suggestion"}
    assert set(d["elements"]) == {
        "behavior",
        "consequence",
        "solicit",
        "positive_outcome",
        "opens_positive",
        "closes_positive",
    }


def test_good_feedback_scores_high_and_labels_score_low() -> None:
    good = analyze(
        "Thanks for the launch work. On 3 May the report was two days late, which meant the "
        "review slipped. What happened from your side? Next time we can plan a buffer. I'm "
        "here to support you."
    )
    bad = analyze("You are lazy and you always miss deadlines.")
    assert good.score == 100
    assert bad.score == 0
    assert 0 <= bad.score <= good.score <= 100


def test_explanation_names_the_worst_finding_with_its_words() -> None:
    result = analyze("You always miss deadlines. Even an intern could do this.")
    assert "demeaning" in result.explanation
    assert "Even an intern could" in result.explanation
    assert "\n" not in result.explanation


def test_explanation_names_the_biggest_missing_element() -> None:
    result = analyze("Thanks for your help.")
    assert "concrete behaviour" in result.explanation
    assert "具体的行为" in analyze("谢谢你的帮助。").explanation


def test_analysis_is_deterministic() -> None:
    text = "你总是迟到，导致会议推迟。你怎么看？"
    assert analyze(text) == analyze(text)
