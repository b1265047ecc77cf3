from django.test import Client


def test_people_list_is_paginated_and_filterable(org, as_hr):
    page = as_hr.get("/api/people?page_size=3&page=1").json()
    assert page["count"] == 9 and len(page["items"]) == 3
    sales = as_hr.get(f"/api/people?department={org['sales'].uuid}&page_size=50").json()
    assert {p["name"] for p in sales["items"]} == {
        org[k].name for k in ("manager", "employee", "peer", "lead", "deep")
    }
    search = as_hr.get("/api/people?q=peer").json()
    assert [p["employee_number"] for p in search["items"]] == [org["peer"].employee_number]
    reports = as_hr.get(f"/api/people?manager={org['manager'].uuid}").json()
    assert reports["count"] == 3


def test_people_detail_gives_explicit_fields_only(org, as_manager):
    person = as_manager.get(f"/api/people/{org['employee'].uuid}").json()
    assert set(person) == {
        "uuid",
        "employee_number",
        "name",
        "email",
        "job_title",
        "department",
        "manager",
        "hire_date",
        "is_active",
    }
    assert person["manager"]["name"] == org["manager"].name
    assert person["department"]["name"] == "Sales"


def test_department_names_follow_the_language(org, as_hr):
    person = as_hr.get(
        f"/api/people/{org['employee'].uuid}", headers={"Accept-Language": "zh-hans"}
    ).json()
    assert person["department"]["name"] == "销售部"


def test_filtering_by_someone_you_may_not_see_is_a_404(org, as_employee):
    response = as_employee.get(f"/api/people?manager={org['other_manager'].uuid}")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found."}


def test_bad_input_gets_a_json_error(org, as_hr):
    response = as_hr.get("/api/people?page=0")
    assert response.status_code == 422
    assert "detail" in response.json()
    assert as_hr.get("/api/people/not-a-uuid").status_code == 422


def test_openapi_schema_and_docs_are_served_without_a_cdn(db):
    schema = Client().get("/api/openapi.json").json()
    assert {"/api/people", "/api/people/{uuid}", "/api/me"} <= set(schema["paths"])
    docs = Client().get("/api/docs")
    assert docs.status_code == 200
    html = docs.content.decode()
    assert "cdn" not in html.lower() and "/static/ninja/" in html
