"""Writing improvement plans: build (draft), sign (two signatures over the canonical content),
amend after signing, follow the actions, escalate external causes, close."""

import datetime
import hashlib
import json
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from rapport import access
from rapport.audit.services import audit_record
from rapport.notify.services import in_language_of, notify
from rapport.people.models import Employee, User
from rapport.people.services.errors import StaleEdit
from rapport.plans.models import Action, Cause, Escalation, Gap, Plan, PlanSignature, ProgressUpdate


def _lock(plan: Plan, version: int | None = None) -> Plan:
    current = (
        Plan.objects.select_for_update(of=("self",))
        .select_related("employee__user", "supervisor__user")
        .get(pk=plan.pk)
    )
    if version is not None and current.version != version:
        raise StaleEdit()
    return current


def _bump(plan: Plan, **fields: Any) -> None:
    Plan.objects.filter(pk=plan.pk).update(version=F("version") + 1, **fields)
    plan.refresh_from_db()


def _url(plan: Plan) -> str:
    return reverse("plans:detail", args=[plan.uuid])


@transaction.atomic
def plan_create(
    *,
    actor: Any,
    employee: Employee,
    title: str,
    start_on: datetime.date,
    end_on: datetime.date,
    checkpoints: list[datetime.date] | None = None,
    interview: Any = None,
) -> Plan:
    """A draft plan, from an interview (pre-filled with its gaps) or by HR."""
    if not access.can_create_plan(actor, employee):
        raise PermissionDenied
    supervisor = interview.conductor if interview is not None else employee.manager
    if supervisor is None:
        raise ValidationError(
            _("%(name)s has no supervisor to hold the plan with.") % {"name": employee.name}
        )
    errors = {}
    if not title.strip():
        errors["title"] = _("Give the plan a title.")
    if end_on <= start_on:
        errors["end_on"] = _("The plan ends after it starts.")
    points = sorted(checkpoints or [])
    if any(not start_on < p <= end_on for p in points):
        errors["checkpoints"] = _("Checkpoints fall between the start and the end of the plan.")
    if errors:
        raise ValidationError(errors)
    plan = Plan.objects.create(
        employee=employee,
        supervisor=supervisor,
        interview=interview,
        cycle=getattr(interview, "cycle", None),
        title=title.strip(),
        start_on=start_on,
        end_on=end_on,
        checkpoints=[p.isoformat() for p in points],
        created_by=actor,
    )
    if interview is not None and interview.scorecard_id:
        from rapport.appraisal import scoring
        from rapport.appraisal.services.scorecards import values_of

        for indicator in interview.scorecard.indicators.all():
            score = scoring.indicator_score(values_of(indicator))
            if score is not None and score < 100:
                Gap.objects.create(
                    plan=plan,
                    indicator=indicator,
                    description=_("%(title)s: score %(score)s, below target.")
                    % {"title": indicator.title, "score": score},
                )
    audit_record(actor=actor, action="plan.create", obj=plan, changes={"title": [None, plan.title]})
    return plan


def _draft(actor: Any, plan: Plan) -> Plan:
    current = _lock(plan)
    if not access.can_edit_plan(actor, current):
        raise PermissionDenied
    return current


@transaction.atomic
def gap_add(
    *, actor: Any, plan: Plan, description: str, indicator: Any = None, key_event: Any = None
) -> Gap:
    """A gap, linked if useful to an indicator or a key event of the same employee (the evidence)."""
    current = _draft(actor, plan)
    if not description.strip():
        raise ValidationError({"description": _("Describe the gap.")})
    if (indicator is not None and indicator.scorecard.employee_id != current.employee_id) or (
        key_event is not None and key_event.employee_id != current.employee_id
    ):
        raise ValidationError(_("Link only this employee's indicators and key events."))
    gap = Gap.objects.create(
        plan=current, description=description.strip(), indicator=indicator, key_event=key_event
    )
    _bump(current)
    return gap


