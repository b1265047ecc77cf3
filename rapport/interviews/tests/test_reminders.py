import datetime

from django.core.management import call_command
from django.utils import timezone

from rapport.conftest import hold
from rapport.interviews.models import Interview
from rapport.interviews.services.disagreements import interview_disagree
from rapport.interviews.services.reminders import reminders_send
from rapport.notify.models import Notification


def at(days: float) -> datetime.datetime:
    return timezone.now() + datetime.timedelta(days=days)


def test_each_reminder_is_sent_once_however_often_it_runs(org, interview):
    start = interview.starts_at
    # two days before: the employee has not prepared
    first = reminders_send(now=start - datetime.timedelta(days=2))
    again = reminders_send(now=start - datetime.timedelta(days=1, hours=20))
    assert first["preparation"] == 1 and again["preparation"] == 0
    # the day before: both are reminded, once
    day_before = start - datetime.timedelta(days=1)
    assert reminders_send(now=day_before)["tomorrow"] == 2
    assert reminders_send(now=day_before)["tomorrow"] == 0
    assert Notification.objects.filter(kind="reminder.tomorrow").count() == 2


def test_a_rescheduled_interview_is_reminded_again(org, interview):
    from rapport.conftest import in_days
    from rapport.interviews.services.scheduling import interview_reschedule

    reminders_send(now=interview.starts_at - datetime.timedelta(days=1))
    interview_reschedule(
        actor=org["manager"].user,
        interview=interview,
        version=interview.version,
        starts_at=in_days(6),
        reason="Trade fair.",
    )
    interview.refresh_from_db()
    assert reminders_send(now=interview.starts_at - datetime.timedelta(days=1))["tomorrow"] == 2


def test_overdue_interviews_remind_the_supervisor(org, interview):
    cycle = interview.cycle
    late = cycle.interview_deadline + datetime.timedelta(days=1)
    now = timezone.make_aware(datetime.datetime.combine(late, datetime.time(9)))
    assert reminders_send(now=now)["overdue"] == 1
    assert reminders_send(now=now + datetime.timedelta(days=3))["overdue"] == 0
    assert Notification.objects.get(kind="reminder.overdue").user == org["manager"].user


def test_pending_acknowledgement_and_waiting_cases(org, interview):
    held = hold(org, interview)
    assert reminders_send(now=at(1))["acknowledgement"] == 0
    assert reminders_send(now=at(3))["acknowledgement"] == 1
    assert reminders_send(now=at(4))["acknowledgement"] == 0
    held.refresh_from_db()
    interview_disagree(
        actor=org["employee"].user,
        interview=held,
        version=held.version,
        reason="other",
        explanation="The meeting lasted ten minutes.",
    )
    assert reminders_send(now=at(5))["case"] == 1  # one HR user
    assert reminders_send(now=at(9))["case"] == 0


def test_the_command_runs_and_can_pretend_a_time(org, interview, capsys):
    day_before = (interview.starts_at - datetime.timedelta(days=1)).isoformat()
    call_command("send_reminders", "--now", day_before)
    assert "tomorrow 2" in capsys.readouterr().out
    call_command("send_reminders", "--now", day_before)
    assert "tomorrow 0" in capsys.readouterr().out
    assert Interview.objects.count() == 1
