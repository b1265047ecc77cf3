"""Round six (Chinese): families missed on heldout5 — hard-to-work-with labels, belittling
comparisons, origin and accent, sweeps with any subject, and consequences told as plain outcomes
with no linking word — with hard negatives. The sentences are new wordings, not the heldout ones."""

from __future__ import annotations

import pytest

from rapport.coach import analyze
from rapport.coach.tests.helpers import codes, quotes

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(
    "text",
    [
        "他是个特别难共事的人。",
        "小赵这人真不好相处。",
        "您最近的工作态度很敷衍啊。",
        "她在例会上总是很傲慢。",
        "你这个性格真的不适合带团队。",
        "老孙做事太没条理了。",
    ],
)
def test_labels(text: str) -> None:
    assert "judges_person" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "这个项目很难推进，客户也不好合作。",
        "你这段时间很辛苦，谢谢。",
        "他是我们组的组长。",
        "你们90后就是吃不了苦。",  # a generation stereotype: demeaning, not a label
    ],
)
def test_no_label(text: str) -> None:
    assert "judges_person" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "年轻人懂什么，按我说的做。",
        "这种报表随便拉个实习生来都比你做得快。",
        "连扫地的都知道垃圾要分类，还要我教你？",
        "她家里三个孩子要管，出差就别派她了。",
        "你们老家的人是不是都这么犟？",
        "他这口方言普通话，客户根本听不懂。",
        "你们九零后就是吃不了苦。",
    ],
)
def test_demeaning(text: str) -> None:
    assert "demeaning" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "有不会的地方，我来教你。",
        "客户说话带点四川口音，你多确认几遍。",
        "这台打印机太胖了，放不进柜子。",
        "你这个年纪正适合多去一线锻炼。",
        "孩子发烧的话，你可以先回家，工作我来安排。",
        "你们那边的人手够吗？",
    ],
)
def test_not_demeaning(text: str) -> None:
    assert "demeaning" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "一遇到难缠的客户，小周就往后躲。",
        "不管开什么会，她都要迟到十分钟。",
        "每一份合同他都要打回去重做两次。",
        "你们运维组每次上线都出问题。",
        "你们 QA 团队每次 regression 都漏测。",
        "巡检表你根本就没认真填过一次。",
        "他时时刻刻都在抱怨排班。",
        "你们几个每次值夜班都偷懒。",
    ],
)
def test_absolute(text: str) -> None:
    assert "absolute" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "不管多晚，你都要先把交接单填好。",
        "每一份合同你都要让法务看一眼。",
        "每次周会，她都坐在前排认真记笔记。",
        "每次培训，他都坐第一排。",
        "他从来没漏过一次夜班巡查。",
        "他们团队每次都很准时。",
    ],
)
def test_not_absolute(text: str) -> None:
    assert "absolute" not in codes(text)


def test_offsets() -> None:
    assert quotes("一遇到难缠的客户，小周就往后躲。", "absolute") == ["一遇到难缠的客户，小周就"]
    assert quotes("巡检表你根本就没认真填过一次。", "absolute") == ["你根本就没认真填过一次"]
    assert quotes("他这口方言普通话，客户根本听不懂。", "demeaning") == ["他这口方言"]
    assert quotes("您最近的工作态度很敷衍啊。", "judges_person") == ["您最近的工作态度很敷衍"]


@pytest.mark.parametrize(
    "text",
    [
        "上周一你没按流程锁柜，第二天盘点下来少了三盒耗材。",
        "周五你提前下班了，有两位病人家属在护士站等了四十分钟。",
        "晚高峰你一直在后厨聊天，8号桌点的菜四十分钟没上，客人直接取消了订单。",
        "你把叉车停在坡道上没拉手刹，差点撞到卸货的工人。",
        "昨天你没回复供应商的邮件，对方财务直接拒付了首期款。",
        "你连着三周没交周报，小吴已经申请调岗了。",
    ],
)
def test_consequence(text: str) -> None:
    assert analyze(text).elements.consequence


@pytest.mark.parametrize(
    "text",
    [
        "以后客户等超过五分钟，请先去安抚一下。",
        "如果客户等得太久，请先去安抚一下。",
        "周三你在展会上给客户讲解了新产品。",
        "谢谢你上个月帮新人带班。",
    ],
)
def test_no_consequence(text: str) -> None:
    assert not analyze(text).elements.consequence


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("如果交接时两个人一起清点，早班就能按时开始发药。", True),
        ("哪怕只去掉一个环节，申请人也能早几天拿到证。", True),
        ("如果再迟到，就要扣绩效。", False),
        ("如果有问题，就来找我。", False),
        ("相信你下次会做得更好。", False),
    ],
)
def test_positive_outcome(text: str, want: bool) -> None:
    assert analyze(text).elements.positive_outcome is want
