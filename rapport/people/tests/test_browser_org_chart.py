"""In a real browser (system Chromium through Playwright): sign in and walk the org chart,
in English and in Chinese."""

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
    # Playwright's sync API runs an event loop in this thread; the ORM calls the test makes
    # around it are still synchronous.
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
            base_url=live_server.url, locale="en-US", viewport={"width": 1280, "height": 800}
        )
        page = context.new_page()
        page.set_default_timeout(10_000)
        yield page
        context.close()
        browser.close()
        # While Playwright's loop runs, the ORM keeps a separate connection for this context;
        # close it here, or PostgreSQL refuses to drop the test database at the end.
        connections.close_all()


def sign_in(page, username: str) -> None:
    page.goto("/accounts/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.locator("main form button[type=submit]").click()


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


def test_hr_signs_in_and_walks_the_org_chart_in_english_and_chinese(page, org):
    ARTIFACTS.mkdir(exist_ok=True)
    sign_in(page, "hr")
    expect(page.get_by_role("heading", level=1)).to_have_text(org["hr"].name)
    walk(page, org, "Org chart")
    page.screenshot(path=str(ARTIFACTS / "org-chart-en.png"), full_page=True)

    page.get_by_role("button", name="简体中文").click()
    expect(page.locator("html")).to_have_attribute("lang", "zh-hans")
    walk(page, org, "组织架构")
    expect(page.get_by_test_id("org-focus")).to_contain_text("名直接下属")
    page.screenshot(path=str(ARTIFACTS / "org-chart-zh.png"), full_page=True)


def test_an_employee_sees_only_themself_in_the_browser(page, org):
    sign_in(page, "employee")
    page.get_by_role("link", name="People", exact=True).click()
    rows = page.locator("#directory-rows tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text(org["employee"].name)
