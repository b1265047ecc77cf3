"""Round ten (Chinese): consequences told without a linking word (检查员当场扣了分, 整条线停了半小时,
奖金就泡汤了, 甲方干坐了二十分钟), 一向/向来/一直 about habits of any kind (only a fault makes a sweep),
一次 in a sweep is not an event, rhetorical jabs are not questions to the employee (你觉得这样像话吗？),
caring questions are (你是不是家里有什么事？), and mock praise after a fault (你可真是个人才, 真不愧是你)
— with hard negatives. Our own wording."""

from __future__ import annotations

import pytest

from rapport.coach import analyze
from rapport.coach.evaluate import DATA_DIR, load
from rapport.coach.tests.helpers import assert_as_labelled, codes

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(
    "text",
    [
        "他一向拖到最后一天才交材料。",
        "你向来听不进别人的意见。",
        "小周一向是能推就推，能躲就躲。",
        "你一直这样，说了多少遍都不改。",
        "你始终不肯承认自己的问题。",
        "你一直不听劝，出了事又怪别人。",
    ],
)
def test_habit_with_a_fault_is_absolute(text: str) -> None:
    assert "absolute" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "她一向很准时，从来没让大家等过。",
        "他一直负责夜班，这个月也还是他。",
        "他向来话不多，但关键时刻很靠得住。",
        "她一向对数据很敏感，这次的异常也是她先发现的。",
        "他一直想转岗做产品，我们下个月聊一聊。",
        "他一直没有放弃，最后把问题查清楚了。",
        "你一次也没请过假，真的很不容易。",
    ],
)
def test_habit_without_a_fault_is_not(text: str) -> None:
    assert codes(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "你可真是个人才，这么简单的表都能填错。",
        "三次提醒都没用，真不愧是你。",
        "又睡过头了？你可真行啊。",
        "又把客户名字写错了，真有你的。",
        "你可真会挑时候请假，偏偏赶在盘点这周。",
    ],
)
def test_mock_praise_is_demeaning(text: str) -> None:
    assert "demeaning" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "你真是个人才，这个方案帮我们省了一大笔钱。",
        "不愧是老员工，这么复杂的单子一次就做对了。",
        "真有你的，这么难的客户都被你拿下了。",
        "不愧是你，一个晚上就把方案改完了。",
        "你可真行，一个人把三个展台都搭好了。",
    ],
)
def test_real_praise_is_not(text: str) -> None:
    assert codes(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("上周五检查员来抽查，冷库温度记录是空的，检查员当场扣了五分。", True),
        ("你上个月的三张单子都没按时录入，这个月全组的奖金就泡汤了。", True),
        ("周三你换模具时没锁定电源，整条线停了半小时。", True),
        ("昨天的演示你没提前测试投影，甲方的人在会议室干坐了二十分钟。", True),
        ("上周二你没有核对批号，下游工厂整批拒收。", True),
        ("你周五下午没到岗，整个组陪着加班到十点。", True),
        ("这次展会的物料你寄晚了，展位空了整整一个上午。", True),
        ("上个月你的报价单算错了税点，公司倒贴了八千块。", True),
        ("生产线下周一停两天做检修，请提前安排。", False),
        ("如果检查员扣了分，你要第一时间告诉我。", False),
        ("系统下周三升级，请大家提前保存好资料。", False),
        ("团队这周的目标是把测试用例补齐。", False),
        ("周二你花了两天把新版手册写完了。", False),
    ],
)
def test_consequence_without_a_linking_word(text: str, expected: bool) -> None:
    assert analyze(text).elements.consequence is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("你觉得这样像话吗？", False),
        ("你好意思让同事替你收拾烂摊子吗？", False),
        ("你不觉得这样对其他人很不公平吗？", False),
        ("这种错误还要我提醒几次？", False),
        ("你觉得问题出在哪里？", True),
        ("你是不是家里有什么事？", True),
        ("是不是最近项目太多了，周报才晚交的？", True),
    ],
)
def test_rhetorical_and_caring_questions(text: str, expected: bool) -> None:
    assert analyze(text).elements.solicit is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("你一次也没有主动过。", False),
        ("每一次例会你都迟到。", False),
        ("培训你一次都没来过，这样不行。", False),
        ("上周三你迟到了一次，导致早班交接晚了十分钟。", True),
        ("你2号提交的报销单金额不对，财务把整批单子都打回来了。", True),
        ("你这个月第一次独立值夜班，处理得很好。", True),
    ],
)
def test_once_in_a_sweep_is_not_an_event(text: str, expected: bool) -> None:
    assert analyze(text).elements.behavior is expected


@pytest.mark.parametrize("row", load(DATA_DIR / "round10_zh.jsonl"), ids=lambda r: str(r["id"]))
def test_round10_file(row: dict[str, object]) -> None:
    assert_as_labelled(row, "zh")
