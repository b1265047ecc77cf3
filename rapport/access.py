"""Who may see and do what: every authorisation rule of Rapport lives here.

Rights follow relations: an employee sees their own records, a supervisor the whole reporting
line below them, HR everyone. Views, the API, services and commands ask these functions; none
decide on their own. Lists start from a `*_visible_to(user)` scope, so a record a user may not
see does not exist for them (404, never 403, on direct access).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db.models import Exists, OuterRef, QuerySet

if TYPE_CHECKING:
    from rapport.people.models import Department, Employee

_EMPLOYEE_CACHE = "_rapport_employee"
_SUPERVISOR_CACHE = "_rapport_is_supervisor"


def employee_of(user: Any) -> Employee | None:
    """The employee record of a signed-in user (cached on the user object)."""
    from rapport.people.models import Employee

    if not getattr(user, "is_authenticated", False) or getattr(user, "pk", None) is None:
        return None
    if not hasattr(user, _EMPLOYEE_CACHE):
        employee = Employee.objects.select_related("department").filter(user=user).first()
        setattr(user, _EMPLOYEE_CACHE, employee)
    return getattr(user, _EMPLOYEE_CACHE)


def is_hr(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False) and user.is_active and user.is_hr)


def is_supervisor(user: Any) -> bool:
    """Anyone with at least one active direct report is a supervisor."""
    from rapport.people.models import Employee

    if not hasattr(user, _SUPERVISOR_CACHE):
        me = employee_of(user)
        value = bool(me and Employee.objects.filter(manager=me, is_active=True).exists())
        setattr(user, _SUPERVISOR_CACHE, value)
    return bool(getattr(user, _SUPERVISOR_CACHE))


def roles(user: Any) -> set[str]:
    result: set[str] = set()
    if employee_of(user) is not None:
        result.add("employee")
    if is_supervisor(user):
        result.add("supervisor")
    if is_hr(user):
        result.add("hr")
    return result


# --- people -------------------------------------------------------------------------------


def employees_visible_to(user: Any) -> QuerySet[Employee]:
    """HR: everyone. Otherwise: oneself and the whole reporting line below."""
    from rapport.people.models import Employee

    if is_hr(user):
        return Employee.objects.all()
    me = employee_of(user)
    if me is None:
        return Employee.objects.none()
    return Employee.objects.filter(path__startswith=me.path)


def employees_pickable_by(user: Any, scope: str) -> QuerySet[Employee]:
    """Whom a form may suggest by name when the user fills an employee-number field.

    Supervisors and HR fill such fields (whom to interview; a reviewer, an inspector, a process
    owner). ``line`` suggests the user's visible people; ``company`` every active employee, as
    reviewers, inspectors and process owners often work elsewhere. A suggestion shows name,
    number and department only, never a record. Other users get no suggestions.
    """
    from rapport.people.models import Employee

    if not (is_hr(user) or is_supervisor(user)):
        return Employee.objects.none()
    people = Employee.objects.all() if scope == "company" else employees_visible_to(user)
    return people.filter(is_active=True)


def departments_visible_to(user: Any) -> QuerySet[Department]:
    from rapport.people.models import Department

    if is_hr(user):
        return Department.objects.all()
    people = employees_visible_to(user).filter(department=OuterRef("pk"))
    return Department.objects.filter(Exists(people))


def can_view_employee(user: Any, employee: Employee) -> bool:
    if is_hr(user):
        return True
    me = employee_of(user)
    return me is not None and employee.path.startswith(me.path)


def can_pick_people(user: Any) -> bool:
    return is_hr(user) or is_supervisor(user)


def can_edit_employee(user: Any, employee: Employee | None = None) -> bool:
    return is_hr(user)


def can_import_people(user: Any) -> bool:
    return is_hr(user)


def can_read_audit(user: Any) -> bool:
    return is_hr(user)


def can_see_team(user: Any) -> bool:
    return is_supervisor(user) or is_hr(user)


def can_change_own_settings(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False))


# --- feedback coach ---------------------------------------------------------------------


def can_use_coach_practice(user: Any) -> bool:
    """The practice page is for the people who give feedback: supervisors and HR."""
    return is_supervisor(user) or is_hr(user)


def can_analyze_feedback(user: Any) -> bool:
    """Any signed-in account (or API token) may have a text analysed; nothing is stored."""
    return bool(getattr(user, "is_authenticated", False) and user.is_active)


# --- appraisal ----------------------------------------------------------------------------


def is_direct_manager(user: Any, employee: Employee) -> bool:
    me = employee_of(user)
    return me is not None and employee.manager_id == me.pk


def cycles_visible_to(user: Any) -> QuerySet:
    from rapport.appraisal.models import Cycle

    if is_hr(user):
        return Cycle.objects.all()
    if employee_of(user) is None:
        return Cycle.objects.none()
    return Cycle.objects.exclude(state=Cycle.State.DRAFT)


def can_manage_cycles(user: Any) -> bool:
    return is_hr(user)


def scorecards_visible_to(user: Any) -> QuerySet:
    from rapport.appraisal.models import Scorecard

    if is_hr(user):
        return Scorecard.objects.all()
    me = employee_of(user)
    if me is None:
        return Scorecard.objects.none()
    return Scorecard.objects.filter(employee__path__startswith=me.path).exclude(
        cycle__state="draft"
    )


def _cycle_active(scorecard: Any) -> bool:
    return scorecard.cycle.state in ("open", "review")


def can_edit_goals(user: Any, scorecard: Any) -> bool:
    """The employee's own supervisor (or HR) sets goals while the cycle is open."""
    return (
        scorecard.cycle.state == "open"
        and scorecard.state in ("draft", "goals_set")
        and (is_direct_manager(user, scorecard.employee) or is_hr(user))
    )


