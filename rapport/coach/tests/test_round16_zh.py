"""Round sixteen (Chinese, evaluator findings on heldout14): frames with an open slot, each family
written in our own wording with hard negatives in the same frame (no heldout14 sentence or idiom).

Labels: a capacity rated with mock concern (执行力让人捉急, 理解能力欠费, 沟通能力不在线; not 这部纪录片很
感人, 业绩令人担忧); 不会做人 and the people-pleaser nouns (和事佬, 好好先生); a person noun as the
subject (这小伙子, 这姑娘, 那小子); a life stage between the person and the label (岁数大了); 不太适合
做/当 (not a car or a venue); a frank-talk opener before a contrast (说实话，小聂点子是多，可是…); a
domain after 典型的 (典型的职场和事佬; not 职场新人) and 永远 / 始终 between the person and the label; an
outlook judged old-fashioned (思想太保守, 观念陈旧; not 装修风格比较保守); work taken for play (觉得来公司
就是来混日子的, 把车间当网吧; not children at a fun fair, 把公司当成自己家一样爱护); "can't, or won't?"
(你是记不住流程还是根本懒得记？; not a choice of day or a question about the system); excuses
outnumbering results (理由比业绩还多, 牢骚比干的活多).
Absolute: not once done right, the person anywhere before it (让你出个排班表，就没有一次是准时的; not a
printer, nor 没有一次是她的责任); 从来都是 / 向来都是 / 一贯是 before a fault (not 从来都是第一个到岗) and
从来听不进 / 记不住; a duty never done (出了差错从来不认错; not 从来不用人教); idioms of indifference
(一向袖手旁观); the person's patch (你这边总是出乱子, 每回抽检都是他那块出问题; not 拿第一, 最干净); which
time was it ever done right (你哪次交的报表是填全了的？); a subjectless habit said with exasperation
(隔三差五迟到，这都第几次了？; not 停电); an act, a task or advice as the topic before a sweep in a
sentence the person opens (老甘是新来的，跟供应商谈价总是讲不清楚; 领导的建议从来听不进去).
Belittling: congratulations on a record of faults (返工单又破纪录了，恭喜恭喜; not 投诉单减少了一半，
可喜可贺, nor 恭喜你通过考核，不过…); shame asked with 倒 / 居然 / 也好意思; a leisure perk offered
(要不要给你搬张床来？; not 配个帮手); the post held (别占着位子, 不养闲人; not 车位, 医院不是慈善机构 with no
person); a child's work better than this; a group "all like that" (九零后嘛，都这德性; not 新软件嘛，
都这样); an age as a reproach with no name (都四十多了还…？; not 都五十了还坚持…，真佩服, 三十多度);
pregnancy mentioned with thanks is no remark (怀孕期间还坚持上完了…，谢谢你); 年纪轻轻就 + an achievement
is praise. Fixed on the way: 没有一次是她的责任 clears the person, 从来不用人教 / 从来不跟人计较 and 哪回不是
第一个到的 are praise, 从来不认错 is a duty never done. Elements: 不能因为这个拖 is an order, not an effect;
下个季度再垫底就自己看着办吧 is a threat, not an outcome; the words of a formal review (业务过硬, 出勤良好,
严格遵守) and a skill granted before a "but" (你装货是快，但…) open on praise, 业务还不够熟练 does not."""

from __future__ import annotations

import pytest

from rapport.coach.evaluate import DATA_DIR, load
from rapport.coach.tests.helpers import assert_as_labelled, codes

pytestmark = pytest.mark.usefixtures("rules_only")


# A second batch, written after the fixes, in wordings the data file does not use.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("小庞的表达能力实在捉急，汇报十分钟没说到重点。", {"judges_person"}),
        ("他的专业能力一向很扎实。", set()),
        ("这小伙子太傲，谁的话都不听。", {"judges_person"}),
        ("老谢岁数大了，思想太僵化，新流程一概抵触。", {"demeaning", "judges_person"}),
        ("这把椅子太笨重，不太适合放会议室。", set()),
        ("坦白讲，小欧干活是卖力，可就是太马虎。", {"judges_person"}),
        ("他把岗位当疗养院，一坐一整天什么也不干。", {"absolute", "judges_person"}),
        ("你是学不会还是根本不想学？", {"judges_person"}),
        ("你是要红色的还是要蓝色的？", set()),
        ("阿斌说的比做的还好听。", {"judges_person"}),
        ("托你办的事，就没有一回是利索的。", {"absolute"}),
        ("他交的样品从来都是缺这少那，每次都要补。", {"absolute"}),
        ("她从来都是有条不紊。", set()),
        ("每次巡检，他那边总是闹出点乱子。", {"absolute"}),
        ("你哪一回盘点是对齐了的？", {"absolute"}),
        ("动不动就摔门，说了多少次了？", {"absolute"}),
        ("老谭是刚调来的，遇到投诉一向往别人身上推。", {"absolute"}),
        ("这个季度的不良品又是全线最多，值得庆祝。", {"demeaning"}),
        ("产线不良率连降三个月，可喜可贺。", set()),
        ("表都做不对，也好意思评先进？", {"demeaning"}),
        ("要不要干脆给你配张沙发？", {"demeaning"}),
        ("科里不养闲人，小潘要是干不了就早点说。", {"demeaning"}),
        ("三岁孩子搭的积木都比你这图纸规整。", {"demeaning"}),
        ("实习生嘛，都这样，慢慢带。", set()),
        ("新来的小姑娘嘛，都这个样子，吃不了苦。", {"demeaning"}),
        ("都五十好几了还天天跟客户拍桌子？", {"demeaning"}),
        ("你们那边出来的人就是不爱守规矩。", {"demeaning"}),
        ("孕妇坚持到最后一天才休产假，真不容易，谢谢你。", set()),
        ("他从来不跟人计较。", set()),
        ("她哪回不是第一个到的？", set()),
        ("你哪回不是最后一个交的？", {"absolute"}),
        ("这个月投诉处理及时率是全中心第一，恭喜恭喜。", set()),
        ("你哪一次值夜班是按规定巡房了的？", {"absolute"}),
        ("该职工业务尚可，但遇到麻烦一贯推给别人。", {"absolute"}),
        ("恭喜恭喜，这周的差评又是全店最多。", {"demeaning"}),
        ("恭喜你们组，这个月的投诉率降到了全区最低。", set()),
    ],
)
def test_codes(text: str, expected: set[str]) -> None:
    assert codes(text, "zh") == expected


@pytest.mark.parametrize("row", load(DATA_DIR / "round16_zh.jsonl"), ids=lambda r: str(r["id"]))
def test_round16_file(row: dict[str, object]) -> None:
    assert_as_labelled(row, "zh")
