"""Findings: every code in both languages, hard negatives, and exact offsets."""

from __future__ import annotations

import pytest

from rapport.coach import analyze
from rapport.coach.tests.helpers import codes, quotes


@pytest.mark.parametrize(
    "text",
    [
        "You are lazy.",
        "She is so disorganized.",
        "You're so careless with the numbers.",
        "He has a bad attitude.",
        "You aren't reliable.",
        "Mark is irresponsible with company money.",
    ],
)
def test_flags_character_label_in_english(text: str) -> None:
    assert "judges_person" in codes(text)


@pytest.mark.parametrize(
    "text", ["你太粗心了。", "他的态度有问题。", "你这个人不负责任。", "张伟太粗心了。"]
)
def test_flags_character_label_in_chinese(text: str) -> None:
    assert "judges_person" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "You are responsible for the onboarding project.",
        "You are the owner of the billing migration.",
        "She is on leave until March.",
        "You are great to work with.",
        "You are not lazy; the workload is too high.",
        "Your code was sloppy in the March release.",
        "你是这个项目的负责人。",
        "她在休产假。",
        "你很棒。",
        "你不懒，只是任务太多了。",
    ],
)
def test_roles_facts_and_praise_are_not_labels(text: str) -> None:
    assert "judges_person" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Even an intern could do this.",
        "That was a stupid mistake.",
        "For a woman, you're quite assertive.",
        "At your age you should know better.",
        "废物！",
        "你是猪脑子吗？",
        "你们外地人就是不守规矩。",
        "女人就是太情绪化。",
    ],
)
def test_flags_demeaning_remarks_in_both_languages(text: str) -> None:
    assert "demeaning" in codes(text)


@pytest.mark.parametrize(
    "text",
    ["The printer is useless.", "这个系统很笨重。", "我们采用滚动发布。", "笨鸟先飞，多练习。"],
)
def test_words_about_things_or_idioms_are_not_demeaning(text: str) -> None:
    assert "demeaning" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "You always miss deadlines.",
        "You never listen in meetings.",
        "Every time you present, you run over time.",
        "你从来不按时交周报。",
        "你总是迟到。",
        "每次开会你都玩手机。",
    ],
)
def test_flags_sweeping_generalisation_about_the_person(text: str) -> None:
    assert "absolute" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The report was never sent to the client.",
        "The server always restarts at 2am.",
        "You can always ask me for help.",
        "You never miss a deadline.",
        "报告从来没有发给客户。",
        "服务器总是在凌晨两点重启。",
        "他从来不迟到。",
        "他总是很积极地帮助新同事。",
    ],
)
def test_facts_machines_advice_and_praise_are_not_absolute(text: str) -> None:
    assert "absolute" not in codes(text)


@pytest.mark.parametrize(
    ("text", "code", "expected"),
    [
        ("Well, you are lazy.", "judges_person", "you are lazy"),
        ("Last week?? You always miss deadlines!", "absolute", "You always"),
        ("Honestly — even an intern could do this.", "demeaning", "even an intern could"),
        ("说实话，你太粗心了。", "judges_person", "你太粗心"),
        ("上周五，每次开会你都迟到。", "absolute", "每次开会你都"),
        ("你是废物。", "demeaning", "废物"),
    ],
)
def test_offsets_slice_the_original_text_exactly(text: str, code: str, expected: str) -> None:
    assert quotes(text, code) == [expected]


def test_every_finding_slices_to_non_blank_words() -> None:
    text = "You are lazy, you always miss deadlines and even an intern could do better. 你真笨。"
    for finding in analyze(text).findings:
        assert text[finding.start : finding.end].strip()
        assert 0 <= finding.start < finding.end <= len(text)


def test_finding_message_and_suggestion_follow_the_text_language() -> None:
    en = analyze("You are lazy.").findings[0]
    zh = analyze("你太粗心了。").findings[0]
    assert "You are lazy" in en.message
    assert "你太粗心" in zh.message
    assert any("\u4e00" <= ch <= "\u9fff" for ch in zh.suggestion)
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in en.message)


def test_mixed_text_runs_both_rule_sets() -> None:
    text = "Great demo today! 不过你太粗心了。 You always forget the notes."
    found = analyze(text).findings
    assert {(f.code, text[f.start : f.end]) for f in found} >= {
        ("judges_person", "你太粗心"),
        ("absolute", "You always"),
    }


