"""Bilingual word material for the appraisal demo: indicators per division and key events."""

# division -> list of (title en, title zh, unit en, unit zh, direction, baseline, target, stretch, weight)
Row = tuple[str, str, str, str, str, float, float, float | None, int]
QUANT: dict[str, list[Row]] = {
    "Sales": [
        ("Revenue booked", "签约收入", "k¥", "千元", "higher", 800, 1000, 1200, 40),
        ("New key accounts", "新增重点客户", "accounts", "家", "higher", 2, 5, 8, 20),
        ("Days sales outstanding", "应收账款周转天数", "days", "天", "lower", 75, 60, 45, 20),
    ],
    "Research & Development": [
        (
            "Release milestones delivered on time",
            "按时交付的版本里程碑",
            "%",
            "%",
            "higher",
            60,
            90,
            100,
            35,
        ),
        (
            "Escaped defects per release",
            "每个版本的线上缺陷数",
            "defects",
            "个",
            "lower",
            12,
            5,
            2,
            25,
        ),
        ("Code review turnaround", "代码评审响应时间", "hours", "小时", "lower", 48, 24, 12, 20),
    ],
    "Manufacturing": [
        ("First-pass yield", "一次合格率", "%", "%", "higher", 92, 97, 99, 35),
        ("Unplanned downtime", "非计划停机时间", "hours", "小时", "lower", 40, 20, 10, 25),
        ("Safety incidents", "安全事故数", "incidents", "起", "lower", 3, 0, None, 20),
    ],
    "Operations": [
        ("Orders shipped on time", "准时发货率", "%", "%", "higher", 88, 95, 98, 40),
        ("Procurement savings", "采购节约额", "k¥", "千元", "higher", 0, 300, 450, 20),
        (
            "Customer tickets closed within 48 h",
            "48 小时内关闭的客户工单",
            "%",
            "%",
            "higher",
            70,
            90,
            97,
            20,
        ),
    ],
    "Marketing": [
        ("Qualified leads", "合格销售线索", "leads", "条", "higher", 300, 500, 650, 40),
        ("Cost per lead", "单条线索成本", "¥", "元", "lower", 260, 200, 160, 20),
        (
            "Campaigns launched on schedule",
            "按期上线的营销活动",
            "campaigns",
            "场",
            "higher",
            4,
            6,
            8,
            20,
        ),
    ],
    "Finance": [
        ("Month-end close", "月结完成时间", "working days", "个工作日", "lower", 8, 5, 4, 40),
        ("Reconciliation errors", "对账差错", "errors", "处", "lower", 10, 3, 1, 20),
        ("Forecast accuracy", "预测准确率", "%", "%", "higher", 85, 95, 98, 20),
    ],
    "People & Culture": [
        (
            "Positions filled within 45 days",
            "45 天内到岗的职位",
            "%",
            "%",
            "higher",
            60,
            80,
            90,
            35,
        ),
        (
            "Training hours delivered",
            "完成的培训课时",
            "hours",
            "课时",
            "higher",
            200,
            400,
            500,
            25,
        ),
        ("Regretted attrition", "非预期离职率", "%", "%", "lower", 12, 8, 5, 20),
    ],
    "Executive Office": [
        ("Company revenue", "公司收入", "M¥", "百万元", "higher", 400, 500, 560, 50),
        ("Employee engagement score", "员工敬业度得分", "points", "分", "higher", 65, 72, 78, 30),
    ],
}

QUAL = (
    "Collaboration",
    "团队协作",
    [
        "Works alone; others learn about problems late.",
        "Shares information when asked.",
        "Keeps colleagues informed and helps when asked.",
        "Offers help early and brings people together to solve problems.",
        "Builds cross-team routines that others adopt.",
    ],
    [
        "独自工作，问题暴露得晚。",
        "被问到时会分享信息。",
        "主动同步进展，别人求助时会帮忙。",
        "及早提供帮助，组织大家一起解决问题。",
        "建立了被其他团队采用的协作机制。",
    ],
)

EVENTS_EN = (
    (
        "positive",
        "On {date} closed the {item} two days ahead of plan.",
        "The team could start the next phase early.",
    ),
    (
        "positive",
        "Presented the {item} review to the leadership team with clear figures.",
        "The budget was approved in the same meeting.",
    ),
    (
        "needs_improvement",
        "The {item} report was sent on {date}, three days after the deadline.",
        "The client escalated the delay to their director.",
    ),
    (
        "needs_improvement",
        "Two figures in the {item} summary did not match the source data.",
        "The numbers had to be corrected and re-sent.",
    ),
    (
        "neutral",
        "Took over the {item} from a colleague on leave.",
        "Continuity for the customer was kept.",
    ),
    (
        "positive",
        "Mentored a new colleague through the {item} onboarding.",
        "The new colleague worked independently after three weeks.",
    ),
)
EVENTS_ZH = (
    ("positive", "{date} 提前两天完成了{item}。", "团队得以提前进入下一阶段。"),
    ("positive", "向管理层汇报{item}，数据清晰。", "预算在同一次会议上获批。"),
    (
        "needs_improvement",
        "{item}报告于 {date} 发出，比截止日期晚了三天。",
        "客户把延误上报给了他们的总监。",
    ),
    ("needs_improvement", "{item}汇总中有两个数字与源数据不一致。", "数据不得不更正后重新发送。"),
    ("neutral", "接手了休假同事负责的{item}。", "保证了对客户服务的连续性。"),
    ("positive", "带教新同事完成{item}的入职培训。", "新同事三周后就能独立工作。"),
)
ITEMS_EN = (
    "quarterly forecast",
    "supplier audit",
    "customer onboarding",
    "release plan",
    "monthly report",
    "pricing proposal",
)
ITEMS_ZH = ("季度预测", "供应商审核", "客户上线项目", "版本计划", "月度报告", "报价方案")
