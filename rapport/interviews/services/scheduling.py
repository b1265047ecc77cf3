"""Scheduling interviews: one by one, in bulk for a cycle, rescheduling, cancelling, .ics."""

import datetime
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, vCalAddress, vText

from rapport import access
from rapport.appraisal.models import Cycle, Scorecard
from rapport.audit.services import audit_record
from rapport.interviews.models import Interview, InterviewType, Preparation
from rapport.notify.services import in_language_of, notify
from rapport.people.models import Employee
from rapport.people.services.errors import StaleEdit


def _lock(interview: Interview, version: int | None) -> Interview:
    current = (
        Interview.objects.select_for_update(of=("self",))
        .select_related("employee__user", "conductor__user", "cycle")
        .get(pk=interview.pk)
    )
    if version is not None and current.version != version:
        raise StaleEdit()
    return current


def bump(interview: Interview, **fields: Any) -> None:
    Interview.objects.filter(pk=interview.pk).update(version=F("version") + 1, **fields)
    interview.refresh_from_db()


def ics_for(interview: Interview) -> str:
    """An iCalendar invitation; SEQUENCE follows the reschedule count so calendars update it."""
    calendar = Calendar()
    calendar.add("prodid", "-//Rapport//Feedback interviews//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "CANCEL" if interview.state == Interview.State.CANCELLED else "REQUEST")
    event = Event()
    event.add("uid", f"{interview.uuid}@rapport")
    event.add("sequence", interview.reschedule_count)
    event.add("dtstamp", timezone.now())
    event.add("dtstart", interview.starts_at)
    event.add("dtend", interview.starts_at + datetime.timedelta(minutes=interview.duration_minutes))
    event.add(
        "summary",
        f"{interview.get_kind_display()}: {interview.employee.name} / {interview.conductor.name}",
    )
    event.add("location", interview.place)
    event.add("description", interview.purpose)
    organizer = vCalAddress(f"mailto:{interview.conductor.email}")
    organizer.params["cn"] = vText(interview.conductor.name)
    event["organizer"] = organizer
    attendee = vCalAddress(f"mailto:{interview.employee.email}")
    attendee.params["cn"] = vText(interview.employee.name)
    event.add("attendee", attendee, encode=False)
    if interview.state == Interview.State.CANCELLED:
        event.add("status", "CANCELLED")
    calendar.add_component(event)
    return calendar.to_ical().decode()


def _invite(interview: Interview, kind: str) -> None:
    url = reverse("interviews:detail", args=[interview.uuid])
    for person in (interview.employee, interview.conductor):
        with in_language_of(person.user):
            title = {
                "scheduled": _("Feedback interview on %(when)s"),
                "rescheduled": _("Feedback interview moved to %(when)s"),
                "cancelled": _("Feedback interview of %(when)s cancelled"),
            }[kind] % {"when": timezone.localtime(interview.starts_at).strftime("%Y-%m-%d %H:%M")}
            body = f"{interview.get_kind_display()} · {interview.employee.name} · {interview.place}"
        notify(
            user=person.user,
            kind=f"interview.{kind}",
            title=title,
            body=body,
            url=url,
            attachment=("interview.ics", ics_for(interview), "text/calendar"),
        )


def _validate(
    *,
    employee: Employee,
    conductor: Employee,
    starts_at: datetime.datetime,
    place: str,
    purpose: str,
) -> None:
    errors: dict[str, str] = {}
    if not employee.is_active:
        errors["employee"] = _("%(name)s has left the company.") % {"name": employee.name}
    if conductor.pk == employee.pk:
        errors["conductor"] = _("Nobody holds their own feedback interview.")
    if timezone.is_naive(starts_at):
        raise ValueError("starts_at must be aware")
    if starts_at < timezone.now() - datetime.timedelta(minutes=5):
        errors["starts_at"] = _("The interview must be planned in the future.")
    if not place.strip():
        errors["place"] = _("Say where: a quiet room or a video link.")
    if not purpose.strip():
        errors["purpose"] = _("Say what the interview is for.")
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def interview_schedule(
    *,
    actor: Any,
    employee: Employee,
    kind: str,
    starts_at: datetime.datetime,
    place: str,
    purpose: str,
    duration_minutes: int = 60,
    conductor: Employee | None = None,
    delegation_reason: str = "",
    cycle: Cycle | None = None,
) -> Interview:
    """Plan an interview. The conductor is the employee's own supervisor; only HR may delegate it
    to another manager, and only with a recorded reason."""
    if not access.can_schedule_interview(actor, employee):
        raise PermissionDenied
    conductor = conductor or employee.manager
    if conductor is None:
        raise ValidationError(
            {
                "conductor": _("%(name)s has no supervisor: HR must name who holds the interview.")
                % {"name": employee.name}
            }
        )
    delegated = conductor.pk != employee.manager_id
    if delegated and not access.is_hr(actor):
        raise PermissionDenied
    if delegated and not delegation_reason.strip():
        raise ValidationError(
            {
                "delegation_reason": _(
                    "Say why someone other than the supervisor holds the interview."
                )
            }
        )
    if kind not in InterviewType.values:
        raise ValidationError({"kind": _("Unknown interview type.")})
    _validate(
        employee=employee, conductor=conductor, starts_at=starts_at, place=place, purpose=purpose
    )
    scorecard = Scorecard.objects.filter(cycle=cycle, employee=employee).first() if cycle else None
    interview = Interview(
        employee=employee,
        conductor=conductor,
        delegation_reason=delegation_reason.strip() if delegated else "",
        kind=kind,
        cycle=cycle,
        scorecard=scorecard,
        starts_at=starts_at,
        duration_minutes=duration_minutes,
        place=place.strip(),
        purpose=purpose.strip(),
        created_by=actor,
    )
    interview.full_clean()
    interview.save()
    Preparation.objects.create(interview=interview)
    audit_record(
        actor=actor,
        action="interview.schedule",
        obj=interview,
        changes={"starts_at": [None, str(starts_at)], "conductor": [None, conductor.name]},
    )
    _invite(interview, "scheduled")
    return interview


WORKDAY_START = datetime.time(9, 0)
WORKDAY_END = datetime.time(17, 30)


@transaction.atomic
def interviews_schedule_bulk(
    *,
    actor: Any,
    cycle: Cycle,
    first_day: datetime.date,
    duration_minutes: int = 45,
    place: str,
    purpose: str,
) -> int:
    """HR plans a result-review interview for every participant of the cycle who has none yet:
    each supervisor's interviews follow one another on working days from `first_day`."""
    if not access.is_hr(actor):
        raise PermissionDenied
    if cycle.state not in (Cycle.State.OPEN, Cycle.State.REVIEW):
        raise ValidationError(_("Interviews are planned while the cycle is open or in review."))
    if first_day <= timezone.localdate():
        raise ValidationError({"first_day": _("Start planning from tomorrow at the earliest.")})
    have = set(
        Interview.objects.filter(cycle=cycle, kind=InterviewType.RESULT_REVIEW)
        .exclude(state=Interview.State.CANCELLED)
        .values_list("employee_id", flat=True)
    )
    cards = list(
        Scorecard.objects.filter(
            cycle=cycle, employee__is_active=True, employee__manager__isnull=False
        )
        .exclude(employee_id__in=have)
        .select_related("employee")
        .order_by("employee__manager_id", "employee__name")
    )
    slot = datetime.timedelta(minutes=duration_minutes + 15)
    next_free: dict[int, datetime.datetime] = {}
    zone = timezone.get_current_timezone()
    created = []
    for card in cards:
        conductor_id = card.employee.manager_id
        assert conductor_id is not None
        start = next_free.get(conductor_id) or datetime.datetime.combine(
            first_day, WORKDAY_START, tzinfo=zone
        )
        if (start + slot).time() > WORKDAY_END or start.weekday() >= 5:
            day = start.date() + datetime.timedelta(days=1)
            while day.weekday() >= 5:
                day += datetime.timedelta(days=1)
            start = datetime.datetime.combine(day, WORKDAY_START, tzinfo=zone)
        next_free[conductor_id] = start + slot
        created.append(
            Interview(
                employee=card.employee,
                conductor_id=conductor_id,
                kind=InterviewType.RESULT_REVIEW,
                cycle=cycle,
                scorecard=card,
                starts_at=start,
                duration_minutes=duration_minutes,
                place=place,
                purpose=purpose,
                created_by=actor,
            )
        )
    Interview.objects.bulk_create(created, batch_size=1000)
    Preparation.objects.bulk_create([Preparation(interview=i) for i in created], batch_size=1000)
    audit_record(
        actor=actor,
        action="interview.schedule_bulk",
        obj=cycle,
        changes={"interviews": [0, len(created)]},
    )
    for interview in Interview.objects.filter(pk__in=[i.pk for i in created]).select_related(
        "employee__user", "conductor__user"
    ):
        _invite(interview, "scheduled")
    return len(created)


@transaction.atomic
def interview_reschedule(
    *,
    actor: Any,
    interview: Interview,
    version: int,
    starts_at: datetime.datetime,
    reason: str,
    place: str | None = None,
) -> Interview:
    current = _lock(interview, version)
    if not access.can_manage_interview(actor, current):
        raise PermissionDenied
    if not reason.strip():
        raise ValidationError({"reason": _("Say why the interview moves.")})
    _validate(
        employee=current.employee,
        conductor=current.conductor,
        starts_at=starts_at,
        place=place if place is not None else current.place,
        purpose=current.purpose,
    )
    before = current.starts_at
    bump(
        current,
        starts_at=starts_at,
        place=(place if place is not None else current.place).strip(),
        reschedule_count=F("reschedule_count") + 1,
        reschedule_reason=reason.strip(),
    )
    audit_record(
        actor=actor,
        action="interview.reschedule",
        obj=current,
        changes={"starts_at": [str(before), str(starts_at)], "reason": [None, reason.strip()]},
    )
    _invite(current, "rescheduled")
    return current


@transaction.atomic
def interview_cancel(*, actor: Any, interview: Interview, version: int, reason: str) -> Interview:
    current = _lock(interview, version)
    if not access.can_manage_interview(actor, current):
        raise PermissionDenied
    if not reason.strip():
        raise ValidationError({"reason": _("Say why the interview is cancelled.")})
    bump(current, state=Interview.State.CANCELLED, cancel_reason=reason.strip())
    audit_record(
        actor=actor,
        action="interview.cancel",
        obj=current,
        changes={"state": ["scheduled", "cancelled"]},
    )
    _invite(current, "cancelled")
    return current


@transaction.atomic
def interview_set_checklist(
    *,
    actor: Any,
    interview: Interview,
    version: int,
    time_place_booked: bool,
    data_collected: bool,
    purpose_clear: bool,
) -> Interview:
    current = _lock(interview, version)
    if not access.can_run_interview(actor, current):
        raise PermissionDenied
    bump(
        current,
        time_place_booked=time_place_booked,
        data_collected=data_collected,
        purpose_clear=purpose_clear,
    )
    return current


@transaction.atomic
def preparation_save(
    *,
    actor: Any,
    interview: Interview,
    went_well: str,
    difficulties: str,
    support_needed: str,
    career_wishes: str,
    submit: bool,
) -> Preparation:
    current = _lock(interview, None)
    if not access.can_prepare(actor, current):
        raise PermissionDenied
    prep, _created = Preparation.objects.get_or_create(interview=current)
    prep.went_well, prep.difficulties, prep.support_needed, prep.career_wishes = (
        went_well.strip(),
        difficulties.strip(),
        support_needed.strip(),
        career_wishes.strip(),
    )
    if submit:
        if not any([prep.went_well, prep.difficulties, prep.support_needed, prep.career_wishes]):
            raise ValidationError(_("Write at least one answer before sending your preparation."))
        prep.submitted_at = timezone.now()
    prep.save()
    if submit:
        audit_record(actor=actor, action="interview.prepare", obj=current)
    return prep
