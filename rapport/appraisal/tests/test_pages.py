"""The appraisal pages render the right things, in both languages, in a bounded number of queries."""

from decimal import Decimal

import pytest
from django.urls import reverse

from rapport.appraisal.services.scorecards import indicator_add
from rapport.conftest import card_of
from rapport.people.tests.factories import EmployeeFactory


def test_team_view_costs_the_same_queries_for_50_reports_as_for_5(
    org, cycle, as_manager, django_assert_max_num_queries
):
    from rapport.appraisal.models import Scorecard

    def grow(n):
        for _ in range(n):
            person = EmployeeFactory(manager=org["manager"], department=org["sales"])
            card = Scorecard.objects.create(cycle=cycle, employee=person)
            indicator_add(
                actor=org["manager"].user,
                scorecard=card,
                version=card.version,
                title="Orders shipped on time",
                kind="quantitative",
                unit="%",
                direction="higher",
                weight=Decimal(100),
                target=Decimal(95),
                actual=Decimal(90),
                rule="linear",
            )

    url = reverse("appraisal:team", args=[cycle.uuid])
    grow(2)  # with employee, peer and lead: 5 reports
    with django_assert_max_num_queries(20) as small:
        assert as_manager.get(url).status_code == 200
    grow(45)
    with django_assert_max_num_queries(20) as large:
        page = as_manager.get(url)
    assert page.content.decode().count('href="/scorecards/') == 50
    assert len(large.captured_queries) == len(small.captured_queries)


def test_the_scorecard_page_query_count_does_not_grow_with_indicators(
    org, goals, as_manager, django_assert_max_num_queries
):
    url = reverse("appraisal:scorecard", args=[goals.uuid])
    with django_assert_max_num_queries(40) as before:
        as_manager.get(url)
    for n in range(8):
        goals.refresh_from_db()
        indicator_add(
            actor=org["manager"].user,
            scorecard=goals,
            version=goals.version,
            title=f"Extra {n}",
            kind="qualitative",
            weight=Decimal(0),
            rule="rating",
            anchors=["a", "b"],
        )
    with django_assert_max_num_queries(40) as after:
        as_manager.get(url)
    assert len(after.captured_queries) == len(before.captured_queries)


def test_the_scorecard_shows_scores_and_quality_warnings(org, cycle, as_manager):
    card = card_of(cycle, org["employee"])
    indicator_add(
        actor=org["manager"].user,
        scorecard=card,
        version=card.version,
        title="提高客户满意度",
        kind="qualitative",
        weight=Decimal(100),
        rule="rating",
        anchors=[],
    )
    page = as_manager.get(reverse("appraisal:scorecard", args=[card.uuid])).content.decode()
    assert "提高客户满意度" in page
    assert (
        'data-code="unmeasurable_wording"' in page
        and 'data-code="qualitative_without_anchors"' in page
    )


def test_hr_cycle_overview_shows_completion_per_department(org, goals, as_hr):
    page = as_hr.get(reverse("appraisal:cycle_detail", args=[goals.cycle.uuid]))
    progress = {row.department: row for row in page.context["progress"]}
    assert progress["Sales"].total == 5 and progress["Sales"].by_state == {
        "draft": 4,
        "goals_set": 1,
    }
    assert progress["Sales"].share("goals_set") == 20


def test_the_live_quality_check_answers_in_chinese(org, as_manager):
    response = as_manager.post(
        reverse("appraisal:indicator_check"),
        {"title": "加强团队沟通", "kind": "qualitative"},
        headers={"Accept-Language": "zh-hans"},
    )
    page = response.content.decode()
    assert 'data-code="unmeasurable_wording"' in page


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_hr_creates_a_cycle_from_the_page(org, as_hr, language):
    org["hr"].user.language = language
    org["hr"].user.save()
    response = as_hr.post(
        reverse("appraisal:cycle_new"),
        {
            "name": "2027 H1",
            "name_zh": "2027 上半年",
            "period_start": "2027-01-01",
            "period_end": "2027-06-30",
            "self_review_deadline": "2027-06-20",
            "interview_deadline": "2027-07-15",
        },
    )
    assert response.status_code == 302
    detail = as_hr.get(response.url).content.decode()
    assert ("2027 上半年" if language == "zh-hans" else "2027 H1") in detail


def test_a_bad_cycle_form_changes_nothing(org, as_hr):
    from rapport.appraisal.models import Cycle

    response = as_hr.post(
        reverse("appraisal:cycle_new"),
        {
            "name": "Broken",
            "period_start": "2027-06-30",
            "period_end": "2027-01-01",
            "self_review_deadline": "2027-06-20",
            "interview_deadline": "2027-07-15",
        },
    )
    assert response.status_code == 400 and not Cycle.objects.filter(name="Broken").exists()


