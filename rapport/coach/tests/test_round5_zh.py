"""Round five (Chinese): families of labels, remarks and sweeps missed on heldout4, with hard
negatives. The sentences are new wordings, not the heldout ones."""

from __future__ import annotations

import pytest

from rapport.coach import analyze
from rapport.coach.detect import detect_lang
from rapport.coach.tests.helpers import codes, quotes

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(
    "text",
    [
        # a good quality denied with a degree word
        "老周这个人一点都不靠谱。",
        "说句实话，你就是不够主动。",
        "小刘做事太不认真了。",
        "她越来越不像话了。",
        # conduct towards others
        "李主任对下属特别刻薄。",
        "您对新同事太不耐烦了吧。",
        "他对供应商很凶。",
        # groups and titles
        "你们这组人都很不专业。",
        "他们那几个人太散漫了。",
        "全组的人都太浮躁了。",
        "王师傅这人太固执了。",
        # the sweep and the label together
        "她每回都这么马虎。",
        "这帮新人一个比一个懒。",
        "她心眼太小了。",
        "你们销售部的人都很油滑。",
        # insults that name or address someone
        "这个蠢材又把报价单弄丢了。",
        "又把客户名字写错了，白痴！",
        "饭桶，仓库钥匙又忘带了？",
        # code-switching
        "你的 mindset 有问题。",
        "他真是个 loser。",
    ],
)
def test_labels(text: str) -> None:
    assert "judges_person" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "这个方案不够细致，请补充风险部分。",
        "你做得不够细致，我们一起再过一遍。",
        "他不太主动发言，下次评审我会先点他的名。",
        "他对新流程还不够熟悉，我已经安排了培训。",
        "你对客户太客气了，报价可以再坚持一下。",
        "他对自己太苛刻了，周末也在改方案。",
        "他们组的人都很专业。",
        "新系统太笨重了。",
        "这个废物回收方案下周上线。",
        "傻瓜相机已经很少见了。",
        "废物！这点事都做不好。",  # an exclamation names no one: demeaning only
        "你的 personality 很适合做销售。",
    ],
)
def test_no_label(text: str) -> None:
    assert "judges_person" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "姑娘家就别跑夜班了。",
        "男生就不要去做前台了。",
        "你一个女人，管得住这帮工人吗？",
        "一个大男人还为这点事掉眼泪。",
        "你最近又胖了，上镜不太好看。",
        "你该少吃点了。",
        "你这身材穿工装不合适。",
        "你家里有个宝宝，出差就算了吧。",
        "他家里有两个孩子，加班的事就别排他了。",
        "您都要退休了，这些新软件就别折腾了。",
        "你一把年纪了，还跟年轻人抢项目。",
        "你还太嫩了，这种客户轮不到你。",
        "你父母是怎么教你的？",
        "你家里人没教过你要守时吗？",
        "你读书读傻了吧？",
        "这点东西也记不住？",
        "你这个口音，打电话客户都听不清。",
        "你简直就是个 moron。",
    ],
)
def test_demeaning_remarks(text: str) -> None:
    assert "demeaning" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "女同事不用担心，停车场晚上有保安巡逻。",
        "老陈下个月退休，交接清单请你来整理。",
        "如果孩子生病了，你可以先请假回去照顾。",
        "她家里有个宝宝，所以我们给她安排了弹性的上班时间。",
        "这批货体积太大，电梯装不下。",
        "这也不会影响你的季度考核。",
        "你还年轻，多试几次没关系。",
        "客户的口音很重，你接电话时要耐心一点。",
        "我们部门的女同事都很能干。",
    ],
)
def test_no_demeaning_for_facts_and_support(text: str) -> None:
    assert "demeaning" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "每回盘点，他都少报几箱。",
        "每次交接班，小林都漏写记录。",
        "每次一有客户投诉，你就甩给售后。",
        "您每回都把报销单拖到月底才交。",
        "张经理每次都把评审会拖到晚上八点。",
        "每次都是你最后一个到会议室。",
        "你哪次汇报不是临时抱佛脚？",
        "他三天两头请假。",
        "他一到月底就找借口请假。",
        "你回回都这样。",
    ],
)
def test_absolutes(text: str) -> None:
    assert "absolute" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "今年每次季度复盘你都认真准备了，感谢。",
        "每次客户来访，你都安排得很周到。",
        "每次遇到难题，你可以先来找我。",
        "每次上线前，请你都跑一遍回归测试。",
        "每周一你都要提交周报。",
        "打印机每次都卡纸，我已经报修了。",
        "你哪天有空，我们一起过一下预算。",
        "你一有问题就可以来找我。",
        "你每次都这样认真，大家很放心。",
    ],
)
def test_no_absolute_for_praise_instructions_or_things(text: str) -> None:
    assert "absolute" not in codes(text)


@pytest.mark.parametrize(
    ("text", "code", "want"),
    [
        ("你就是不够上进。", "judges_person", ["你就是不够上进"]),
        ("张伟对客户太凶了。", "judges_person", ["张伟对客户太凶"]),
        ("你们这组人都很散漫。", "judges_person", ["你们这组人都很散漫"]),
        ("蠢货，样品又寄错了。", "judges_person", ["蠢货"]),
        ("这个笨蛋又发错货了。", "judges_person", ["这个笨蛋"]),
        ("你的 attitude 真的有问题。", "judges_person", ["你的 attitude 真的有问题"]),
        ("你家里有孩子，出差就别指望你了。", "demeaning", ["家里有孩子"]),
        ("每次客户催单，你都推给别人。", "absolute", ["每次客户催单，你都"]),
        ("您每次都把材料打回去。", "absolute", ["您每次都"]),
    ],
)
def test_finding_offsets(text: str, code: str, want: list[str]) -> None:
    assert quotes(text, code) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Great job on 上周的 audit，数据非常清楚。", "en"),
        ("You are the owner of 这个项目 from next sprint.", "en"),
        ("你的 attitude 真的有问题。", "zh"),
        ("The KPI dashboard 上线以后，客户投诉减少了30%。", "zh"),
        ("Q&A 环节你讲得很好，客户都听懂了。", "zh"),
    ],
)
def test_language_of_code_switched_text(text: str, want: str) -> None:
    assert detect_lang(text) == want


@pytest.mark.parametrize(
    ("text", "element", "want"),
    [
        ("我真的很感激你这周的付出。", "opens_positive", True),
        ("你是我们门店的顶梁柱。", "opens_positive", True),
        ("你这么快就上手了，真不容易。", "closes_positive", True),
        ("这个问题不容易解决。", "closes_positive", False),
        ("有不清楚的地方可以随时问我。", "closes_positive", True),
        ("我很看好你。", "closes_positive", True),
        ("病人家属非常不满，当场找了护士长。", "consequence", True),
        ("如果提前沟通，就不会出现这种情况。", "positive_outcome", True),
        ("周二你进场没戴安全帽，被监理当场记了一次违规。", "consequence", True),
        ("周末我们收到了两百多张工单。", "consequence", True),
        ("昨天样品寄错了地址，客户的展会没能用上。", "consequence", True),
        ("分批发布能让回滚的范围更小。", "positive_outcome", True),
        ("你觉得怎样能让交接会更容易参加？", "positive_outcome", False),
        ("你在会上说了“我们下周就能上线”，但计划是下个月。", "positive_outcome", False),
        ("你在会上说了“我们下周就能上线”，但计划是下个月。", "behavior", True),
        ("这次 demo 你讲得很清楚。", "behavior", True),
    ],
)
def test_elements(text: str, element: str, want: bool) -> None:
    assert getattr(analyze(text).elements, element) is want
