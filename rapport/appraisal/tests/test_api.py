from decimal import Decimal

from rapport.appraisal.models import KeyEvent


def test_scorecard_detail_gives_indicators_with_scores(org, goals, as_employee):
    body = as_employee.get(f"/api/scorecards/{goals.uuid}").json()
    assert body["state"] == "goals_set" and body["employee_name"] == org["employee"].name
    assert [i["title"] for i in body["indicators"]] == ["Revenue booked", "Collaboration"]
    assert body["indicators"][0]["score"] is None


def test_the_employee_submits_the_self_review_through_the_api(org, goals, as_employee):
    ratings = [
        {"indicator": str(i.uuid), "rating": 4, "comment": "ok"} for i in goals.indicators.all()
    ]
    response = as_employee.post(
        f"/api/scorecards/{goals.uuid}/self-review",
        {"version": goals.version, "comment": "Good half.", "ratings": ratings},
        content_type="application/json",
    )
    assert response.status_code == 200 and response.json()["state"] == "self_reviewed"


def test_a_stale_version_is_a_409_and_a_forbidden_write_a_403(org, goals, as_employee, as_manager):
    revenue = goals.indicators.get(kind="quantitative")
    url = f"/api/scorecards/{goals.uuid}/indicators/{revenue.uuid}/actual"
    ok = as_manager.put(
        url, {"version": goals.version, "actual": "80"}, content_type="application/json"
    )
    assert ok.status_code == 200 and Decimal(ok.json()["score"]) == Decimal(80)
    stale = as_manager.put(
        url, {"version": goals.version, "actual": "90"}, content_type="application/json"
    )
    assert stale.status_code == 409 and stale.json()["code"] == "stale"
    goals.refresh_from_db()
    forbidden = as_employee.put(
        url, {"version": goals.version, "actual": "150"}, content_type="application/json"
    )
    assert forbidden.status_code == 403


def test_invalid_review_input_is_a_clear_error_and_changes_nothing(org, goals, as_employee):
    response = as_employee.post(
        f"/api/scorecards/{goals.uuid}/self-review",
        {"version": goals.version, "comment": "", "ratings": []},
        content_type="application/json",
    )
    assert response.status_code == 400 and "Rate every indicator" in str(response.json())
    goals.refresh_from_db()
    assert goals.state == "goals_set"


def test_key_events_are_recorded_and_listed_through_the_api(org, as_manager, as_employee):
    url = f"/api/people/{org['employee'].uuid}/key-events"
    created = as_manager.post(
        url,
        {
            "occurred_on": "2026-10-02",
            "what": "Shipped the Q3 release on time.",
            "polarity": "positive",
        },
        content_type="application/json",
    )
    assert created.status_code == 201 and created.json()["recorder_role"] == "supervisor"
    assert as_employee.get(url).json()["count"] == 1
    future = as_manager.post(
        url,
        {"occurred_on": "2999-01-01", "what": "x", "polarity": "positive"},
        content_type="application/json",
    )
    assert future.status_code == 400 and KeyEvent.objects.count() == 1
