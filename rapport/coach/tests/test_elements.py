"""Elements of good feedback (BEST and the Hamburger) in both languages."""

from __future__ import annotations

import pytest

from rapport.coach import analyze

GOOD_EN = (
    "Great job on the Q3 launch. However, the client report on 3 May was two days late, which "
    "meant the client review slipped a week. What got in the way? Next time, flag risks early "
    "so that we can adjust. I'm here to support you."
)
GOOD_ZH = (
    "你在上周三的评审会上表现很好。不过，3月的报告晚交了两天，导致客户评审推迟。你怎么看？"
    "这样下次我们可以提前调整，相信你能做好。"
)


def test_detects_every_element_in_a_well_built_english_comment() -> None:
    assert all(analyze(GOOD_EN).elements.to_dict().values())


def test_detects_every_element_in_a_well_built_chinese_comment() -> None:
    assert all(analyze(GOOD_ZH).elements.to_dict().values())


def test_behavior_needs_a_concrete_event() -> None:
    assert analyze("In yesterday's stand-up you cut Li off twice.").elements.behavior
    assert analyze("在3月的评审会上你打断了两次。").elements.behavior
    assert not analyze("You need to communicate better.").elements.behavior
    assert not analyze("你要多沟通。").elements.behavior


def test_consequence_is_the_stated_effect() -> None:
    assert analyze("The deck was late, as a result finance reissued it.").elements.consequence
    assert analyze("周报晚交，导致进度无法同步。").elements.consequence
    assert not analyze("The deck was late.").elements.consequence
    assert not analyze("周报晚交了。").elements.consequence


def test_solicit_is_a_real_question_to_the_employee() -> None:
    assert analyze("What do you think?").elements.solicit
    assert analyze("How do you see the handover?").elements.solicit
    assert analyze("你怎么看？").elements.solicit
    assert analyze("你觉得呢？").elements.solicit
    assert not analyze("Why can't you ever be on time?").elements.solicit
    assert not analyze("你怎么又迟到了？").elements.solicit


def test_positive_outcome_looks_forward() -> None:
    assert analyze("Share drafts earlier so that you can avoid rework.").elements.positive_outcome
    assert analyze("这样下次就能提前发现问题。").elements.positive_outcome
    # Encouragement alone is praise, not a described outcome (round four).
    assert analyze("相信你能做好。").elements.closes_positive
    assert not analyze("相信你能做好。").elements.positive_outcome
    assert not analyze("The report was late.").elements.positive_outcome


def test_hamburger_bread_is_first_and_last_sentence() -> None:
    text = "Thanks for the launch work. The notes were late. I'm here to support you."
    el = analyze(text).elements
    assert el.opens_positive and el.closes_positive
    el = analyze("The notes were late. Thanks for the launch work. Fix the notes.").elements
    assert not el.opens_positive and not el.closes_positive
    el = analyze("感谢你的付出。周报晚交了。有需要随时找我。").elements
    assert el.opens_positive and el.closes_positive


def test_negated_praise_is_not_praise() -> None:
    el = analyze("Your presentation was not great.").elements
    assert not el.opens_positive


def test_a_label_is_not_an_opening_compliment() -> None:
    assert not analyze("For a woman you are great at sales.").elements.opens_positive


@pytest.mark.parametrize(
    "text",
    [
        "You skipped the design review on Monday. That made the team wary of your estimates.",
        "Because of your checklist, the audit closed with no findings.",
        "The script you wrote last week reduced manual work by 6 hours.",
    ],
)
def test_implied_consequence_in_english(text: str) -> None:
    assert analyze(text).elements.consequence


@pytest.mark.parametrize(
    "text",
    [
        "你上周重构了结算模块，使得账单出错大幅减少。",
        "周三的演示你讲得很清楚，客户的转化率也提升了。",
        "你在评审会上打断了同事，让他没能说完。",
    ],
)
def test_implied_consequence_in_chinese(text: str) -> None:
    assert analyze(text).elements.consequence


