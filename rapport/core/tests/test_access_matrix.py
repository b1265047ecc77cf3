"""Role-by-endpoint matrix for every page and API endpoint. Each new endpoint adds its row.

Each row: the endpoint, then the status every persona gets. "subject" is the employee whose
record the URL names. 404 means "does not exist for you": records you may not see are hidden.
"""

import pytest
from django.urls import reverse

PERSONAS = ("anonymous", "employee", "peer", "manager", "lead", "outsider", "hr")


def _profile(org, who="employee"):
    return reverse("people:profile", args=[org[who].uuid])


MATRIX = [
    # name, url builder, method, expected statuses in PERSONAS order
    ("my page", lambda o: reverse("people:my_page"), "get", (302, 200, 200, 200, 200, 200, 200)),
    ("my team", lambda o: reverse("people:my_team"), "get", (302, 403, 403, 200, 200, 403, 200)),
    (
        "directory",
        lambda o: reverse("people:directory"),
        "get",
        (302, 200, 200, 200, 200, 200, 200),
    ),
    ("profile of employee", lambda o: _profile(o), "get", (302, 200, 404, 200, 404, 404, 200)),
    ("profile of deep", lambda o: _profile(o, "deep"), "get", (302, 404, 404, 200, 200, 404, 200)),
    ("profile of ceo", lambda o: _profile(o, "ceo"), "get", (302, 404, 404, 404, 404, 404, 200)),
    (
        "edit employee",
        lambda o: reverse("people:employee_edit", args=[o["employee"].uuid]),
        "get",
        (302, 403, 404, 403, 404, 404, 200),
    ),
    (
        "org chart",
        lambda o: reverse("people:org_chart"),
        "get",
        (302, 200, 200, 200, 200, 200, 200),
    ),
    (
        "org chart at employee",
        lambda o: reverse("people:org_chart_at", args=[o["employee"].uuid]),
        "get",
        (302, 200, 404, 200, 404, 404, 200),
    ),
    ("HR home", lambda o: reverse("people:hr_home"), "get", (302, 403, 403, 403, 403, 403, 200)),
    (
        "HR import",
        lambda o: reverse("people:hr_import"),
        "get",
        (302, 403, 403, 403, 403, 403, 200),
    ),
    (
        "HR import post",
        lambda o: reverse("people:hr_import"),
        "post",
        (302, 403, 403, 403, 403, 403, 400),
    ),
    (
        "import sample",
        lambda o: reverse("people:import_sample", args=["en"]),
        "get",
        (302, 403, 403, 403, 403, 403, 200),
    ),
    (
        "password change",
        lambda o: reverse("password_change"),
        "get",
        (302, 200, 200, 200, 200, 200, 200),
    ),
    (
        "people pick",
        lambda o: reverse("people:pick") + "?field=q&q=Eli",
        "get",
        (302, 403, 403, 200, 200, 403, 200),
    ),
    ("API people list", lambda o: "/api/people", "get", (401, 200, 200, 200, 200, 200, 200)),
    (
        "API person employee",
        lambda o: f"/api/people/{o['employee'].uuid}",
        "get",
        (401, 200, 404, 200, 404, 404, 200),
    ),
    (
        "API person deep",
        lambda o: f"/api/people/{o['deep'].uuid}",
        "get",
        (401, 404, 404, 200, 200, 404, 200),
    ),
    ("API me", lambda o: "/api/me", "get", (401, 200, 200, 200, 200, 200, 200)),
    ("API schema", lambda o: "/api/openapi.json", "get", (200, 200, 200, 200, 200, 200, 200)),
    (
        "coach practice",
        lambda o: reverse("coach:practice"),
        "get",
        (302, 403, 403, 200, 200, 403, 200),
    ),
    (
        "coach analyze",
        lambda o: reverse("coach:analyze"),
        "post",
        (302, 200, 200, 200, 200, 200, 200),
    ),
    ("API coach", lambda o: "/api/coach", "post_json", (401, 200, 200, 200, 200, 200, 200)),
]

