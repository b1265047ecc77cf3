"""In a real browser: a supervisor types feedback on the practice page and the coach answers as
they type, in English and then in Chinese."""

from playwright.sync_api import expect

from rapport.conftest import BROWSER_TESTS, screenshot, type_in

pytestmark = BROWSER_TESTS


def test_a_supervisor_practises_feedback_in_english_and_in_chinese(open_page, org):
    page = open_page("manager")
    page.get_by_role("link", name="Feedback coach").click()
    expect(page.locator("h1")).to_have_text("Feedback coach")

    type_in(page, "coach-input", "Thanks for the demo on Monday. You are lazy and you never test.")
    analysis = page.locator("#coach-analysis")
    expect(analysis.locator("mark.finding.judges_person")).to_contain_text("You are lazy")
    expect(analysis.locator("mark.finding.absolute")).to_have_count(1)
    expect(analysis.locator(".coach-findings li")).to_have_count(2)
    expect(analysis.locator(".suggestion").first).to_contain_text("→")
    screenshot(page, "coach-practice-en.png")

    type_in(
        page,
        "coach-input",
        "Thanks for the demo on Monday. The build failed twice on Tuesday, so the client "
        "waited a day. What got in the way? With a test run first, Friday's release will go "
        "smoothly, and I'm sure you can do it.",
    )
    expect(analysis.locator("mark.finding")).to_have_count(0)
    expect(analysis.locator(".coach-elements li.no")).to_have_count(0)

    page.get_by_role("button", name="简体中文").click()
    expect(page.locator("html")).to_have_attribute("lang", "zh-hans")
    type_in(page, "coach-input", "你太粗心了，每次开会你都迟到。")
    expect(analysis.locator("mark.finding")).to_have_count(2)
    expect(analysis.locator(".coach-findings")).to_contain_text("评价了人")
    screenshot(page, "coach-practice-zh.png")
