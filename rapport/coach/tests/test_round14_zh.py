"""Round fourteen (Chinese, evaluator findings on heldout12): subjects by title or nickname (宋工,
王总, 阿杰; not 由于总是, 如何工作, 阿里) and formal subjects carried to the next clause (该同志…，工作
态度更是有问题); qualities named in compounds with mild words (心理素质太差, 情商偏低, 底子薄, 作风漂浮);
a manner weighed as heavy (官僚作风比较重); denied to be the kind who has a quality (不太像是个有上进心
的人); a scare-quoted label as a mindset (“混日子”心态); a hedge (可能有点怕麻烦, 性格上有点拖拉, 急躁了
点); 这种人; rated below a beginner (…都抬举你了); more labels (武断, 好面子, 冲动); looks as the reason
others go easy, mock titles (哟，大艺术家…), age after a name (王姐都五十多了; not with admiration),
origin against the locals, a group expected to manage little (残疾人能…就不错了), a sex said not to
fit a job, a relative's post as the reason nobody dares, a school looked down on, a head full of
paste; 一贯, 一年到头, kit never worn (从来不戴), left to the last (留到最后才做), every inspection it is
you, a sentence-initial sweep after a sentence that opens with the person, a "whenever" after a
contrast in a sentence that opens with the person; consequences told plainly (就因为这个, 从A降成了B,
事后接了…电话, 全赔进去了, 等了你…, 拉低了…个点, 全压到了同事那里, 被查处, 急哭了, 连夜), not a
promise under a condition nor "which part" asked; a result promised under a condition (…没问题), 这样
既…, 作出更大贡献; praise with no plain praise word (没得说, 以你的经验, 我看你行, 念你的好, 很看好,
有你坐镇, 最细的, 挺勤快, 很拼, 越来越规范); ideas welcome, the account asked for (你把经过说一下);
counts and dates in an order or a plan (请于…前, 统一, 我们要把…从3个扩到5个, 有望) are no behaviour,
tenths are (多了三成). Our own wording (no heldout12 sentence)."""

from __future__ import annotations

import pytest

from rapport.coach import analyze
from rapport.coach.evaluate import DATA_DIR, load
from rapport.coach.tests.helpers import assert_as_labelled, codes

pytestmark = pytest.mark.usefixtures("rules_only")


# A second batch, written after the fixes, in wordings the data file does not use.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("孙工这人太死板，现场变一点他就不会处理。", {"judges_person"}),
        ("阿娟办事太马虎，发票抬头又开错了。", {"judges_person"}),
        ("孙工下午去二号站调试，晚点回来。", set()),
        ("至于总是返工的原因，我们周五一起复盘。", set()),
        ("该职工业务水平一般，工作态度更是成问题。", {"judges_person"}),
        ("他的心理承受能力偏弱，被客户说两句就请假。", {"judges_person"}),
        ("今年的降水量偏低，灌溉要提前安排。", set()),
        ("这位组长本位主义严重，别的组借人从来不给。", {"absolute", "judges_person"}),
        ("本位主义的问题，下次中层会上统一讨论。", set()),
        ("老实说，小曹不像个靠得住的人。", {"judges_person"}),
        ("她不像是个会撒谎的人，我们再核实一下。", set()),
        ("这名学员完全是“混日子”的心态。", {"judges_person"}),
        ("小骆可能有点爱表现，开会总抢着发言。", {"judges_person"}),
        ("说他是新手都算抬举他了。", {"demeaning", "judges_person"}),
        ("小甄长得好看，客户都给她面子。", {"demeaning"}),
        ("哟，大才子总算肯交稿了？", {"demeaning"}),
        ("洪姐都五十好几了，还学什么直播。", {"demeaning"}),
        ("洪姐都五十好几了，还坚持夜班，辛苦了。", set()),
        ("他是乡下出来的，跟城里人没法比。", {"demeaning"}),
        ("残障人士能按时打卡就不错了，别要求太高。", {"demeaning"}),
        ("她姑父是局长，谁敢给她打差评？", {"demeaning"}),
        ("杂牌学校毕业的，能干好这活？", {"demeaning"}),
        ("这种重活还是更适合男同志。", {"demeaning"}),
        ("残障人士的无障碍通道要每天检查。", set()),
        ("她爸是局长这件事，跟这次考核无关。", set()),
        ("你一贯不把交接当回事，上周又漏了三项。", {"absolute", "judges_person"}),
        ("老宁一年四季都在找理由调休。", {"absolute"}),
        ("老宁一年四季都在田里帮农户看苗情，辛苦了。", set()),
        ("他太马虎了，动火作业从来不戴护目镜。", {"absolute", "judges_person"}),
        ("你总是把复核放到最后才做。", {"absolute"}),
        ("每回投诉都是她，自己也该反思了。", {"absolute"}),
        ("小温这周又迟到了。天天在工位上刷短视频，日报一篇没交。", {"absolute"}),
        ("小柯方案写得好，可一到落地就找不到人。", {"absolute"}),
        ("小柯方案写得好，一到落地就主动去现场盯。", set()),
    ],
)
def test_codes(text: str, expected: set[str]) -> None:
    assert codes(text, "zh") == expected


@pytest.mark.parametrize(
    ("text", "element", "expected"),
    [
        ("你漏报了库存，就因为这个，门店断货了两天。", "consequence", True),
        ("你没按时报备，我们的安全等级从二级降成了三级。", "consequence", True),
        ("你提前走了，剩下的工单全落到了同事头上。", "consequence", True),
        ("排班表发错了，护士长事后接了二十多个电话解释。", "consequence", True),
        ("材料没备齐，项目被质监站一票否决。", "consequence", True),
        ("如果这次申报被否决，我们明年再报。", "consequence", False),
        ("要是复核能养成习惯，季度评优没问题。", "positive_outcome", True),
        ("以后按清单备料，这样既不返工也不超支。", "positive_outcome", True),
        ("老宁的技术没得说，这次抢修又是他第一个到。", "opens_positive", True),
        ("你排的值班表越来越规范了。", "closes_positive", True),
        ("有你把关，这批货我放心。", "closes_positive", True),
        ("客户都念你的好。", "closes_positive", True),
        ("你对新流程有什么想法，也欢迎随时跟我说。", "solicit", True),
        ("你这个组长当得挺轻松啊？", "solicit", False),
        ("请于下周三前把各门店的盘点表发到群里，格式统一。", "behavior", False),
        ("你负责的片区回款比去年多了两成。", "behavior", True),
    ],
)
def test_elements(text: str, element: str, expected: bool) -> None:
    assert getattr(analyze(text, "zh").elements, element) is expected


@pytest.mark.parametrize("row", load(DATA_DIR / "round14_zh.jsonl"), ids=lambda r: str(r["id"]))
def test_round14_file(row: dict[str, object]) -> None:
    assert_as_labelled(row, "zh")