def can_record_actuals(user: Any, scorecard: Any) -> bool:
    return (
        _cycle_active(scorecard)
        and scorecard.state != "final"
        and (is_direct_manager(user, scorecard.employee) or is_hr(user))
    )


def can_self_review(user: Any, scorecard: Any) -> bool:
    me = employee_of(user)
    return (
        _cycle_active(scorecard)
        and scorecard.state == "goals_set"
        and me is not None
        and scorecard.employee_id == me.pk
    )


def can_supervisor_review(user: Any, scorecard: Any) -> bool:
    return (
        _cycle_active(scorecard)
        and scorecard.state in ("goals_set", "self_reviewed")
        and is_direct_manager(user, scorecard.employee)
    )


def can_finalize_scorecard(user: Any, scorecard: Any) -> bool:
    return is_hr(user) and scorecard.state == "supervisor_reviewed" and _cycle_active(scorecard)


def can_manage_templates(user: Any) -> bool:
    return is_hr(user)


def key_events_visible_to(user: Any) -> QuerySet:
    """Employees see every event about them; supervisors their line's; HR all."""
    from rapport.appraisal.models import KeyEvent

    if is_hr(user):
        return KeyEvent.objects.all()
    me = employee_of(user)
    if me is None:
        return KeyEvent.objects.none()
    return KeyEvent.objects.filter(employee__path__startswith=me.path)


def can_add_key_event(user: Any, employee: Employee) -> bool:
    return can_view_employee(user, employee) and employee.is_active


def can_delete_key_event(user: Any, event: Any) -> bool:
    return is_hr(user) or event.recorded_by_id == getattr(user, "pk", None)


def can_request_feedback(user: Any, subject: Employee) -> bool:
    """The employee themself, their direct manager, or HR may ask others for feedback."""
    me = employee_of(user)
    return is_hr(user) or (me is not None and (subject.pk == me.pk or subject.manager_id == me.pk))


def feedback_requests_visible_to(user: Any) -> QuerySet:
    """Requests a user may open: their own to answer, those about their line, all for HR.

    What of a request is shown (the reviewer's name) is decided by `can_see_reviewer`.
    """
    from django.db.models import Q

    from rapport.appraisal.models import FeedbackRequest

    if is_hr(user):
        return FeedbackRequest.objects.all()
    me = employee_of(user)
    if me is None:
        return FeedbackRequest.objects.none()
    about_line = Q(subject__path__startswith=me.path, state="submitted") & ~Q(subject=me)
    about_me = Q(subject=me, state="submitted")
    return FeedbackRequest.objects.filter(Q(reviewer=me) | about_line | about_me)


def can_see_reviewer(user: Any, request: Any) -> bool:
    me = employee_of(user)
    if is_hr(user) or (me is not None and request.reviewer_id == me.pk):
        return True
    if me is not None and request.subject_id == me.pk:
        return bool(request.cycle.show_reviewer_names)
    return True  # the subject's supervisors


def can_answer_feedback(user: Any, request: Any) -> bool:
    me = employee_of(user)
    return (
        me is not None
        and request.reviewer_id == me.pk
        and request.state == "requested"
        and request.cycle.state in ("open", "review")
    )


# --- interviews -----------------------------------------------------------------------------


def interviews_visible_to(user: Any) -> QuerySet:
    """HR: all. Others: interviews of themself and their line, and those they conduct."""
    from django.db.models import Q

    from rapport.interviews.models import Interview

    if is_hr(user):
        return Interview.objects.all()
    me = employee_of(user)
    if me is None:
        return Interview.objects.none()
    return Interview.objects.filter(Q(employee__path__startswith=me.path) | Q(conductor=me))


def can_schedule_interview(user: Any, employee: Employee) -> bool:
    return is_hr(user) or is_direct_manager(user, employee)


def is_conductor(user: Any, interview: Any) -> bool:
    me = employee_of(user)
    return me is not None and interview.conductor_id == me.pk


def is_interviewee(user: Any, interview: Any) -> bool:
    me = employee_of(user)
    return me is not None and interview.employee_id == me.pk


def can_manage_interview(user: Any, interview: Any) -> bool:
    """Reschedule, cancel, tick the checklist: the conductor or HR, before the meeting ends."""
    return interview.state in ("scheduled",) and (is_conductor(user, interview) or is_hr(user))


