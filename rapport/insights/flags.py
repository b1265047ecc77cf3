"""The failure modes of interviews as query conditions, shared by the metrics (which count them
in the database) and by the interview list (which shows the records behind each number)."""

from django.db.models import Exists, F, OuterRef, Q

from rapport.interviews.models import Disagreement, Goal, Interview, StageNote, Task

HELD = ("awaiting_employee", "acknowledged", "disagreed", "closed")
QUICK_ACK_SECONDS = 30
SHORT_SHARE = 0.5


def annotate(interviews):
    """Add the boolean facts that the flags test."""
    from rapport.insights.models import NoteBand
    from rapport.plans.models import Plan

    same_bucket = NoteBand.objects.filter(band=OuterRef("band"), bucket=OuterRef("bucket")).exclude(
        interview=OuterRef("interview")
    )
    copied = NoteBand.objects.filter(interview=OuterRef("pk")).filter(Exists(same_bucket))
    return interviews.annotate(
        has_empty_stage=Exists(StageNote.objects.filter(interview=OuterRef("pk"), notes="")),
        has_voice=Exists(
            StageNote.objects.filter(interview=OuterRef("pk"), stage=5).exclude(notes="")
        ),
        is_copied=Exists(copied),
        was_disagreed=Exists(Disagreement.objects.filter(interview=OuterRef("pk"))),
        has_result=Exists(Task.objects.filter(interview=OuterRef("pk")))
        | Exists(Goal.objects.filter(interview=OuterRef("pk")))
        | Exists(Plan.objects.filter(interview=OuterRef("pk"))),
    )


FLAGS = {
    "held": Q(state__in=HELD),
    "overdue": Q(state__in=("scheduled", "in_progress"), cycle__interview_deadline__lt=F("today")),
    "short": Q(state__in=HELD, actual_minutes__lt=F("duration_minutes") * SHORT_SHARE),
    "empty_stage": Q(state__in=HELD, has_empty_stage=True),
    "no_voice": Q(state__in=HELD, has_voice=False),
    "copied": Q(state__in=HELD, is_copied=True),
    "quick_ack": Q(ack_seconds__lt=QUICK_ACK_SECONDS),
    "disagreed": Q(state__in=HELD, was_disagreed=True),
    "no_result": Q(state__in=HELD, has_result=False),
    "late": Q(state__in=HELD, days_late__gt=0),
    "rescheduled": Q(reschedule_count__gt=0),
}
FORMALITY = ("short", "empty_stage", "no_voice", "copied", "quick_ack")


def formal(q_today_ok: bool = True) -> Q:
    """Held interviews showing at least one sign of being a formality."""
    condition = Q()
    for name in FORMALITY:
        condition |= FLAGS[name]
    return condition


def with_today(interviews):
    import datetime

    from django.db.models import Value
    from django.db.models.fields import DateField
    from django.utils import timezone

    today: datetime.date = timezone.localdate()
    return interviews.annotate(today=Value(today, output_field=DateField()))


def flagged(interviews, flag: str):
    if flag not in FLAGS:
        return interviews.none()
    return with_today(annotate(interviews)).filter(FLAGS[flag])


__all__ = ["FLAGS", "FORMALITY", "HELD", "Interview", "annotate", "flagged", "formal", "with_today"]
