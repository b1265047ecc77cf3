"""Round twenty (Chinese, on written20): frames with an open slot, each family written in our own
wording with hard negatives in the same frame (no written20 sentence or idiom), behind the one key
scan ``_r20_keys``.

Absolute: a daily habit with no subject right before it (还天天在仓库里刷手机, 一个小伙子，成天跟客户吵;
not 这周天天下雨, 每天都要交日报, 天天卖断货, 省得大家天天替他返工, a machine); a clash with anyone
(跟谁都能吵起来, 和哪个班组搭档都闹得不愉快; not 跟谁都聊得来, 跟谁说话都要客气, an interface); "it takes
me every time" (每回都得我去催你; not 每次都要我来签字); "never" after a clause that opens on the person
(他很内向，开会从来不发言; not 账目从来没出过错, 节假日也从来不休息, 货架从来不够用). Fixes: a habit the next
words praise (…，这一点做得很好; not 这一点很不好), the speaker's own reaction (每次盘点我都很头疼), 快递员
is no praise and 不同意见 no fault after 老是 / 从来不.
Labels: the attitude as what disappoints (你这种工作态度让我很寒心; not a supplier's, nor 很感动); all talk
(嘴上答应得挺痛快，真干起来就拖; not a customer's promise, nor 做得也很到位). Labels and belittling at once:
a place's good name turned against the person (都说东北人爽快，你怎么一点也不像？; not 你也喜欢吗？); a
disability asked (他是瞎了吗？, 你耳朵聋了吧; not 打印机是坏了吗？, a seat for a hard-of-hearing colleague);
thinking oneself the boss or cleverer (你是不是以为自己是老板…？; not 哪里进步最大？, 是不是太累了？); no
brains (就是不长脑子; not a robot, 忙得没脑子想别的, 你有没有脑子？ which stays belittling only).
Belittling: a background as the reason to expect little (一个中专毕业的，能把账记明白就谢天谢地了; not
the rain, thanks); "coast till you retire" (熬到退休就行; not 明年三月退休); an age compared with a
child (四十多岁的人了，还像个实习生似的丢三落四; not 还像小伙子一样有干劲); "you lot of X" before a fault
(你们这些搞设计的，一个比一个拖拉; not an instruction to the newcomers); a post given out of pity
(看在你腿脚不便，公司才留你…，别不知足; not 照顾你才给你调了白班，有困难随时说); 那副德行. Fixes:
pregnancy as the fact a roster is changed for, 垃圾转运站, a label denied (我不是说你不细心).
Elements: jabs asked as questions are no solicit (你让大家怎么放心？, 传出去别人怎么看我们？) and neither
is a request (你能再核一下…吗？; not 你能说一下原因吗？), nor is praise asked that way; a hand-off, a threat,
a belief in the person, a rule or a forecast of trouble promises no outcome (下次这种场合还是让小马去吧,
下回再让我看到，就…; not 这样财务就能一次收齐); praise passed on, an effect denied or only hoped for, 明明
白白 and 说明 are no consequence (大家都说你上手快; not 大家都说你讲话太急); a numbered building or bed and
the employee's words quoted are behaviour (你把5号楼的报修单漏派了; not 请把8栋的报修单处理一下), years in
the job are not; thanks for a big help, good wishes and gladness are praise (这回…真帮了我们大忙, 祝你
一切顺利，大家等你回来)."""

from __future__ import annotations

import pytest

from rapport.coach.evaluate import DATA_DIR, load
from rapport.coach.tests.helpers import assert_as_labelled, codes, elements, quotes

pytestmark = pytest.mark.usefixtures("rules_only")


