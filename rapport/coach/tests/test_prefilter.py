"""The RE2 gate changes how fast the rules run, never what they find."""

from __future__ import annotations

import re

import pytest
import re2  # type: ignore[import-untyped]

from rapport.coach import lexicon_en, lexicon_zh
from rapport.coach.evaluate import DATA_DIR, load
from rapport.coach.prefilter import (
    CATEGORY_RANGES,
    NARROW_CATEGORY_RANGES,
    PLACEHOLDER,
    GatedPattern,
    compile_rule,
    may_match_within,
    narrow_bytes,
    to_re2,
)
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
    english = " ".join(t for t in texts[:400] if t.isascii())
    texts.append(english)
    texts.append("".join(t for t in texts[:400] if not t.isascii())[:5000])
    # Accented letters glued to words, and letters that ``re`` folds to "k" and "s" when
    # ignoring case, which RE2's ASCII word boundary does not see as letters.
    texts.append(english.replace(" ", " é").replace("-", "ü"))
    texts.append(english.replace("k", "\u212a").replace("s", "\u017f"))
    return texts


TEXTS = _texts()


def test_the_big_rules_of_both_languages_are_gated():
    names = {name for name, _ in GATED}
    assert {"en.CONSEQUENCE", "en._JUDGE", "zh._PERSONAL", "zh.BEHAVIOR"} <= names


def test_a_big_rule_whose_matches_start_with_few_letters_stays_plain_re():
    # re rejects nearly every position at its first character; RE2 would cost more on new text.
    assert isinstance(lexicon_zh.CONSEQUENCE, re.Pattern)
    numbered = "|".join(f"你{i}号" for i in range(60))
    assert isinstance(compile_rule(numbered), re.Pattern)
    assert isinstance(compile_rule(numbered + "|x号|I号"), re.Pattern)
    assert isinstance(compile_rule(numbered + "|x号|I号|W号"), GatedPattern)
    assert isinstance(compile_rule(r"\w+" + numbered), GatedPattern)  # may start anywhere


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
    words = "|".join(f"word{i}" for i in range(40))
    rule = compile_rule(rf"(?:{words}|apple|berry)\b", re.IGNORECASE)
    assert isinstance(rule, GatedPattern)
    text = "你好，这是一个很长的中文句子，里面有英文 Word7 和 word12，还有更多中文字符在后面。" * 2
    assert [m.span() for m in rule.finditer(text)] == [
        m.span() for m in re.finditer(rule.pattern, text, re.IGNORECASE)
    ]
    assert [m.group() for m in rule.finditer(text)] == ["Word7", "word12"] * 2


def test_superset_drops_assertions_it_cannot_keep():
    assert to_re2(r"cat(?!s)(?<=t)\b") == "(?:cat)"
    assert to_re2(r"a{2,30}") == "(?:(?:a){2,})"


@pytest.mark.parametrize("category", sorted(CATEGORY_RANGES, key=str), ids=str)
def test_superset_ranges_hold_every_code_point_of_their_category(category):
    pattern = re.compile(
        {"CATEGORY_DIGIT": r"\d", "CATEGORY_WORD": r"\w", "CATEGORY_SPACE": r"\s"}[str(category)]
    )
    ranges = CATEGORY_RANGES[category]
    members = [code for code in range(0x110000) if pattern.match(chr(code))]
    assert all(any(low <= code <= high for low, high in ranges) for code in members)


def test_superset_categories_leave_out_chinese_characters_and_punctuation_where_they_can():
    assert re2.search(to_re2(r"\w"), "你")
    for category in (r"\d", r"\s"):
        assert not re2.search(to_re2(category), "你好，谢谢。")
    assert not re2.search(to_re2(r"\w"), "，。、《》（）！？")


def test_superset_negated_classes_exclude_only_ascii_members():
    assert to_re2(r"[^\w-]") == r"(?:[^0-9A-Z\x{5f}a-z\x{2d}])"
    assert to_re2(r"\W") == r"(?:[^0-9A-Z\x{5f}a-z])"


def test_superset_keeps_a_word_boundary_only_before_ascii_word_characters():
    # RE2's word boundary knows ASCII word characters only; before one, it agrees with re's.
    assert to_re2(r"\b(?:cat|dog)s?\b") == r"(?:\b(?:cat|dog)(?:s){0,1})"
    assert to_re2(r"\b(?:é|cat)") == r"(?:(?:\x{e9}|\bcat))"
    optional_article = to_re2(r"\b(?:the\s+)?cat")
    assert optional_article.startswith(r"(?:\b(?:the") and optional_article.endswith("cat)")
    assert "\\b" not in to_re2(r"\b\w+")
    # A look-behind is dropped, and the boundary before it holds for the word after it.
    assert to_re2(r"\b(?<!you\s)(?:waited|sat)") == r"(?:\b(?:waited|sat))"


