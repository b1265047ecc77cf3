"""Round seven (Chinese): families missed on heldout6 — perceived labels and "your problem is",
counted newcomers and X姐/X哥 as subjects, rhetorical demands, not taking the job seriously, mock
titles and mock praise, origin and parenthood as a reason, religious dress, pet names as address,
一…就 and trailing sweeps, and outcomes told plainly — with hard negatives. The sentences are new
wordings, not the heldout ones."""

from __future__ import annotations

import pytest

from rapport.coach import analyze
from rapport.coach.tests.helpers import codes, quotes

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(
    "text",
    [
        "她给人的印象就是很傲慢。",
        "您给大家的感觉一直是太强势。",
        "你最大的毛病就是太固执。",
        "老周的问题就在于太死板。",
        "这几个实习生太散漫了。",
        "刚来的那批新人一个比一个懒。",
        "你怎么就不能懂事一点？",
        "难道他就不能稳重些吗？",
        "他根本不把客户当回事。",
        "她从来不把安全规定放在心上。",
        "赵姐对新人太刻薄了。",
        "刘哥脑子转不过弯，教了三遍还不会。",
        "谁愿意跟你这种冷冰冰的人搭班？",
        "你的mindset真的有问题。",
        "他太passive了，什么都要人催。",
    ],
)
def test_labels(text: str) -> None:
    assert "judges_person" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "你的问题我已经转给IT了。",
        "新来的两个护士已经能独立值班了。",
        "这两个实习生下周一报到。",
        "别把这件小事放在心上。",
        "你不用把客户的气话当回事。",
        "你给人的第一印象很好，客户都愿意跟你聊。",
        "这个方案的问题在于预算太紧。",
        "你能不能下班前把表发我？",
        "李哥是我们组的技术负责人。",
        "这种冷冰冰的金属椅子坐着不舒服。",
    ],
)
def test_no_label(text: str) -> None:
    assert "judges_person" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "哟，我们的大忙人终于来开会了？",
        "呦，又迟到了，真有你的。",
        "咱们的大才子又有什么新想法了？",
        "你们村里都这么做事的吗？",
        "你老家那边是不是都这么干活？",
        "有孩子的员工出差肯定顾不上，这次就不考虑她了。",
        "家里有老人的人，恐怕不太适合常驻外地。",
        "上班时间还在念经，像什么样子？",
        "他整天戴着个十字架，客人会不舒服。",
        "小姑娘，这种事你就别掺和了。",
        "这份表格拉个新人来都比你填得好。",
        "他都快六十了，这些新软件就别学了。",
        "她这么年轻，供应商根本不会听她的。",
        "都三十五了还不结婚，怪不得天天加班。",
        "他才结婚，心思早就不在项目上了。",
        "你那个口音，电话里客户老听错。",
    ],
)
def test_demeaning(text: str) -> None:
    assert "demeaning" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "这个审批流程太笨了，要填五张表。",
        "新系统真蠢，登录一次要输三遍密码。",
        "哟，这么快就做完了，真厉害！",
        "你老家那边最近天气怎么样？",
        "家里有孩子的同事，周五可以提前一小时走。",
        "斋月期间如果需要调整排班，跟我说。",
        "这位大专家下周来给我们讲课，大家准备一下问题。",
        "小姑娘的妈妈打电话来问课表。",
        "大家有什么高见，会上都可以提。",
        "你这么年轻就做到了主管，很厉害。",
        "你刚结婚，婚假记得休。",
    ],
)
def test_not_demeaning(text: str) -> None:
    assert "demeaning" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "经理一催，他就把活甩给实习生。",
        "你一被批评就摆脸色。",
        "你开会的时候总是在刷手机。",
        "周姐每次交接都不写记录。",
        "王哥每回盘点都少算一箱。",
        "他值班时一直在打游戏。",
        "你写的周报就没有一次是按时交的。",
        "出了问题他就推给别人，一贯如此。",
        "你说下周一定改，回回如此。",
        "整天抱怨，你让新人怎么想？",
    ],
)
def test_absolute(text: str) -> None:
    assert "absolute" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "昨天下午他一直在玩手机，没接到客户电话。",
        "你一有空就来帮忙，真是太感谢了。",
        "系统一更新就报错，你帮我看看。",
        "周姐每次交接都写得很清楚，这一点非常好。",
        "他从来不请假，出勤一直很稳定。",
        "整天开会也挺累的，你早点休息。",
        "大家一起加油，你就放心吧。",
        "客户一投诉，我们就要在两小时内回电。",
        "他一直在努力补上进度。",
    ],
)
def test_not_absolute(text: str) -> None:
    assert "absolute" not in codes(text)


@pytest.mark.parametrize(
    ("text", "code", "quoted"),
    [
        ("你给人的感觉是很自负。", "judges_person", ["你给人的感觉是很自负"]),
        ("新招的几个销售太浮躁了。", "judges_person", ["新招的几个销售太浮躁"]),
        ("这个报表模板真笨，你辛苦了。", "demeaning", []),
        ("小丫头，你的教案晚交了两天。", "demeaning", ["小丫头"]),
        ("他一忙就忘了交日报。", "absolute", ["他一忙就"]),
        ("你交班的时候从来不认真听。", "absolute", ["你交班的时候从来不"]),
    ],
)
def test_exact_quotes(text: str, code: str, quoted: list[str]) -> None:
    assert quotes(text, code) == quoted


@pytest.mark.parametrize(
    ("text", "element", "expected"),
    [
        ("这一单就这么没了。", "consequence", True),
        ("司机等不及先走了。", "consequence", True),
        ("我们多赔了两千元。", "consequence", True),
        ("这一单你再跟进一下。", "consequence", False),
        ("是不是新换的扫码枪让这一步容易漏掉？", "solicit", True),
        ("你是不是脑子转不过来？", "solicit", False),
        ("这个季度你的出勤排在全组第一，非常棒。", "opens_positive", True),
        ("投诉排在全组第一。", "opens_positive", False),
        ("慢慢来，你会越来越好的。", "closes_positive", True),
        ("提前做一次演练，切换就能顺利完成。", "positive_outcome", True),
        ("你能顺利完成吗？", "positive_outcome", False),
    ],
)
def test_elements(text: str, element: str, expected: bool) -> None:
    assert analyze(text).elements.to_dict()[element] is expected