@transaction.atomic
def cause_add(*, actor: Any, plan: Plan, category: str, description: str) -> Cause:
    current = _draft(actor, plan)
    if category not in Cause.Category.values:
        raise ValidationError({"category": _("Choose a category.")})
    if not description.strip():
        raise ValidationError({"description": _("Describe the cause.")})
    cause = Cause.objects.create(plan=current, category=category, description=description.strip())
    _bump(current)
    return cause


@transaction.atomic
def action_add(
    *,
    actor: Any,
    plan: Plan,
    measure: str,
    kind: str,
    start_on: datetime.date,
    due_on: datetime.date,
    responsible: Employee,
    inspector: Employee,
    success_criterion: str,
    cause: Cause | None = None,
) -> Action:
    current = _draft(actor, plan)
    errors = {}
    if not measure.strip():
        errors["measure"] = _("Describe the measure.")
    if kind not in Action.Kind.values:
        errors["kind"] = _("Choose a kind of action.")
    if due_on < start_on or start_on < current.start_on or due_on > current.end_on:
        errors["due_on"] = _("The action runs within the plan's dates and ends after it starts.")
    if not success_criterion.strip():
        errors["success_criterion"] = _("Say how success will be judged.")
    if inspector.pk == responsible.pk:
        errors["inspector"] = _("The inspector checks someone else's work: choose another person.")
    if cause is not None and cause.plan_id != current.pk:
        errors["cause"] = _("The cause must belong to this plan.")
    if errors:
        raise ValidationError(errors)
    action = Action.objects.create(
        plan=current,
        measure=measure.strip(),
        kind=kind,
        cause=cause,
        start_on=start_on,
        due_on=due_on,
        responsible=responsible,
        inspector=inspector,
        success_criterion=success_criterion.strip(),
    )
    _bump(current)
    return action


def canonical_plan(plan: Plan) -> dict[str, Any]:
    """What both sides sign: the plan's content, in a fixed shape (not its progress)."""
    return {
        "plan": str(plan.uuid),
        "round": plan.round,
        "employee": plan.employee.employee_number,
        "supervisor": plan.supervisor.employee_number,
        "title": plan.title,
        "start_on": plan.start_on.isoformat(),
        "end_on": plan.end_on.isoformat(),
        "checkpoints": list(plan.checkpoints),
        "gaps": [g.description for g in plan.gaps.order_by("id")],
        "causes": [
            {"category": c.category, "description": c.description}
            for c in plan.causes.order_by("id")
        ],
        "actions": [
            {
                "measure": a.measure,
                "kind": a.kind,
                "start_on": a.start_on.isoformat(),
                "due_on": a.due_on.isoformat(),
                "responsible": a.responsible.employee_number,
                "inspector": a.inspector.employee_number,
                "success": a.success_criterion,
            }
            for a in plan.actions.select_related("responsible", "inspector").order_by("id")
        ],
    }


