"""Each metric against a small organisation computed by hand (see the fixture's docstring)."""

from django.urls import reverse

from rapport.conftest import in_days
from rapport.insights.metrics import dashboard
from rapport.interviews.models import Interview


def row(data, label):
    return next(r for r in data.departments if r.label == label)


def test_each_metric_by_department_matches_the_hand_count(org, diagnosis):
    data = dashboard(user=org["hr"].user, cycle=diagnosis)
    sales, ops = row(data, "Sales"), row(data, "Operations")
    assert (sales.due, sales.held, sales.coverage) == (5, 4, 80.0)
    # peer's missing employee-feedback notes are also an empty stage
    assert (sales.short, sales.empty_stage, sales.no_voice, sales.copied, sales.quick_ack) == (
        1,
        1,
        1,
        2,
        1,
    )
    assert (sales.formal, sales.formality_rate) == (3, 75.0)
    assert (sales.disagreed, sales.disagreement_rate) == (1, 25.0)
    assert (sales.no_result, sales.result_rate) == (2, 50.0)
    assert (ops.due, ops.held, ops.overdue, ops.reschedules) == (2, 0, 1, 2)
    assert (data.total.due, data.total.held, data.total.coverage) == (9, 4, 44.4)


def test_indicator_quality_share(org, goals):
    data = dashboard(user=org["hr"].user, cycle=goals.cycle)
    sales = row(data, "Sales")
    assert (sales.indicators, sales.soft_indicators, sales.soft_share) == (
        2,
        1,
        50.0,
    )  # collaboration is qualitative


def test_a_supervisor_sees_their_line_only_and_an_employee_has_no_dashboard(
    org, diagnosis, as_manager, as_employee
):
    data = dashboard(user=org["manager"].user, cycle=diagnosis)
    assert [r.label for r in data.departments] == ["Sales"]
    assert (data.total.due, data.total.held, data.total.coverage) == (4, 4, 100.0)
    assert as_manager.get(reverse("insights:dashboard")).status_code == 200
    assert as_employee.get(reverse("insights:dashboard")).status_code == 403
    assert as_employee.get(f"/api/insights/summary?cycle={diagnosis.uuid}").status_code == 403


def test_every_figure_links_to_the_records_behind_it(org, diagnosis, as_hr):
    page = as_hr.get(reverse("insights:dashboard") + f"?cycle={diagnosis.uuid}").content.decode()
    sales = row(dashboard(user=org["hr"].user, cycle=diagnosis), "Sales")
    link = f"/interviews/?cycle={diagnosis.uuid}&department={sales.key}&flag=copied"
    assert link in page
    listed = as_hr.get(link)
    assert {i.employee.name for i in listed.context["page"]} == {org["lead"].name, org["deep"].name}


def test_the_dashboard_query_count_does_not_grow_with_the_company(
    org, diagnosis, as_hr, django_assert_max_num_queries
):
    from rapport.appraisal.models import Scorecard
    from rapport.people.tests.factories import EmployeeFactory

    url = reverse("insights:dashboard") + f"?cycle={diagnosis.uuid}"
    with django_assert_max_num_queries(40) as small:
        as_hr.get(url)
    for n in range(25):
        person = EmployeeFactory(manager=org["other_manager"], department=org["ops"])
        Scorecard.objects.create(cycle=diagnosis, employee=person)
        Interview.objects.create(
            employee=person,
            conductor=org["other_manager"],
            kind="result_review",
            cycle=diagnosis,
            starts_at=in_days(-2),
            place="Room",
            purpose="x",
            state="awaiting_employee",
            actual_minutes=30 + n,
            created_by=org["hr"].user,
        )
    with django_assert_max_num_queries(40) as large:
        as_hr.get(url)
    assert len(large.captured_queries) == len(small.captured_queries)


def test_the_api_summary_and_the_excel_export(org, diagnosis, as_hr):
    body = as_hr.get(f"/api/insights/summary?cycle={diagnosis.uuid}").json()
    assert body["total"]["coverage"] == 44.4 and {d["label"] for d in body["departments"]} >= {
        "Sales",
        "Operations",
    }
    response = as_hr.get(reverse("insights:export") + f"?cycle={diagnosis.uuid}")
    assert response.status_code == 200 and response["Content-Type"].startswith(
        "application/vnd.openxmlformats"
    )


def test_alerts_tell_hr_once_when_a_department_crosses_a_threshold(org, diagnosis):
    from rapport.insights.models import AlertRule
    from rapport.insights.services import alerts_check
    from rapport.notify.models import Notification

    AlertRule.objects.create(metric="coverage", threshold=80, days_after_deadline=0)
    assert alerts_check() >= 1
    assert Notification.objects.filter(
        user=org["hr"].user, kind="insights.alert", title__contains="Operations"
    ).exists()
    assert not Notification.objects.filter(
        kind="insights.alert", title__contains="Sales"
    ).exists()  # 80% is not below 80
    assert alerts_check() == 0
