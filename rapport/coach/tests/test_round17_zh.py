"""Round seventeen (Chinese, on two writers' sets written17_zh_a/b): frames with an open slot,
each family written in our own wording with hard negatives in the same frame (no written17
sentence or idiom).

Labels: a person "born in the year of" something that is no zodiac sign (小满就是属蜗牛的; not 她属兔
的, 你属哪个科室的); moving only when pushed (催一下动一下, 不催不干; not a knob); "that same … manner"
(还是那副慢吞吞的样子; not 笑眯眯, nor a pair of glasses); a quality of mind not there at all (一点团队
意识都没有; not a watch or glue); a simile with a measure word (跟个木桩子似的; not 跟个老师傅似的);
every task failed (学啥啥不会); "here to work or to play?" (是来值班的还是来度假的？; not a genuine
question); a junior who knows what the person does not (学徒都晓得…，你还不会？); age as the reason a
faculty fails (岁数一大记性就差; not …动作慢很正常); a temper judged (性格比较软, 个性太倔; not a
mattress); "with a … like yours" dismissed (他这脑袋，也就…); the problem named as the person (毛病不在
技术，在心态; not 在流程设计); presumed conceit (认为自己最重要; not 觉得自己太累); standards too low for
oneself, only one's own side seen; the mind not put on the work; a quality one has too little of
(缺了几分韧劲; not 少了点盐); a faculty rated plain or low (沟通能力平平, 积极性明显不高; not 一般来说,
积极性很高); 死要面子, 心思有点重, 散漫惯了.
Belittling: the zodiac, simile, every-task, junior and age frames; sarcasm at someone finally
turning up (总算舍得露面了？, 还知道回来呀？; not 终于把证考下来了); "are you a little kid?" (not 小朋友的
家长); a heavy accent of the person addressed (not a customer's); the person's body weighed (她那个
体型; not 体重秤); "is it the menopause?" (not 更年期门诊); a mock-noble title with a sarcastic cue
(大少爷…您能屈尊…); sarcastic thanks or admiration beside a fault or a tiny output (厉害了，一下午才贴
了三张标签; not 一个错都没出, 今天送了四十多单); "I could do better with my foot" (not 闭着眼睛都能找到);
丢人 said of our own team is no insult (我们科这回在评比里真丢人).
Absolute: praise habits are not sweeps (每次都填得清清楚楚, 顺手摆整齐, 检查一遍; 例会从来没缺过,
从来不会拖到…才, 从来不闯红灯, 不让冷柜空着); a want of a quality or "that same manner" after 一向 /
向来 / 一贯 (一向缺乏团队精神, 向来没什么责任感; not 一向没什么架子); 从来就不 / 从来就没有; 始终不完整;
"not once without" (开会没有一回不迟到的; not 没有一回不是第一个到的); a yes-no question inside a
never (从来没问过组员能不能跟上进度); a note that opens on the habit (动不动就早退, 老是…磨叽, 一坐到电脑
前就犯困; not 一到雨季就漏水, 一有问题你就来找我); 就没 … 过 (早班就没有按时打过卡; not 就没去过北京,
就没迟到过一回); "which day weren't you" (没哪天不是拖到最后…, 有哪天没出错？; not 没哪天不是最早到的);
"which time wasn't it like this" and …，回回这样 after a clause about the person;
a rule followed, asked rhetorically (他什么时候按要求锁过柜子？; not 你啥时候去过总部？)."""

from __future__ import annotations

import pytest

from rapport.coach.evaluate import DATA_DIR, load
from rapport.coach.tests.helpers import assert_as_labelled, codes

pytestmark = pytest.mark.usefixtures("rules_only")


# A second batch, written after the fixes, in wordings the data file does not use.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("老焦就是属乌贼的，一问就往外喷墨水。", {"demeaning", "judges_person"}),
        ("他属羊的，性格也温和。", set()),
        ("小钱推一步走一步，从来没主动过。", {"absolute", "judges_person"}),
        ("他还是那副爱理不理的样子。", {"judges_person"}),
        ("那副手套的样子不太合适。", set()),
        ("一点安全意识都没有，梯子都不扶。", {"judges_person"}),
        ("这款软件一点兼容能力都没有。", set()),
        ("跟个闷葫芦似的，问三句答一句。", {"demeaning", "judges_person"}),
        ("她讲起课来跟个专家似的，学员都服气。", set()),
        ("干什么什么不行，借口倒一大堆。", {"demeaning", "judges_person"}),
        ("你是来干活的还是来喝茶的？", {"judges_person"}),
        ("实习生都懂要先核对，你还不会？", {"demeaning", "judges_person"}),
        ("岁数大了脑子就是转不动，新系统学不会。", {"demeaning", "judges_person"}),
        ("还知道回来呀？", {"demeaning"}),
        ("他是幼儿园小朋友吗？拿个快递都能拿错。", {"demeaning", "judges_person"}),
        ("你这个长相，站前台不合适。", {"demeaning"}),
        ("厉害了，一车货送错了四家。", {"demeaning"}),
        ("这种海报，我用脚画都比这好看。", {"demeaning"}),
        ("她的个性太强势，组里没人愿意跟她搭档。", {"judges_person"}),
        ("这块面料偏软，适合做衬衫。", set()),
        ("就你这本事，还想带团队？", {"judges_person"}),
        ("你是不是以为自己最重要？", {"judges_person"}),
        ("他心思压根没用在业务上。", {"judges_person"}),
        ("小阮从来不把脾气带到工作里。", set()),
        ("老杜每回交接都交代得仔仔细细。", set()),
        ("他写的通知一向都有错字。", {"absolute"}),
        ("一上班就刷手机，客人来了也不管。", {"absolute"}),
        ("你压根就没按时交过一次。", {"absolute"}),
        ("你有哪天没迟到？", {"absolute"}),
        ("他从来不会留到下班前才补记录。", set()),
    ],
)
def test_codes(text: str, expected: set[str]) -> None:
    assert codes(text, "zh") == expected


@pytest.mark.parametrize("row", load(DATA_DIR / "round17_zh.jsonl"), ids=lambda r: str(r["id"]))
def test_round17_file(row: dict[str, object]) -> None:
    assert_as_labelled(row, "zh")
