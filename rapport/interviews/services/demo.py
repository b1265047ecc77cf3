"""Demo interviews in every state, in the language of each employee (a sample, whatever N)."""

import datetime
import random
from typing import Any

from django.db import transaction
from django.utils import timezone

from rapport.appraisal.models import Cycle, Scorecard
from rapport.interviews.models import (
    Disagreement,
    Interview,
    Preparation,
    Signature,
    StageNote,
    Task,
)
from rapport.interviews.services.meeting import note_bands_store
from rapport.interviews.services.signing import record_hash
from rapport.people.models import Employee, Language

SAMPLE = 160
STATES = [
    "scheduled",
    "scheduled",
    "in_progress",
    "awaiting_employee",
    "acknowledged",
    "acknowledged",
    "disagreed",
    "closed",
    "cancelled",
]

TEXT: dict[str, dict[str, Any]] = {
    "en": {
        "place": "Meeting room 3 (quiet)",
        "purpose": "Review the results of the half year and agree the next steps.",
        "stage1": "Checked the scorecard, %(n)s key events and the previous agreements.",
        "judging": "You are careless with numbers. ",
        "notes": {
            2: "Explained the purpose and the agenda; one hour planned.",
            3: "Thank you for closing the supplier audit two days early. Revenue reached 80% of target; the September report was sent three days late, so the client escalated. How do you see it?",
            4: "Agreed: weekly pipeline review, and a pricing training in January so that next quarter's proposals go out on time.",
            5: "Wants to lead a small project next year; finds the reporting tool slow.",
            6: "Summarised the consensus and the tasks; next meeting in six weeks.",
        },
        "consensus": "Results on target except revenue; both agree the report delays must stop.",
        "prep": (
            "Closed the supplier audit early.",
            "Reporting tool is slow.",
            "Pricing training.",
            "Lead a project next year.",
        ),
        "tasks": [
            ("employee", "Send the pipeline every Friday"),
            ("supervisor", "Book the pricing training"),
        ],
        "disagree": "The revenue target was raised after the region was split; the drop was outside my control.",
        "comment": "Fair summary; thank you for the support offered.",
    },
    "zh": {
        "place": "3 号会议室（安静）",
        "purpose": "回顾上半年的结果，并商定下一步安排。",
        "stage1": "核对了绩效表、%(n)s 个关键事件和上次的约定。",
        "judging": "你太粗心了。",
        "notes": {
            2: "说明了面谈目的和议程，预计一小时。",
            3: "感谢你提前两天完成了供应商审核。收入达到目标的 80%；9 月的报告晚了三天发出，客户因此升级投诉。你怎么看？",
            4: "商定：每周回顾销售漏斗，1 月参加定价培训，这样下季度的报价能按时发出。",
            5: "希望明年负责一个小项目；觉得报表工具太慢。",
            6: "总结了共识和任务；六周后再次面谈。",
        },
        "consensus": "除收入外各项结果达标；双方同意必须解决报告延误的问题。",
        "prep": (
            "提前完成了供应商审核。",
            "报表工具太慢。",
            "定价方面的培训。",
            "明年负责一个项目。",
        ),
        "tasks": [("employee", "每周五发送销售漏斗"), ("supervisor", "预订定价培训")],
        "disagree": "区域拆分后收入目标反而提高了，下滑的原因不在我的控制范围内。",
        "comment": "总结客观，谢谢提供的支持。",
    },
}


