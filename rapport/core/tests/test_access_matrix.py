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

BODIES = {"coach analyze": {"text": "You are lazy."}, "API coach": {"text": "You are lazy."}}


def _call(client, method, url, body):
    if method == "post_json":
        return client.post(url, body, content_type="application/json")
    if method == "post":
        return client.post(url, body)
    return client.get(url)


@pytest.mark.parametrize(
    ("name", "url", "method", "expected"), MATRIX, ids=[row[0] for row in MATRIX]
)
def test_access_matrix(clients, org, name, url, method, expected):
    for persona, status in zip(PERSONAS, expected, strict=True):
        response = _call(clients[persona], method, url(org), BODIES.get(name, {}))
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
