"""The learned second opinion: its features, its guards and its training."""

from __future__ import annotations

import pytest

from rapport.coach import analyze, lexicon_zh, model
from rapport.coach.tests.helpers import bench_script
from rapport.coach.text import sentence_spans


def _trainer():
    return bench_script("train_coach_model")


def test_english_features_are_words_and_word_pairs_with_the_subject_generalised():
    assert model.en_features("You are so lazy") == [
        "<2p>",
        "are",
        "so",
        "lazy",
        "<2p> are",
        "are so",
        "so lazy",
    ]
    assert model.en_features("She is")[0] == "<3p>"


def test_chinese_features_are_adjacent_character_pairs():
    assert model.zh_features("你太懒了") == ["你太", "太懒", "懒了"]


def test_the_shipped_weights_cover_both_languages_and_every_model():
    models = model._models()
    for lang in ("en", "zh"):
        assert set(models[lang]) == {*model.MODELLED, model.PRAISE, *model.ELEMENTS}
        assert set(model.MODELLED) == {"demeaning", "judges_person", "absolute"}
        for trained in models[lang].values():
            # L-BFGS fits a bias of several log-odds for the rarer codes
            assert -10 < trained.margin < 10
            assert len(trained.weights) > 500


@pytest.mark.parametrize(
    "text",
    [
        "You are great to work with.",
        "You are not lazy; the workload is too high.",
        "Your team is reliable.",
        "他们组的人都很认真。",
        "谢谢你一直这么靠谱。",
    ],
)
def test_praise_and_denied_labels_are_never_flagged_by_the_model(text: str):
    for code in model.MODELLED:
        assert model.flags(text, analyze(text).lang, code) == []
    assert analyze(text).findings == []


def test_running_sums_score_each_chinese_sentence_as_its_own_pairs_would():
    text = "你太懒了。女孩子就别去工地了！这次 demo 讲得很清楚，谢谢。"
    sentences = sentence_spans(text)
    codes = ("demeaning", "judges_person", "absolute")
    scores = [model._unpack(v, 3) for v in model._scores(text, "zh", sentences)]
    for lane, code in enumerate(codes):
        weights = model._models()["zh"][code].weights
        expected = [
            sum(weights.get(f, 0.0) for f in model.zh_features(text[s:e])) for s, e in sentences
        ]
        assert [v[lane] for v in scores] == pytest.approx(expected)


def test_packed_lanes_hold_negative_and_positive_sums_apart():
    packed = 2 * model._LANE**2 - 3 * model._LANE + 5  # lanes 5, -3, 2 (in units of 1e-4)
    assert model._unpack(packed, 3) == [0.0005, -0.0003, 0.0002]


@pytest.mark.parametrize(
    "text",
    [
        'A patient told me you were "a stupid, useless idiot", but I want to hear your side first.',
        'The driver called you "a useless idiot" on the radio, so tell me your side.',
        "客户在邮件里说：“你们这个女员工笨得要命，一点用都没有。”我想先听听你的说法。",
    ],
)
def test_a_quoted_insult_does_not_make_the_writers_words_demeaning(text: str):
    # Unmasked, the model would score the quote's words and flag the writer's own clause.
    assert [f.code for f in analyze(text).findings] == []


def test_a_model_finding_points_at_a_clause_of_its_sentence():
    sentence = "Honestly, working next to someone that negative drains the whole team."
    for start, end in model.flags(sentence, "en"):
        assert 0 <= start < end <= len(sentence)
        assert sentence[start:end] == sentence[start:end].strip()


@pytest.mark.parametrize("name", ["train_labels", "train_gradient"])
def test_training_is_deterministic_and_learns_the_telling_word(name: str):
    train = getattr(_trainer(), name)
    data = [(["<2p>", "are", "grumpy"], True), (["<2p>", "are", "here"], False)] * 6
    first = train(data)
    second = train(data)
    assert first == second
    _bias, weights = first
    assert weights["grumpy"] > 0 > weights["here"]


