import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from rapport.conftest import PASSWORD, sign_plan
from rapport.notify.models import Notification
from rapport.plans.models import Action, Plan
from rapport.plans.services import plans as p


def test_a_plan_needs_gaps_causes_and_actions_before_signing(org):
    today = timezone.localdate()
    empty = p.plan_create(
        actor=org["manager"].user,
        employee=org["employee"],
        title="x",
        start_on=today,
        end_on=today + datetime.timedelta(days=30),
    )
    with pytest.raises(ValidationError, match="at least one gap"):
        p.plan_submit(actor=org["manager"].user, plan=empty, version=empty.version)


def test_dates_and_people_are_validated(org, plan):
    today = timezone.localdate()
    with pytest.raises(ValidationError) as excinfo:
        p.action_add(
            actor=org["manager"].user,
            plan=plan,
            measure="x",
            kind="coaching",
            start_on=today,
            due_on=today + datetime.timedelta(days=400),
            responsible=org["employee"],
            inspector=org["employee"],
            success_criterion="",
        )
    assert set(excinfo.value.message_dict) == {"due_on", "inspector", "success_criterion"}
    with pytest.raises(ValidationError):
        p.plan_create(
            actor=org["manager"].user,
            employee=org["employee"],
            title="x",
            start_on=today,
            end_on=today,
        )


@pytest.mark.parametrize("who", ["employee", "peer", "lead", "outsider"])
def test_only_the_supervisor_or_hr_builds_the_plan(org, plan, who):
    with pytest.raises(PermissionDenied):
        p.gap_add(actor=org[who].user, plan=plan, description="x")


def test_both_sign_then_the_plan_is_active_frozen_and_hr_gets_its_copy(org, plan):
    p.plan_submit(actor=org["manager"].user, plan=plan, version=plan.version)
    plan.refresh_from_db()
    with pytest.raises(PermissionDenied):
        p.gap_add(actor=org["manager"].user, plan=plan, description="late addition")
    with pytest.raises(ValidationError, match="password"):
        p.plan_sign(actor=org["employee"].user, plan=plan, version=plan.version, password="nope")
    with pytest.raises(PermissionDenied):
        p.plan_sign(actor=org["lead"].user, plan=plan, version=plan.version, password=PASSWORD)
    p.plan_sign(actor=org["employee"].user, plan=plan, version=plan.version, password=PASSWORD)
    plan.refresh_from_db()
    assert plan.state == "awaiting_signatures"
    with pytest.raises(ValidationError, match="already signed"):
        p.plan_sign(actor=org["employee"].user, plan=plan, version=plan.version, password=PASSWORD)
    p.plan_sign(actor=org["manager"].user, plan=plan, version=plan.version, password=PASSWORD)
    plan.refresh_from_db()
    assert plan.state == "active" and plan.hr_copy_at is not None
    assert Notification.objects.filter(user=org["hr"].user, kind="plan.hr_copy").exists()
    assert p.plan_verify(plan)
    assert {s.role for s in plan.signatures.all()} == {"supervisor", "employee"}


def test_tampering_with_a_signed_plan_is_detected(org, plan):
    signed = sign_plan(org, plan)
    Action.objects.filter(plan=signed).update(success_criterion="Something easier.")
    assert not p.plan_verify(signed)


def test_an_amendment_needs_both_signatures_again(org, plan):
    signed = sign_plan(org, plan)
    first_hash = signed.signatures.get(role="employee").record_hash
    with pytest.raises(PermissionDenied):
        p.plan_amend(actor=org["employee"].user, plan=signed, version=signed.version)
    extended = p.plan_amend(
        actor=org["manager"].user,
        plan=signed,
        version=signed.version,
        end_on=signed.end_on + datetime.timedelta(days=30),
    )
    assert (extended.state, extended.round) == ("draft", 2)
    assert not p.plan_verify(extended)
    again = sign_plan(org, extended)
    assert again.state == "active" and p.plan_verify(again)
    assert (
        again.signatures.count() == 4
        and again.signatures.get(round=2, role="employee").record_hash != first_hash
    )


def test_progress_inspection_and_send_back(org, plan):
    signed = sign_plan(org, plan)
    action = signed.actions.get()
    with pytest.raises(PermissionDenied):
        p.progress_post(actor=org["lead"].user, action=action, note="x", percent=50)
    p.progress_post(
        actor=org["employee"].user, action=action, note="Finished the course.", percent=100
    )
    action.refresh_from_db()
    assert action.state == "done"
    assert Notification.objects.filter(user=org["lead"].user, kind="action.inspect").exists()
    with pytest.raises(ValidationError):
        p.action_inspect(actor=org["lead"].user, action=action, confirm=False, comment="")
    p.action_inspect(
        actor=org["lead"].user, action=action, confirm=False, comment="Send me the certificate."
    )
    action.refresh_from_db()
    assert action.state == "in_progress"
    p.progress_post(
        actor=org["employee"].user, action=action, note="Certificate attached.", percent=100
    )
    with pytest.raises(PermissionDenied):
        p.action_inspect(actor=org["manager"].user, action=action, confirm=True, comment="")
    verified = p.action_inspect(actor=org["lead"].user, action=action, confirm=True, comment="OK")
    assert verified.state == "verified" and verified.verified_at is not None