# appraisal: o["card"] is the employee's scorecard (goals set) in the open cycle o["cycle"]
MATRIX += [
    ("cycles", lambda o: reverse("appraisal:cycles"), "get", (302, 200, 200, 200, 200, 200, 200)),
    (
        "cycle new",
        lambda o: reverse("appraisal:cycle_new"),
        "get",
        (302, 403, 403, 403, 403, 403, 200),
    ),
    (
        "cycle detail",
        lambda o: reverse("appraisal:cycle_detail", args=[o["cycle"].uuid]),
        "get",
        (302, 302, 302, 302, 302, 302, 200),
    ),
    (
        "cycle edit",
        lambda o: reverse("appraisal:cycle_edit", args=[o["cycle"].uuid]),
        "get",
        (302, 403, 403, 403, 403, 403, 200),
    ),
    (
        "cycle edit post",
        lambda o: reverse("appraisal:cycle_edit", args=[o["cycle"].uuid]),
        "post",
        (302, 403, 403, 403, 403, 403, 400),
    ),
    (
        "cycle advance",
        lambda o: reverse("appraisal:cycle_advance", args=[o["cycle"].uuid]),
        "post",
        (302, 403, 403, 403, 403, 403, 302),
    ),
    (
        "cycle bands",
        lambda o: reverse("appraisal:cycle_bands", args=[o["cycle"].uuid]),
        "post",
        (302, 403, 403, 403, 403, 403, 302),
    ),
    (
        "cycle apply templates",
        lambda o: reverse("appraisal:cycle_apply_templates", args=[o["cycle"].uuid]),
        "post",
        (302, 403, 403, 403, 403, 403, 302),
    ),
    (
        "cycle actuals",
        lambda o: reverse("appraisal:cycle_actuals", args=[o["cycle"].uuid]),
        "get",
        (302, 403, 403, 403, 403, 403, 200),
    ),
    (
        "team scorecards",
        lambda o: reverse("appraisal:team", args=[o["cycle"].uuid]),
        "get",
        (302, 403, 403, 200, 200, 403, 403),
    ),
    (
        "scorecard",
        lambda o: reverse("appraisal:scorecard", args=[o["card"].uuid]),
        "get",
        (302, 200, 404, 200, 404, 404, 200),
    ),
    (
        "indicator new",
        lambda o: reverse("appraisal:indicator_new", args=[o["card"].uuid]),
        "get",
        (302, 403, 404, 200, 404, 404, 200),
    ),
    (
        "indicator edit",
        lambda o: reverse("appraisal:indicator_edit", args=[o["card"].uuid, o["indicator"].uuid]),
        "get",
        (302, 403, 404, 200, 404, 404, 200),
    ),
    (
        "indicator delete",
        lambda o: reverse("appraisal:indicator_delete", args=[o["card"].uuid, o["indicator"].uuid]),
        "post",
        (302, 403, 404, 302, 404, 404, 302),
    ),
    (
        "record actual",
        lambda o: reverse("appraisal:record_actual", args=[o["card"].uuid, o["indicator"].uuid]),
        "post",
        (302, 403, 404, 302, 404, 404, 302),
    ),
    (
        "set goals",
        lambda o: reverse("appraisal:set_goals", args=[o["card"].uuid]),
        "post",
        (302, 403, 404, 302, 404, 404, 302),
    ),
    (
        "copy previous",
        lambda o: reverse("appraisal:copy_previous", args=[o["card"].uuid]),
        "post",
        (302, 403, 404, 302, 404, 404, 302),
    ),
    (
        "self review",
        lambda o: reverse("appraisal:self_review", args=[o["card"].uuid]),
        "get",
        (302, 200, 404, 403, 404, 404, 403),
    ),
    (
        "supervisor review",
        lambda o: reverse("appraisal:supervisor_review", args=[o["card"].uuid]),
        "get",
        (302, 403, 404, 200, 404, 404, 403),
    ),
    (
        "finalize",
        lambda o: reverse("appraisal:finalize", args=[o["card"].uuid]),
        "post",
        (302, 403, 404, 403, 404, 404, 403),
    ),
    (
        "request feedback",
        lambda o: reverse("appraisal:request_feedback", args=[o["card"].uuid]),
        "post",
        (302, 302, 404, 302, 404, 404, 302),
    ),
    (
        "indicator check",
        lambda o: reverse("appraisal:indicator_check"),
        "post",
        (302, 200, 200, 200, 200, 200, 200),
    ),
    (
        "key events",
        lambda o: reverse("appraisal:timeline", args=[o["employee"].uuid]),
        "get",
        (302, 200, 404, 200, 404, 404, 200),
    ),
    (
        "key event delete",
        lambda o: reverse("appraisal:event_delete", args=[o["event"].uuid]),
        "post",
        (302, 403, 404, 302, 404, 404, 302),
    ),
    (
        "feedback inbox",
        lambda o: reverse("appraisal:feedback_inbox"),
        "get",
        (302, 200, 200, 200, 200, 200, 200),
    ),
    (
        "feedback answer",
        lambda o: reverse("appraisal:feedback_answer", args=[o["request"].uuid]),
        "get",
        (302, 404, 200, 404, 404, 404, 403),
    ),
    (
        "feedback decline",
        lambda o: reverse("appraisal:feedback_decline", args=[o["request"].uuid]),
        "post",
        (302, 404, 302, 404, 404, 404, 403),
    ),
    (
        "indicator templates",
        lambda o: reverse("appraisal:templates"),
        "get",
        (302, 403, 403, 403, 403, 403, 200),
    ),
    ("API cycles", lambda o: "/api/cycles", "get", (401, 200, 200, 200, 200, 200, 200)),
    ("API scorecards", lambda o: "/api/scorecards", "get", (401, 200, 200, 200, 200, 200, 200)),
    (
        "API scorecard",
        lambda o: f"/api/scorecards/{o['card'].uuid}",
        "get",
        (401, 200, 404, 200, 404, 404, 200),
    ),
    (
        "API key events",
        lambda o: f"/api/people/{o['employee'].uuid}/key-events",
        "get",
        (401, 200, 404, 200, 404, 404, 200),
    ),
]

