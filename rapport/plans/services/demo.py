"""Demo improvement plans in every state, in each employee's language."""

import datetime
import random
from typing import Any

from django.db import transaction
from django.utils import timezone

from rapport.people.models import Employee, Language
from rapport.plans.models import Action, Cause, Escalation, Gap, Plan, PlanSignature, ProgressUpdate
from rapport.plans.services.plans import plan_hash

TEXT: dict[str, dict[str, Any]] = {
    "en": {
        "title": "Monthly reports on time",
        "gap": "Three of the last six monthly reports were sent after the 5th.",
        "internal": ("skills", "Not yet fluent with the reporting tool."),
        "external": ("process", "Sales data arrives on the 3rd working day."),
        "actions": [
            ("Reporting tool training", "training", "Certificate and the next report built alone."),
            (
                "Weekly check-in on the report draft",
                "coaching",
                "Drafts ready by the 3rd for two months.",
            ),
            (
                "Agree an earlier data extract with Finance",
                "process_fix",
                "Data available on the 1st working day.",
            ),
        ],
        "question": "Can the monthly sales extract run on the 1st working day?",
        "reply": "Yes: from next month the extract runs on the 1st.",
        "progress": "Finished the first two modules of the course.",
        "outcome": "Reports sent on time for three months.",
    },
    "zh": {
        "title": "月度报告按时提交",
        "gap": "最近六份月度报告中有三份在 5 号之后才发出。",
        "internal": ("skills", "对报表工具还不够熟练。"),
        "external": ("process", "销售数据要到第 3 个工作日才提供。"),
        "actions": [
            ("参加报表工具培训", "training", "取得证书，并独立完成下一份报告。"),
            ("每周检查一次报告草稿", "coaching", "连续两个月在 3 号前完成草稿。"),
            ("与财务部商定提前提取数据", "process_fix", "第 1 个工作日即可拿到数据。"),
        ],
        "question": "月度销售数据能否在第 1 个工作日提取？",
        "reply": "可以：从下个月起在第 1 个工作日提取。",
        "progress": "已完成课程前两个模块。",
        "outcome": "连续三个月按时提交报告。",
    },
}
STATES = [
    "draft",
    "awaiting_signatures",
    "active",
    "active",
    "active",
    "completed",
    "not_successful",
]


@transaction.atomic
def seed_plans(*, seed: int = 1, count: int = 14) -> int:
    rng = random.Random(seed * 7877)
    employee = (
        Employee.objects.filter(user__username="employee")
        .select_related("manager__user", "user")
        .first()
    )
    pool = list(
        Employee.objects.filter(manager__isnull=False, is_active=True)
        .select_related("manager__user", "user")
        .order_by("pk")
    )
    if not pool:
        return 0
    people = ([employee] if employee else []) + rng.sample(pool, min(count, len(pool)))
    owners = (
        list(
            Employee.objects.filter(
                manager__manager__isnull=True, manager__isnull=False
            ).select_related("user")
        )
        or pool[:1]
    )
    today = timezone.localdate()
    made = 0
    for index, person in enumerate(people):
        if person is None or person.manager is None:
            continue
        state = "active" if person.user.username == "employee" else STATES[index % len(STATES)]
        words = TEXT["zh" if person.user.language == Language.ZH_HANS else "en"]
        start = today - datetime.timedelta(days=rng.randint(10, 60))
        plan = Plan.objects.create(
            employee=person,
            supervisor=person.manager,
            title=words["title"],
            start_on=start,
            end_on=start + datetime.timedelta(days=90),
            checkpoints=[(start + datetime.timedelta(days=45)).isoformat()],
            created_by=person.manager.user,
        )
        Gap.objects.create(plan=plan, description=words["gap"])
        Cause.objects.create(
            plan=plan, category=words["internal"][0], description=words["internal"][1]
        )
        external = Cause.objects.create(
            plan=plan, category=words["external"][0], description=words["external"][1]
        )
        inspector = person.manager.manager or person.manager
        for n, (measure, kind, success) in enumerate(words["actions"]):
            Action.objects.create(
                plan=plan,
                measure=measure,
                kind=kind,
                start_on=start,
                due_on=start + datetime.timedelta(days=20 + 20 * n),
                responsible=person if kind != "process_fix" else person.manager,
                inspector=inspector
                if kind != "process_fix"
                else person.manager.manager or inspector,
                success_criterion=success,
            )
        if inspector.pk == person.manager.pk:
            Action.objects.filter(
                plan=plan, inspector=person.manager, responsible=person.manager
            ).update(inspector=person)
        if state == "draft":
            made += 1
            continue
        signed_at = timezone.now() - datetime.timedelta(days=rng.randint(5, 9))
        digest = plan_hash(plan)
        roles = (
            [("supervisor", person.manager.user)]
            if state == "awaiting_signatures"
            else [("supervisor", person.manager.user), ("employee", person.user)]
        )
        for role, user in roles:
            PlanSignature.objects.create(
                plan=plan, round=1, signer=user, role=role, signed_at=signed_at, record_hash=digest
            )
        fields: dict[str, Any] = {"state": state}
        if state != "awaiting_signatures":
            fields["hr_copy_at"] = signed_at
            actions = list(plan.actions.order_by("due_on"))
            ProgressUpdate.objects.create(
                action=actions[0], author=person.user, note=words["progress"], percent=100
            )
            Action.objects.filter(pk=actions[0].pk).update(
                state="verified" if state != "active" or index % 2 else "done", percent=100
            )
            Action.objects.filter(pk=actions[1].pk).update(state="in_progress", percent=40)
            owner = rng.choice(owners)
            escalation = Escalation.objects.create(
                cause=external,
                process_owner=owner,
                question=words["question"],
                created_by=person.manager.user,
            )
            asked = signed_at + datetime.timedelta(days=1)
            Escalation.objects.filter(pk=escalation.pk).update(
                created_at=asked,
                reply=words["reply"] if index % 2 else "",
                replied_at=asked + datetime.timedelta(hours=rng.randint(4, 120))
                if index % 2
                else None,
            )
        if state in ("completed", "not_successful"):
            if state == "completed":
                plan.actions.update(state="verified", percent=100)
            fields.update(outcome_note=words["outcome"], closed_at=timezone.now())
        Plan.objects.filter(pk=plan.pk).update(**fields)
        made += 1
    return made
