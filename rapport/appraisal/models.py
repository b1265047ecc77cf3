"""Appraisal cycles, rating bands, scorecards with quantified indicators, key events, and
feedback from others. State changes happen only in services (see services/)."""

import uuid
from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from rapport.people.models import Department, Employee


def _zh() -> bool:
    return (get_language() or "").startswith("zh")


class Cycle(models.Model):
    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        OPEN = "open", _("Open")
        REVIEW = "review", _("Review")
        CLOSED = "closed", _("Closed")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("name"), max_length=150)
    name_zh = models.CharField(_("Chinese name"), max_length=150, blank=True)
    period_start = models.DateField(_("period start"))
    period_end = models.DateField(_("period end"))
    self_review_deadline = models.DateField(_("self-review deadline"))
    interview_deadline = models.DateField(_("interview deadline"))
    state = models.CharField(_("state"), max_length=16, choices=State.choices, default=State.DRAFT)
    # Empty means everyone active takes part.
    departments = models.ManyToManyField(
        Department, verbose_name=_("participating departments"), blank=True, related_name="+"
    )
    show_reviewer_names = models.BooleanField(
        _("employees see who gave them feedback"), default=False
    )
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        verbose_name = _("appraisal cycle")
        verbose_name_plural = _("appraisal cycles")
        ordering = ["-period_start", "name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(period_end__gte=models.F("period_start")),
                name="cycle_period_ordered",
            )
        ]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        return self.name_zh if self.name_zh and _zh() else self.name

    @property
    def is_closed(self) -> bool:
        return self.state == self.State.CLOSED


class RatingBand(models.Model):
    """A band of the cycle's rating scale: every final score from `min_score` up to the next
    band's minimum gets this band."""

    cycle = models.ForeignKey(Cycle, on_delete=models.CASCADE, related_name="bands")
    code = models.CharField(_("code"), max_length=8)
    label = models.CharField(_("label"), max_length=80)
    label_zh = models.CharField(_("Chinese label"), max_length=80, blank=True)
    min_score = models.DecimalField(
        _("minimum score"),
        max_digits=6,
        decimal_places=2,
        validators=[MinValueValidator(Decimal(0)), MaxValueValidator(Decimal(200))],
    )

    class Meta:
        verbose_name = _("rating band")
        verbose_name_plural = _("rating bands")
        ordering = ["cycle", "-min_score"]
        constraints = [
            models.UniqueConstraint(fields=["cycle", "code"], name="band_unique_code"),
            models.UniqueConstraint(fields=["cycle", "min_score"], name="band_unique_min"),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.display_label}"

    @property
    def display_label(self) -> str:
        return self.label_zh if self.label_zh and _zh() else self.label


