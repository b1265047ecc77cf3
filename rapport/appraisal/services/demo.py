"""Appraisal demo data: a closed cycle and a current open one, with scorecards, actuals, ratings
and key events in the language of each employee. Bulk inserts only."""

import datetime
import random
from decimal import Decimal

from django.db import transaction

from rapport.appraisal import demo_data as words
from rapport.appraisal import scoring
from rapport.appraisal.models import (
    Cycle,
    Indicator,
    IndicatorTemplate,
    KeyEvent,
    RatingBand,
    Scorecard,
)
from rapport.appraisal.services.cycles import DEFAULT_BANDS
from rapport.appraisal.services.scorecards import values_of, warnings_for
from rapport.core.bulk import insert_rows
from rapport.people.models import Department, Employee, Language

PAST_SELF_EN = (
    "I delivered the main goals of the period; next period I want to grow my data-analysis skills."
)
PAST_SELF_ZH = "本期按计划完成了主要目标，下期希望加强数据分析能力。"
PAST_SUPERVISOR_EN = (
    "Solid delivery against the goals; cross-team communication can be more proactive."
)
PAST_SUPERVISOR_ZH = "目标完成扎实，跨部门沟通可以更主动。"
SOFT_EN = "Improve communication with other teams"
SOFT_ZH = "加强跨部门沟通"
PAST = (
    "2026 H1",
    "2026 上半年",
    datetime.date(2026, 1, 1),
    datetime.date(2026, 6, 30),
    datetime.date(2026, 6, 20),
    datetime.date(2026, 7, 15),
)
CURRENT = (
    "2026 H2",
    "2026 下半年",
    datetime.date(2026, 7, 1),
    datetime.date(2026, 12, 31),
    datetime.date(2026, 12, 20),
    datetime.date(2027, 1, 15),
)


def _warning_count(indicator: Indicator, cache: dict[tuple, int]) -> int:
    """Demo indicators repeat a few dozen shapes: check each shape once."""
    key = (
        indicator.title,
        indicator.description,
        indicator.kind,
        indicator.unit,
        indicator.target,
        tuple(indicator.anchors or ()),
    )
    if key not in cache:
        cache[key] = len(warnings_for(indicator))
    return cache[key]


def _cycle(spec: tuple, state: str) -> Cycle:
    name, name_zh, start, end, self_deadline, interview_deadline = spec
    cycle = Cycle.objects.create(
        name=name,
        name_zh=name_zh,
        period_start=start,
        period_end=end,
        self_review_deadline=self_deadline,
        interview_deadline=interview_deadline,
        state=state,
    )
    RatingBand.objects.bulk_create(
        RatingBand(cycle=cycle, code=c, label=label, label_zh=zh, min_score=m)
        for c, label, zh, m in DEFAULT_BANDS
    )
    return cycle


def _division(employee: Employee, roots: dict[int, str]) -> str:
    if employee.department is None:
        return "Executive Office"
    top = int(employee.department.path.strip("/").split("/")[0])
    return roots.get(top, "Executive Office")


def _indicators_for(
    card: Scorecard, division: str, zh: bool, rng: random.Random, *, actuals: float, rated: bool
) -> list[Indicator]:
    quants = words.QUANT.get(division, words.QUANT["Executive Office"])
    result = []
    total = 0
    for position, (t_en, t_zh, u_en, u_zh, direction, base, target, stretch, weight) in enumerate(
        quants, start=1
    ):
        actual = None
        if rng.random() < actuals:
            spread = abs(target - base) or 1
            actual = Decimal(
                str(
                    round(
                        target
                        + rng.uniform(-0.9, 0.6) * spread * (1 if direction == "higher" else -1),
                        1,
                    )
                )
            )
        result.append(
            Indicator(
                scorecard=card,
                position=position,
                title=t_zh if zh else t_en,
                kind="quantitative",
                unit=u_zh if zh else u_en,
                direction=direction,
                weight=Decimal(weight),
                baseline=Decimal(base),
                target=Decimal(target),
                stretch=None if stretch is None else Decimal(stretch),
                actual=actual,
                rule="linear",
                self_rating=rng.randint(3, 5) if rated else None,
                supervisor_rating=None,
            )
        )
        total += weight
    title_en, title_zh, anchors_en, anchors_zh = words.QUAL
    result.append(
        Indicator(
            scorecard=card,
            position=len(result) + 1,
            title=title_zh if zh else title_en,
            kind="qualitative",
            weight=Decimal(100 - total),
            rule="rating",
            anchors=anchors_zh if zh else anchors_en,
            self_rating=rng.randint(3, 5) if rated else None,
            supervisor_rating=rng.randint(2, 5)
            if rated and card.state in ("supervisor_reviewed", "final")
            else None,
        )
    )
    return result


