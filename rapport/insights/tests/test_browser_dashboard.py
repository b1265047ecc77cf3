"""In a real browser: HR opens the dashboard in Chinese and follows a number to its records."""

from playwright.sync_api import expect

from rapport.conftest import BROWSER_TESTS, screenshot

pytestmark = BROWSER_TESTS


def test_hr_follows_a_figure_of_the_dashboard_to_the_interviews_behind_it(
    open_page, org, diagnosis
):
    page = open_page("hr", locale="zh-CN")
    page.get_by_role("link", name="洞察").click()
    expect(page.locator("h1")).to_contain_text("绩效流程在哪里出了问题")
    expect(page.get_by_test_id("kpi-coverage")).to_contain_text("44.4%")
    screenshot(page, "insights-zh.png")
    page.get_by_test_id("departments").locator("tr", has_text="销售部").get_by_role("link").nth(
        5
    ).click()  # the copied-notes figure
    expect(page.get_by_test_id("flag")).to_be_visible()
    rows = page.get_by_test_id("interviews").locator("tbody tr")
    expect(rows).to_have_count(2)
    names = " ".join(rows.all_inner_texts())
    assert org["lead"].name in names and org["deep"].name in names