@pytest.mark.parametrize(
    "text",
    [
        "The migration plan was meticulous and easy to follow.",
        "You handled the angry vendor with great tact.",
        "这次汇报的材料整理得非常细致。",
        "新系统上线准备得相当充分。",
    ],
)
def test_praise_via_positive_evaluative_words(text: str) -> None:
    assert analyze(text).elements.opens_positive


def test_negated_evaluative_praise_is_not_praise() -> None:
    assert not analyze("这次的材料准备得不是很充分。").elements.opens_positive
    assert not analyze("The plan was not meticulous.").elements.opens_positive


@pytest.mark.parametrize(
    "text",
    [
        "You rewrote the auth module over the holidays.",
        "Thanks for organising this offsite.",
        "You ran the Henderson pitch with real confidence.",
        "Your email to finance about the accruals was sharp in tone.",
        "登录模块的重构做得很扎实。",
        "这次团建你组织得非常用心。",
        "支付接口的超时问题你排查得很仔细。",
    ],
)
def test_behavior_from_a_named_artefact_or_occasion_without_a_date(text: str) -> None:
    assert analyze(text).elements.behavior


@pytest.mark.parametrize(
    "text",
    [
        "You need to communicate more with the team and take more ownership.",
        "Your presentation was not great.",
        "你要多和团队沟通，主动承担更多责任。",
        "各个模块都要多关注质量。",
    ],
)
def test_vague_remarks_are_not_behavior(text: str) -> None:
    assert not analyze(text).elements.behavior


@pytest.mark.parametrize(
    "text",
    [
        "Because you added rate limiting, we caught the token leak before release.",
        "Mei has since asked to pair with the design team.",
        "Support tickets about failed payments have dropped since.",
        "The on-call engineers finally got a full night's sleep.",
        "After that, he stayed silent for the rest of the meeting.",
        "New starters no longer wait a week for laptops.",
        "上线后一次回滚都没有，值班同事终于能睡个好觉了。",
        "此后再没有客户因为这个找过我们。",
        "对方当场就沉默了，后来一直没回邮件。",
        "测试组从那以后不用再来回问字段含义了。",
        "项目回滚了三次，客户很不满意。",
    ],
)
def test_consequence_narrated_without_a_connective(text: str) -> None:
    assert analyze(text).elements.consequence


@pytest.mark.parametrize(
    "text",
    [
        "You have been working here since 2020.",
        "You no longer need to send the weekly report.",
        "你的客户满意度在第二季度提高了12%。",
        "会议之后请把纪要发给大家。",
    ],
)
def test_no_consequence_in_facts_and_instructions(text: str) -> None:
    assert not analyze(text).elements.consequence


@pytest.mark.parametrize(
    "text",
    [
        "I'd love you to write up what you learned for the wiki.",
        "I would like to see you mentor Sam.",
        "I'd like you to take the lead on the review.",
        "I hope you'll mentor the two new analysts.",
        "希望你把经验整理成文档分享给大家。",
        "期待你在新岗位上带出一支更强的团队。",
    ],
)
def test_positive_outcome_from_a_wish_for_the_person(text: str) -> None:
    assert analyze(text).elements.positive_outcome


def test_a_demand_to_stop_is_not_a_positive_outcome() -> None:
    assert not analyze("I want you to stop doing that.").elements.positive_outcome
    assert not analyze("从那以后他就没再来过。").elements.positive_outcome


@pytest.mark.parametrize(
    "text",
    [
        "Your tone was sharp with the support team.",
        "You were sharp with Jamal when he asked about the estimate.",
        "Your email was sharp in tone.",
        "上周三开会时，你说话的语气很犀利。",
    ],
)
def test_sharp_about_conduct_is_not_praise(text: str) -> None:
    elements = analyze(text).elements
    assert not elements.opens_positive
    assert not elements.closes_positive


@pytest.mark.parametrize(
    "text",
    [
        "Your analysis of the churn data was sharp and well argued.",
        "Her questions to the vendor were sharp.",
        "你写的竞品分析报告很犀利。",
        "你在发布会上的演讲很有感染力。",
    ],
)
def test_sharp_about_work_is_praise(text: str) -> None:
    assert analyze(text).elements.opens_positive
