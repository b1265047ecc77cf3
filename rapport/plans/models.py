"""Performance improvement plans: gaps, causes, actions with a responsible person and an
inspector, progress, escalations to process owners, and two signatures."""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from rapport.appraisal.models import Cycle, Indicator, KeyEvent
from rapport.interviews.models import Interview
from rapport.people.models import Employee


class Plan(models.Model):
    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        AWAITING_SIGNATURES = "awaiting_signatures", _("Awaiting signatures")
        ACTIVE = "active", pgettext_lazy("plan state", "Active")
        COMPLETED = "completed", _("Completed")
        NOT_SUCCESSFUL = "not_successful", _("Not successful")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    employee = models.ForeignKey(
        Employee, verbose_name=_("employee"), on_delete=models.PROTECT, related_name="plans"
    )
    supervisor = models.ForeignKey(
        Employee,
        verbose_name=_("supervisor"),
        on_delete=models.PROTECT,
        related_name="plans_supervised",
    )
    interview = models.ForeignKey(
        Interview,
        verbose_name=_("interview"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="plans",
    )
    cycle = models.ForeignKey(
        Cycle, on_delete=models.SET_NULL, null=True, blank=True, related_name="plans"
    )
    title = models.CharField(_("title"), max_length=200)
    start_on = models.DateField(_("start"))
    end_on = models.DateField(_("end"))
    checkpoints = models.JSONField(_("checkpoint dates"), default=list, blank=True)
    state = models.CharField(_("state"), max_length=24, choices=State.choices, default=State.DRAFT)
    # incremented by every amendment after signing; signatures belong to a round
    round = models.PositiveSmallIntegerField(default=1)
    hr_copy_at = models.DateTimeField(null=True, blank=True)
    outcome_note = models.TextField(_("outcome note"), blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        verbose_name = _("improvement plan")
        verbose_name_plural = _("improvement plans")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["state", "end_on"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_on__gte=models.F("start_on")), name="plan_dates_ordered"
            )
        ]

    def __str__(self) -> str:
        return f"{self.title} · {self.employee.name}"

    @property
    def is_frozen(self) -> bool:
        return self.state != self.State.DRAFT


class Gap(models.Model):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="gaps")
    description = models.TextField(_("gap"))
    indicator = models.ForeignKey(
        Indicator,
        verbose_name=_("indicator"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    key_event = models.ForeignKey(
        KeyEvent,
        verbose_name=_("key event"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.description[:60]


class Cause(models.Model):
    class Category(models.TextChoices):
        ATTITUDE = "attitude", _("Attitude")
        KNOWLEDGE = "knowledge", _("Knowledge")
        SKILLS = "skills", _("Skills")
        WAYS_OF_WORKING = "ways_of_working", _("Ways of working")
        POLICY = "policy", _("Policy or system")
        PROCESS = "process", _("Process")
        RESOURCES = "resources", _("Resources")
        ATMOSPHERE = "atmosphere", _("Atmosphere")

    INTERNAL = ("attitude", "knowledge", "skills", "ways_of_working")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="causes")
    category = models.CharField(_("category"), max_length=20, choices=Category.choices)
    description = models.TextField(_("description"))

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.get_category_display()}: {self.description[:50]}"

    @property
    def is_external(self) -> bool:
        return self.category not in self.INTERNAL


class Action(models.Model):
    class Kind(models.TextChoices):
        TRAINING = "training", _("Training")
        COACHING = "coaching", _("Coaching")
        PRACTICE = "practice", _("Practice assignment")
        PROCESS_FIX = "process_fix", _("Process fix")
        RESOURCE = "resource", _("Resource or support")

    class State(models.TextChoices):
        PLANNED = "planned", _("Planned")
        IN_PROGRESS = "in_progress", _("In progress")
        DONE = "done", _("Done, waiting for the inspector")
        VERIFIED = "verified", _("Verified")
        DROPPED = "dropped", _("Dropped")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="actions")
    measure = models.CharField(_("measure"), max_length=300)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    cause = models.ForeignKey(
        Cause,
        verbose_name=_("cause"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="actions",
    )
    start_on = models.DateField(_("start"))
    due_on = models.DateField(_("due"))
    responsible = models.ForeignKey(
        Employee,
        verbose_name=_("responsible"),
        on_delete=models.PROTECT,
        related_name="actions_responsible",
    )
    inspector = models.ForeignKey(
        Employee,
        verbose_name=_("inspector"),
        on_delete=models.PROTECT,
        related_name="actions_inspected",
    )
    success_criterion = models.TextField(_("success criterion"))
    state = models.CharField(
        _("state"), max_length=16, choices=State.choices, default=State.PLANNED
    )
    percent = models.PositiveSmallIntegerField(default=0, validators=[MaxValueValidator(100)])
    drop_reason = models.TextField(blank=True)
    inspector_comment = models.TextField(blank=True)
    verified_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["due_on", "id"]
        indexes = [models.Index(fields=["state", "due_on"])]

    def __str__(self) -> str:
        return self.measure

    @property
    def is_overdue(self) -> bool:
        return (
            self.state in (self.State.PLANNED, self.State.IN_PROGRESS)
            and self.due_on < timezone.localdate()
        )


def evidence_path(instance: "ProgressUpdate", filename: str) -> str:
    return f"plan-evidence/{instance.action.uuid}/{uuid.uuid4().hex}"


class ProgressUpdate(models.Model):
    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="updates")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    note = models.TextField(_("progress note"))
    percent = models.PositiveSmallIntegerField(
        _("percent done"), validators=[MinValueValidator(0), MaxValueValidator(100)]
    )
    evidence = models.FileField(upload_to=evidence_path, blank=True)
    evidence_name = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.percent}% · {self.note[:40]}"


class Escalation(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    cause = models.ForeignKey(Cause, on_delete=models.CASCADE, related_name="escalations")
    process_owner = models.ForeignKey(
        Employee,
        verbose_name=_("process owner"),
        on_delete=models.PROTECT,
        related_name="escalations",
    )
    question = models.TextField(_("what needs to change"))
    reply = models.TextField(_("reply"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    replied_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.question[:60]


class PlanSignature(models.Model):
    class Role(models.TextChoices):
        SUPERVISOR = "supervisor", _("Supervisor")
        EMPLOYEE = "employee", _("Employee")

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="signatures")
    round = models.PositiveSmallIntegerField()
    signer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    role = models.CharField(max_length=12, choices=Role.choices)
    signed_at = models.DateTimeField()
    record_hash = models.CharField(max_length=64)

    class Meta:
        ordering = ["round", "signed_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "round", "role"], name="plan_signature_once_per_round"
            )
        ]

    def __str__(self) -> str:
        return f"{self.role} · {self.record_hash[:12]}"