# A second batch, written after the fixes, in wordings the data file does not use, and hard
# negatives a learned model also flags (the rules are pinned here).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("老彭还整天在车间里玩手机。", {"absolute"}),
        ("这个月整天刮风，塔吊停了好几次。", set()),
        ("她跟哪个客户打交道都起冲突。", {"absolute"}),
        ("他跟谁都合得来。", set()),
        ("老鲁性子太急，跟谁都能吵起来。", {"judges_person"}),
        ("巡检记录次次都要我来补，你签个字就走。", {"absolute"}),
        ("小祝很腼腆，培训课上从不提问。", {"absolute"}),
        ("他很稳重，操作规程从来没违反过。", set()),
        ("他从来不在车间里抽烟，这一点很规范。", set()),
        ("你这个学习态度真叫人失望。", {"judges_person"}),
        ("她嘴上应得很积极，事情一件没落实。", {"judges_person"}),
        ("听说山东人实在，你倒是一点也不像。", {"demeaning", "judges_person"}),
        ("你是瞎了吧？红灯亮着还往里开。", {"demeaning", "judges_person"}),
        ("你是不是当自己是领导？", {"demeaning", "judges_person"}),
        ("她一个单亲妈妈，能准时来上班就阿弥陀佛了。", {"demeaning"}),
        ("你就安安稳稳混到退休吧。", {"demeaning"}),
        ("三十好几了，还跟个毛头小子似的毛毛躁躁。", {"demeaning"}),
        ("他们这帮搞销售的，没一个靠得住。", {"demeaning"}),
        ("同情他身体不好才把他留在仓库，他还不知足。", {"demeaning"}),
        ("你这副熊样，还想当组长？", {"demeaning"}),
        ("王姐怀孕了，下周起她的夜班由小方代班。", set()),
        ("小区垃圾投放点下周调整位置。", set()),
        ("我没说你不认真，只是这份表格式不对。", set()),
        ("一个小伙子，成天跟客户吵，像话吗？", {"absolute"}),
        ("省得大家天天替他返工。", set()),
        ("合同每次都要我来签字，流程就是这样。", set()),
        ("每次盘点我都很头疼，账太乱了。", set()),
        ("你的态度让我很感动。", set()),
        ("扫地机器人没什么脑子，老撞墙。", set()),
        ("你也别折腾了，熬到退休就行。", {"demeaning"}),
        ("五十多岁了，还像小伙子一样有干劲。", set()),
        ("你们这些新来的，周一上午九点到三楼培训。", set()),
    ],
)
def test_codes(text: str, expected: set[str]) -> None:
    assert codes(text, "zh") == expected


