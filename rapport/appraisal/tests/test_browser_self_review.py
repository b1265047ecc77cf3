"""In a real browser: an employee writes their self-review in Chinese."""

from playwright.sync_api import expect

from rapport.conftest import BROWSER_TESTS, PASSWORD, screenshot

pytestmark = BROWSER_TESTS


def test_an_employee_writes_a_self_review_in_chinese(open_page, org, goals):
    from rapport.appraisal.models import Scorecard

    page = open_page(None, locale="zh-CN")
    page.goto("/accounts/login/")
    expect(page.locator("h1")).to_have_text("登录 Rapport")
    page.fill("input[name=username]", "employee")
    page.fill("input[name=password]", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.get_by_role("link", name="我的绩效表").click()
    expect(page.locator("h1")).to_contain_text("我的绩效表")
    page.get_by_role("link", name="填写自评").click()
    for select in page.locator("select[name^=rating_]").all():
        select.select_option("4")
    page.locator("textarea[name^=note_]").first.fill("按计划完成了 9 月的客户上线，提前两天交付。")
    page.fill(
        "textarea[name=comment]", "本期主要目标基本完成；希望下期在数据分析方面得到培训支持。"
    )
    page.get_by_role("button", name="提交").click()
    expect(page.locator(".messages")).to_contain_text("已提交")
    expect(page.locator("h1 .tag")).to_have_text("已完成自评")
    screenshot(page, "self-review-zh.png")
    card = Scorecard.objects.get(pk=goals.pk)
    assert card.state == "self_reviewed"
    assert card.self_comment.startswith("本期主要目标基本完成")
