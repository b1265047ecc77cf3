"""In a real browser: HR opens the dashboard in Chinese and follows a number to its records."""

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


def test_hr_follows_a_figure_of_the_dashboard_to_the_interviews_behind_it(
    live_server, monkeypatch, org, diagnosis
):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--no-first-run",
            ],
        )
        page = browser.new_context(
            base_url=live_server.url, locale="zh-CN", viewport={"width": 1280, "height": 900}
        ).new_page()
        page.set_default_timeout(10_000)
        page.goto("/accounts/login/")
        page.fill("input[name=username]", "hr")
        page.fill("input[name=password]", PASSWORD)
        page.locator("main form button[type=submit]").click()
        page.get_by_role("link", name="洞察").click()
        expect(page.locator("h1")).to_contain_text("绩效流程在哪里出了问题")
        expect(page.get_by_test_id("kpi-coverage")).to_contain_text("44.4%")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "insights-zh.png"), full_page=True)
        page.get_by_test_id("departments").locator("tr", has_text="销售部").get_by_role("link").nth(
            5
        ).click()  # the copied-notes figure
        expect(page.get_by_test_id("flag")).to_be_visible()
        rows = page.get_by_test_id("interviews").locator("tbody tr")
        expect(rows).to_have_count(2)
        names = " ".join(rows.all_inner_texts())
        assert org["lead"].name in names and org["deep"].name in names
        browser.close()
    connections.close_all()