@pytest.mark.parametrize(
    ("text", "code", "quote"),
    [
        ("老蒋跟谁都能吵起来，会上谁的话都不让。", "absolute", "跟谁都能吵起来"),
        ("老甘还天天在仓库里刷手机，货到现在没上架。", "absolute", "天天在仓库里刷手机"),
        ("他很内向，开会从来不发言。", "absolute", "开会从来不发言"),
        ("交接单又没签，每回都得我去催你。", "absolute", "每回都得我去催"),
        ("你这种工作态度让我很寒心。", "judges_person", "你这种工作态度让我很寒心"),
        ("他是瞎了吗？这么大的坑都看不见。", "judges_person", "他是瞎了吗"),
        ("你也别折腾了，熬到退休就行。", "demeaning", "熬到退休就行"),
        (
            "他一个中专毕业的，能把账记明白就谢天谢地了。",
            "demeaning",
            "中专毕业的，能把账记明白就谢天谢地了",
        ),
    ],
)
def test_quotes(text: str, code: str, quote: str) -> None:
    assert any(quote in found for found in quotes(text, code, "zh"))


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("周一的盘点表里有三个货位数量对不上。你能再核一下这三个货位吗？", "behavior", True),
        ("周一的盘点表里有三个货位数量对不上。你能再核一下这三个货位吗？", "consequence", False),
        ("周一的盘点表里有三个货位数量对不上。你能再核一下这三个货位吗？", "solicit", False),
        (
            "周一的盘点表里有三个货位数量对不上。你能再核一下这三个货位吗？",
            "positive_outcome",
            False,
        ),
        ("周一的盘点表里有三个货位数量对不上。你能再核一下这三个货位吗？", "opens_positive", False),
        (
            "周一的盘点表里有三个货位数量对不上。你能再核一下这三个货位吗？",
            "closes_positive",
            False,
        ),
        ("周一的盘点表里有三个货位数量对不上。你能说一下当时是怎么盘的吗？", "behavior", True),
        ("周一的盘点表里有三个货位数量对不上。你能说一下当时是怎么盘的吗？", "consequence", False),
        ("周一的盘点表里有三个货位数量对不上。你能说一下当时是怎么盘的吗？", "solicit", True),
        (
            "周一的盘点表里有三个货位数量对不上。你能说一下当时是怎么盘的吗？",
            "positive_outcome",
            False,
        ),
        (
            "周一的盘点表里有三个货位数量对不上。你能说一下当时是怎么盘的吗？",
            "opens_positive",
            False,
        ),
        (
            "周一的盘点表里有三个货位数量对不上。你能说一下当时是怎么盘的吗？",
            "closes_positive",
            False,
        ),
        (
            "上周五的招商会上，你介绍产品时把价格说错了两次，客户当场追问。下次这种场合还是让小马去吧。",
            "behavior",
            True,
        ),
        (
            "上周五的招商会上，你介绍产品时把价格说错了两次，客户当场追问。下次这种场合还是让小马去吧。",
            "consequence",
            True,
        ),
        (
            "上周五的招商会上，你介绍产品时把价格说错了两次，客户当场追问。下次这种场合还是让小马去吧。",
            "solicit",
            False,
        ),
        (
            "上周五的招商会上，你介绍产品时把价格说错了两次，客户当场追问。下次这种场合还是让小马去吧。",
            "positive_outcome",
            False,
        ),
        (
            "上周五的招商会上，你介绍产品时把价格说错了两次，客户当场追问。下次这种场合还是让小马去吧。",
            "opens_positive",
            False,
        ),
        (
            "上周五的招商会上，你介绍产品时把价格说错了两次，客户当场追问。下次这种场合还是让小马去吧。",
            "closes_positive",
            False,
        ),
        ("你做的排班表井井有条，老师们一看就懂。下学期请继续按这个格式排。", "consequence", False),
        ("你做的排班表井井有条，老师们一看就懂。下学期请继续按这个格式排。", "solicit", False),
        (
            "你做的排班表井井有条，老师们一看就懂。下学期请继续按这个格式排。",
            "positive_outcome",
            False,
        ),
        (
            "你做的排班表井井有条，老师们一看就懂。下学期请继续按这个格式排。",
            "opens_positive",
            True,
        ),
        (
            "你做的排班表井井有条，老师们一看就懂。下学期请继续按这个格式排。",
            "closes_positive",
            False,
        ),
        (
            "上周二你把仓库的温度记录漏填了两天，质检因此退回了整批记录。这样的事传出去别人怎么看我们？",
            "solicit",
            False,
        ),
        ("你交的盘点表里有两处数字对不上。你能先把这两处改一下吗？", "solicit", False),
        ("你交的盘点表里有两处数字对不上。你能说一下原因吗？", "solicit", True),
        (
            "上周五你把两箱样品放错了冷库，整批只能报废。下个月再让我看到，就按规定处理。",
            "positive_outcome",
            False,
        ),
        (
            "上周五你把两箱样品放错了冷库，整批只能报废。下次入库前先核对标签，这样就能一次放对。",
            "positive_outcome",
            True,
        ),
        ("大家都说你很细心。下周的盘点想请你带一带新来的小葛。", "consequence", False),
        ("大家都说你讲话太急。下周的盘点想请你带一带新来的小葛。", "consequence", True),
        ("你把3号楼的电梯卡弄丢了。物业那边要补办。", "behavior", True),
        ("请把3号楼的电梯卡交回物业。有问题随时找我。", "behavior", False),
        (
            "上周的对账单你提前两天就交了，财务很快就结清了。这次真帮了大忙。",
            "closes_positive",
            True,
        ),
    ],
)
def test_elements(text: str, name: str, expected: bool) -> None:
    assert elements(text)[name] is expected


@pytest.mark.parametrize("row", load(DATA_DIR / "round20_zh.jsonl"), ids=lambda r: str(r["id"]))
def test_round20_file(row: dict[str, object]) -> None:
    assert_as_labelled(row, "zh")