# interviews: o["interview"] is the employee's result review with the manager, scheduled
MATRIX += [
    (
        "interviews",
        lambda o: reverse("interviews:list"),
        "get",
        (302, 200, 200, 200, 200, 200, 200),
    ),
    (
        "interview new",
        lambda o: reverse("interviews:new"),
        "get",
        (302, 403, 403, 200, 200, 403, 200),
    ),
    (
        "interviews bulk",
        lambda o: reverse("interviews:schedule_bulk", args=[o["cycle"].uuid]),
        "get",
        (302, 403, 403, 403, 403, 403, 200),
    ),
    (
        "interview detail",
        lambda o: reverse("interviews:detail", args=[o["interview"].uuid]),
        "get",
        (302, 200, 404, 200, 404, 404, 200),
    ),
    (
        "interview ics",
        lambda o: reverse("interviews:ics", args=[o["interview"].uuid]),
        "get",
        (302, 200, 404, 200, 404, 404, 200),
    ),
    (
        "interview prepare",
        lambda o: reverse("interviews:prepare", args=[o["interview"].uuid]),
        "get",
        (302, 200, 404, 403, 404, 404, 403),
    ),
    (
        "interview pack",
        lambda o: reverse("interviews:pack", args=[o["interview"].uuid]),
        "get",
        (302, 403, 404, 200, 404, 404, 200),
    ),
    (
        "interview reschedule",
        lambda o: reverse("interviews:reschedule", args=[o["interview"].uuid]),
        "post",
        (302, 302, 404, 302, 404, 404, 302),
    ),
    (
        "interview start",
        lambda o: reverse("interviews:start", args=[o["interview"].uuid]),
        "post",
        (302, 403, 404, 302, 404, 404, 403),
    ),
    (
        "interview run",
        lambda o: reverse("interviews:run", args=[o["interview"].uuid]),
        "get",
        (302, 403, 404, 302, 404, 404, 403),
    ),
    (
        "interview stage save",
        lambda o: reverse("interviews:stage_save", args=[o["interview"].uuid, 3]),
        "post",
        (302, 403, 404, 403, 404, 404, 403),
    ),
    (
        "interview outcome",
        lambda o: reverse("interviews:outcome", args=[o["interview"].uuid]),
        "get",
        (302, 403, 404, 403, 404, 404, 403),
    ),
    (
        "interview acknowledge",
        lambda o: reverse("interviews:acknowledge", args=[o["interview"].uuid]),
        "post",
        (302, 302, 404, 302, 404, 404, 302),
    ),
    (
        "interview disagree",
        lambda o: reverse("interviews:disagree", args=[o["interview"].uuid]),
        "post",
        (302, 302, 404, 302, 404, 404, 302),
    ),
    (
        "interview amend",
        lambda o: reverse("interviews:amend", args=[o["interview"].uuid]),
        "post",
        (302, 302, 404, 302, 404, 404, 302),
    ),
    (
        "interview close",
        lambda o: reverse("interviews:close", args=[o["interview"].uuid]),
        "post",
        (302, 302, 404, 302, 404, 404, 302),
    ),
    (
        "interview cases",
        lambda o: reverse("interviews:cases"),
        "get",
        (302, 403, 403, 403, 403, 403, 200),
    ),
    (
        "interview guides",
        lambda o: reverse("interviews:guides"),
        "get",
        (302, 403, 403, 403, 403, 403, 200),
    ),
    (
        "interview guide edit",
        lambda o: reverse("interviews:guide_edit", args=["result_review", 3]),
        "get",
        (302, 403, 403, 403, 403, 403, 200),
    ),
    (
        "notifications",
        lambda o: reverse("notify:inbox"),
        "get",
        (302, 200, 200, 200, 200, 200, 200),
    ),
    ("API interviews", lambda o: "/api/interviews", "get", (401, 200, 200, 200, 200, 200, 200)),
    (
        "API interview",
        lambda o: f"/api/interviews/{o['interview'].uuid}",
        "get",
        (401, 200, 404, 200, 404, 404, 200),
    ),
]

