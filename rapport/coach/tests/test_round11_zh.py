"""Round eleven (Chinese, evaluator findings on heldout9): the brain as the quality judged
(脑子不太好使, …，可惜脑子不太够用), 傲/飘, 怎么还这么 + a label, a mind elsewhere (心思不在这儿),
a duty taken for a formality (你是不是以为…就是走走过场), a quality that "is just like that"
(态度就这样); sweeps with the object first (群里的通知从来不看), about a group's own work
(你们组填的表格一直都是乱的) or blaming the person every time (每次…都是因为他); gendered reproach
(你一个大小伙子), looks as an advantage, sarcastic standing (面子可真够大的), 你们这些派遣工;
consequences told plainly (免了单, 少了两个人, 去了别家, 往后推了, 我们很被动), a done step then a
result (图画清楚了，新人找货能快一半), and jabs that are not questions (有用吗？, 委屈什么委屈？) —
with hard negatives. Our own wording (no heldout9 sentence)."""

from __future__ import annotations

import pytest

from rapport.coach import analyze
from rapport.coach.evaluate import DATA_DIR, load
from rapport.coach.tests.helpers import assert_as_labelled, codes

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("小刘脑子不太好使，复杂的单子别交给他。", True),
        ("那个新来的保安，人倒是挺老实，就是脑子不太够用。", True),
        ("周医生人有点傲，护士们都不太敢问他。", True),
        ("你带了这么多新人，怎么还这么没耐心？", True),
        ("小唐这几个礼拜心思根本不在班上。", True),
        ("你是不是以为安全交底就是走走过场？", True),
        ("你这个人，态度就这样，说了也不改。", True),
        ("我脑子不太够用，这个公式你再给我讲一遍。", False),
        ("这台扫码枪不太灵光，换一台吧。", False),
        ("这个接口怎么还这么慢？", False),
        ("你觉得现在的周会是不是有点走过场？可以怎么改？", False),
        ("这套设备的精度就这样，再调也上不去。", False),
    ],
)
def test_labels(text: str, expected: bool) -> None:
    assert ("judges_person" in codes(text, "zh")) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("老陆太固执了，别人的建议从来不听。", True),
        ("你们组填的表格一直都是乱的。", True),
        ("每回项目卡住都是卡在你那儿。", True),
        ("她做事很踏实，上班从来不迟到。", False),
        ("你负责的那台服务器一直都有问题，厂家还没修好。", False),
        ("每次出差都是他开车，我们很感激。", False),
    ],
)
def test_sweeps(text: str, expected: bool) -> None:
    assert ("absolute" in codes(text, "zh")) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("你一个大小伙子，搬几箱水就喊累。", True),
        ("小杨那几单都是靠脸签的吧。", True),
        ("好大的架子，叫了三遍才下楼。", True),
        ("你们这些派遣工，干几个月就走，教了也白教。", True),
        ("你一个人值夜班辛苦了，有事打我电话。", False),
        ("这款新包装长得好看，卖得也好。", False),
        ("这些临时工的排班表下午发给我。", False),
    ],
)
def test_demeaning(text: str, expected: bool) -> None:
    assert ("demeaning" in codes(text, "zh")) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("上周六你把两桌的预订记混了，餐厅给客人免了单。", True),
        ("周三下午你让顾客等了二十分钟，她最后去了别家买。", True),
        ("上周的投标文件报价写错了一位，对方当场问起来，我们很被动。", True),
        ("6月12日的演练里，你没有按流程上报，虽然没有造成损失，但流程必须补上。", False),
    ],
)
def test_consequence(text: str, expected: bool) -> None:
    assert analyze(text, "zh").elements.consequence is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("值班表排好了，节假日就不用临时叫人，大家也更放心。", True),
        ("把术前核对这一步做扎实，你明年评主管护师只是时间问题。", True),
        ("报告交上去了，客户第二天就签了字。", False),
        ("下个月系统会有调整，操作手册你先看看。", False),
    ],
)
def test_positive_outcome(text: str, expected: bool) -> None:
    assert analyze(text, "zh").elements.positive_outcome is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("你说了那么多次下次注意，有用吗？", False),
        ("被说了两句就掉眼泪，委屈什么委屈？", False),
        ("周四你有三个电话没回。是不是那天事情太多来不及？", True),
        ("这半年你适应得很快，有什么想法随时找我聊。", True),
    ],
)
def test_solicit(text: str, expected: bool) -> None:
    assert analyze(text, "zh").elements.solicit is expected


@pytest.mark.parametrize("row", load(DATA_DIR / "round11_zh.jsonl"), ids=lambda r: str(r["id"]))
def test_round11_file(row: dict[str, object]) -> None:
    assert_as_labelled(row, "zh")
