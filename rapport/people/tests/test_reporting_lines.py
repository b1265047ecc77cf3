import pytest
from django.urls import reverse

from rapport.people import selectors
from rapport.people.tests.factories import EmployeeFactory


def grow_line(under, depth: int, width: int):
    """Add `width` reports to each person, `depth` levels deep, under `under`."""
    level = [under]
    for _ in range(depth):
        level = [EmployeeFactory(manager=boss) for boss in level for _ in range(width)]


def test_reporting_line_contains_everyone_below_at_any_depth(org):
    line = set(selectors.reporting_line(manager=org["manager"]))
    assert line == {org["employee"], org["peer"], org["lead"], org["deep"]}
    assert set(selectors.direct_reports(manager=org["manager"])) == {
        org["employee"],
        org["peer"],
        org["lead"],
    }


def test_reporting_line_query_count_does_not_grow_with_the_line(org, django_assert_num_queries):
    grow_line(org["deep"], depth=3, width=3)
    with django_assert_num_queries(1):
        small = len(list(selectors.reporting_line(manager=org["lead"])))
    grow_line(org["deep"], depth=2, width=4)
    with django_assert_num_queries(1):
        large = len(list(selectors.reporting_line(manager=org["lead"])))
    assert large > small > 30


def _count_queries(client, url, django_assert_max_num_queries, limit):
    with django_assert_max_num_queries(limit) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


@pytest.mark.parametrize(
    "url_name", ["people:org_chart", "people:directory", "people:my_team", "people:my_page"]
)
def test_page_query_count_is_the_same_for_a_small_and_a_large_team(
    org, as_manager, django_assert_max_num_queries, url_name
):
    url = reverse(url_name)
    small = _count_queries(as_manager, url, django_assert_max_num_queries, 15)
    for _ in range(12):
        EmployeeFactory(manager=org["manager"], department=org["sales"])
    grow_line(org["deep"], depth=2, width=3)
    large = _count_queries(as_manager, url, django_assert_max_num_queries, 15)
    assert large == small


def test_org_chart_query_count_for_hr_is_bounded(org, as_hr, django_assert_max_num_queries):
    url = reverse("people:org_chart_at", args=[org["deep"].uuid])
    small = _count_queries(as_hr, url, django_assert_max_num_queries, 15)
    grow_line(org["deep"], depth=2, width=5)
    large = _count_queries(as_hr, url, django_assert_max_num_queries, 15)
    assert large == small


def test_api_people_list_query_count_is_bounded(org, as_hr, django_assert_max_num_queries):
    small = _count_queries(as_hr, "/api/people?page_size=200", django_assert_max_num_queries, 10)
    grow_line(org["deep"], depth=2, width=5)
    large = _count_queries(as_hr, "/api/people?page_size=200", django_assert_max_num_queries, 10)
    assert large == small


def test_org_chart_shows_the_chain_above_and_the_reports_below(org, as_hr):
    page = as_hr.get(reverse("people:org_chart_at", args=[org["lead"].uuid])).content.decode()
    chain = page.split('aria-label="Reporting chain"')[1].split("</nav>")[0]
    assert (
        chain.index(org["ceo"].name)
        < chain.index(org["manager"].name)
        < chain.index(org["lead"].name)
    )
    assert org["deep"].name in page


def test_org_chart_chain_stops_where_the_user_may_no_longer_see(org, as_manager):
    page = as_manager.get(reverse("people:org_chart_at", args=[org["deep"].uuid])).content.decode()
    chain = page.split('aria-label="Reporting chain"')[1].split("</nav>")[0]
    assert org["ceo"].name not in chain
    assert org["manager"].name in chain and org["lead"].name in chain


def test_the_org_chart_starts_at_the_top_for_hr_and_at_oneself_otherwise(org, as_hr, as_employee):
    assert as_hr.get(reverse("people:org_chart")).context["node"].focus == org["ceo"]
    assert as_employee.get(reverse("people:org_chart")).context["node"].focus == org["employee"]


def test_line_sizes_in_the_org_chart_count_the_whole_line(org, as_hr):
    node = as_hr.get(reverse("people:org_chart_at", args=[org["manager"].uuid])).context["node"]
    assert node.line_size == 4
    assert {r.name: r.line_size for r in node.reports} == {
        org["employee"].name: 0,
        org["peer"].name: 0,
        org["lead"].name: 1,
    }


def test_htmx_navigation_returns_only_the_chart_fragment(org, as_hr):
    response = as_hr.get(
        reverse("people:org_chart_at", args=[org["lead"].uuid]),
        headers={"HX-Request": "true", "HX-Target": "org-chart"},
    )
    body = response.content.decode()
    assert "<html" not in body and org["deep"].name in body
