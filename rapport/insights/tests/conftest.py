import datetime

import pytest
from django.utils import timezone

from rapport.conftest import in_days
from rapport.interviews.models import Disagreement, Interview, StageNote, Task
from rapport.interviews.services.meeting import note_bands_store

DISTINCT = {
    "employee": "Closed two key accounts in August; onboarding of the Suzhou client slipped a week because of missing contracts.",
    "peer": "库存盘点差异从 3% 降到 0.8%，但周报经常漏掉退货数据，下季度要和仓库一起核对流程。",
    "outsider": "Machine uptime rose to 97 percent after the new maintenance rota; safety walk findings dropped from nine to two.",
    "other_manager": "Budget review postponed twice; hiring plan for the night shift still open, three offers out.",
}
COPIED = "Revenue reached 80% of target in Q3; the September report was late and the client escalated. We agreed on a weekly review."


@pytest.fixture
def diagnosis(org, cycle):
    """Sales (manager, employee, peer, lead, deep: 5 due), Operations (other_manager, outsider: 2),
    People (hr: 1), Company (ceo: 1): 9 due.

    employee: held, clean (55 of 60 minutes, every stage written, tasks, acknowledged after 10 min)
    peer:     held, 20 of 60 minutes (short), no employee-feedback notes, no tasks
    lead:     held, disagreed, notes identical to deep's (copied), no tasks
    deep:     held, notes identical to lead's (copied), acknowledged in 5 s, tasks
    outsider: still scheduled after the deadline (overdue), rescheduled twice
    other_manager: cancelled (not counted)
    """
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    cycle.interview_deadline = yesterday
    cycle.save()

    def make(who, state, minutes=55, notes=None, ack=None, tasks=False, **extra):
        interview = Interview.objects.create(
            employee=org[who],
            conductor=org[who].manager,
            kind="result_review",
            cycle=cycle,
            starts_at=in_days(-3),
            duration_minutes=60,
            place="Room",
            purpose="Review",
            state=state,
            created_by=org["manager"].user,
            actual_minutes=minutes if state != "scheduled" else None,
            ack_seconds=ack,
            **extra,
        )
        texts = notes or {s: f"{DISTINCT[who]} (stage {s})" for s in range(1, 7)}
        StageNote.objects.bulk_create(
            [StageNote(interview=interview, stage=s, notes=texts.get(s, "")) for s in range(1, 7)]
        )
        if tasks:
            Task.objects.create(
                interview=interview,
                owner="employee",
                description="Weekly pipeline",
                due_on=yesterday + datetime.timedelta(days=30),
            )
        note_bands_store(interview)
        return interview

    make("employee", "acknowledged", ack=600, tasks=True)
    make(
        "peer",
        "awaiting_employee",
        minutes=20,
        notes={s: f"{DISTINCT['peer']} (stage {s})" for s in (1, 2, 3, 4, 6)},
    )
    copied = {s: COPIED for s in range(1, 7)}
    lead = make("lead", "disagreed", notes=copied)
    Disagreement.objects.create(interview=lead, reason="other", explanation="Too short a meeting.")
    make("deep", "closed", notes=copied, ack=5, tasks=True)
    make("outsider", "scheduled", reschedule_count=2)
    make("other_manager", "cancelled")
    return cycle
