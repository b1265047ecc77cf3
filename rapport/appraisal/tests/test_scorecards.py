from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from rapport.appraisal.models import Indicator, IndicatorTemplate, Scorecard
from rapport.appraisal.services import scorecards as s
from rapport.appraisal.services.cycles import cycle_create, cycle_transition
from rapport.conftest import card_of
from rapport.people.services.errors import StaleEdit


def add(actor, card, **fields):
    card.refresh_from_db()
    base = {
        "title": "Orders shipped",
        "kind": "quantitative",
        "unit": "%",
        "direction": "higher",
        "weight": Decimal(50),
        "baseline": Decimal(80),
        "target": Decimal(95),
        "rule": "linear",
    }
    return s.indicator_add(actor=actor, scorecard=card, version=card.version, **{**base, **fields})


def test_the_direct_supervisor_adds_indicators_and_quality_warnings_are_counted(org, cycle):
    card = card_of(cycle, org["employee"])
    add(
        org["manager"].user,
        card,
        title="Improve teamwork",
        kind="qualitative",
        anchors=[],
        baseline=None,
        target=None,
    )
    card.refresh_from_db()
    assert card.quality_warnings == 2  # no anchors, unmeasurable wording
    assert card.indicators.get().rule == "rating"


@pytest.mark.parametrize("who", ["employee", "peer", "lead", "outsider"])
def test_others_cannot_set_goals(org, cycle, who):
    with pytest.raises(PermissionDenied):
        add(org[who].user, card_of(cycle, org["employee"]))


def test_a_manager_above_the_direct_supervisor_can_see_but_not_set_goals(org, cycle):
    from rapport import access

    card = card_of(cycle, org["deep"])
    assert access.can_edit_goals(org["lead"].user, card)
    assert not access.can_edit_goals(org["manager"].user, card)


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"stretch": Decimal(90)}, "stretch"),
        ({"baseline": Decimal(99)}, "baseline"),
        (
            {"direction": "lower", "baseline": None, "target": Decimal(5), "stretch": None},
            "baseline",
        ),
        ({"rule": "rating"}, "rule"),
        ({"weight": Decimal(120)}, "weight"),
    ],
)
def test_inconsistent_indicators_are_refused(org, cycle, fields, field):
    card = card_of(cycle, org["employee"])
    with pytest.raises(ValidationError) as excinfo:
        add(org["manager"].user, card, **fields)
    assert field in excinfo.value.message_dict
    assert not card.indicators.exists()


def test_goals_need_weights_that_sum_to_100(org, cycle):
    manager = org["manager"].user
    card = card_of(cycle, org["employee"])
    add(manager, card, weight=Decimal(60))
    card.refresh_from_db()
    with pytest.raises(ValidationError, match="60%"):
        s.scorecard_set_goals(actor=manager, scorecard=card, version=card.version)
    add(manager, card, title="Returns", weight=Decimal(40))
    card.refresh_from_db()
    s.scorecard_set_goals(actor=manager, scorecard=card, version=card.version)
    card.refresh_from_db()
    assert card.state == Scorecard.State.GOALS_SET


def test_changing_goals_after_they_were_set_needs_them_set_again(org, goals):
    add(org["manager"].user, goals, title="Extra", weight=Decimal(10))
    goals.refresh_from_db()
    assert goals.state == Scorecard.State.DRAFT


def test_a_concurrent_edit_is_detected(org, cycle):
    card = card_of(cycle, org["employee"])
    stale = card.version
    add(org["manager"].user, card)
    with pytest.raises(StaleEdit):
        s.indicator_add(
            actor=org["manager"].user,
            scorecard=card,
            version=stale,
            title="Lost update",
            kind="qualitative",
            weight=Decimal(10),
            rule="rating",
        )


def self_review(org, card, rating=4):
    card.refresh_from_db()
    ratings = {i.pk: (rating, "note") for i in card.indicators.all()}
    return s.scorecard_self_review(
        actor=org["employee"].user,
        scorecard=card,
        version=card.version,
        comment="Good period.",
        ratings=ratings,
    )


def test_the_employee_submits_a_self_review_once_goals_are_set(org, goals):
    self_review(org, goals)
    goals.refresh_from_db()
    assert goals.state == Scorecard.State.SELF_REVIEWED
    assert set(goals.indicators.values_list("self_rating", flat=True)) == {4}


def test_a_self_review_needs_every_rating_and_a_comment(org, goals):
    first = goals.indicators.first()
    with pytest.raises(ValidationError, match="Rate every indicator"):
        s.scorecard_self_review(
            actor=org["employee"].user,
            scorecard=goals,
            version=goals.version,
            comment="x",
            ratings={first.pk: (3, "")},
        )
    with pytest.raises(ValidationError):
        s.scorecard_self_review(
            actor=org["employee"].user,
            scorecard=goals,
            version=goals.version,
            comment=" ",
            ratings={i.pk: (3, "") for i in goals.indicators.all()},
        )


