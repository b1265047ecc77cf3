import io

import pytest
from django.core.management import CommandError, call_command

from rapport.people.models import Department, Employee, User
from rapport.people.services.demo import seed_demo


def snapshot():
    return list(
        Employee.objects.order_by("employee_number").values_list(
            "employee_number", "name", "job_title", "manager__employee_number", "department__name"
        )
    )


@pytest.mark.django_db
def test_the_demo_places_the_three_accounts_so_every_role_has_data():
    seed_demo(employees=200, lang="both", seed=7)
    hr = Employee.objects.get(user__username="hr")
    manager = Employee.objects.get(user__username="manager")
    employee = Employee.objects.get(user__username="employee")
    assert hr.user.is_hr
    assert "People & Culture" in {hr.department.name, hr.department.parent.name}
    assert manager.direct_reports.count() >= 5
    assert employee.manager == manager
    for user in (hr.user, manager.user, employee.user):
        assert user.check_password("rapport-demo")


@pytest.mark.django_db
def test_the_demo_is_the_same_for_the_same_seed(django_db_blocker):
    seed_demo(employees=120, lang="both", seed=3)
    first = snapshot()
    Employee.objects.all().update(manager=None)
    Employee.objects.all().delete()
    User.objects.all().delete()
    Department.objects.all().update(parent=None)
    Department.objects.all().delete()
    seed_demo(employees=120, lang="both", seed=3)
    assert snapshot() == first


@pytest.mark.django_db
def test_every_employee_has_a_valid_path_and_the_tree_has_one_top():
    seed_demo(employees=500, lang="en", seed=1)
    assert Employee.objects.count() == 500
    assert Employee.objects.filter(manager__isnull=True).count() == 1
    top = Employee.objects.get(manager__isnull=True)
    assert Employee.objects.filter(path__startswith=top.path).count() == 500
    for e in Employee.objects.select_related("manager")[:200]:
        assert e.path == (e.manager.path if e.manager else "/") + f"{e.pk}/"


@pytest.mark.django_db
def test_chinese_demo_has_chinese_names_titles_and_department_names():
    seed_demo(employees=60, lang="zh", seed=1)
    people = list(Employee.objects.exclude(user__username__in=["hr", "manager", "employee"]))
    assert all("\u4e00" <= p.name[0] <= "\u9fff" for p in people)
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in p.job_title) for p in people)
    assert all(d.name_zh for d in Department.objects.all())
    assert User.objects.filter(language="zh-hans").count() == len(people)


@pytest.mark.django_db
def test_both_languages_mix_english_and_chinese_people():
    seed_demo(employees=300, lang="both", seed=1)
    languages = set(User.objects.exclude(language="").values_list("language", flat=True))
    assert languages == {"en", "zh-hans"}


@pytest.mark.django_db
def test_no_manager_has_an_unrealistic_number_of_reports():
    seed_demo(employees=3000, lang="en", seed=2)
    from django.db.models import Count

    widest = Employee.objects.annotate(n=Count("direct_reports")).order_by("-n").first()
    assert widest.n <= 12


@pytest.mark.django_db
def test_the_command_prints_the_accounts_and_refuses_a_second_run():
    out = io.StringIO()
    call_command("seed_demo", "--employees", "40", "--lang", "en", stdout=out)
    assert "hr, manager, employee" in out.getvalue() and "rapport-demo" in out.getvalue()
    with pytest.raises(CommandError, match="already has people"):
        call_command("seed_demo", "--employees", "40", stdout=io.StringIO())
    out = io.StringIO()
    call_command("seed_demo", "--if-empty", stdout=out)
    assert "not loaded" in out.getvalue()
    assert Employee.objects.count() == 40


@pytest.mark.django_db
def test_the_demo_has_a_closed_and_an_open_cycle_with_data_in_both_languages():
    from rapport.appraisal.models import Cycle, Indicator, KeyEvent, Scorecard

    call_command("seed_demo", "--employees", "120", "--lang", "both", stdout=io.StringIO())
    closed, current = Cycle.objects.get(state="closed"), Cycle.objects.get(state="open")
    assert Scorecard.objects.filter(cycle=closed, state="final", band__isnull=False).count() == 120
    assert Scorecard.objects.filter(cycle=current).count() == 120
    employee = Employee.objects.get(user__username="employee")
    card = Scorecard.objects.get(cycle=current, employee=employee)
    assert card.state == "goals_set" and card.indicators.count() >= 3
    assert sum(i.weight for i in card.indicators.all()) == 100
    titles = set(Indicator.objects.values_list("title", flat=True))
    assert "Revenue booked" in titles or "Orders shipped on time" in titles
    assert any("\u4e00" <= t[0] <= "\u9fff" for t in titles)
    events = list(KeyEvent.objects.values_list("what", flat=True))
    assert any("\u4e00" <= ch <= "\u9fff" for e in events for ch in e) and any(
        e.isascii() for e in events
    )
    manager = Employee.objects.get(user__username="manager")
    assert Scorecard.objects.filter(cycle=current, employee__manager=manager).count() >= 5


@pytest.mark.django_db
def test_the_demo_has_interviews_in_every_state_in_both_languages():
    from rapport.interviews.models import Interview
    from rapport.interviews.services.signing import interview_verify

    call_command("seed_demo", "--employees", "300", "--lang", "both", stdout=io.StringIO())
    states = set(Interview.objects.values_list("state", flat=True))
    assert states == {
        "scheduled",
        "in_progress",
        "awaiting_employee",
        "acknowledged",
        "disagreed",
        "closed",
        "cancelled",
    }
    assert Interview.objects.get(employee__user__username="employee").state == "scheduled"
    purposes = set(Interview.objects.values_list("purpose", flat=True))
    assert any(p.isascii() for p in purposes) and any(not p.isascii() for p in purposes)
    assert all(interview_verify(i) for i in Interview.objects.filter(state="acknowledged"))


@pytest.mark.django_db
def test_the_demo_has_plans_in_every_state():
    from rapport.plans.models import Plan
    from rapport.plans.services.plans import plan_verify

    call_command("seed_demo", "--employees", "200", "--lang", "both", stdout=io.StringIO())
    assert set(Plan.objects.values_list("state", flat=True)) == {
        "draft",
        "awaiting_signatures",
        "active",
        "completed",
        "not_successful",
    }
    active = Plan.objects.get(employee__user__username="employee")
    assert active.state == "active" and plan_verify(active)
    titles = set(Plan.objects.values_list("title", flat=True))
    assert "Monthly reports on time" in titles and "月度报告按时提交" in titles