def test_external_causes_are_escalated_and_the_reply_reaches_the_plan(org, plan):
    internal, external = plan.causes.order_by("id")
    with pytest.raises(ValidationError, match="external"):
        p.escalation_send(
            actor=org["manager"].user,
            cause=internal,
            process_owner=org["other_manager"],
            question="x",
        )
    escalation = p.escalation_send(
        actor=org["manager"].user,
        cause=external,
        process_owner=org["other_manager"],
        question="Deliver the data by the 1st.",
    )
    with pytest.raises(PermissionDenied):
        p.escalation_reply(actor=org["manager"].user, escalation=escalation, reply="x")
    replied = p.escalation_reply(
        actor=org["other_manager"].user,
        escalation=escalation,
        reply="From January the extract runs on the 1st.",
    )
    assert replied.replied_at is not None
    assert Notification.objects.filter(user=org["manager"].user, kind="escalation.replied").exists()


def test_hr_confirms_the_outcome(org, plan):
    signed = sign_plan(org, plan)
    with pytest.raises(PermissionDenied):
        p.plan_close(
            actor=org["manager"].user,
            plan=signed,
            version=signed.version,
            outcome="completed",
            note="x",
        )
    closed = p.plan_close(
        actor=org["hr"].user,
        plan=signed,
        version=signed.version,
        outcome="not_successful",
        note="Reports still late.",
    )
    assert closed.state == Plan.State.NOT_SUCCESSFUL


def test_reminders_for_overdue_actions_and_unanswered_escalations(org, plan):
    signed = sign_plan(org, plan)
    external = signed.causes.order_by("id").last()
    p.escalation_send(
        actor=org["manager"].user,
        cause=external,
        process_owner=org["other_manager"],
        question="Deliver the data by the 1st.",
    )
    later = timezone.now() + datetime.timedelta(days=40)
    assert p.reminders_send(now=later) == {"action_overdue": 1, "escalation": 1}
    assert p.reminders_send(now=later + datetime.timedelta(hours=1)) == {
        "action_overdue": 0,
        "escalation": 0,
    }
    assert p.reminders_send(now=later + datetime.timedelta(days=7))["escalation"] == 1


def test_a_plan_started_from_an_interview_takes_its_gaps(org, goals):
    from decimal import Decimal

    from rapport.appraisal.services.scorecards import indicator_record_actual
    from rapport.conftest import hold
    from rapport.interviews.services.scheduling import interview_schedule

    indicator_record_actual(
        actor=org["manager"].user,
        indicator=goals.indicators.get(kind="quantitative"),
        actual=Decimal(50),
    )
    interview = interview_schedule(
        actor=org["manager"].user,
        employee=org["employee"],
        kind="improvement",
        starts_at=timezone.now() + datetime.timedelta(days=1),
        place="Room",
        purpose="Improve reporting.",
        cycle=goals.cycle,
    )
    held = hold(org, interview)
    today = timezone.localdate()
    plan = p.plan_create(
        actor=org["manager"].user,
        employee=org["employee"],
        title="From the interview",
        start_on=today,
        end_on=today + datetime.timedelta(days=60),
        interview=held,
    )
    assert [g.description for g in plan.gaps.all()] == [
        "Revenue booked: score 50.00, below target."
    ]


def test_checkpoints_become_follow_up_interviews_when_the_plan_is_active(org, plan):
    from rapport.interviews.models import Interview

    signed = sign_plan(org, plan)
    follow_ups = list(Interview.objects.filter(employee=org["employee"], kind="follow_up"))
    assert [
        timezone.localtime(i.starts_at).date().isoformat() for i in follow_ups
    ] == signed.checkpoints
    assert follow_ups[0].conductor == org["manager"] and follow_ups[0].state == "scheduled"


def test_a_gap_points_at_the_employees_own_evidence(org, plan):
    from rapport.appraisal.services.key_events import key_event_record

    own = key_event_record(
        actor=org["manager"].user,
        employee=org["employee"],
        occurred_on=timezone.localdate(),
        what="Report sent on the 9th.",
        polarity="needs_improvement",
    )
    other = key_event_record(
        actor=org["manager"].user,
        employee=org["peer"],
        occurred_on=timezone.localdate(),
        what="Peer's event.",
        polarity="neutral",
    )
    gap = p.gap_add(actor=org["manager"].user, plan=plan, description="Late reports", key_event=own)
    assert gap.key_event == own
    with pytest.raises(ValidationError, match="this employee"):
        p.gap_add(actor=org["manager"].user, plan=plan, description="x", key_event=other)
