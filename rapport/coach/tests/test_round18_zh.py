"""Round eighteen (Chinese, on heldout17): frames with an open slot, each family written in our own
wording with hard negatives in the same frame (no heldout17 sentence or idiom).

Absolute: a free-choice "any" with 都 before a fault (凡事都差不多就行, 干什么都拖到最后, 跟谁都合不来;
not 什么活都抢着干, a machine that cuts any material, a rule for every operation); a recurrence
counted after a fault (…又写错了，这已经是第几次了？, 这都不是第一回了; not 不是她第一次拿到优秀);
又是你 + a fault (not 又是你值夜班, 又是你的客户写来了表扬信); a bare 老 before a slip inside a clause (盘点老算错; not 老家,
老记录, 老拖拉机, a printer that jams); one plan today and another tomorrow (not a weather forecast);
no word of criticism borne (半句都批评不得, 说一句能回三句); sarcasm at one good day (终于有一天没迟到,
also belittling; not 终于有一天没下雨); a habit mark before a degree and a one-character fault
(一向比较拖; not 一向比较稳, nor an interface that is slow); a habit of the person's things before
"你这人就是…" in the same sentence.
Labels: the attitude named and left hanging (你这种态度，…别想了; not 很端正, 我很欣赏); a nickname others
call the person, also belittling (叫她“慢半拍”; not 开心果, 小周, 王工, 故事姐姐); a group's breeding
dismissed (他们那帮外包的素质太差; not 素质很高); the one most at fault (就他最拖拉; not 最细心); a group's
fault pinned on the person (小年轻都沉不住气，你也一样; not a training everyone attends); tenure or a
degree as the yardstick of a fault, also belittling (做了五年会计，怎么连…？, 还是研究生呢; not 干了八年，
还是这么拼); a mistake not even a junior would make.
Belittling: family matters dismissed (家里那些烂事; not 家里有事先请假), a faith as the reason (not 信什么
教是他的自由), the person's body weighed against the work (not 腰好点了吗？), mothers' minds said to be on
the children, "only fit for" (也就配搬搬箱子; not an old computer, 只配合了一个部门), cleaning up after
the person said crudely (跟在你后面擦屁股). Also a way of thinking judged loose (思路太散; not a
draft's 思路), and work done only after being chased N times (都得我催了三四回才交; not parts inspected
three times). 不行就早说 ("if you can't") is no label."""

from __future__ import annotations

import pytest

from rapport.coach.evaluate import DATA_DIR, load
from rapport.coach.tests.helpers import assert_as_labelled, codes

pytestmark = pytest.mark.usefixtures("rules_only")


# A second batch, written after the fixes, in wordings the data file does not use.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("老樊跟谁都处不好关系。", {"absolute"}),
        ("她管什么都三分钟热度，什么事都敷衍。", {"absolute"}),
        ("你们几个凡事都往后推。", {"absolute"}),
        ("他跟谁都能说上几句，人缘很好。", set()),
        ("这款清洁剂什么污渍都能去掉。", set()),
        ("你又忘了签到，这已经不是第一次了。", {"absolute"}),
        ("又是你那边出了差错。", {"absolute"}),
        ("又是你拿了季度之星，恭喜。", set()),
        ("你写周报老漏项。", {"absolute"}),
        ("老漏的那根水管已经修好了。", set()),
        ("你今天一个主意，明天一个主意，下面的人怎么干？", {"absolute"}),
        ("菜单今天一个样，明天一个样，顾客挺新鲜。", set()),
        ("他说不得，一句都批评不得。", {"absolute"}),
        ("行啊，总算有一回没把单子送错。", {"absolute", "demeaning"}),
        ("总算有一天没堵车，准点到了。", set()),
        ("老庞做账一向比较乱。", {"absolute"}),
        ("老庞做账一向很细。", set()),
        ("她这态度，还想转正？", {"judges_person"}),
        ("她这态度，大家都很认可。", set()),
        ("车队里都管他叫“拖延大王”。", {"demeaning", "judges_person"}),
        ("同学们都叫他“小胖”。", set()),
        ("他们这群外包的素质真差。", {"judges_person"}),
        ("就她最磨蹭。", {"judges_person"}),
        ("九零后都吃不了苦，你也不例外。", {"demeaning", "judges_person"}),
        ("你当了三年班长，怎么还连排班表都排不明白？", {"demeaning", "judges_person"}),
        ("你当了三年班长，经验很丰富了。", set()),
        ("报告写成这样，亏你还是研究生呢。", {"demeaning", "judges_person"}),
        ("你家里那些破事，少往科室里带。", {"demeaning"}),
        ("家里的事安排好了就安心上班。", set()),
        ("她那个腰，外勤指望不上。", {"demeaning"}),
        ("她那个腰，记得多休息。", set()),
        ("你这工作态度一直很好。", set()),
        ("她那点本事，也就配端端盘子。", {"demeaning", "judges_person"}),
        ("这把旧伞也就配挡挡小雨。", set()),
        ("又得替他擦屁股，这单我来补。", {"demeaning"}),
        ("老范思维有点散，汇报抓不住重点。", {"judges_person"}),
        ("这个课件思路有点散。", set()),
        ("他的周报都要我催了好几遍才交。", {"absolute"}),
        ("样品都是烘了两次才合格。", set()),
    ],
)
def test_codes(text: str, expected: set[str]) -> None:
    assert codes(text, "zh") == expected


@pytest.mark.parametrize("row", load(DATA_DIR / "round18_zh.jsonl"), ids=lambda r: str(r["id"]))
def test_round18_file(row: dict[str, object]) -> None:
    assert_as_labelled(row, "zh")
