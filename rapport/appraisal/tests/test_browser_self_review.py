"""In a real browser: an employee writes their self-review in Chinese."""

from pathlib import Path

import pytest
from django.db import connections
from playwright.sync_api import expect, sync_playwright

from rapport.conftest import PASSWORD

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="system Chromium is not installed"),
]


@pytest.fixture
def page(live_server, monkeypatch):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        context = browser.new_context(
            base_url=live_server.url, locale="zh-CN", viewport={"width": 1280, "height": 900}
        )
        page = context.new_page()
        page.set_default_timeout(10_000)
        yield page
        context.close()
        browser.close()
        connections.close_all()


def test_an_employee_writes_a_self_review_in_chinese(page, org, goals):
    from rapport.appraisal.models import Scorecard

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
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "self-review-zh.png"), full_page=True)
    card = Scorecard.objects.get(pk=goals.pk)
    assert card.state == "self_reviewed"
    assert card.self_comment.startswith("本期主要目标基本完成")
