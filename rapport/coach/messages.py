"""What the coach says, in the text's language."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "judges_person": {
        "en": "“{quote}” labels the person's character or attitude instead of describing what "
        "they did; people defend who they are rather than change what they do.",
        "zh": "“{quote}”是在给人贴标签（评价性格或态度），而不是描述具体行为；"
        "对方会为自己辩护，而不是改变做法。",
    },
    "demeaning": {
        "en": "“{quote}” belittles the person or refers to their sex, age, origin, body, family "
        "or religion; it has no place in feedback and breaks trust.",
        "zh": "“{quote}”带有贬低、侮辱或涉及性别、年龄、地域、外貌、家庭、宗教的内容，"
        "不应出现在反馈中，会破坏信任。",
    },
    "absolute": {
        "en": "“{quote}” is a sweeping generalisation; one exception is enough for the person to "
        "reject the whole point.",
        "zh": "“{quote}”是以偏概全的绝对化说法；对方只要想到一次例外，就会否定整条反馈。",
    },
}

SUGGESTIONS: dict[str, dict[str, str]] = {
    "judges_person": {
        "en": "Describe the behaviour and its effect instead: what happened, when, and what it "
        "caused — e.g. “The Q3 report reached the client two days late, so their review slipped "
        "to next week.”",
        "zh": "改为描述行为和后果：什么时候、做了什么、造成了什么影响——例如"
        "“第三季度报告晚了两天交给客户，导致客户评审推迟到下周。”",
    },
    "demeaning": {
        "en": "Remove the remark. Talk only about the work: the specific behaviour, its "
        "consequence, and what you expect next time.",
        "zh": "删除这句话。只谈工作本身：具体的行为、它带来的后果，以及下次希望怎么做。",
    },
    "absolute": {
        "en": "Name the specific occasions instead of “always/never” — e.g. “In the last three "
        "stand-ups (3, 5 and 10 May) you joined ten minutes late, so we started without your "
        "update.”",
        "zh": "用具体的几次事例代替“总是/从来”——例如“最近三次周会（5月3日、5日、10日）你都晚到了"
        "十分钟，因此会议没法及时同步你的进展。”",
    },
}

ELEMENT_ADVICE: dict[str, dict[str, str]] = {
    "behavior": {
        "en": "describe a concrete behaviour or event (when, what, figures)",
        "zh": "描述一个具体的行为或事件（时间、内容、数据）",
    },
    "consequence": {
        "en": "say what effect the behaviour had",
        "zh": "说明这一行为带来的影响",
    },
    "solicit": {
        "en": "ask for the employee's view",
        "zh": "询问员工自己的看法",
    },
    "positive_outcome": {
        "en": "describe the positive result you expect going forward",
        "zh": "说明改进后可以达到的积极结果",
    },
    "closes_positive": {
        "en": "end with encouragement or an offer of support",
        "zh": "以鼓励或提供支持结尾",
    },
    "opens_positive": {
        "en": "open with genuine, specific praise",
        "zh": "以真诚、具体的肯定开头",
    },
}

CODE_NAMES: dict[str, dict[str, str]] = {
    "judges_person": {"en": "judges the person", "zh": "评判人而非行为"},
    "demeaning": {"en": "demeaning", "zh": "贬低或歧视"},
    "absolute": {"en": "absolute", "zh": "绝对化"},
}

ELEMENT_NAMES_TEXT: dict[str, dict[str, str]] = {
    "behavior": {"en": "Behaviour described", "zh": "描述了具体行为"},
    "consequence": {"en": "Consequence stated", "zh": "说明了后果"},
    "solicit": {"en": "Employee's view asked", "zh": "征求了员工意见"},
    "positive_outcome": {"en": "Positive outcome", "zh": "指出积极结果"},
    "opens_positive": {"en": "Opens with praise", "zh": "以肯定开头"},
    "closes_positive": {"en": "Closes with encouragement", "zh": "以鼓励结尾"},
}

EXPLAIN: dict[str, dict[str, str]] = {
    "empty": {
        "en": "Nothing to analyse: the text is empty.",
        "zh": "没有可分析的内容：文本为空。",
    },
    "finding": {
        "en": "Score {score}/100. Biggest fix: {advice} (“{quote}”).",
        "zh": "得分 {score}/100。最需要改的：{advice}（“{quote}”）。",
    },
    "element": {
        "en": "Score {score}/100. Biggest fix: {advice}.",
        "zh": "得分 {score}/100。最需要改的：{advice}。",
    },
    "complete": {
        "en": "Score {score}/100. Well built: behaviour, consequence, the employee's view and a "
        "positive outcome are all there.",
        "zh": "得分 {score}/100。结构完整：行为、后果、员工意见和积极结果都已具备。",
    },
}

FINDING_ADVICE: dict[str, dict[str, str]] = {
    "demeaning": {"en": "remove the demeaning remark", "zh": "删除贬低或歧视性的话"},
    "judges_person": {
        "en": "describe the behaviour instead of labelling the person",
        "zh": "描述行为，不要给人贴标签",
    },
    "absolute": {
        "en": "replace the sweeping “always/never” with specific occasions",
        "zh": "用具体事例代替“总是/从来”这类绝对化说法",
    },
}