def can_run_interview(user: Any, interview: Any) -> bool:
    return interview.state in ("scheduled", "in_progress") and is_conductor(user, interview)


def can_prepare(user: Any, interview: Any) -> bool:
    return interview.state == "scheduled" and is_interviewee(user, interview)


def can_see_shared_notes(user: Any, interview: Any) -> bool:
    """Notes are shared with the employee after the meeting; before, only the other side sees them."""
    if not is_interviewee(user, interview):
        return True
    return interview.state in ("awaiting_employee", "acknowledged", "disagreed", "closed")


def can_see_preparation_pack(user: Any, interview: Any) -> bool:
    return (
        is_conductor(user, interview)
        or is_hr(user)
        or (
            not is_interviewee(user, interview)
            and interview.employee.path.startswith(getattr(employee_of(user), "path", "\0"))
        )
    )


def can_acknowledge(user: Any, interview: Any) -> bool:
    return interview.state == "awaiting_employee" and is_interviewee(user, interview)


def can_amend(user: Any, interview: Any) -> bool:
    return interview.state == "acknowledged" and is_conductor(user, interview)


def can_close_interview(user: Any, interview: Any) -> bool:
    return interview.state == "acknowledged" and (is_conductor(user, interview) or is_hr(user))


def can_review_cases(user: Any) -> bool:
    return is_hr(user)


def can_withdraw_disagreement(user: Any, case: Any) -> bool:
    return case.state in ("open", "under_review") and is_interviewee(user, case.interview)


def can_edit_stage_guides(user: Any) -> bool:
    return is_hr(user)


# --- improvement plans ---------------------------------------------------------------------


def plans_visible_to(user: Any) -> QuerySet:
    """HR: all. Others: plans of themself and their line, plans they supervise, and plans where
    they are responsible for or inspect an action (to act on it). Process owners see escalations
    only (`escalations_visible_to`), never the plan."""
    from django.db.models import Exists, OuterRef, Q

    from rapport.plans.models import Action, Plan

    if is_hr(user):
        return Plan.objects.all()
    me = employee_of(user)
    if me is None:
        return Plan.objects.none()
    involved = Action.objects.filter(Q(responsible=me) | Q(inspector=me), plan=OuterRef("pk"))
    return Plan.objects.filter(
        Q(employee__path__startswith=me.path) | Q(supervisor=me) | Exists(involved)
    ).exclude(Q(state="draft") & ~Q(supervisor=me) & ~Q(employee__path__startswith=me.path))


def can_create_plan(user: Any, employee: Employee) -> bool:
    return is_hr(user) or is_direct_manager(user, employee)


def can_edit_plan(user: Any, plan: Any) -> bool:
    me = employee_of(user)
    return plan.state == "draft" and (
        is_hr(user) or (me is not None and plan.supervisor_id == me.pk)
    )


def plan_role(user: Any, plan: Any) -> str | None:
    """ "supervisor" or "employee" when the user signs this plan."""
    me = employee_of(user)
    if me is None:
        return None
    if plan.supervisor_id == me.pk:
        return "supervisor"
    if plan.employee_id == me.pk:
        return "employee"
    return None


def can_sign_plan(user: Any, plan: Any) -> bool:
    return plan.state == "awaiting_signatures" and plan_role(user, plan) is not None


def can_amend_plan(user: Any, plan: Any) -> bool:
    me = employee_of(user)
    return plan.state == "active" and (
        is_hr(user) or (me is not None and plan.supervisor_id == me.pk)
    )


def can_update_action(user: Any, action: Any) -> bool:
    me = employee_of(user)
    return (
        action.plan.state == "active"
        and me is not None
        and action.responsible_id == me.pk
        and action.state in ("planned", "in_progress")
    )


def can_inspect_action(user: Any, action: Any) -> bool:
    me = employee_of(user)
    return (
        action.plan.state == "active"
        and me is not None
        and action.inspector_id == me.pk
        and action.state == "done"
    )


def can_close_plan(user: Any, plan: Any) -> bool:
    return is_hr(user) and plan.state == "active"


def escalations_visible_to(user: Any) -> QuerySet:
    from django.db.models import Q

    from rapport.plans.models import Escalation

    if is_hr(user):
        return Escalation.objects.all()
    me = employee_of(user)
    if me is None:
        return Escalation.objects.none()
    return Escalation.objects.filter(
        Q(process_owner=me)
        | Q(cause__plan__supervisor=me)
        | Q(cause__plan__employee__path__startswith=me.path)
    )


def can_reply_escalation(user: Any, escalation: Any) -> bool:
    me = employee_of(user)
    return me is not None and escalation.process_owner_id == me.pk and escalation.replied_at is None


# --- insights -----------------------------------------------------------------------------


def can_manage_alert_rules(user: Any) -> bool:
    return is_hr(user)


def can_see_insights(user: Any) -> bool:
    """HR sees the whole company; a supervisor sees the same figures for their own line."""
    return is_hr(user) or is_supervisor(user)