def test_label_training_counts_a_repeated_word_as_the_coach_sums_it():
    # The coach adds a word's weight once per occurrence; the fit must see the same counts.
    trainer = _trainer()
    data = [(["dull", "dull"], True), (["dull"], False), (["fine"], False)] * 6
    bias, weights = trainer.train_labels(data)
    twice = bias + 2 * weights["dull"]
    once = bias + weights["dull"]
    assert twice > 0 > once


def test_threshold_is_the_lowest_score_that_keeps_the_precision():
    trainer = _trainer()
    scored = [(0.9, True), (0.8, True), (0.7, True), (0.6, False), (0.5, True), (0.4, False)]
    cut, precision, recall = trainer.choose_threshold(scored, 0.8)
    assert cut == 0.5
    assert precision == pytest.approx(0.8)
    assert recall == 1.0


def test_the_label_model_finds_a_label_the_rules_do_not_know(monkeypatch: pytest.MonkeyPatch):
    text = "老王这人太轴了。"
    assert [f.code for f in analyze(text).findings] == ["judges_person"]
    monkeypatch.setattr(model, "MODELLED", ("demeaning",))
    assert analyze(text).findings == []


@pytest.mark.parametrize(
    "text",
    [
        "He is a buyer with suppliers in Spain.",
        "You are responsible for the onboarding project.",
        "他是我们组的质检员。",
        "你是这个项目的负责人。",
    ],
)
def test_roles_are_not_labels_for_the_model_either(text: str):
    assert analyze(text).findings == []


@pytest.mark.parametrize(
    ("text", "opens", "closes"),
    [
        ("你带新人很有一套。上周三的报价单少算了运费，客户退回重做。", True, False),
        ("上周三的报价单少算了运费，客户退回重做。你带新人很有一套。", False, True),
        (
            "You have a real knack for calming angry callers. Friday's invoice went out late.",
            True,
            False,
        ),
        (
            "Friday's invoice went out late. You have a real knack for calming angry callers.",
            False,
            True,
        ),
        ("上周三的报价单少算了运费。", False, False),
    ],
)
def test_the_praise_model_reads_the_bread_the_praise_words_miss(
    text: str, opens: bool, closes: bool
):
    elements = analyze(text).elements
    assert (elements.opens_positive, elements.closes_positive) == (opens, closes)


def test_the_praise_model_reads_what_the_praise_words_miss(monkeypatch: pytest.MonkeyPatch):
    from rapport.coach import praise

    part = "你带新人很有一套"
    assert model.is_praise(part, "zh")
    assert not praise.has_praise(part, lexicon_zh)


def test_a_label_is_never_bread_even_if_the_praise_model_likes_its_words():
    assert analyze("你这人太懒了。第三季度的报表晚交了两天。").elements.opens_positive is False


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("你太懒了。这次项目延期了，导致客户很不满意。下次请提前沟通，谢谢。", "zh"),
        ("You missed the deadline. The client was upset as a result. Thanks for the fix.", "en"),
    ],
)
def test_one_pass_scores_the_label_and_element_models_as_their_own_weights_would(text, lang):
    sentences = sentence_spans(text)
    whole = [(0, len(text))] if lang == "zh" else sentences
    per_sentence = [
        model._unpack(v, len(model._LANES)) for v in model._scores(text, lang, sentences)
    ]
    per_comment = model._unpack(sum(model._scores(text, lang, whole)), len(model._LANES))
    for lane, code in enumerate(model._LANES):
        weights = model._models()[lang][code].weights
        expected = [
            sum(weights.get(f, 0.0) for f in model.features(text[s:e], lang)) for s, e in sentences
        ]
        assert [v[lane] for v in per_sentence] == pytest.approx(expected)
        in_comment = sum(
            weights.get(f, 0.0) for s, e in whole for f in model.features(text[s:e], lang)
        )
        assert per_comment[lane] == pytest.approx(in_comment)
