"""Round twelve (Chinese, evaluator findings on heldout10): labels the lists lacked (想当然, 毛躁,
倔, 拎不清, 不守时) and more trades as subjects (这位教练), a scare-quoted virtue as sarcasm (真是
“勤快”啊; not reported words), an insult exclaimed with no subject (真是个废物，…), a mind bent the
wrong way (心思用歪了), a conduct label after "but" and an activity (…，但作业批改太马虎) or after a
short act (小蒋做账特别毛躁); sweeps asked rhetorically (哪份报告不是拖到最后交的？), "not once / not
one of them" about a group's own work (没一次写全过, 没有一张是按时关闭的), someone else made to help
every time (每次都得别人帮他收尾), 每次…的都是你; standing, schooling, cohort and sex belittled (轮得到
你, 你这个学历…偷着乐吧, 你一个九零后小姑娘, 你们这种干保安的, 女孩子画什么施工图); consequences told
plainly (多了两百多单, 掉了四千多, 扣了我们两千分, 退件, 冷场, 拍了照片发到网上), results that follow
(投诉自然就少了, 再扎实一些就更完美了), threats and advice that are not (再这样…只能, 可以先…), dates
inside an instruction (周五下班前请…), and an either-or about the cause as a question. Our own wording
(no heldout10 sentence)."""

from __future__ import annotations

import pytest

from rapport.coach import analyze
from rapport.coach.evaluate import DATA_DIR, load
from rapport.coach.tests.helpers import assert_as_labelled, codes

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("这个跟单员就是太想当然了，什么都不问。", True),
        ("小俞开会太毛躁，总是抢话。", True),
        ("那位店长真是够“勤快”的，一下午都在刷手机。", True),
        ("真是个饭桶，这点账都算不明白。", True),
        ("许老师课上得不错，但改卷子太马虎了。", True),
        ("可惜他心思都用歪了。", True),
        ("员工们都说她很“靠谱”，这次评优也投了她。", False),
        ("有位患者说刘医生“太冷淡了”，你先了解一下情况。", False),
        ("这套软件功能很全，但界面太死板了。", False),
        ("这个网站真是个废物，又打不开了。", False),
    ],
)
def test_labels(text: str, expected: bool) -> None:
    assert ("judges_person" in codes(text, "zh")) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("你哪次交周报不是拖到周一？", True),
        ("他们组的巡检记录没一次写完整过。", True),
        ("你们科室的出院小结没有一份是按时归档的。", True),
        ("每次结账他都要同事帮他对数。", True),
        ("每次被家长投诉的都是她。", True),
        ("哪次团建不是她张罗的？谢谢她。", False),
        ("你们组的模具没有一套是坏的。", False),
        ("每次培训前你都要找行政帮忙订会议室。", False),
        ("直播间的顾客永远嫌运费贵。", False),
    ],
)
def test_sweeps(text: str, expected: bool) -> None:
    assert ("absolute" in codes(text, "zh")) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("你一个实习生，轮得到你来改流程？", True),
        ("就你这个文凭，能在这儿上班就偷着乐吧。", True),
        ("我们组九零后占了一半，氛围很活跃。", False),
        ("你们这种跑外卖的，也就这点本事。", True),
        ("小姑娘搞什么机械设计，去做行政吧。", True),
        ("你们跑外卖的下周统一换新头盔。", False),
        ("女同事有什么需要可以找工会。", False),
    ],
)
def test_demeaning(text: str, expected: bool) -> None:
    assert ("demeaning" in codes(text, "zh")) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("上周日你把特价标错了，当天短款八百多元。", True),
        ("那场直播你漏挂了链接，十分钟里在线人数掉了两千多。", True),
        ("你提交的图纸版本不对，审图中心直接退件了。", True),
        ("昨天开场你忘了开麦，台下冷场了好一会儿。", True),
        ("周一有两箱鲜奶没进冷库，有顾客拍了视频发到网上。", True),
        ("你这次用时比标准多了五分钟。", False),
        ("下周起，每单都请多拍一张照片存档。", False),
    ],
)
def test_consequence(text: str, expected: bool) -> None:
    assert analyze(text, "zh").elements.consequence is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("以后交接前先对一遍单，这样大家心里有数，差错自然就少了。", True),
        ("你的讲稿很好，案例再具体一点就更有说服力了。", True),
        ("这两点落实了，季度评比还是我们的。", True),
        ("下周再这样，我只能换人了。", False),
        ("以后再这样，就别来上夜班了。", False),
        ("你觉得以后怎么安排能少出错？", False),
        ("下次可以先把清单打印出来。", False),
    ],
)
def test_positive_outcome(text: str, expected: bool) -> None:
    assert analyze(text, "zh").elements.positive_outcome is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("请各位在周四下班前把考勤表交上来。", False),
        ("从下周一起，早会改到八点半。", False),
        ("周四那次例会你迟到了二十分钟。", True),
        ("昨晚你值班时漏登了两单。", True),
    ],
)
def test_behavior(text: str, expected: bool) -> None:
    assert analyze(text, "zh").elements.behavior is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("这单运费多收了三十元。是报价单模板的问题，还是录入时看错了？", True),
        ("四十多岁的人了，填个表怎么这么费劲？", False),
    ],
)
def test_solicit(text: str, expected: bool) -> None:
    assert analyze(text, "zh").elements.solicit is expected


@pytest.mark.parametrize("row", load(DATA_DIR / "round12_zh.jsonl"), ids=lambda r: str(r["id"]))
def test_round12_file(row: dict[str, object]) -> None:
    assert_as_labelled(row, "zh")
