import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from rapport.audit.models import AuditEvent
from rapport.people.models import Employee
from rapport.people.services.employees import employee_update
from rapport.people.services.errors import StaleEdit


def test_hr_moves_an_employee_and_their_whole_line_follows(org):
    # given lead (with deep below) under manager
    lead = org["lead"]
    # when HR moves lead under other_manager
    employee_update(
        actor=org["hr"].user, employee=lead, version=lead.version, manager=org["other_manager"]
    )
    # then lead and deep have paths under other_manager, and the change is audited
    lead.refresh_from_db()
    deep = Employee.objects.get(pk=org["deep"].pk)
    assert lead.path == f"{org['other_manager'].path}{lead.pk}/"
    assert deep.path == f"{lead.path}{deep.pk}/"
    event = AuditEvent.objects.get(action="employee.update", object_uuid=lead.uuid)
    assert event.changes["manager"] == [str(org["manager"]), str(org["other_manager"])]
    assert event.actor == org["hr"].user
    assert lead.version == 2


def test_a_manager_loop_cannot_be_saved(org):
    manager = org["manager"]
    with pytest.raises(ValidationError) as excinfo:
        employee_update(
            actor=org["hr"].user, employee=manager, version=manager.version, manager=org["deep"]
        )
    assert "loop" in str(excinfo.value)
    manager.refresh_from_db()
    assert manager.manager == org["ceo"]


def test_an_employee_cannot_manage_themself_even_bypassing_the_service(org):
    employee = org["employee"]
    with pytest.raises(IntegrityError), transaction.atomic():
        Employee.objects.filter(pk=employee.pk).update(manager=employee)


def test_a_stale_version_is_refused_and_nothing_changes(org):
    employee = org["employee"]
    employee_update(actor=org["hr"].user, employee=employee, version=1, job_title="Analyst")
    with pytest.raises(StaleEdit):
        employee_update(actor=org["hr"].user, employee=employee, version=1, job_title="Clerk")
    employee.refresh_from_db()
    assert employee.job_title == "Analyst"


def test_only_hr_edits_employees(org):
    with pytest.raises(PermissionDenied):
        employee_update(
            actor=org["manager"].user, employee=org["employee"], version=1, job_title="X"
        )


def test_saving_without_changes_writes_no_audit_event(org):
    employee = org["employee"]
    employee_update(
        actor=org["hr"].user, employee=employee, version=1, job_title=employee.job_title
    )
    assert not AuditEvent.objects.filter(action="employee.update").exists()


def test_the_edit_form_reports_a_concurrent_edit(org, as_hr):
    employee = org["employee"]
    url = reverse("people:employee_edit", args=[employee.uuid])
    form = {
        "name": employee.name,
        "email": employee.email,
        "department": org["sales"].pk,
        "job_title": "From tab one",
        "hire_date": "",
        "is_active": "on",
        "manager_number": org["manager"].employee_number,
        "version": 1,
    }
    assert as_hr.post(url, form).status_code == 302
    response = as_hr.post(url, {**form, "job_title": "From tab two"})
    assert response.status_code == 400
    assert (
        "Someone else changed this record while you were editing it." in response.content.decode()
    )
    employee.refresh_from_db()
    assert employee.job_title == "From tab one"


def test_the_edit_form_shows_a_loop_on_the_manager_field(org, as_hr):
    manager = org["manager"]
    response = as_hr.post(
        reverse("people:employee_edit", args=[manager.uuid]),
        {
            "name": manager.name,
            "email": manager.email,
            "department": org["sales"].pk,
            "job_title": "",
            "hire_date": "",
            "is_active": "on",
            "manager_number": org["deep"].employee_number,
            "version": 1,
        },
    )
    assert response.status_code == 400
    assert "that would make a loop" in response.context["form"].errors["manager_number"][0]


def test_hr_reads_the_history_of_an_employee_and_a_manager_does_not(org, as_hr, as_manager):
    employee_update(actor=org["hr"].user, employee=org["employee"], version=1, job_title="Analyst")
    url = reverse("people:profile", args=[org["employee"].uuid])
    assert "employee.update" in as_hr.get(url).content.decode()
    assert "employee.update" not in as_manager.get(url).content.decode()
