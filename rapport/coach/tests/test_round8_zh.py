"""Round eight (Chinese): families missed on heldout7 — groups by origin and 整体上 as heads, a
Latin name before a label, a quality "having nothing to do with" the person, insults after 你这种…的,
health, disability and family plans as a reason, being treated as a child, clothing mocked, mock
awards and congratulations, sweeps after a dropped subject or a group, daily sweeps before a fault,
and consequences told as others waiting or locked out — with hard negatives. The sentences are
new wordings, not the heldout ones."""

from __future__ import annotations

import pytest

from rapport.coach import analyze
from rapport.coach.tests.helpers import codes

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(
    "text",
    [
        "你们这些山里出来的就是没规矩。",
        "他们名校出身的人就是太傲慢了。",
        "新来的几个销售整体上不够主动。",
        "你们部门总体上太散漫了。",
        "Lisa 真的太 arrogant 了，谁的话都不听。",
        "Tom 这个人很不靠谱。",
        "严谨这两个字跟你压根不沾边。",
        "我看守时和他八竿子打不着。",
        "我们组不需要他这样只会甩锅的草包。",
    ],
)
def test_labels(text: str) -> None:
    assert "judges_person" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "你要是有焦虑症就早说，别在客户面前哭。",
        "老周身体不行，盘点就别让他来了，免得耽误大家。",
        "她又拿“胃疼”当借口提前走了。",
        "跟你解释这个，就像在哄三岁小孩。",
        "你打扮成这样来开会，是要去相亲吗？",
        "又把报价单发错客户了，干脆给你发个奖状吧。",
        "听说你们两口子准备要宝宝了？那项目负责人就换人吧。",
        "她那个 accent 客户根本听不懂。",
        "我奶奶打字都比他快。",
        "恭喜你，合同又盖错章了，真有你的。",
    ],
)
def test_demeaning(text: str) -> None:
    assert "demeaning" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "为啥你次次都等我催才交周报？",
        "每次月底结账，你们科都拖到最后一天。",
        "你每周例会都迟到十分钟。",
        "小吴太马虎了，写周报老是漏数据。",
        "这人就是懒，值班的时候动不动就不见人。",
    ],
)
def test_absolute(text: str) -> None:
    assert "absolute" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "你们农村合作社的订单下周到。",
        "他是从财务部调出来的，对报销流程很熟。",
        "整体上这个季度的数据还不错。",
        "Kevin 真的很 helpful，新人都愿意找他。",
        "这次延期跟你没什么关系，是供应商的问题。",
        "老李腿脚不方便，我们把他的工位调到了一楼。",
        "你有心理方面的压力可以随时找我聊，也可以用公司的咨询热线。",
        "下周培训我会像教新人一样从头讲一遍流程。",
        "你今天穿得很正式，客户印象很好。",
        "年底要给你颁个奖，你是全组业绩第一。",
        "恭喜你，连续半年零差错，真了不起！",
        "恭喜你，第一次参赛就拿了奖，真了不起！",
        "你每天都来得很早，谢谢。",
        "你每周都要在周五前交周报。",
        "他做事很稳，开会总是第一个到。",
        "你负责的那台服务器，重启老是失败，麻烦看一下日志。",
    ],
)
def test_hard_negatives(text: str) -> None:
    assert codes(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "上周六你值早班，门店9点15才开门，好几位老顾客都在门口排队等着。",
        "周一的系统升级拖到了中午，销售部一上午都登不进客户系统。",
        "3月份你带的瑜伽课有四次晚开，报名人数从25个掉到了9个。",
        "周四的对账单漏了两笔退款，风控部要求我们书面说明。",
        "昨天晚班你提前走了，现场人手不够。",
    ],
)
def test_consequence(text: str) -> None:
    assert analyze(text).elements.consequence
