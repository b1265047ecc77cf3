"""Round nine (Chinese): families missed on heldout8 — quality words (服务意识, 时间观念) judged,
labels after 本质上/骨子里/说白了/觉得自己, counterfactual traits (要是你没那么懒), beasts doing better
(狗都比他听话), "mind is decoration", personal life blamed, mock surprise at a repeated fault,
a background that "explains" the work, rhetorical "which time did you ever", whenever-sweeps
with 但凡, a name or a group, and "every piece you made" — with hard negatives. New wordings, not
the heldout ones."""

from __future__ import annotations

import pytest

from rapport.coach.tests.helpers import codes

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(
    "text",
    [
        "你们的安全意识也太差了。",
        "老周骨子里就是个不思进取的人。",
        "他就是个老顽固，说什么都不听。",
        "你总以为自己高人一等。",
        "这种报表都填错，你脑袋是摆设吗？",
        "要是她没那么懒，项目早就上线了。",
        "我家狗都比他听话。",
        "分手以后他整个人都垮了，交的稿子错字连篇。",
    ],
)
def test_labels(text: str) -> None:
    assert "judges_person" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "他就是个老顽固，说什么都不听。",
        "我家狗都比他听话。",
        "分手以后他整个人都垮了，交的稿子错字连篇。",
        "又把钥匙弄丢了，这可真是新鲜啊。",
        "他这种出身，能当上组长已经算不错了。",
    ],
)
def test_demeaning(text: str) -> None:
    assert "demeaning" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "你按时交过哪一次周报？",
        "一到盘点，小吴就说肚子疼。",
        "但凡客户催单，他第一反应就是甩锅。",
        "只要一下雨，他们班就全员迟到。",
        "你写的每一篇稿子都有错别字。",
    ],
)
def test_absolute(text: str) -> None:
    assert "absolute" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "如果你不是这么细心，这个错误就发现不了。",
        "你不是那么粗心的人。",
        "这次又拿了第一，真是难得！",
        "她的学历很高，做到这样已经很不错了。",
        "一到周末，小区就很安静。",
        "你写的每一篇稿子都很有深度。",
        "一有问题，你就找我。",
        "你们参加过哪几次培训？",
        "这台服务器的性能太差了。",
        "老周的网速太差了，视频会议老卡。",
        "猪肉价格都比去年高。",
        "他有些累了，说白了就是项目太多。",
        "但凡有空，你就可以来找我聊聊。",
        "你觉得自己在团队里最擅长什么？",
        "这个方案废了，重新做一版。",
        "这个新软件简直就是垃圾，下周换回旧版。",
        "服务器又垮了，运维在处理。",
        "你每份报告都要检查两遍。",
    ],
)
def test_hard_negatives(text: str) -> None:
    assert codes(text) == set()