def test_self_review_page_submits_and_shows_a_concurrent_edit(org, goals, as_employee, as_manager):
    url = reverse("appraisal:self_review", args=[goals.uuid])
    form = as_employee.get(url).context["form"]
    data = {"version": goals.version, "comment": "A good half."}
    for indicator in form.indicators:
        data[f"rating_{indicator.pk}"] = "4"
    # the supervisor changes the goals in another tab meanwhile
    from rapport.appraisal.services.scorecards import indicator_update

    indicator_update(
        actor=org["manager"].user,
        indicator=goals.indicators.first(),
        version=goals.version,
        title="Revenue booked (net)",
    )
    response = as_employee.post(url, data)
    assert response.status_code in (400, 403)
    goals.refresh_from_db()
    assert goals.state == "draft"


def test_hr_moves_a_deadline_of_an_open_cycle_on_its_settings_page(org, cycle, as_hr):
    url = reverse("appraisal:cycle_edit", args=[cycle.uuid])
    page = as_hr.get(url)
    form = page.context["form"]
    assert form.fields["period_start"].disabled and form.fields["departments"].disabled
    assert "fixed" in page.content.decode()
    response = as_hr.post(
        url,
        {
            "version": cycle.version,
            "name": "2026 H2",
            "name_zh": "2026 下半年",
            "period_start": "2020-01-01",  # disabled: ignored, the stored date stays
            "self_review_deadline": "2026-12-20",
            "interview_deadline": "2027-01-31",
            "show_reviewer_names": "on",
        },
    )
    assert response.status_code == 302
    cycle.refresh_from_db()
    assert str(cycle.interview_deadline) == "2027-01-31" and cycle.show_reviewer_names
    assert str(cycle.period_start) == "2026-07-01"
    assert (
        "Settings"
        in as_hr.get(reverse("appraisal:cycle_detail", args=[cycle.uuid])).content.decode()
    )


def test_the_cycle_settings_page_shows_a_concurrent_edit_and_keeps_the_other_change(
    org, cycle, as_hr
):
    from rapport.appraisal.services.cycles import cycle_update

    url = reverse("appraisal:cycle_edit", args=[cycle.uuid])
    version = as_hr.get(url).context["form"].initial["version"]
    cycle_update(actor=org["hr"].user, cycle=cycle, version=version, name="2026 second half")
    response = as_hr.post(
        url,
        {
            "version": version,
            "name": "2026 H2 (mine)",
            "self_review_deadline": "2026-12-20",
            "interview_deadline": "2027-01-15",
        },
    )
    assert response.status_code == 400
    assert "Someone else changed this record" in response.content.decode()
    cycle.refresh_from_db()
    assert cycle.name == "2026 second half"


def test_a_closed_cycles_settings_page_sends_hr_back_to_the_cycle_and_changes_nothing(
    org, cycle, as_hr
):
    from rapport.appraisal.services.cycles import cycle_transition

    hr = org["hr"].user
    closed = cycle_transition(
        actor=hr, cycle=cycle_transition(actor=hr, cycle=cycle, to="review"), to="closed"
    )
    url = reverse("appraisal:cycle_edit", args=[closed.uuid])
    detail = reverse("appraisal:cycle_detail", args=[closed.uuid])
    page = as_hr.get(url, follow=True)
    assert page.redirect_chain == [(detail, 302)]
    assert "A closed cycle cannot be changed." in page.content.decode()
    assert ">Settings<" not in page.content.decode()
    response = as_hr.post(url, {"version": closed.version, "name": "Renamed"})
    assert response.status_code == 302 and response.url == detail
    closed.refresh_from_db()
    assert closed.name == "2026 H2"


def test_a_settings_form_posted_without_its_version_says_so_and_changes_nothing(cycle, as_hr):
    url = reverse("appraisal:cycle_edit", args=[cycle.uuid])
    response = as_hr.post(
        url,
        {
            "name": "Renamed",
            "self_review_deadline": "2026-12-20",
            "interview_deadline": "2027-01-31",
        },
    )
    assert response.status_code == 400
    assert "Part of this form was missing or could not be read" in response.content.decode()
    cycle.refresh_from_db()
    assert cycle.name == "2026 H2"


def test_a_self_review_posted_without_its_version_says_so_and_changes_nothing(goals, as_employee):
    url = reverse("appraisal:self_review", args=[goals.uuid])
    form = as_employee.get(url).context["form"]
    state, version = goals.state, goals.version
    data = {"comment": "A good half."}
    for indicator in form.indicators:
        data[f"rating_{indicator.pk}"] = "4"
    response = as_employee.post(url, data)
    assert response.status_code == 400
    assert "Part of this form was missing or could not be read" in response.content.decode()
    goals.refresh_from_db()
    assert (goals.state, goals.version) == (state, version)
    assert not goals.indicators.filter(self_rating__isnull=False).exists()