# plans: o["plan"] is the employee's active plan held by manager; lead inspects its action,
# other_manager is the process owner of its escalation. (Personas: anonymous, employee, peer,
# manager, lead, outsider, hr.)
MATRIX += [
    ("plans", lambda o: reverse("plans:list"), "get", (302, 200, 200, 200, 200, 200, 200)),
    (
        "plan new",
        lambda o: reverse("plans:new") + f"?employee={o['employee'].employee_number}",
        "get",
        (302, 403, 403, 200, 403, 403, 200),
    ),
    (
        "plan detail",
        lambda o: reverse("plans:detail", args=[o["plan"].uuid]),
        "get",
        (302, 200, 404, 200, 200, 404, 200),
    ),
    (
        "plan pdf",
        lambda o: reverse("plans:pdf", args=[o["plan"].uuid]),
        "get",
        (302, 200, 404, 200, 200, 404, 200),
    ),
    (
        "plan add gap",
        lambda o: reverse("plans:add", args=[o["plan"].uuid, "gap"]),
        "post",
        (302, 403, 404, 403, 403, 404, 403),
    ),
    (
        "plan sign",
        lambda o: reverse("plans:sign", args=[o["plan"].uuid]),
        "post",
        (302, 302, 404, 302, 302, 404, 302),
    ),
    (
        "plan amend",
        lambda o: reverse("plans:amend", args=[o["plan"].uuid]),
        "post",
        (302, 302, 404, 302, 302, 404, 302),
    ),
    (
        "plan close",
        lambda o: reverse("plans:close", args=[o["plan"].uuid]),
        "post",
        (302, 302, 404, 302, 302, 404, 302),
    ),
    (
        "plan action",
        lambda o: reverse("plans:action", args=[o["plan"].uuid, o["action"].uuid]),
        "get",
        (302, 200, 404, 200, 200, 404, 200),
    ),
    (
        "plan escalation",
        lambda o: reverse("plans:escalation", args=[o["escalation"].uuid]),
        "get",
        (302, 200, 404, 200, 404, 200, 200),
    ),
    ("plans board", lambda o: reverse("plans:board"), "get", (302, 403, 403, 403, 403, 403, 200)),
    ("plans export", lambda o: reverse("plans:export"), "get", (302, 403, 403, 403, 403, 403, 200)),
    (
        "interview pdf",
        lambda o: reverse("plans:interview_pdf", args=[o["interview"].uuid]),
        "get",
        (302, 403, 404, 200, 404, 404, 200),
    ),
]

# insights: HR the company, supervisors their line, employees nothing
MATRIX += [
    (
        "insights",
        lambda o: reverse("insights:dashboard"),
        "get",
        (302, 403, 403, 200, 200, 403, 200),
    ),
    (
        "insights export",
        lambda o: reverse("insights:export"),
        "get",
        (302, 403, 403, 200, 200, 403, 200),
    ),
    (
        "alert rules",
        lambda o: reverse("insights:alert_rules"),
        "get",
        (302, 403, 403, 403, 403, 403, 200),
    ),
    (
        "alert rule add",
        lambda o: reverse("insights:alert_rules"),
        "post",
        (302, 403, 403, 403, 403, 403, 400),
    ),
    (
        "alert rule edit",
        lambda o: reverse("insights:alert_rule_edit", args=[o["alert_rule"].uuid]),
        "get",
        (302, 403, 403, 403, 403, 403, 200),
    ),
    (
        "alert rule delete",
        lambda o: reverse("insights:alert_rule_delete", args=[o["alert_rule"].uuid]),
        "post",
        (302, 403, 403, 403, 403, 403, 302),
    ),
    (
        "API insights summary",
        lambda o: f"/api/insights/summary?cycle={o['cycle'].uuid}",
        "get",
        (401, 403, 403, 200, 200, 403, 200),
    ),
]

