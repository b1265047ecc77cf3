"""Shared test personas: one small organisation where every role has a place.

ceo
├── hr          (HR account, People & Culture)
├── manager
│   ├── employee
│   ├── peer
│   └── lead
│       └── deep
└── other_manager
    └── outsider
"""

from pathlib import Path

import pytest
from django.test import Client

from rapport.people.tests.factories import DepartmentFactory, EmployeeFactory

PASSWORD = "correct horse battery staple"


@pytest.fixture
def org(db):
    company = DepartmentFactory(name="Company", name_zh="公司")
    people_dept = DepartmentFactory(name="People & Culture", name_zh="人力资源部", parent=company)
    sales = DepartmentFactory(name="Sales", name_zh="销售部", parent=company)
    ops = DepartmentFactory(name="Operations", name_zh="运营部", parent=company)
    ceo = EmployeeFactory(user__username="ceo", name="Cora Executive", department=company)
    hr = EmployeeFactory(
        user__username="hr",
        user__is_hr=True,
        name="Hana Resources",
        manager=ceo,
        department=people_dept,
    )
    manager = EmployeeFactory(
        user__username="manager", name="Mia Manager", manager=ceo, department=sales
    )
    employee = EmployeeFactory(
        user__username="employee", name="Eli Employee", manager=manager, department=sales
    )
    peer = EmployeeFactory(
        user__username="peer", name="Pat Peer", manager=manager, department=sales
    )
    lead = EmployeeFactory(
        user__username="lead", name="Lee Lead", manager=manager, department=sales
    )
    deep = EmployeeFactory(user__username="deep", name="Dee Deep", manager=lead, department=sales)
    other_manager = EmployeeFactory(
        user__username="other_manager", name="Otto Other", manager=ceo, department=ops
    )
    outsider = EmployeeFactory(
        user__username="outsider", name="Oona Outsider", manager=other_manager, department=ops
    )
    return {
        "company": company,
        "sales": sales,
        "ops": ops,
        "people_dept": people_dept,
        "ceo": ceo,
        "hr": hr,
        "manager": manager,
        "employee": employee,
        "peer": peer,
        "lead": lead,
        "deep": deep,
        "other_manager": other_manager,
        "outsider": outsider,
    }


def _client_for(employee) -> Client:
    client = Client()
    client.force_login(employee.user, backend="rapport.people.backends.UsernameOrEmailBackend")
    return client


@pytest.fixture
def as_hr(org):
    return _client_for(org["hr"])


@pytest.fixture
def as_manager(org):
    return _client_for(org["manager"])


@pytest.fixture
def as_employee(org):
    return _client_for(org["employee"])


@pytest.fixture
def as_peer(org):
    return _client_for(org["peer"])


@pytest.fixture
def as_outsider(org):
    return _client_for(org["outsider"])


@pytest.fixture
def clients(org):
    """A signed-in client per persona, plus an anonymous one."""
    result = {
        name: _client_for(org[name])
        for name in ("hr", "manager", "employee", "peer", "outsider", "lead")
    }
    result["anonymous"] = Client()
    return result


@pytest.fixture
def cycle(org):
    """An open cycle in which everyone in `org` has a draft scorecard."""
    import datetime

    from rapport.appraisal.services.cycles import cycle_create, cycle_transition

    hr = org["hr"].user
    draft = cycle_create(
        actor=hr,
        name="2026 H2",
        name_zh="2026 下半年",
        period_start=datetime.date(2026, 7, 1),
        period_end=datetime.date(2026, 12, 31),
        self_review_deadline=datetime.date(2026, 12, 20),
        interview_deadline=datetime.date(2027, 1, 15),
    )
    return cycle_transition(actor=hr, cycle=draft, to="open")


def card_of(cycle, employee):
    from rapport.appraisal.models import Scorecard

    return Scorecard.objects.get(cycle=cycle, employee=employee)


@pytest.fixture
def goals(org, cycle):
    """The employee's scorecard with two indicators (revenue 70%, collaboration 30%), goals set."""
    from decimal import Decimal

    from rapport.appraisal.services.scorecards import indicator_add, scorecard_set_goals

    manager = org["manager"].user
    card = card_of(cycle, org["employee"])
    indicator_add(
        actor=manager,
        scorecard=card,
        version=card.version,
        title="Revenue booked",
        kind="quantitative",
        unit="k¥",
        direction="higher",
        weight=Decimal(70),
        baseline=Decimal(0),
        target=Decimal(100),
        stretch=Decimal(150),
        rule="linear",
    )
    card.refresh_from_db()
    indicator_add(
        actor=manager,
        scorecard=card,
        version=card.version,
        title="Collaboration",
        kind="qualitative",
        weight=Decimal(30),
        rule="rating",
        anchors=["alone", "shares", "helps", "leads", "builds"],
    )
    card.refresh_from_db()
    scorecard_set_goals(actor=manager, scorecard=card, version=card.version)
    card.refresh_from_db()
    return card


def in_days(days: int, hour: int = 10):
    import datetime

    from django.utils import timezone

    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, 0)))