def test_nobody_else_writes_the_self_review(org, goals):
    with pytest.raises(PermissionDenied):
        s.scorecard_self_review(
            actor=org["manager"].user,
            scorecard=goals,
            version=goals.version,
            comment="x",
            ratings={},
        )


def test_supervisor_review_needs_actuals_and_ratings_then_hr_finalizes_with_a_band(org, goals):
    manager, hr = org["manager"].user, org["hr"].user
    self_review(org, goals)
    goals.refresh_from_db()
    revenue, collaboration = goals.indicators.order_by("position")
    with pytest.raises(ValidationError, match="Record the actual"):
        s.scorecard_supervisor_review(
            actor=manager,
            scorecard=goals,
            version=goals.version,
            comment="ok",
            ratings={collaboration.pk: (4, "")},
        )
    s.indicator_record_actual(
        actor=manager, indicator=revenue, actual=Decimal(125), version=goals.version
    )
    goals.refresh_from_db()
    s.scorecard_supervisor_review(
        actor=manager,
        scorecard=goals,
        version=goals.version,
        comment="Strong half.",
        ratings={collaboration.pk: (4, "helps others")},
    )
    goals.refresh_from_db()
    assert goals.state == Scorecard.State.SUPERVISOR_REVIEWED
    assert goals.final_score == Decimal("101.00")  # 0.7 * 110 + 0.3 * 80
    s.scorecard_finalize(actor=hr, scorecard=goals, version=goals.version)
    goals.refresh_from_db()
    assert (goals.state, goals.band.code) == (Scorecard.State.FINAL, "S")


def test_qualitative_indicators_take_no_actual(org, goals):
    collaboration = goals.indicators.get(kind="qualitative")
    with pytest.raises(ValidationError):
        s.indicator_record_actual(
            actor=org["manager"].user, indicator=collaboration, actual=Decimal(3)
        )


def test_copy_from_the_previous_cycle_takes_indicators_without_results(org, goals):
    hr = org["hr"].user
    s.indicator_record_actual(
        actor=org["manager"].user,
        indicator=goals.indicators.get(kind="quantitative"),
        actual=Decimal(80),
    )
    later = cycle_create(
        actor=hr,
        name="2027 H1",
        period_start=goals.cycle.period_end.replace(year=2027, month=1, day=1),
        period_end=goals.cycle.period_end.replace(year=2027, month=6, day=30),
        self_review_deadline=goals.cycle.period_end.replace(year=2027, month=6, day=20),
        interview_deadline=goals.cycle.period_end.replace(year=2027, month=7, day=15),
    )
    cycle_transition(actor=hr, cycle=later, to="open")
    card = card_of(later, org["employee"])
    assert (
        s.scorecard_copy_previous(actor=org["manager"].user, scorecard=card, version=card.version)
        == 2
    )
    copied = list(card.indicators.order_by("position"))
    assert [i.title for i in copied] == ["Revenue booked", "Collaboration"]
    assert all(i.actual is None and i.self_rating is None for i in copied)


def test_copy_without_an_earlier_scorecard_says_so(org, cycle):
    card = card_of(cycle, org["employee"])
    with pytest.raises(ValidationError, match="no earlier scorecard"):
        s.scorecard_copy_previous(actor=org["manager"].user, scorecard=card, version=card.version)


def test_templates_fill_empty_scorecards_job_title_first_then_closest_department(org, cycle):
    org["peer"].job_title = "Account Executive"
    org["peer"].save()
    IndicatorTemplate.objects.create(
        job_title="Account Executive",
        title="Revenue",
        kind="quantitative",
        unit="k¥",
        direction="higher",
        weight=Decimal(100),
        target=Decimal(10),
        rule="linear",
    )
    IndicatorTemplate.objects.create(
        department=org["sales"],
        title="Sales pipeline",
        kind="quantitative",
        unit="deals",
        direction="higher",
        weight=Decimal(100),
        target=Decimal(5),
        rule="linear",
    )
    IndicatorTemplate.objects.create(
        department=org["company"],
        title="Company goal",
        kind="quantitative",
        unit="%",
        direction="higher",
        weight=Decimal(100),
        target=Decimal(5),
        rule="linear",
    )
    filled = s.scorecards_apply_templates(actor=org["hr"].user, cycle=cycle)
    titles = {
        e: list(
            Indicator.objects.filter(
                scorecard__cycle=cycle, scorecard__employee=org[e]
            ).values_list("title", flat=True)
        )
        for e in ("peer", "employee", "other_manager")
    }
    assert titles == {
        "peer": ["Revenue"],
        "employee": ["Sales pipeline"],
        "other_manager": ["Company goal"],
    }
    assert filled == 9


def test_templates_skip_scorecards_that_already_have_indicators(org, goals):
    IndicatorTemplate.objects.create(
        department=org["company"],
        title="Company goal",
        kind="quantitative",
        unit="%",
        direction="higher",
        weight=Decimal(100),
        target=Decimal(5),
        rule="linear",
    )
    s.scorecards_apply_templates(actor=org["hr"].user, cycle=goals.cycle)
    assert list(goals.indicators.values_list("title", flat=True)) == [
        "Revenue booked",
        "Collaboration",
    ]