BODIES = {
    "interview stage save": {"notes": "x", "version": 1},
    "coach analyze": {"text": "You are lazy."},
    "API coach": {"text": "You are lazy."},
}


def _call(client, method, url, body):
    if method == "post_json":
        return client.post(url, body, content_type="application/json")
    if method == "post":
        return client.post(url, body)
    return client.get(url)


@pytest.fixture
def world(org, goals, plan):
    """The personas' organisation plus appraisal records to aim at."""
    import datetime

    from rapport.appraisal.services.feedback import feedback_request
    from rapport.appraisal.services.key_events import key_event_record

    event = key_event_record(
        actor=org["manager"].user,
        employee=org["employee"],
        occurred_on=datetime.date(2026, 9, 1),
        what="Ran the launch.",
        polarity="positive",
    )
    request = feedback_request(
        actor=org["manager"].user,
        cycle=goals.cycle,
        subject=org["employee"],
        reviewer=org["peer"],
        kind="peer",
    )
    from rapport.conftest import in_days
    from rapport.interviews.services.scheduling import interview_schedule

    interview = interview_schedule(
        actor=org["manager"].user,
        employee=org["employee"],
        kind="result_review",
        starts_at=in_days(3),
        place="Room 4B",
        purpose="Review.",
        cycle=goals.cycle,
    )
    from rapport.conftest import sign_plan
    from rapport.plans.services.plans import escalation_send

    signed = sign_plan(org, plan)
    escalation = escalation_send(
        actor=org["manager"].user,
        cause=signed.causes.order_by("id").last(),
        process_owner=org["outsider"],
        question="Fix the data feed.",
    )
    from decimal import Decimal

    from rapport.insights.services import alert_rule_create

    alert_rule = alert_rule_create(actor=org["hr"].user, metric="coverage", threshold=Decimal(80))
    return {
        "alert_rule": alert_rule,
        "plan": signed,
        "action": signed.actions.get(),
        "escalation": escalation,
        "interview": interview,
        **org,
        "cycle": goals.cycle,
        "card": goals,
        "indicator": goals.indicators.first(),
        "event": event,
        "request": request,
    }


@pytest.mark.parametrize(
    ("name", "url", "method", "expected"), MATRIX, ids=[row[0] for row in MATRIX]
)
def test_access_matrix(clients, world, name, url, method, expected):
    from django.db import transaction

    for persona, status in zip(PERSONAS, expected, strict=True):
        # Each attempt runs in a savepoint that is rolled back, so a permitted write (a delete,
        # say) does not change what the next persona is tested against.
        savepoint = transaction.savepoint()
        response = _call(clients[persona], method, url(world), BODIES.get(name, {}))
        transaction.savepoint_rollback(savepoint)
        assert response.status_code == status, (
            f"{name} as {persona}: {response.status_code} != {status}"
        )


def test_directory_lists_only_what_each_role_may_see(clients, org):
    def names(client):
        return {row["name"] for row in client.get("/api/people?page_size=100").json()["items"]}

    everyone = {e.name for key, e in org.items() if hasattr(e, "employee_number")}
    assert names(clients["hr"]) == everyone
    assert names(clients["manager"]) == {
        org[k].name for k in ("manager", "employee", "peer", "lead", "deep")
    }
    assert names(clients["lead"]) == {org["lead"].name, org["deep"].name}
    assert names(clients["employee"]) == {org["employee"].name}
    assert names(clients["outsider"]) == {org["outsider"].name}


def test_employee_never_sees_a_peer_in_the_html_directory(clients, org):
    page = clients["employee"].get(reverse("people:directory")).content.decode()
    assert org["employee"].name in page
    assert org["peer"].name not in page
    rows = page.split("<tbody>")[1].split("</tbody>")[0]
    assert rows.count("<tr>") == 1