def test_gate_with_word_boundaries_still_finds_letters_that_fold_to_ascii():
    kids = "|".join(f"kid{i}" for i in range(40))
    rule = compile_rule(rf"\b(?:{kids}|apple|berry)\b", re.I)
    assert isinstance(rule, GatedPattern)
    text = "Stop calling the new starter a \u212aid7 in the stand-up, it is not a nickname. " * 2
    spans = [m.span() for m in rule.finditer(text)]
    assert spans == [m.span() for m in re.finditer(rule.pattern, text, re.I)]
    assert [text[s:e] for s, e in spans] == ["\u212aid7"] * 2


def test_a_superset_that_matches_everywhere_is_not_gated():
    tail = compile_rule("(?:" + "|".join(f"尾巴{i}" for i in range(60)) + "){0,3}$")
    assert not isinstance(tail, GatedPattern)


def test_may_match_within_rules_out_texts_without_the_words():
    solicit = lexicon_en.SOLICIT
    assert may_match_within(solicit, "The report went out on Friday. " * 3) is False
    assert may_match_within(solicit, "Tell me more about the delay, please. " * 3) is True


def test_narrow_bytes_hold_one_byte_per_character_of_text_without_letters_beyond_latin1():
    assert narrow_bytes("plain text") == b"plain text"
    assert narrow_bytes("café – you’ll") == "café \x80 you\x80ll".encode("latin-1")
    text = "You’ll be fine — it’s “only” €5, café"
    assert len(narrow_bytes(text) or b"") == len(text)
    for wide in ("他说 you’ll", "Ὀδυσσεύς", "１２ pages", "tab\u3000space"):
        assert narrow_bytes(wide) is None


def test_narrow_categories_are_res_own_up_to_latin1():
    for category, ranges in NARROW_CATEGORY_RANGES.items():
        pattern = re.compile(
            {"CATEGORY_DIGIT": r"\d", "CATEGORY_WORD": r"\w", "CATEGORY_SPACE": r"\s"}[
                str(category)
            ]
        )
        members = {code for code in range(0x100) if pattern.match(chr(code))}
        assert members == {code for low, high in ranges for code in range(low, high + 1)}
        assert not pattern.match(chr(PLACEHOLDER))


def test_rules_without_chinese_get_a_narrow_superset_and_rules_with_it_do_not():
    assert lexicon_en.CONSEQUENCE._narrow is not None  # type: ignore[attr-defined]
    chinese = [gated for name, gated in GATED if re.search("[\u4e00-\u9fff]", gated.pattern)]
    assert chinese and all(gated._narrow is None for gated in chinese)


def test_narrow_superset_keeps_latin1_and_reads_every_other_character_as_the_placeholder():
    assert to_re2(r"you['’]ll|caf[ée]", narrow=True) == (
        r"(?:(?:you[\x{27}\x{80}]ll|caf[\x{e9}\x{c9}e]))"
    )
    assert to_re2(r"\s", narrow=True) == r"(?:[\x{9}-\x{d}\x{1c}-\x{20}\x{85}\x{a0}])"
    # A class that excludes a character beyond Latin-1 excludes nothing in the superset.
    assert to_re2(r"[^’]", narrow=True) == r"(?:(?s:.))"
    # RE2's Latin-1 mode folds ASCII letters only: the other case of "é" is spelled out. The long
    # s and the Kelvin sign match "s" and "k" when ignoring case; so must the superset.
    assert to_re2("É", narrow=True) == r"(?:[\x{c9}\x{e9}])"
    assert to_re2("\u017f", narrow=True) == r"(?:[\x{80}Ss])"


@pytest.mark.parametrize(
    "text",
    [
        "We agreed you’ll send the CAFÉ menu by Friday, and you'll ring the supplier. " * 2,
        "周五的会上 you’ll present the café figures — 然后 you'll call them. " * 2,
        "ÉCOLE STRASSE straße \u1e9e \u017fend the Ca\u212aE note, ſo you’ll know. " * 2,
        "You’ll find the “café” note — send it, ÿes, by €5 per cake. " * 2,
    ],
)
def test_a_narrow_gated_rule_finds_exactly_what_re_finds(text: str):
    words = "|".join(f"word{i}" for i in range(40))
    rule = compile_rule(rf"\b(?:{words}|you['’]ll\s+\w+|caf[ée]|stra(?:ss|ß)e|send|cake)\b", re.I)
    assert isinstance(rule, GatedPattern) and rule._narrow is not None
    assert [m.span() for m in rule.finditer(text)] == [
        m.span() for m in re.finditer(rule.pattern, text, re.I)
    ]
    assert rule.findall(text)