def plan_hash(plan: Plan) -> str:
    text = json.dumps(
        canonical_plan(plan), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@transaction.atomic
def plan_submit(*, actor: Any, plan: Plan, version: int) -> Plan:
    """Draft → awaiting signatures: the content is complete and frozen for signing."""
    current = _lock(plan, version)
    if not access.can_edit_plan(actor, current):
        raise PermissionDenied
    if not current.gaps.exists() or not current.causes.exists() or not current.actions.exists():
        raise ValidationError(
            _("A plan needs at least one gap, one cause and one action before it is signed.")
        )
    _bump(current, state=Plan.State.AWAITING_SIGNATURES)
    audit_record(
        actor=actor,
        action="plan.submit",
        obj=current,
        changes={"state": ["draft", "awaiting_signatures"]},
    )
    for person in (current.employee, current.supervisor):
        with in_language_of(person.user):
            notify(
                user=person.user,
                kind="plan.sign",
                title=_("Please read and sign the improvement plan “%(title)s”")
                % {"title": current.title},
                url=_url(current),
            )
    return current


@transaction.atomic
def plan_sign(*, actor: Any, plan: Plan, version: int, password: str) -> Plan:
    current = _lock(plan, version)
    if not access.can_sign_plan(actor, current):
        raise PermissionDenied
    if not actor.check_password(password):
        raise ValidationError({"password": _("The password is not correct.")})
    role = access.plan_role(actor, current) or ""
    if PlanSignature.objects.filter(plan=current, round=current.round, role=role).exists():
        raise ValidationError(_("You have already signed this version of the plan."))
    digest = plan_hash(current)
    PlanSignature.objects.create(
        plan=current,
        round=current.round,
        signer=actor,
        role=role,
        signed_at=timezone.now(),
        record_hash=digest,
    )
    audit_record(
        actor=actor,
        action="plan.sign",
        obj=current,
        changes={"role": [None, role], "hash": [None, digest]},
    )
    if PlanSignature.objects.filter(plan=current, round=current.round).count() == 2:
        _bump(current, state=Plan.State.ACTIVE, hr_copy_at=timezone.now())
        for hr in User.objects.filter(is_hr=True, is_active=True):
            with in_language_of(hr):
                notify(
                    user=hr,
                    kind="plan.hr_copy",
                    title=_("Signed improvement plan: %(name)s — %(title)s")
                    % {"name": current.employee.name, "title": current.title},
                    url=_url(current),
                )
        _checkpoint_interviews(current)
    else:
        _bump(current)
    return current


def _checkpoint_interviews(plan: Plan) -> None:
    """Checkpoints are follow-up interviews: plan one at each future checkpoint not planned yet."""
    from rapport.interviews.models import Interview, InterviewType, Preparation

    zone = timezone.get_current_timezone()
    planned = set(
        Interview.objects.filter(employee=plan.employee, kind=InterviewType.FOLLOW_UP)
        .exclude(state="cancelled")
        .values_list("starts_at__date", flat=True)
    )
    with in_language_of(plan.supervisor.user):
        purpose = _(
            "Follow-up of the improvement plan “%(title)s”: progress of each action, support needed."
        ) % {"title": plan.title}
        place = _("To be confirmed")
    for text in plan.checkpoints:
        day = datetime.date.fromisoformat(text)
        if day <= timezone.localdate() or day in planned:
            continue
        interview = Interview.objects.create(
            employee=plan.employee,
            conductor=plan.supervisor,
            kind=InterviewType.FOLLOW_UP,
            cycle=plan.cycle,
            starts_at=datetime.datetime.combine(day, datetime.time(10), tzinfo=zone),
            duration_minutes=30,
            place=place,
            purpose=purpose,
            created_by=plan.created_by,
        )
        Preparation.objects.create(interview=interview)


def plan_verify(plan: Plan) -> bool:
    """Both signatures of the current round match the plan's content as stored now."""
    signatures = list(plan.signatures.filter(round=plan.round))
    digest = plan_hash(plan)
    return len(signatures) == 2 and all(s.record_hash == digest for s in signatures)


@transaction.atomic
def plan_amend(
    *, actor: Any, plan: Plan, version: int, end_on: datetime.date | None = None
) -> Plan:
    """A change after signing (for example an extension): back to draft for a new round; both sign again."""
    current = _lock(plan, version)
    if not access.can_amend_plan(actor, current):
        raise PermissionDenied
    fields: dict[str, Any] = {"state": Plan.State.DRAFT, "round": current.round + 1}
    changes: dict[str, list] = {"round": [current.round, current.round + 1]}
    if end_on is not None:
        if end_on <= current.end_on:
            raise ValidationError({"end_on": _("An extension ends later than the plan does now.")})
        fields["end_on"] = end_on
        changes["end_on"] = [current.end_on.isoformat(), end_on.isoformat()]
    _bump(current, **fields)
    audit_record(actor=actor, action="plan.amend", obj=current, changes=changes)
    return current


@transaction.atomic
def progress_post(
    *, actor: Any, action: Action, note: str, percent: int, evidence: Any = None
) -> ProgressUpdate:
    current = (
        Action.objects.select_for_update(of=("self",))
        .select_related("plan", "inspector__user")
        .get(pk=action.pk)
    )
    if not access.can_update_action(actor, current):
        raise PermissionDenied
    if not note.strip():
        raise ValidationError({"note": _("Say what was done.")})
    if not 0 <= percent <= 100:
        raise ValidationError({"percent": _("From 0 to 100.")})
    update = ProgressUpdate(action=current, author=actor, note=note.strip(), percent=percent)
    if evidence is not None:
        from rapport.appraisal.services.key_events import check_attachment

        _type, name = check_attachment(evidence)
        update.evidence_name = name
        update.evidence.save(name, evidence, save=False)
    update.save()
    state = Action.State.DONE if percent == 100 else Action.State.IN_PROGRESS
    Action.objects.filter(pk=current.pk).update(
        state=state, percent=percent, version=F("version") + 1
    )
    audit_record(
        actor=actor,
        action="action.progress",
        obj=current.plan,
        changes={current.measure[:60]: [current.percent, percent]},
    )
    if state == Action.State.DONE:
        with in_language_of(current.inspector.user):
            notify(
                user=current.inspector.user,
                kind="action.inspect",
                title=_("An action is done and waits for you as inspector: %(measure)s")
                % {"measure": current.measure},
                url=_url(current.plan),
            )
    return update


@transaction.atomic
def action_inspect(*, actor: Any, action: Action, confirm: bool, comment: str) -> Action:
    """The inspector confirms the action (verified) or sends it back with a comment."""
    current = (
        Action.objects.select_for_update(of=("self",))
        .select_related("plan", "responsible__user")
        .get(pk=action.pk)
    )
    if not access.can_inspect_action(actor, current):
        raise PermissionDenied
    if not confirm and not comment.strip():
        raise ValidationError({"comment": _("Say what is missing when you send an action back.")})
    state = Action.State.VERIFIED if confirm else Action.State.IN_PROGRESS
    Action.objects.filter(pk=current.pk).update(
        state=state,
        inspector_comment=comment.strip(),
        verified_at=timezone.now() if confirm else None,
        percent=100 if confirm else min(current.percent, 90),
        version=F("version") + 1,
    )
    audit_record(
        actor=actor,
        action="action.verify" if confirm else "action.send_back",
        obj=current.plan,
        changes={current.measure[:60]: ["done", state]},
    )
    current.refresh_from_db()
    return current


@transaction.atomic
def action_drop(*, actor: Any, action: Action, reason: str) -> Action:
    current = (
        Action.objects.select_for_update(of=("self",)).select_related("plan").get(pk=action.pk)
    )
    if not access.can_amend_plan(actor, current.plan):
        raise PermissionDenied
    if not reason.strip():
        raise ValidationError({"reason": _("Say why the action is dropped.")})
    Action.objects.filter(pk=current.pk).update(
        state=Action.State.DROPPED, drop_reason=reason.strip(), version=F("version") + 1
    )
    audit_record(
        actor=actor,
        action="action.drop",
        obj=current.plan,
        changes={current.measure[:60]: [current.state, "dropped"]},
    )
    current.refresh_from_db()
    return current


@transaction.atomic
def escalation_send(
    *, actor: Any, cause: Cause, process_owner: Employee, question: str
) -> Escalation:
    plan = cause.plan
    me = access.employee_of(actor)
    if not (
        access.is_hr(actor) or (me is not None and plan.supervisor_id == me.pk)
    ) or plan.state in ("completed", "not_successful"):
        raise PermissionDenied
    if not cause.is_external:
        raise ValidationError(
            _("Only external causes (policy, process, resources, atmosphere) are escalated.")
        )
    if not question.strip():
        raise ValidationError({"question": _("Say what needs to change.")})
    escalation = Escalation.objects.create(
        cause=cause, process_owner=process_owner, question=question.strip(), created_by=actor
    )
    audit_record(
        actor=actor,
        action="escalation.send",
        obj=plan,
        changes={"process_owner": [None, process_owner.name]},
    )
    with in_language_of(process_owner.user):
        notify(
            user=process_owner.user,
            kind="escalation.new",
            title=_("A process problem was escalated to you"),
            body=escalation.question,
            url=reverse("plans:escalation", args=[escalation.uuid]),
        )
    return escalation


@transaction.atomic
def escalation_reply(*, actor: Any, escalation: Escalation, reply: str) -> Escalation:
    current = (
        Escalation.objects.select_for_update(of=("self",))
        .select_related("cause__plan__supervisor__user")
        .get(pk=escalation.pk)
    )
    if not access.can_reply_escalation(actor, current):
        raise PermissionDenied
    if not reply.strip():
        raise ValidationError({"reply": _("Write your reply.")})
    Escalation.objects.filter(pk=current.pk).update(reply=reply.strip(), replied_at=timezone.now())
    current.refresh_from_db()
    plan = current.cause.plan
    audit_record(
        actor=actor,
        action="escalation.reply",
        obj=plan,
        changes={"reply": [None, reply.strip()[:100]]},
    )
    with in_language_of(plan.supervisor.user):
        notify(
            user=plan.supervisor.user,
            kind="escalation.replied",
            title=_("The process owner replied to your escalation"),
            url=_url(plan),
        )
    return current


@transaction.atomic
def plan_close(*, actor: Any, plan: Plan, version: int, outcome: str, note: str) -> Plan:
    """HR confirms how the plan ended: completed or not successful (extending is an amendment)."""
    current = _lock(plan, version)
    if not access.can_close_plan(actor, current):
        raise PermissionDenied
    if outcome not in (Plan.State.COMPLETED, Plan.State.NOT_SUCCESSFUL):
        raise ValidationError({"outcome": _("Choose completed or not successful.")})
    if not note.strip():
        raise ValidationError({"note": _("Write a short note on the outcome.")})
    _bump(current, state=outcome, outcome_note=note.strip(), closed_at=timezone.now())
    audit_record(
        actor=actor, action="plan.close", obj=current, changes={"state": ["active", outcome]}
    )
    for person in (current.employee, current.supervisor):
        with in_language_of(person.user):
            notify(
                user=person.user,
                kind="plan.closed",
                title=_("The improvement plan “%(title)s” is closed: %(state)s")
                % {"title": current.title, "state": current.get_state_display()},
                url=_url(current),
            )
    return current


def reminders_send(*, now: datetime.datetime | None = None) -> dict[str, int]:
    """Overdue actions (responsible person) and unanswered escalations (process owner, weekly)."""
    now = now or timezone.now()
    today = timezone.localtime(now).date()
    sent = {"action_overdue": 0, "escalation": 0}
    for action in Action.objects.filter(
        plan__state="active", state__in=["planned", "in_progress"], due_on__lt=today
    ).select_related("responsible__user", "plan"):
        with in_language_of(action.responsible.user):
            title = _("An action of your improvement plan is overdue: %(measure)s") % {
                "measure": action.measure
            }
        if notify(
            user=action.responsible.user,
            kind="reminder.action_overdue",
            title=title,
            url=_url(action.plan),
            dedupe_key=f"action_overdue:{action.uuid}:{action.due_on}",
        ):
            sent["action_overdue"] += 1
    for escalation in Escalation.objects.filter(
        replied_at__isnull=True, created_at__lte=now - datetime.timedelta(days=3)
    ).select_related("process_owner__user"):
        week = (now - escalation.created_at).days // 7
        with in_language_of(escalation.process_owner.user):
            title = _("An escalation is waiting for your reply")
        if notify(
            user=escalation.process_owner.user,
            kind="reminder.escalation",
            title=title,
            url=reverse("plans:escalation", args=[escalation.uuid]),
            dedupe_key=f"escalation:{escalation.uuid}:{week}",
        ):
            sent["escalation"] += 1
    return sent