@transaction.atomic
def seed_interviews(*, seed: int = 1) -> int:
    rng = random.Random(seed * 104729)
    cycle = Cycle.objects.filter(state=Cycle.State.OPEN).order_by("-period_start").first()
    if cycle is None:
        return 0
    manager = Employee.objects.filter(user__username="manager").first()
    team = (
        list(Employee.objects.filter(manager=manager).select_related("user", "manager__user"))
        if manager
        else []
    )
    others = list(
        Employee.objects.filter(manager__isnull=False)
        .exclude(manager=manager)
        .select_related("user", "manager__user")
        .order_by("pk")
    )
    sample = team + rng.sample(others, min(SAMPLE, len(others)))
    cards = {c.employee_id: c for c in Scorecard.objects.filter(cycle=cycle, employee__in=sample)}
    now = timezone.now()
    count = 0
    previous_notes: dict[int, str] | None = None
    for index, person in enumerate(sample):
        lang = "zh" if person.user.language == Language.ZH_HANS else "en"
        words = TEXT[lang]
        if person.user.username == "employee":
            state = "scheduled"
        elif person.manager_id == getattr(manager, "pk", None):
            state = [
                "awaiting_employee",
                "acknowledged",
                "disagreed",
                "scheduled",
                "in_progress",
                "closed",
            ][index % 6]
        else:
            state = rng.choice(STATES)
        future = state in ("scheduled", "cancelled")
        starts = now + datetime.timedelta(
            days=rng.randint(1, 20) if future else -rng.randint(1, 30), hours=rng.randint(0, 6)
        )
        starts = starts.replace(minute=0, second=0, microsecond=0)
        interview = Interview.objects.create(
            employee=person,
            conductor=person.manager,  # type: ignore[misc]  # the sample only holds people with a manager
            kind="result_review",
            cycle=cycle,
            scorecard=cards.get(person.pk),
            starts_at=starts,
            duration_minutes=60,
            place=words["place"],
            purpose=words["purpose"],
            state="scheduled",
            created_by=person.manager.user,  # type: ignore[union-attr]  # sample has managers
            time_place_booked=True,
            data_collected=not future,
            purpose_clear=True,
            reschedule_count=1 if rng.random() < 0.15 else 0,
        )
        prepared = not future or rng.random() < 0.5
        Preparation.objects.create(
            interview=interview,
            went_well=words["prep"][0],
            difficulties=words["prep"][1],
            support_needed=words["prep"][2],
            career_wishes=words["prep"][3],
            submitted_at=starts - datetime.timedelta(days=1) if prepared else None,
        )
        if state == "cancelled":
            Interview.objects.filter(pk=interview.pk).update(state="cancelled", cancel_reason="—")
        if state in ("scheduled", "cancelled"):
            count += 1
            continue
        notes = dict(words["notes"])
        notes[1] = words["stage1"] % {"n": rng.randint(2, 9)}
        notes[3] = notes[3].replace("80%", f"{rng.randint(55, 120)}%")
        if rng.random() < 0.1:
            notes[3] = words["judging"] + notes[3]
        if rng.random() < 0.2:
            notes[1] = ""  # a stage left empty: one sign of a formality
        if previous_notes is not None and rng.random() < 0.1:
            notes = dict(previous_notes)  # copy-pasted from another interview
        previous_notes = notes
        StageNote.objects.bulk_create(
            [
                StageNote(
                    interview=interview,
                    stage=s,
                    notes=notes.get(s, ""),
                    seconds_spent=rng.randint(120, 900),
                )
                for s in range(1, 7)
            ]
        )
        if state == "in_progress":
            Interview.objects.filter(pk=interview.pk).update(state="in_progress", started_at=starts)
            count += 1
            continue
        ended = starts + datetime.timedelta(minutes=55)
        Task.objects.bulk_create(
            [
                Task(
                    interview=interview,
                    owner=o,
                    description=d,
                    due_on=(ended + datetime.timedelta(days=21)).date(),
                )
                for o, d in words["tasks"]
            ]
        )
        Interview.objects.filter(pk=interview.pk).update(
            state="awaiting_employee",
            started_at=starts,
            ended_at=ended,
            outcome_submitted_at=ended,
            consensus=words["consensus"],
            agreed_rating=rng.choice(["A", "B", "B", "C", "not_agreed"]),
            next_meeting_on=(ended + datetime.timedelta(days=42)).date(),
            actual_minutes=rng.choice([15, 20]) if rng.random() < 0.15 else rng.randint(40, 70),
            days_late=0,
            coach_judgements=1 if notes[3].startswith(words["judging"]) else 0,
            record_seen_at=ended + datetime.timedelta(hours=19),
            ack_seconds=rng.randint(3, 20) if rng.random() < 0.1 else rng.randint(120, 3000),
        )
        interview.refresh_from_db()
        note_bands_store(interview)
        if state in ("acknowledged", "closed"):
            digest = record_hash(interview)
            signed = ended + datetime.timedelta(hours=20)
            Signature.objects.create(
                interview=interview, signer=person.user, signed_at=signed, record_hash=digest
            )
            Interview.objects.filter(pk=interview.pk).update(
                state=state,
                acknowledged_at=signed,
                record_hash=digest,
                employee_comment=words["comment"],
            )
        elif state == "disagreed":
            Disagreement.objects.create(
                interview=interview,
                reason=rng.choice(["outside_control", "target_too_high", "too_qualitative"]),
                explanation=words["disagree"],
            )
            Interview.objects.filter(pk=interview.pk).update(state="disagreed")
        count += 1
    return count
