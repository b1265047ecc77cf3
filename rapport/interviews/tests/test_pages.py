"""Interview pages render in both languages within a bounded number of queries."""

import pytest
from django.urls import reverse

from rapport.conftest import PASSWORD, hold, in_days
from rapport.interviews.services.scheduling import interview_schedule
from rapport.people.tests.factories import EmployeeFactory


def test_the_supervisors_interview_list_costs_the_same_for_5_and_40_interviews(
    org, cycle, as_manager, django_assert_max_num_queries
):
    url = reverse("interviews:list") + "?role=conducting"

    def schedule(n):
        for i in range(n):
            person = EmployeeFactory(manager=org["manager"], department=org["sales"])
            interview_schedule(
                actor=org["manager"].user,
                employee=person,
                kind="result_review",
                starts_at=in_days(2 + i % 20),
                place="Room",
                purpose="Review",
            )

    schedule(5)
    with django_assert_max_num_queries(15) as small:
        as_manager.get(url)
    schedule(35)
    with django_assert_max_num_queries(15) as large:
        page = as_manager.get(url)
    assert page.content.decode().count('href="/interviews/') >= 40
    assert len(large.captured_queries) == len(small.captured_queries)


def test_the_preparation_pack_shows_gaps_events_and_the_employees_preparation(
    org, interview, as_manager, as_employee
):
    from rapport.interviews.services.scheduling import preparation_save

    preparation_save(
        actor=org["employee"].user,
        interview=interview,
        went_well="Closed two key accounts.",
        difficulties="",
        support_needed="Training on pricing",
        career_wishes="",
        submit=True,
    )
    page = as_manager.get(reverse("interviews:pack", args=[interview.uuid])).content.decode()
    assert (
        "Closed two key accounts." in page
        and "Training on pricing" in page
        and "Revenue booked" in page
    )


@pytest.mark.parametrize("language,expected", [("en", "Run sheet"), ("zh-hans", "面谈记录表")])
def test_the_run_sheet_shows_six_stages_with_guidance_in_both_languages(
    org, interview, as_manager, language, expected
):
    org["manager"].user.language = language
    org["manager"].user.save()
    as_manager.post(
        reverse("interviews:start", args=[interview.uuid]), {"version": interview.version}
    )
    page = as_manager.get(reverse("interviews:run", args=[interview.uuid])).content.decode()
    assert expected in page and page.count('class="card stage"') == 6
    assert ("BEST" in page) and ("Hamburger" in page or "汉堡法" in page)


def test_hr_adapts_a_stage_and_the_run_sheet_uses_it(org, interview, as_hr, as_manager):
    url = reverse("interviews:guide_edit", args=["result_review", 2])
    response = as_hr.post(
        url,
        {
            "guidance": "Offer tea; state the purpose.",
            "guidance_zh": "先请喝茶，说明目的。",
            "questions": "",
            "questions_zh": "",
            "checklist": "",
            "checklist_zh": "",
        },
    )
    assert response.status_code == 302
    as_manager.post(
        reverse("interviews:start", args=[interview.uuid]), {"version": interview.version}
    )
    assert (
        "Offer tea; state the purpose."
        in as_manager.get(reverse("interviews:run", args=[interview.uuid])).content.decode()
    )


def test_the_employee_acknowledges_through_the_page_with_the_password(org, interview, as_employee):
    held = hold(org, interview)
    url = reverse("interviews:acknowledge", args=[held.uuid])
    as_employee.post(url, {"version": held.version, "password": "nope"})
    held.refresh_from_db()
    assert held.state == "awaiting_employee"
    as_employee.post(url, {"version": held.version, "password": PASSWORD, "comment": "OK"})
    held.refresh_from_db()
    assert held.state == "acknowledged"
    page = as_employee.get(reverse("interviews:detail", args=[held.uuid])).content.decode()
    assert 'data-testid="verify"' in page and "unchanged since it was signed" in page


def test_the_ics_download_is_a_calendar(org, interview, as_employee):
    response = as_employee.get(reverse("interviews:ics", args=[interview.uuid]))
    assert (
        response["Content-Type"].startswith("text/calendar") and b"BEGIN:VEVENT" in response.content
    )


def test_a_bad_schedule_form_changes_nothing(org, as_manager):
    from rapport.interviews.models import Interview

    response = as_manager.post(
        reverse("interviews:new"),
        {
            "employee_number": org["peer"].employee_number,
            "kind": "result_review",
            "starts_at": "2020-01-01T10:00",
            "duration_minutes": 60,
            "place": "",
            "purpose": "x",
        },
    )
    assert response.status_code == 400 and not Interview.objects.exists()
