"""The RE2 gate changes how fast the rules run, never what they find."""

from __future__ import annotations

import re

import pytest

from rapport.coach import lexicon_en, lexicon_zh
from rapport.coach.evaluate import DATA_DIR, load
from rapport.coach.prefilter import GatedPattern, compile_rule, may_match_within, to_re2
from rapport.coach.text import sentence_spans

GATED = [
    (f"{module.__name__[-2:]}.{name}", value)
    for module in (lexicon_en, lexicon_zh)
    for name, value in vars(module).items()
    if isinstance(value, GatedPattern)
]


def _texts() -> list[str]:
    texts: list[str] = []
    for path in sorted(DATA_DIR.glob("*.jsonl")):
        for row in load(path):
            text = str(row["text"])
            texts.append(text)
            texts.extend(text[s:e] for s, e in sentence_spans(text))
    # Long comments, so that the gate (which leaves short strings to ``re``) is exercised.
    texts.append(" ".join(t for t in texts[:400] if t.isascii()))
    texts.append("".join(t for t in texts[:400] if not t.isascii())[:5000])
    return texts


TEXTS = _texts()


def test_the_big_rules_of_both_languages_are_gated():
    names = {name for name, _ in GATED}
    assert {"en.CONSEQUENCE", "en._JUDGE", "zh.CONSEQUENCE", "zh.BEHAVIOR"} <= names


@pytest.mark.parametrize(("name", "gated"), GATED, ids=[name for name, _ in GATED])
def test_gated_rule_finds_exactly_what_re_finds(name: str, gated: GatedPattern):
    plain: re.Pattern[str] = gated._rx
    for text in TEXTS:
        assert [m.span() for m in gated.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], text
        middle = len(text) // 3
        expected = plain.search(text, middle, len(text) - 2)
        found = gated.search(text, middle, len(text) - 2)
        assert (found and found.span()) == (expected and expected.span()), text


def test_offsets_stay_character_offsets_in_mixed_script_text():
    rule = compile_rule(r"(?:" + "|".join(f"word{i}" for i in range(40)) + r")\b", re.IGNORECASE)
    assert isinstance(rule, GatedPattern)
    text = "你好，这是一个很长的中文句子，里面有英文 Word7 和 word12，还有更多中文字符在后面。" * 2
    assert [m.span() for m in rule.finditer(text)] == [
        m.span() for m in re.finditer(rule.pattern, text, re.IGNORECASE)
    ]
    assert [m.group() for m in rule.finditer(text)] == ["Word7", "word12"] * 2


def test_superset_drops_assertions_and_keeps_unicode_classes():
    assert to_re2(r"\bcat(?!s)(?<=t)") == "(?:cat)"
    assert to_re2(r"\w+\s\d", re.IGNORECASE).startswith(r"(?i:(?:[\p{L}\p{N}_]){1,}")
    assert to_re2(r"a{2,30}") == "(?:(?:a){2,})"


def test_a_superset_that_matches_everywhere_is_not_gated():
    tail = compile_rule("(?:" + "|".join(f"尾巴{i}" for i in range(60)) + "){0,3}$")
    assert not isinstance(tail, GatedPattern)


def test_may_match_within_rules_out_texts_without_the_words():
    solicit = lexicon_en.SOLICIT
    assert may_match_within(solicit, "The report went out on Friday. " * 3) is False
    assert may_match_within(solicit, "Tell me more about the delay, please. " * 3) is True