@pytest.fixture
def interview(org, goals):
    """A result review of the employee, held by their supervisor, in three days."""
    from rapport.interviews.services.scheduling import interview_schedule

    return interview_schedule(
        actor=org["manager"].user,
        employee=org["employee"],
        kind="result_review",
        starts_at=in_days(3),
        place="Room 4B",
        purpose="Review the second half and agree next steps.",
        cycle=goals.cycle,
    )


def hold(org, interview, *, notes=None, consensus="We agree on the revenue result.", rating="B"):
    """Run the interview through its stages and submit the outcome; returns it awaiting the employee."""
    import datetime

    from django.utils import timezone

    from rapport.interviews.models import StageNote
    from rapport.interviews.services.meeting import (
        interview_start,
        interview_submit_outcome,
        stage_note_save,
    )

    manager = org["manager"].user
    interview.refresh_from_db()
    interview_start(actor=manager, interview=interview, version=interview.version)
    for stage, text in (
        notes or {3: "Revenue reached 80 k¥ in Q3.", 5: "The employee wants to lead a project."}
    ).items():
        note = StageNote.objects.get(interview=interview, stage=stage)
        stage_note_save(
            actor=manager, interview=interview, stage=stage, notes=text, version=note.version
        )
    interview.refresh_from_db()
    interview_submit_outcome(
        actor=manager,
        interview=interview,
        version=interview.version,
        consensus=consensus,
        agreed_rating=rating,
        next_meeting_on=timezone.localdate() + datetime.timedelta(days=30),
        tasks=[
            (
                "employee",
                "Share the pipeline weekly",
                timezone.localdate() + datetime.timedelta(days=14),
            )
        ],
    )
    interview.refresh_from_db()
    return interview


@pytest.fixture
def plan(org):
    """A draft improvement plan for the employee, built by their supervisor: one gap, an internal
    and an external cause, one action (responsible: the employee; inspector: lead)."""
    import datetime

    from django.utils import timezone

    from rapport.plans.services import plans as p

    manager = org["manager"].user
    today = timezone.localdate()
    plan = p.plan_create(
        actor=manager,
        employee=org["employee"],
        title="Report on time",
        start_on=today,
        end_on=today + datetime.timedelta(days=90),
        checkpoints=[today + datetime.timedelta(days=45)],
    )
    p.gap_add(actor=manager, plan=plan, description="Three monthly reports were late.")
    p.cause_add(
        actor=manager,
        plan=plan,
        category="skills",
        description="Not fluent with the reporting tool.",
    )
    p.cause_add(
        actor=manager,
        plan=plan,
        category="process",
        description="Data arrives on the 3rd working day.",
    )
    p.action_add(
        actor=manager,
        plan=plan,
        measure="Reporting tool training",
        kind="training",
        start_on=today,
        due_on=today + datetime.timedelta(days=30),
        responsible=org["employee"],
        inspector=org["lead"],
        success_criterion="Next two reports sent by the 5th.",
    )
    plan.refresh_from_db()
    return plan


def sign_plan(org, plan):
    from rapport.plans.services import plans as p

    plan.refresh_from_db()
    if plan.state == "draft":
        p.plan_submit(actor=org["manager"].user, plan=plan, version=plan.version)
    for who in ("manager", "employee"):
        plan.refresh_from_db()
        p.plan_sign(actor=org[who].user, plan=plan, version=plan.version, password=PASSWORD)
    plan.refresh_from_db()
    return plan


# --- Browser tests (system Chromium through Playwright) -------------------------------------

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
BROWSER_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# ``pytestmark = BROWSER_TESTS`` in a browser-test module: marked, and skipped without Chromium.
BROWSER_TESTS = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="system Chromium is not installed"),
]


def sign_in(page, username: str) -> None:
    page.goto("/accounts/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/me/")


@pytest.fixture
def open_page(live_server, monkeypatch):
    """Open a page on the live server, each in its own browser context (its own cookies):
    ``open_page("manager", locale="zh-CN")`` signs in first; ``open_page(None)`` does not."""
    from django.db import connections
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls the test makes
    # around it are still synchronous.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)

        def open_(username: str | None, *, locale: str = "en-US", height: int = 900):
            context = chromium.new_context(
                base_url=live_server.url, locale=locale, viewport={"width": 1280, "height": height}
            )
            page = context.new_page()
            page.set_default_timeout(10_000)
            if username is not None:
                sign_in(page, username)
            return page

        yield open_
        chromium.close()
        # While Playwright's loop runs, the ORM keeps a separate connection for this thread;
        # close it here, or PostgreSQL refuses to drop the test database at the end.
        connections.close_all()


def screenshot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def type_in(page, testid: str, text: str) -> None:
    """Type like a person: paste the text, then a keystroke (browsers fire input events on both)."""
    # htmx binds its listeners when it has processed the element that carries the request (the
    # box itself, or its form); typing before that is lost.
    page.wait_for_function(
        """id => {
            const box = document.querySelector(`[data-testid='${id}']`);
            const owner = box && box.closest('[hx-get],[hx-post]');
            return !!(window.htmx && owner && owner['htmx-internal-data']);
        }""",
        arg=testid,
    )
    box = page.get_by_test_id(testid)
    box.fill(text[:-1])
    box.press_sequentially(text[-1])
