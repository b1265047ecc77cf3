"""Feedback interviews: scheduling, six stages, outcome, acknowledgement, disagreement."""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from rapport.appraisal.models import Cycle, Scorecard
from rapport.people.models import Employee


class InterviewType(models.TextChoices):
    RESULT_REVIEW = "result_review", _("Result review")
    GOAL_SETTING = "goal_setting", _("Goal setting")
    IMPROVEMENT = "improvement", _("Improvement")
    FOLLOW_UP = "follow_up", _("Follow-up")


class Stage(models.IntegerChoices):
    PREPARATION = 1, _("Preparation")
    OPENING = 2, _("Opening")
    REVIEW = 3, _("Performance review")
    GOALS = 4, _("Goal setting or improvement")
    EMPLOYEE_FEEDBACK = 5, _("Employee feedback")
    SUMMARY = 6, _("Summary")


class Interview(models.Model):
    class State(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        IN_PROGRESS = "in_progress", _("In progress")
        AWAITING_EMPLOYEE = "awaiting_employee", _("Awaiting the employee")
        ACKNOWLEDGED = "acknowledged", _("Acknowledged")
        DISAGREED = "disagreed", _("Disagreed")
        CLOSED = "closed", _("Closed")
        CANCELLED = "cancelled", _("Cancelled")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    employee = models.ForeignKey(
        Employee, verbose_name=_("employee"), on_delete=models.PROTECT, related_name="interviews"
    )
    conductor = models.ForeignKey(
        Employee,
        verbose_name=_("conductor"),
        on_delete=models.PROTECT,
        related_name="interviews_conducted",
    )
    delegation_reason = models.TextField(_("reason for delegating"), blank=True)
    kind = models.CharField(_("type"), max_length=20, choices=InterviewType.choices)
    cycle = models.ForeignKey(
        Cycle,
        verbose_name=_("cycle"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="interviews",
    )
    scorecard = models.ForeignKey(
        Scorecard,
        verbose_name=_("scorecard"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="interviews",
    )
    starts_at = models.DateTimeField(_("starts at"))
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"),
        default=60,
        validators=[MinValueValidator(10), MaxValueValidator(480)],
    )
    place = models.CharField(_("place (room or video link)"), max_length=300)
    purpose = models.TextField(_("purpose"))
    state = models.CharField(
        _("state"), max_length=20, choices=State.choices, default=State.SCHEDULED
    )
    reschedule_count = models.PositiveSmallIntegerField(default=0)
    reschedule_reason = models.TextField(blank=True)
    cancel_reason = models.TextField(blank=True)
    # the supervisor's checklist before the meeting
    time_place_booked = models.BooleanField(_("time and a quiet place booked"), default=False)
    data_collected = models.BooleanField(_("data and evidence collected"), default=False)
    purpose_clear = models.BooleanField(_("purpose clear to both"), default=False)
    started_at = models.DateTimeField(null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    # outcome
    consensus = models.TextField(_("points of consensus"), blank=True)
    agreed_rating = models.CharField(_("agreed rating"), max_length=16, blank=True)
    next_meeting_on = models.DateField(_("next meeting"), null=True, blank=True)
    strengths = models.TextField(_("strengths"), blank=True)
    career_wishes = models.TextField(_("career wishes"), blank=True)
    swot_strengths = models.TextField(_("SWOT: strengths"), blank=True)
    swot_weaknesses = models.TextField(_("SWOT: weaknesses"), blank=True)
    swot_opportunities = models.TextField(_("SWOT: opportunities"), blank=True)
    swot_threats = models.TextField(_("SWOT: threats"), blank=True)
    outcome_submitted_at = models.DateTimeField(null=True, blank=True)
    # Facts for the diagnosis, fixed when the outcome is submitted or the record acknowledged:
    actual_minutes = models.PositiveIntegerField(null=True, blank=True)
    days_late = models.IntegerField(null=True, blank=True)  # against the cycle's interview deadline
    coach_judgements = models.PositiveSmallIntegerField(
        default=0
    )  # "judges_person" findings in the notes
    record_seen_at = models.DateTimeField(
        null=True, blank=True
    )  # the employee first opened the record
    ack_seconds = models.PositiveIntegerField(
        null=True, blank=True
    )  # from first view to acknowledgement
    # acknowledgement (a signature over the canonical record)
    employee_comment = models.TextField(_("employee's comment"), blank=True)
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    record_hash = models.CharField(max_length=64, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        verbose_name = _("interview")
        verbose_name_plural = _("interviews")
        ordering = ["-starts_at"]
        indexes = [
            models.Index(fields=["conductor", "state", "starts_at"]),
            models.Index(fields=["employee", "starts_at"]),
            models.Index(fields=["state", "starts_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} · {self.employee.name}"

    @property
    def is_frozen(self) -> bool:
        return self.state in (
            self.State.ACKNOWLEDGED,
            self.State.DISAGREED,
            self.State.CLOSED,
            self.State.CANCELLED,
        )


class StageNote(models.Model):
    """The shared notes of one stage; saved as the supervisor types, with a version of its own."""

    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="stage_notes")
    stage = models.PositiveSmallIntegerField(choices=Stage.choices)
    notes = models.TextField(blank=True)
    seconds_spent = models.PositiveIntegerField(default=0)
    version = models.PositiveIntegerField(default=1)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["interview", "stage"]
        constraints = [
            models.UniqueConstraint(fields=["interview", "stage"], name="stage_note_once")
        ]

    def __str__(self) -> str:
        return f"{self.interview_id} · {self.get_stage_display()}"


class PrivateNote(models.Model):
    """Notes only their author ever sees, never shared and never part of the signed record."""

    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="private_notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    stage = models.PositiveSmallIntegerField(choices=Stage.choices)
    text = models.TextField(blank=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["interview", "author", "stage"], name="private_note_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.interview_id} · {self.get_stage_display()} (private)"


class Preparation(models.Model):
    """The employee's preparation form."""

    interview = models.OneToOneField(
        Interview, on_delete=models.CASCADE, related_name="preparation"
    )
    went_well = models.TextField(_("what went well"), blank=True)
    difficulties = models.TextField(_("difficulties"), blank=True)
    support_needed = models.TextField(_("support needed"), blank=True)
    career_wishes = models.TextField(_("career wishes"), blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.interview_id} · preparation"


class Task(models.Model):
    class Owner(models.TextChoices):
        EMPLOYEE = "employee", _("Employee")
        SUPERVISOR = "supervisor", _("Supervisor")

    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="tasks")
    owner = models.CharField(_("who"), max_length=12, choices=Owner.choices)
    description = models.CharField(_("task"), max_length=300)
    due_on = models.DateField(_("due"))
    done_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["due_on", "id"]

    def __str__(self) -> str:
        return self.description


class Goal(models.Model):
    """A goal agreed in a goal-setting interview; becomes an indicator on the next scorecard."""

    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="goals")
    title = models.CharField(_("goal"), max_length=200)
    unit = models.CharField(_("unit"), max_length=30, blank=True)
    target = models.DecimalField(
        _("target"), max_digits=14, decimal_places=4, null=True, blank=True
    )
    weight = models.DecimalField(_("weight (%)"), max_digits=5, decimal_places=2)
    copied_to = models.ForeignKey(
        "appraisal.Indicator", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.title


class Amendment(models.Model):
    """A correction after acknowledgement; the employee acknowledges the amended record again."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="amendments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    text = models.TextField(_("amendment"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.interview_id} · {self.created_at:%Y-%m-%d}"


class Signature(models.Model):
    """Every acknowledgement: who, when, and the SHA-256 of the record they saw."""

    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="signatures")
    signer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    signed_at = models.DateTimeField()
    record_hash = models.CharField(max_length=64)

    class Meta:
        ordering = ["signed_at", "id"]

    def __str__(self) -> str:
        return f"{self.signer_id} · {self.record_hash[:12]}"


class Disagreement(models.Model):
    class Reason(models.TextChoices):
        TOO_QUALITATIVE = "too_qualitative", _("The indicators are too qualitative")
        OUTSIDE_CONTROL = "outside_control", _("The causes were outside my control")
        TARGET_TOO_HIGH = "target_too_high", _("The target was too high")
        CONVERSATION = "conversation", _("The conversation itself")
        OTHER = "other", _("Other")

    class State(models.TextChoices):
        OPEN = "open", _("Open")
        UNDER_REVIEW = "under_review", _("Under review")
        RESOLVED = "resolved", _("Resolved")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    class Resolution(models.TextChoices):
        UPHELD = "upheld", _("Result upheld")
        SCORE_ADJUSTED = "score_adjusted", _("Score adjusted")
        NEW_INTERVIEW = "new_interview", _("New interview ordered")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    interview = models.ForeignKey(Interview, on_delete=models.PROTECT, related_name="disagreements")
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    explanation = models.TextField(_("explanation"))
    state = models.CharField(_("state"), max_length=16, choices=State.choices, default=State.OPEN)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewer"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    resolution = models.CharField(
        _("resolution"), max_length=20, choices=Resolution.choices, blank=True
    )
    resolution_note = models.TextField(_("resolution note"), blank=True)
    score_before = models.DecimalField(max_digits=6, decimal_places=2, null=True, blank=True)
    score_after = models.DecimalField(max_digits=6, decimal_places=2, null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("disagreement")
        verbose_name_plural = _("disagreements")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.get_reason_display()} · {self.interview}"


class StageGuide(models.Model):
    """HR's adaptation of one stage's guidance for one interview type (defaults in guides.py)."""

    kind = models.CharField(max_length=20, choices=InterviewType.choices)
    stage = models.PositiveSmallIntegerField(choices=Stage.choices)
    guidance = models.TextField(_("guidance"))
    guidance_zh = models.TextField(_("guidance (Chinese)"))
    questions = models.TextField(_("questions, one per line"), blank=True)
    questions_zh = models.TextField(_("questions (Chinese), one per line"), blank=True)
    checklist = models.TextField(_("checklist, one per line"), blank=True)
    checklist_zh = models.TextField(_("checklist (Chinese), one per line"), blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "stage"], name="stage_guide_once")]

    def __str__(self) -> str:
        return f"{self.kind} · {self.stage}"

    def localized(self) -> dict:
        zh = (get_language() or "").startswith("zh")
        return {
            "guidance": self.guidance_zh if zh else self.guidance,
            "questions": [
                q for q in (self.questions_zh if zh else self.questions).splitlines() if q.strip()
            ],
            "checklist": [
                c for c in (self.checklist_zh if zh else self.checklist).splitlines() if c.strip()
            ],
        }
