"""Round four: the categories an independent evaluator found on heldout3, in both languages."""

from __future__ import annotations

import pytest

from rapport.coach import analyze
from rapport.coach.tests.helpers import codes


@pytest.mark.parametrize(
    "text",
    [
        "Honestly, he is one of the most careless people in the office.",
        "She's the kind of person who always blames others.",
        "You're not a people person.",
        "Everyone on your shift is sloppy.",
        "她们部门的人都很浮躁。",
        "这帮人太懒了。",
        "You moron, read the spec.",
        "你是猪吗？",
        "他脑子有病吧。",
        "Honestly 他这个人太 arrogant 了。",
        "He is so 马虎, nobody trusts his numbers.",
    ],
)
def test_labels_beyond_you_are_adjective(text: str) -> None:
    assert "judges_person" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "He's the kind of person who helps everyone.",
        "Your team is reliable.",
        "他们组的人都很认真。",
        "你养的猪很肥。",
    ],
)
def test_no_label_for_praise_or_things(text: str) -> None:
    assert "judges_person" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "No one cares what you think, just ship it.",
        "He's simply not bright enough for this team.",
        "With two small kids at home, she can't commit to this.",
        "He looks too old to learn the new stack.",
        "你一个农村来的，懂什么？",
        "她都五十多了，还学什么新系统。",
    ],
)
def test_belittling_and_personal_remarks(text: str) -> None:
    assert "demeaning" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        'The client wrote, "Your team is always late."',
        '"You people are useless," the caller shouted.',
        "客户在电话里说：“你们的人总是迟到。”",
    ],
)
def test_reported_speech_is_not_the_writers_judgement(text: str) -> None:
    assert codes(text) == set()


@pytest.mark.parametrize("text", ['I told him, "you are lazy."', "我跟他说：“你太懒了。”"])
def test_the_writers_own_quoted_words_still_count(text: str) -> None:
    assert "judges_person" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "She never escalates until the customer is furious.",
        "只要一忙起来，他就不回消息。",
        "你做事太马虎了。每次提交代码都有bug。",
        "他 never 回复 邮件。",
    ],
)
def test_absolutes_in_other_shapes(text: str) -> None:
    assert "absolute" in codes(text)


@pytest.mark.parametrize(
    "text",
    ["你每天都要提交日报。", "只要有问题，你就可以找我。", "这台机器每次开机都要预热。"],
)
def test_no_absolute_for_instructions_or_machines(text: str) -> None:
    assert "absolute" not in codes(text)


def test_code_switched_chinese_is_detected_as_chinese() -> None:
    assert analyze("你 always 迟交 weekly report。").lang == "zh"
    assert analyze("She's on maternity leave; 她的工作由李娜接手。").lang == "en"


@pytest.mark.parametrize(
    "text",
    [
        "On Friday the invoice went out twice. We received three complaints from the buyer.",
        "The change broke checkout for about 200 users on Monday.",
        "上周三你漏扫了两托货。仓库多花了半天重新盘点。",
        "3月的报价用了旧价格，500件全部被退回。",
    ],
)
def test_consequence_without_a_linking_word(text: str) -> None:
    assert analyze(text).elements.consequence


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Going forward, two approvals are required on payment code.", False),
        ("以后调整参数必须记录在交接本上。", False),
        ("If we automate the check, releases will be faster and safer.", True),
        ("修正后，下一期的复核应该会顺利很多。", True),
        ("照这样下去，我们有望拿到年度奖。", True),
    ],
)
def test_positive_outcome_is_a_result_not_a_rule(text: str, want: bool) -> None:
    assert analyze(text).elements.positive_outcome is want


@pytest.mark.parametrize(
    "text", ["Good effort this quarter.", "You have real potential.", "有你在我很放心！"]
)
def test_short_praise_counts(text: str) -> None:
    assert analyze(text).elements.opens_positive


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("How did the old contract end up in the shared folder?", True),
        ("我想先听听他自己怎么看。", True),
        ("有什么困难随时找我。", False),
        ("Why are you always late?", False),
    ],
)
def test_solicit(text: str, want: bool) -> None:
    assert analyze(text).elements.solicit is want
