"""How indicators and scorecards are scored. Pure functions on plain values.

Rules (an indicator's score is 0–100, or up to STRETCH_SCORE for beating the target):

- **linear** (quantitative): the baseline scores 0 and the target 100, linearly in between.
  Past the target the score keeps rising linearly up to STRETCH_SCORE at the stretch value and is
  capped there; with no stretch it is capped at 100. Below the baseline it is 0. With no baseline,
  the baseline is 0 for "higher is better"; for "lower is better" a baseline is required.
  "Lower is better" mirrors all of this (the baseline is above the target). If the baseline equals
  the target, reaching the target scores 100 and missing it 0.
- **threshold**: 100 when the target is reached (>= target, or <= for lower is better), else 0.
- **rating** (qualitative): the 1–5 rating against the behavioural anchors, times 20 (1 → 20,
  5 → 100). The supervisor's rating counts; the self rating never does.

An indicator with nothing to score yet (no actual, no rating, no target) scores None. The final
score is the weighted mean of the indicator scores (weights sum to 100) and exists only once every
indicator is scored; the band is the one with the highest minimum at or below the final score.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

STRETCH_SCORE = Decimal(120)
FULL = Decimal(100)
ZERO = Decimal(0)
TWO_PLACES = Decimal("0.01")


@dataclass(frozen=True)
class IndicatorValues:
    kind: str  # "quantitative" | "qualitative"
    rule: str  # "linear" | "threshold" | "rating"
    direction: str  # "higher" | "lower"
    weight: Decimal
    baseline: Decimal | None = None
    target: Decimal | None = None
    stretch: Decimal | None = None
    actual: Decimal | None = None
    rating: int | None = None


def _clamp(value: Decimal, low: Decimal, high: Decimal) -> Decimal:
    return max(low, min(high, value))


def _linear(v: IndicatorValues) -> Decimal | None:
    if v.actual is None or v.target is None:
        return None
    sign = Decimal(1) if v.direction == "higher" else Decimal(-1)
    if v.baseline is None:
        if v.direction == "lower":
            return None
        baseline = ZERO
    else:
        baseline = v.baseline
    # Work in "progress" units where bigger is always better.
    actual, start, goal = sign * v.actual, sign * baseline, sign * v.target
    if goal <= start:  # target not beyond the baseline: all or nothing
        return FULL if actual >= goal else ZERO
    if actual <= goal:
        return _clamp((actual - start) / (goal - start) * FULL, ZERO, FULL)
    if v.stretch is None or sign * v.stretch <= goal:
        return FULL
    top = sign * v.stretch
    return _clamp(
        FULL + (actual - goal) / (top - goal) * (STRETCH_SCORE - FULL), FULL, STRETCH_SCORE
    )


def indicator_score(v: IndicatorValues) -> Decimal | None:
    if v.rule == "rating" or v.kind == "qualitative":
        return None if v.rating is None else Decimal(v.rating) * 20
    if v.rule == "threshold":
        if v.actual is None or v.target is None:
            return None
        reached = v.actual >= v.target if v.direction == "higher" else v.actual <= v.target
        return FULL if reached else ZERO
    score = _linear(v)
    return None if score is None else score.quantize(TWO_PLACES, ROUND_HALF_UP)


def weights_total(weights: Iterable[Decimal]) -> Decimal:
    return sum(weights, ZERO)


def final_score(values: Sequence[IndicatorValues]) -> Decimal | None:
    """The weighted score, or None while any indicator is unscored or weights do not sum to 100."""
    if not values or weights_total(v.weight for v in values) != FULL:
        return None
    total = ZERO
    for v in values:
        score = indicator_score(v)
        if score is None:
            return None
        total += score * v.weight / FULL
    return total.quantize(TWO_PLACES, ROUND_HALF_UP)


def band_for(score: Decimal | None, bands: Iterable[tuple[Decimal, object]]) -> object | None:
    """The band object whose minimum is the highest one at or below `score`."""
    if score is None:
        return None
    best = None
    best_min = None
    for minimum, band in bands:
        if minimum <= score and (best_min is None or minimum > best_min):
            best, best_min = band, minimum
    return best
