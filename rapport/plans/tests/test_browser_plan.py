"""In a real browser: a supervisor builds a plan, both sign, the inspector verifies an action and
HR sees the plan on the board."""

import datetime

from django.utils import timezone
from playwright.sync_api import expect

from rapport.conftest import BROWSER_TESTS, PASSWORD, screenshot

pytestmark = BROWSER_TESTS


def sign(page, url):
    page.goto(url)
    page.fill("form[action$='/sign/'] input[name=password]", PASSWORD)
    page.get_by_role("button", name="Sign the plan").click()
    expect(page.locator(".messages")).to_contain_text("Signed.")


def test_a_plan_built_signed_verified_and_seen_by_hr(open_page, org):
    from rapport.plans.models import Plan
    from rapport.plans.services.plans import progress_post

    today = timezone.localdate()
    manager = open_page("manager")
    manager.goto(f"/plans/new/?employee={org['employee'].employee_number}")
    manager.fill("input[name=title]", "Monthly reports on time")
    manager.fill("input[name=start_on]", today.isoformat())
    manager.fill("input[name=end_on]", (today + datetime.timedelta(days=90)).isoformat())
    manager.get_by_role("button", name="Create").click()
    manager.fill(
        "form[action$='/add/gap/'] textarea[name=description]", "Three monthly reports were late."
    )
    manager.get_by_role("button", name="Add the gap").click()
    manager.select_option("form[action$='/add/cause/'] select[name=category]", "skills")
    manager.fill(
        "form[action$='/add/cause/'] textarea[name=description]",
        "Not fluent with the reporting tool.",
    )
    manager.get_by_role("button", name="Add the cause").click()
    manager.locator("summary", has_text="Add an action").click()
    form = manager.locator("form[action$='/add/action/']")
    form.locator("input[name=measure]").fill("Reporting tool training")
    form.locator("select[name=kind]").select_option("training")
    form.locator("input[name=start_on]").fill(today.isoformat())
    form.locator("input[name=due_on]").fill((today + datetime.timedelta(days=30)).isoformat())
    form.locator("input[name=responsible_number]").fill(org["employee"].employee_number)
    form.locator("input[name=inspector_number]").fill(org["lead"].employee_number)
    form.locator("textarea[name=success_criterion]").fill("Next two reports sent by the 5th.")
    manager.get_by_role("button", name="Add the action").click()
    expect(manager.get_by_test_id("actions")).to_contain_text("Reporting tool training")
    manager.get_by_role("button", name="Send for signatures").click()
    plan_url = manager.url
    sign(manager, plan_url)
    employee = open_page("employee")
    sign(employee, plan_url)
    expect(employee.get_by_test_id("plan-state")).to_have_text("Active")
    expect(employee.get_by_test_id("plan-verify")).to_contain_text("matches both signatures")

    plan = Plan.objects.get(title="Monthly reports on time")
    progress_post(
        actor=org["employee"].user,
        action=plan.actions.get(),
        note="Finished the course.",
        percent=100,
    )
    lead = open_page("lead")
    lead.goto(plan_url)
    lead.get_by_role("link", name="Reporting tool training").click()
    lead.get_by_label("Confirm: the success criterion is met").check()
    lead.get_by_role("button", name="Record my decision").click()
    expect(lead.get_by_test_id("action-state")).to_have_text("Verified")

    hr = open_page("hr")
    hr.goto("/hr/plans/")
    expect(hr.get_by_test_id("board-plans")).to_contain_text("Monthly reports on time")
    expect(hr.get_by_test_id("board-plans")).to_contain_text("1/1")
    screenshot(hr, "plan-board-en.png")
