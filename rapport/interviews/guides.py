"""The six stages of the seed material, in both languages: the default run-sheet guidance.

HR adapts them per interview type (StageGuide rows); a stage without a row uses these.
"""

from typing import Any

from django.utils.translation import get_language

HAMBURGER_EN = "Hamburger: open with genuine praise, then the point to improve, then encouragement and support."
HAMBURGER_ZH = "汉堡法：先真诚肯定，再指出需要改进的地方，最后给予鼓励和支持。"
BEST_EN = "BEST: describe the Behaviour, Express the consequence, Solicit their view, Talk about the positive outcome."
BEST_ZH = "BEST 法则：描述行为（B），说明影响（E），征询看法（S），展望积极结果（T）。"

DEFAULTS: dict[int, dict[str, Any]] = {
    1: {
        "guidance": "Check the data pack and the purpose before you start. Be on time, phones away, no interruptions.",
        "guidance_zh": "开始前核对资料包和面谈目的。准时到场，手机静音，避免打扰。",
        "questions": [],
        "questions_zh": [],
        "checklist": [
            "Scorecard and key events read",
            "Previous agreements checked",
            "Quiet room or video link ready",
        ],
        "checklist_zh": ["已阅读绩效表和关键事件", "已核对上次约定", "已准备安静的房间或视频链接"],
    },
    2: {
        "guidance": "Set a calm atmosphere, state the purpose and the agenda, and how long it will take.",
        "guidance_zh": "营造轻松的氛围，说明面谈目的、议程和时长。",
        "questions": ["How has the period been for you overall?"],
        "questions_zh": ["整体来看，这一期你感觉怎么样？"],
        "checklist": ["Purpose stated", "Agenda agreed"],
        "checklist_zh": ["已说明目的", "已确认议程"],
    },
    3: {
        "guidance": "Go through the indicators with facts and figures. Name strengths first, then shortfalls, as behaviour and events — never judge the person. "
        + HAMBURGER_EN
        + " "
        + BEST_EN,
        "guidance_zh": "结合事实和数据逐项回顾指标。先谈优点，再谈不足；只谈行为和事件，不评判人。"
        + HAMBURGER_ZH
        + BEST_ZH,
        "questions": [
            "Which result are you most proud of?",
            "What got in the way on the indicators below target?",
        ],
        "questions_zh": ["你最满意的成果是什么？", "未达标的指标，主要受到了什么影响？"],
        "checklist": ["Every indicator discussed with its evidence", "Strengths named"],
        "checklist_zh": ["每个指标都结合证据讨论过", "已肯定优点"],
    },
    4: {
        "guidance": "Agree concrete goals or improvement measures: what, by when, how it will be measured, and the support you will give.",
        "guidance_zh": "商定具体的目标或改进措施：做什么、何时完成、如何衡量，以及你将提供的支持。",
        "questions": [
            "What would success look like next period?",
            "What support do you need from me?",
        ],
        "questions_zh": ["下一期怎样才算成功？", "你需要我提供哪些支持？"],
        "checklist": ["Each goal has a number or a date", "Support agreed"],
        "checklist_zh": ["每个目标都有数字或日期", "已商定支持措施"],
    },
    5: {
        "guidance": "Listen. Let the employee give their own view, difficulties and career wishes without interrupting.",
        "guidance_zh": "倾听。让员工充分表达自己的看法、困难和职业发展意愿，不要打断。",
        "questions": ["How do you see it?", "Where do you want to grow in the next year?"],
        "questions_zh": ["你怎么看？", "未来一年你希望在哪些方面成长？"],
        "checklist": ["Employee's view recorded", "Career wishes heard"],
        "checklist_zh": ["已记录员工的看法", "已了解职业发展意愿"],
    },
    6: {
        "guidance": "Summarise the consensus, the tasks for each side with dates, and set the next meeting date. End on encouragement.",
        "guidance_zh": "总结共识、双方的任务和完成日期，并约定下次面谈时间。以鼓励结束。",
        "questions": ["Is there anything we have not covered?"],
        "questions_zh": ["还有什么我们没有谈到的吗？"],
        "checklist": ["Consensus read back", "Tasks and dates agreed", "Next meeting date set"],
        "checklist_zh": ["已复述共识", "已确认任务和日期", "已约定下次面谈时间"],
    },
}


def guide_for(stage: int, overrides: dict[int, Any] | None = None) -> dict[str, Any]:
    """The stage's guidance in the active language: HR's version if any, else the default."""
    if overrides and stage in overrides:
        return overrides[stage].localized()
    default = DEFAULTS[stage]
    zh = (get_language() or "").startswith("zh")
    return {
        "guidance": default["guidance_zh" if zh else "guidance"],
        "questions": default["questions_zh" if zh else "questions"],
        "checklist": default["checklist_zh" if zh else "checklist"],
    }