# Generalised rule families (each in both languages).


@pytest.mark.parametrize(
    "text",
    [
        "He lacks basic professionalism.",
        "She has no sense of ownership.",
        "Your complete lack of commitment shows.",
    ],
)
def test_flags_lack_of_trait_in_english(text: str) -> None:
    assert "judges_person" in codes(text)


@pytest.mark.parametrize(
    "text", ["他缺乏基本的职业道德。", "你一点上进心都没有。", "她没有一点主见。"]
)
def test_flags_lack_of_trait_in_chinese(text: str) -> None:
    assert "judges_person" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "You lack access to the billing console.",
        "He has no experience with Terraform yet.",
        "你缺少测试环境的账号。",
        "他还没有带团队的经验。",
    ],
)
def test_lacking_a_thing_is_not_a_label(text: str) -> None:
    assert "judges_person" not in codes(text)


@pytest.mark.parametrize(
    "text", ["She's such a naysayer.", "He is a real hypocrite.", "You are hopelessly indecisive."]
)
def test_flags_person_type_nouns_and_trait_adjectives_in_english(text: str) -> None:
    assert "judges_person" in codes(text)


@pytest.mark.parametrize("text", ["他太优柔寡断了。", "你做人太虚伪。", "你比他还固执。"])
def test_flags_trait_adjectives_and_comparisons_in_chinese(text: str) -> None:
    assert "judges_person" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our dog could write better release notes.",
        "A six-year-old could plan this sprint.",
        "比小学生还慢。",
        "连我爸都比你会用Excel。",
    ],
)
def test_flags_comparative_belittling_in_both_languages(text: str) -> None:
    assert "demeaning" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Guys like you never last here.",
        "Folks from your part of the world are like that.",
        "Working mothers can't do the travel.",
        "男的就是不细心。",
        "老年人就是学不会新系统，干不了。",
        "给我闭嘴。",
    ],
)
def test_flags_remarks_about_groups_origin_and_family_in_both_languages(text: str) -> None:
    assert "demeaning" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Whenever the plan changes, you complain.",
        "Time after time, she skips the retro.",
        "一遇到问题你就推给别人。",
        "他写文档总是拖到最后。",
    ],
)
def test_flags_whenever_and_verb_phrase_generalisations(text: str) -> None:
    assert "absolute" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Whenever you need help, you can ask me.",
        "Whenever the build fails, the pipeline retries.",
        "他负责的服务器总是宕机。",
        "每当遇到困难，你都第一个站出来帮忙。",
    ],
)
def test_conditions_machines_and_praise_are_not_absolute(text: str) -> None:
    assert "absolute" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Every time you present, the room lights up.",
        "Whenever Sam reviews a pull request, the author learns something.",
        "Each time she runs the demo, the client is impressed.",
        "You always light up the room when you present.",
        "Whenever you need help, ask me.",
        "每次你做汇报，会议室的气氛都特别好。",
        "每次他讲解方案，客户都很满意。",
        "你每次讲完课，新人都说收获很大。",
        "一到上台演讲，你就让全场安静下来认真听。",
    ],
)
def test_every_time_clause_with_praise_or_advice_in_the_main_clause_is_not_absolute(
    text: str,
) -> None:
    assert "absolute" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Every time you join a customer call, the customer leaves more confused than before.",
        "Every time you speak in a meeting, people roll their eyes.",
        "Whenever he presents, everyone ends up frustrated.",
        "Whenever you run the retro, people go quiet.",
        "每次你主持会议，大家都很紧张。",
        "你每次发言，客户都会皱眉头。",
        "一到上台演讲，你就紧张得说不出话。",
    ],
)
def test_every_time_clause_with_a_complaint_in_the_main_clause_is_absolute(text: str) -> None:
    assert "absolute" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "一次回滚都没有发生过。",
        "版本回滚后服务恢复了。",
        "数据库回滚脚本是你写的。",
        "翻滚吧，数据！",
    ],
)
def test_rollback_and_other_words_containing_gun_are_not_insults(text: str) -> None:
    assert "demeaning" not in codes(text)


@pytest.mark.parametrize("text", ["你给我滚出去！", "这种错误你犯了三回了，滚吧。", "你真笨。"])
def test_standalone_one_character_insults_still_count(text: str) -> None:
    assert "demeaning" in codes(text)
