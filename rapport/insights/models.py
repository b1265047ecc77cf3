import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _


class NoteBand(models.Model):
    """One LSH band of the MinHash of an interview's shared notes (see similarity.py)."""

    interview = models.ForeignKey(
        "interviews.Interview", on_delete=models.CASCADE, related_name="note_bands"
    )
    band = models.PositiveSmallIntegerField()
    bucket = models.CharField(max_length=16)

    class Meta:
        indexes = [models.Index(fields=["band", "bucket"])]
        constraints = [models.UniqueConstraint(fields=["interview", "band"], name="note_band_once")]

    def __str__(self) -> str:
        return f"{self.interview_id}:{self.band}:{self.bucket}"


class AlertRule(models.Model):
    """HR is told when a department crosses a threshold, some days after the interview deadline."""

    # Rates are percentages; overdue interviews are a count.
    PERCENT_METRICS = ("coverage", "disagreement_rate", "formality_rate")

    class Metric(models.TextChoices):
        COVERAGE = "coverage", _("Coverage below")
        DISAGREEMENT = "disagreement_rate", _("Disagreement rate above")
        FORMALITY = "formality_rate", _("Formality rate above")
        OVERDUE_INTERVIEWS = "overdue_interviews", _("Overdue interviews above")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    metric = models.CharField(_("metric"), max_length=24, choices=Metric.choices)
    threshold = models.DecimalField(_("threshold"), max_digits=6, decimal_places=2)
    days_after_deadline = models.PositiveSmallIntegerField(
        _("days after the interview deadline"), default=7
    )
    active = models.BooleanField(_("enabled"), default=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        verbose_name = _("alert rule")
        verbose_name_plural = _("alert rules")

    def __str__(self) -> str:
        return f"{self.get_metric_display()} {self.threshold_display}"

    @property
    def threshold_display(self) -> str:
        value = f"{self.threshold.normalize():f}"
        return f"{value}%" if self.metric in self.PERCENT_METRICS else value
