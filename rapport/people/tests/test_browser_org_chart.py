"""In a real browser (system Chromium through Playwright): sign in and walk the org chart,
in English and in Chinese."""

from playwright.sync_api import expect

from rapport.conftest import BROWSER_TESTS, screenshot

pytestmark = BROWSER_TESTS


def walk(page, org, chart_label: str) -> None:
    page.get_by_role("link", name=chart_label, exact=True).click()
    focus = page.get_by_test_id("org-focus")
    expect(focus).to_contain_text(org["ceo"].name)
    page.get_by_role("link", name=org["manager"].name, exact=True).click()
    expect(focus).to_contain_text(org["manager"].name)
    page.get_by_role("link", name=org["lead"].name, exact=True).click()
    expect(focus).to_contain_text(org["lead"].name)
    expect(page.locator(".org-reports")).to_contain_text(org["deep"].name)
    # the chain leads back up
    page.locator(".breadcrumbs").get_by_role("link", name=org["ceo"].name).click()
    expect(focus).to_contain_text(org["ceo"].name)
    assert "/org/" in page.url


def test_hr_signs_in_and_walks_the_org_chart_in_english_and_chinese(open_page, org):
    page = open_page("hr", height=800)
    expect(page.get_by_role("heading", level=1)).to_have_text(org["hr"].name)
    walk(page, org, "Org chart")
    screenshot(page, "org-chart-en.png")

    page.get_by_role("button", name="简体中文").click()
    expect(page.locator("html")).to_have_attribute("lang", "zh-hans")
    walk(page, org, "组织架构")
    expect(page.get_by_test_id("org-focus")).to_contain_text("名直接下属")
    screenshot(page, "org-chart-zh.png")


def test_an_employee_sees_only_themself_in_the_browser(open_page, org):
    page = open_page("employee", height=800)
    page.get_by_role("link", name="People", exact=True).click()
    rows = page.locator("#directory-rows tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text(org["employee"].name)
