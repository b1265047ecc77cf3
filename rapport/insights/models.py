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

    class Metric(models.TextChoices):
        COVERAGE = "coverage", _("Coverage below")
        DISAGREEMENT = "disagreement_rate", _("Disagreement rate above")
        FORMALITY = "formality_rate", _("Formality rate above")
        OVERDUE_ACTIONS = "overdue_actions", _("Overdue actions above")

    metric = models.CharField(_("metric"), max_length=24, choices=Metric.choices)
    threshold = models.DecimalField(_("threshold"), max_digits=6, decimal_places=2)
    days_after_deadline = models.PositiveSmallIntegerField(
        _("days after the interview deadline"), default=7
    )
    active = models.BooleanField(default=True)

    class Meta:
        verbose_name = _("alert rule")
        verbose_name_plural = _("alert rules")

    def __str__(self) -> str:
        return f"{self.get_metric_display()} {self.threshold}"
