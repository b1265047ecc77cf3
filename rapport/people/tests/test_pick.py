"""Employee-number fields suggest people by name: the line for whom to interview, the company
for reviewers, inspectors and process owners; nothing but name, number and department."""

import pytest
from django.urls import reverse

from rapport.interviews.forms import ScheduleForm
from rapport.people import selectors
from rapport.people.tests.factories import EmployeeFactory
from rapport.plans.forms import ActionForm


def pick(client, typed: str, scope: str = "line", field: str = "employee_number") -> str:
    url = reverse("people:pick")
    return client.get(url, {"field": field, field: typed, "scope": scope}).content.decode()


def test_a_supervisor_is_offered_their_line_or_the_company(org, as_manager):
    line = pick(as_manager, "ee", "line")
    assert f'value="{org["employee"].employee_number}"' in line
    assert org["deep"].name in line and org["outsider"].name not in line
    company = pick(as_manager, "Oona", "company", field="inspector_number")
    assert (
        f'<option value="{org["outsider"].employee_number}">Oona Outsider · Operations' in company
    )


def test_no_suggestions_for_an_employee_or_the_signed_out(org, as_employee, client):
    assert as_employee.get(reverse("people:pick"), {"field": "x", "x": "Eli"}).status_code == 403
    assert client.get(reverse("people:pick"), {"field": "x", "x": "Eli"}).status_code == 302


def test_suggestions_need_two_characters_skip_leavers_and_stop_at_ten(org):
    hr = org["hr"].user
    assert selectors.employee_pick(user=hr, q="E") == []
    EmployeeFactory(name="Ola Left", is_active=False)
    assert selectors.employee_pick(user=hr, q="Ola Left", scope="company") == []
    for n in range(12):
        EmployeeFactory(name=f"Zed {n:02d}")
    found = selectors.employee_pick(user=hr, q="Zed", scope="company")
    assert [p.name for p in found] == [f"Zed {n:02d}" for n in range(10)]


@pytest.mark.django_db
def test_the_number_boxes_ask_for_suggestions_as_the_user_types():
    schedule = str(ScheduleForm()["employee_number"])
    assert 'list="id_employee_number-choices"' in schedule
    assert '<datalist id="id_employee_number-choices">' in schedule
    assert "field=employee_number&amp;scope=line" in schedule
    inspector = str(ActionForm()["inspector_number"])
    assert "field=inspector_number&amp;scope=company" in inspector


def test_the_suggestions_run_a_fixed_number_of_queries(
    org, as_manager, django_assert_max_num_queries
):
    for n in range(30):
        EmployeeFactory(name=f"Quinn {n:02d}", manager=org["manager"])
    with django_assert_max_num_queries(8):
        page = pick(as_manager, "Quinn", "line")
    assert page.count("<option") == 10
