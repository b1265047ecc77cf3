import uuid

from django.db import migrations, models


def fill_uuids(apps, schema_editor):
    AlertRule = apps.get_model("insights", "AlertRule")
    for rule in AlertRule.objects.filter(uuid__isnull=True):
        rule.uuid = uuid.uuid4()
        rule.save(update_fields=["uuid"])


def rename_overdue_metric(apps, schema_editor):
    # The rule always counted overdue interviews; its old key said "actions".
    AlertRule = apps.get_model("insights", "AlertRule")
    AlertRule.objects.filter(metric="overdue_actions").update(metric="overdue_interviews")


def restore_overdue_metric(apps, schema_editor):
    AlertRule = apps.get_model("insights", "AlertRule")
    AlertRule.objects.filter(metric="overdue_interviews").update(metric="overdue_actions")


class Migration(migrations.Migration):
    dependencies = [
        ("insights", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="alertrule",
            name="version",
            field=models.PositiveIntegerField(default=1, editable=False),
        ),
        migrations.AddField(
            model_name="alertrule",
            name="uuid",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.RunPython(fill_uuids, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="alertrule",
            name="uuid",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
        migrations.AlterField(
            model_name="alertrule",
            name="active",
            field=models.BooleanField(default=True, verbose_name="enabled"),
        ),
        migrations.AlterField(
            model_name="alertrule",
            name="metric",
            field=models.CharField(
                choices=[
                    ("coverage", "Coverage below"),
                    ("disagreement_rate", "Disagreement rate above"),
                    ("formality_rate", "Formality rate above"),
                    ("overdue_interviews", "Overdue interviews above"),
                ],
                max_length=24,
                verbose_name="metric",
            ),
        ),
        migrations.RunPython(rename_overdue_metric, restore_overdue_metric),
    ]
