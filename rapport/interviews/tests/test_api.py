import datetime

from django.utils import timezone

from rapport.conftest import PASSWORD, in_days


def test_a_whole_interview_through_the_api(org, goals, as_manager, as_employee, as_hr):
    created = as_manager.post(
        "/api/interviews",
        {
            "employee": str(org["employee"].uuid),
            "kind": "result_review",
            "starts_at": in_days(2).isoformat(),
            "place": "Room 1",
            "purpose": "Half-year review",
            "cycle": str(goals.cycle.uuid),
        },
        content_type="application/json",
    )
    assert created.status_code == 201, created.json()
    body = created.json()
    uuid = body["uuid"]
    started = as_manager.post(
        f"/api/interviews/{uuid}/start",
        {"version": body["version"]},
        content_type="application/json",
    ).json()
    assert started["state"] == "in_progress"
    note = as_manager.put(
        f"/api/interviews/{uuid}/stages/3",
        {"version": 1, "notes": "Revenue at 80% of target.", "seconds": 120},
        content_type="application/json",
    )
    assert note.status_code == 200 and note.json()["version"] == 2
    stale = as_manager.put(
        f"/api/interviews/{uuid}/stages/3",
        {"version": 1, "notes": "Overwrite?"},
        content_type="application/json",
    )
    assert stale.status_code == 409
    due = (timezone.localdate() + datetime.timedelta(days=10)).isoformat()
    outcome = as_manager.post(
        f"/api/interviews/{uuid}/outcome",
        {
            "version": started["version"],
            "consensus": "Agreed on the revenue result.",
            "agreed_rating": "B",
            "next_meeting_on": (timezone.localdate() + datetime.timedelta(days=40)).isoformat(),
            "tasks": [{"owner": "employee", "task": "Weekly pipeline", "due_on": due}],
        },
        content_type="application/json",
    )
    assert outcome.status_code == 200 and outcome.json()["state"] == "awaiting_employee"
    wrong = as_employee.post(
        f"/api/interviews/{uuid}/acknowledge",
        {"version": outcome.json()["version"], "password": "nope"},
        content_type="application/json",
    )
    assert wrong.status_code == 400
    signed = as_employee.post(
        f"/api/interviews/{uuid}/acknowledge",
        {"version": outcome.json()["version"], "password": PASSWORD},
        content_type="application/json",
    )
    assert signed.status_code == 200 and len(signed.json()["record_hash"]) == 64
    assert as_manager.get("/api/cases").status_code == 403 and as_hr.get("/api/cases").json() == []


def test_a_disagreement_and_its_resolution_through_the_api(org, interview, as_employee, as_hr):
    from rapport.conftest import hold

    held = hold(org, interview)
    response = as_employee.post(
        f"/api/interviews/{held.uuid}/disagree",
        {
            "version": held.version,
            "reason": "other",
            "explanation": "The meeting lasted ten minutes.",
        },
        content_type="application/json",
    )
    assert response.json()["state"] == "disagreed"
    case = as_hr.get("/api/cases").json()[0]
    resolved = as_hr.post(
        f"/api/cases/{case['uuid']}/resolve",
        {"resolution": "new_interview", "note": "A full interview is booked."},
        content_type="application/json",
    )
    assert resolved.status_code == 200 and resolved.json()["state"] == "resolved"
