from rapport.conftest import PASSWORD


def test_sign_progress_inspect_and_verify_through_the_api(
    org, plan, as_manager, as_employee, clients
):
    from rapport.plans.services.plans import plan_submit

    plan_submit(actor=org["manager"].user, plan=plan, version=plan.version)
    plan.refresh_from_db()
    url = f"/api/plans/{plan.uuid}"
    first = as_manager.post(
        f"{url}/sign",
        {"version": plan.version, "password": PASSWORD},
        content_type="application/json",
    ).json()
    second = as_employee.post(
        f"{url}/sign",
        {"version": first["version"], "password": PASSWORD},
        content_type="application/json",
    ).json()
    assert second["state"] == "active"
    assert as_employee.get(f"{url}/verify").json()["verified"] is True
    action = second["actions"][0]["uuid"]
    done = as_employee.post(
        f"{url}/actions/{action}/progress",
        {"note": "Course done.", "percent": 100},
        content_type="application/json",
    ).json()
    assert done["state"] == "done"
    assert clients["peer"].get(url).status_code == 404
    verified = (
        clients["lead"]
        .post(f"{url}/actions/{action}/inspect", {"confirm": True}, content_type="application/json")
        .json()
    )
    assert verified["state"] == "verified"