class Scorecard(models.Model):
    class State(models.TextChoices):
        DRAFT = "draft", _("Goals being set")
        GOALS_SET = "goals_set", _("Goals set")
        SELF_REVIEWED = "self_reviewed", _("Self-review done")
        SUPERVISOR_REVIEWED = "supervisor_reviewed", _("Supervisor review done")
        FINAL = "final", _("Final")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    cycle = models.ForeignKey(Cycle, on_delete=models.PROTECT, related_name="scorecards")
    employee = models.ForeignKey(Employee, on_delete=models.PROTECT, related_name="scorecards")
    state = models.CharField(_("state"), max_length=24, choices=State.choices, default=State.DRAFT)
    self_comment = models.TextField(_("self-review"), blank=True)
    self_submitted_at = models.DateTimeField(null=True, blank=True)
    supervisor_comment = models.TextField(_("supervisor's comment"), blank=True)
    supervisor_submitted_at = models.DateTimeField(null=True, blank=True)
    final_score = models.DecimalField(
        _("final score"), max_digits=6, decimal_places=2, null=True, blank=True
    )
    band = models.ForeignKey(
        RatingBand, verbose_name=_("rating band"), on_delete=models.SET_NULL, null=True, blank=True
    )
    # Indicator-quality warnings at the last save, so HR can see where indicators are soft.
    quality_warnings = models.PositiveIntegerField(default=0)
    version = models.PositiveIntegerField(default=1, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("scorecard")
        verbose_name_plural = _("scorecards")
        ordering = ["cycle", "employee__name"]
        constraints = [
            models.UniqueConstraint(fields=["cycle", "employee"], name="scorecard_one_per_cycle")
        ]
        indexes = [models.Index(fields=["cycle", "state"])]

    def __str__(self) -> str:
        return f"{self.employee.name} · {self.cycle}"


class Indicator(models.Model):
    class Kind(models.TextChoices):
        QUANTITATIVE = "quantitative", _("Quantitative")
        QUALITATIVE = "qualitative", _("Qualitative")

    class Direction(models.TextChoices):
        HIGHER = "higher", _("Higher is better")
        LOWER = "lower", _("Lower is better")

    class Rule(models.TextChoices):
        LINEAR = "linear", _("Linear from baseline to target, capped at stretch")
        THRESHOLD = "threshold", _("All or nothing: target reached or not")
        RATING = "rating", _("Rating 1–5 against behavioural anchors")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    scorecard = models.ForeignKey(Scorecard, on_delete=models.CASCADE, related_name="indicators")
    position = models.PositiveSmallIntegerField(default=0)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    kind = models.CharField(
        _("kind"), max_length=16, choices=Kind.choices, default=Kind.QUANTITATIVE
    )
    unit = models.CharField(_("unit"), max_length=30, blank=True)
    direction = models.CharField(
        _("direction"), max_length=8, choices=Direction.choices, default=Direction.HIGHER
    )
    weight = models.DecimalField(
        _("weight (%)"),
        max_digits=5,
        decimal_places=2,
        validators=[MinValueValidator(Decimal(0)), MaxValueValidator(Decimal(100))],
    )
    baseline = models.DecimalField(
        _("baseline"), max_digits=14, decimal_places=4, null=True, blank=True
    )
    target = models.DecimalField(
        _("target"), max_digits=14, decimal_places=4, null=True, blank=True
    )
    stretch = models.DecimalField(
        _("stretch"), max_digits=14, decimal_places=4, null=True, blank=True
    )
    actual = models.DecimalField(
        _("actual"), max_digits=14, decimal_places=4, null=True, blank=True
    )
    rule = models.CharField(
        _("scoring rule"), max_length=16, choices=Rule.choices, default=Rule.LINEAR
    )
    # Behavioural anchors for ratings 1..5, in the order of the rating.
    anchors = models.JSONField(_("behavioural anchors"), default=list, blank=True)
    self_rating = models.PositiveSmallIntegerField(
        _("self rating"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    self_comment = models.TextField(_("self comment"), blank=True)
    supervisor_rating = models.PositiveSmallIntegerField(
        _("supervisor rating"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    supervisor_comment = models.TextField(_("supervisor comment"), blank=True)

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["scorecard", "position", "id"]

    def __str__(self) -> str:
        return self.title


class IndicatorTemplate(models.Model):
    """An indicator that scorecards of a job title or a department start with."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    job_title = models.CharField(_("job title"), max_length=150, blank=True)
    department = models.ForeignKey(
        Department, verbose_name=_("department"), on_delete=models.CASCADE, null=True, blank=True
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    kind = models.CharField(_("kind"), max_length=16, choices=Indicator.Kind.choices)
    unit = models.CharField(_("unit"), max_length=30, blank=True)
    direction = models.CharField(_("direction"), max_length=8, choices=Indicator.Direction.choices)
    weight = models.DecimalField(_("weight (%)"), max_digits=5, decimal_places=2)
    baseline = models.DecimalField(
        _("baseline"), max_digits=14, decimal_places=4, null=True, blank=True
    )
    target = models.DecimalField(
        _("target"), max_digits=14, decimal_places=4, null=True, blank=True
    )
    stretch = models.DecimalField(
        _("stretch"), max_digits=14, decimal_places=4, null=True, blank=True
    )
    rule = models.CharField(_("scoring rule"), max_length=16, choices=Indicator.Rule.choices)
    anchors = models.JSONField(_("behavioural anchors"), default=list, blank=True)

    class Meta:
        verbose_name = _("indicator template")
        verbose_name_plural = _("indicator templates")
        ordering = ["job_title", "department__name", "title"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(job_title="") | models.Q(department__isnull=False),
                name="template_for_title_or_department",
            )
        ]

    def __str__(self) -> str:
        return self.title


class KeyEvent(models.Model):
    """A dated, concrete behaviour or result about an employee, logged during the period."""

    class Polarity(models.TextChoices):
        POSITIVE = "positive", _("Positive")
        NEEDS_IMPROVEMENT = "needs_improvement", _("Needs improvement")
        NEUTRAL = "neutral", _("Neutral")

    class RecorderRole(models.TextChoices):
        SUPERVISOR = "supervisor", _("Supervisor")
        EMPLOYEE = "employee", _("Employee")
        HR = "hr", _("HR")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    employee = models.ForeignKey(Employee, on_delete=models.PROTECT, related_name="key_events")
    occurred_on = models.DateField(_("date"))
    what = models.TextField(_("what happened"))
    impact = models.TextField(_("impact"), blank=True)
    polarity = models.CharField(_("kind"), max_length=20, choices=Polarity.choices)
    indicator = models.ForeignKey(
        Indicator,
        verbose_name=_("indicator"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="key_events",
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    recorder_role = models.CharField(_("recorded by"), max_length=12, choices=RecorderRole.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("key event")
        verbose_name_plural = _("key events")
        ordering = ["-occurred_on", "-id"]
        indexes = [models.Index(fields=["employee", "-occurred_on"])]

    def __str__(self) -> str:
        return f"{self.occurred_on} {self.what[:40]}"


def attachment_path(instance: "KeyEventAttachment", filename: str) -> str:
    return f"key-events/{instance.event.uuid}/{uuid.uuid4().hex}"


class KeyEventAttachment(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    event = models.ForeignKey(KeyEvent, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to=attachment_path)
    original_name = models.CharField(max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        return self.original_name


class FeedbackRequest(models.Model):
    """Written feedback asked of a peer or, for a manager, of one of their reports (upward)."""

    class Kind(models.TextChoices):
        PEER = "peer", _("Peer")
        UPWARD = "upward", _("Upward")

    class State(models.TextChoices):
        REQUESTED = "requested", _("Requested")
        SUBMITTED = "submitted", _("Submitted")
        DECLINED = "declined", _("Declined")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    cycle = models.ForeignKey(Cycle, on_delete=models.PROTECT, related_name="feedback_requests")
    subject = models.ForeignKey(Employee, on_delete=models.PROTECT, related_name="feedback_about")
    reviewer = models.ForeignKey(
        Employee, on_delete=models.PROTECT, related_name="feedback_to_give"
    )
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    message = models.TextField(_("message to the reviewer"), blank=True)
    state = models.CharField(
        _("state"), max_length=12, choices=State.choices, default=State.REQUESTED
    )
    rating = models.PositiveSmallIntegerField(
        _("overall rating"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    strengths = models.TextField(_("strengths"), blank=True)
    improvements = models.TextField(_("what could be better"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    submitted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("feedback request")
        verbose_name_plural = _("feedback requests")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["cycle", "subject", "reviewer"], name="feedback_one_request_per_pair"
            ),
            models.CheckConstraint(
                condition=~models.Q(subject=models.F("reviewer")), name="feedback_not_about_oneself"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.reviewer} → {self.subject}"