@transaction.atomic
def seed_appraisal(*, seed: int = 1) -> dict[str, int]:
    rng = random.Random(seed * 7919)
    roots = dict(Department.objects.filter(parent__isnull=True).values_list("pk", "name"))
    people = list(Employee.objects.select_related("department", "user").order_by("pk"))
    past, current = _cycle(PAST, Cycle.State.CLOSED), _cycle(CURRENT, Cycle.State.OPEN)
    bands = [(b.min_score, b) for b in past.bands.all()]
    cards_past = []
    indicators: list[Indicator] = []
    for e in people:
        zh = e.user.language == Language.ZH_HANS
        card = Scorecard(
            cycle=past,
            employee=e,
            state=Scorecard.State.FINAL,
            self_comment=PAST_SELF_ZH if zh else PAST_SELF_EN,
            supervisor_comment=PAST_SUPERVISOR_ZH if zh else PAST_SUPERVISOR_EN,
        )
        made = _indicators_for(card, _division(e, roots), zh, rng, actuals=1.0, rated=True)
        for indicator in made:
            if indicator.kind == "qualitative":
                indicator.supervisor_rating = rng.randint(2, 5)
        card.final_score = scoring.final_score([values_of(i) for i in made])
        card.band = scoring.band_for(card.final_score, bands)  # type: ignore[assignment]
        cards_past.append(card)
        indicators.extend(made)
    cards_now = []
    warning_cache: dict[tuple, int] = {}
    for e in people:
        roll = rng.random()
        if e.user.username == "employee":
            state = Scorecard.State.GOALS_SET
        elif roll < 0.12:
            state = Scorecard.State.DRAFT
        elif roll < 0.75:
            state = Scorecard.State.GOALS_SET
        else:
            state = Scorecard.State.SELF_REVIEWED
        card = Scorecard(cycle=current, employee=e, state=state)
        cards_now.append(card)
        if state == Scorecard.State.DRAFT and rng.random() < 0.5:
            continue  # some supervisors have not started
        zh = e.user.language == Language.ZH_HANS
        made = _indicators_for(
            card, _division(e, roots), zh, rng, actuals=0.6, rated=state == "self_reviewed"
        )
        if rng.random() < 0.15:
            # Some supervisors still write soft goals: HR should see them.
            soft = made[-1]
            soft.title, soft.anchors, soft.self_rating = (SOFT_ZH if zh else SOFT_EN), [], None
        card.quality_warnings = sum(_warning_count(i, warning_cache) for i in made)
        indicators.extend(made)
    # Saving the scorecards gives them ids; bulk_create of the indicators then picks them up.
    Scorecard.objects.bulk_create(cards_past + cards_now, batch_size=2000)
    insert_rows(Indicator, indicators)

    user_of = {e.pk: e.user_id for e in people}
    events = []
    for e in people:
        zh = e.user.language == Language.ZH_HANS
        recorder = user_of.get(e.manager_id, e.user_id) if e.manager_id else e.user_id
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            polarity, what, impact = rng.choice(words.EVENTS_ZH if zh else words.EVENTS_EN)
            day = CURRENT[2] + datetime.timedelta(days=rng.randint(0, 140))
            subject = rng.choice(words.ITEMS_ZH if zh else words.ITEMS_EN)
            date_text = f"{day.month}月{day.day}日" if zh else day.strftime("%d %B")
            events.append(
                KeyEvent(
                    employee=e,
                    occurred_on=day,
                    what=what.format(date=date_text, item=subject),
                    impact=impact,
                    polarity=polarity,
                    recorded_by_id=recorder,
                    recorder_role="supervisor" if recorder != e.user_id else "employee",
                )
            )
    insert_rows(KeyEvent, events)

    templates = []
    departments = {d.name: d for d in Department.objects.filter(parent__isnull=True)}
    for division, rows in words.QUANT.items():
        if division not in departments:
            continue
        for t_en, _t_zh, u_en, _u_zh, direction, base, target, stretch, weight in rows:
            templates.append(
                IndicatorTemplate(
                    department=departments[division],
                    title=t_en,
                    kind="quantitative",
                    unit=u_en,
                    direction=direction,
                    weight=Decimal(weight),
                    baseline=Decimal(base),
                    target=Decimal(target),
                    stretch=None if stretch is None else Decimal(stretch),
                    rule="linear",
                )
            )
    IndicatorTemplate.objects.bulk_create(templates)
    return {
        "scorecards": len(cards_past) + len(cards_now),
        "indicators": len(indicators),
        "key_events": len(events),
    }
