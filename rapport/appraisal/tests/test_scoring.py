from decimal import Decimal as D

import pytest

from rapport.appraisal.scoring import IndicatorValues, band_for, final_score, indicator_score


def linear(actual, *, baseline=D(0), target=D(100), stretch=D(150), direction="higher"):
    return indicator_score(
        IndicatorValues(
            kind="quantitative",
            rule="linear",
            direction=direction,
            weight=D(100),
            baseline=baseline,
            target=target,
            stretch=stretch,
            actual=actual,
        )
    )


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        (D(-10), D(0)),
        (D(0), D(0)),
        (D(50), D(50)),
        (D(100), D(100)),
        (D(125), D(110)),
        (D(150), D(120)),
        (D(400), D(120)),
    ],
)
def test_linear_scores_from_baseline_to_target_and_caps_at_the_stretch(actual, expected):
    assert linear(actual) == expected


def test_without_a_stretch_the_score_is_capped_at_100():
    assert linear(D(180), stretch=None) == D(100)


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        (D(80), D(0)),
        (D(70), D(50)),
        (D(60), D(100)),
        (D("52.5"), D(110)),
        (D(45), D(120)),
        (D(10), D(120)),
        (D(90), D(0)),
    ],
)
def test_lower_is_better_mirrors_the_scale(actual, expected):
    assert (
        linear(actual, baseline=D(80), target=D(60), stretch=D(45), direction="lower") == expected
    )


def test_baseline_equal_to_target_is_all_or_nothing_not_a_division_by_zero():
    assert linear(D(100), baseline=D(100), target=D(100)) == D(100)
    assert linear(D(99), baseline=D(100), target=D(100)) == D(0)


def test_missing_actual_or_target_is_unscored():
    assert linear(None) is None
    assert linear(D(5), target=None) is None


def test_no_baseline_means_zero_when_higher_is_better_and_unscored_when_lower_is_better():
    assert linear(D(25), baseline=None) == D(25)
    assert linear(D(25), baseline=None, direction="lower", target=D(20), stretch=None) is None


def test_threshold_is_reached_or_not():
    def threshold(actual, direction="higher"):
        return indicator_score(
            IndicatorValues(
                kind="quantitative",
                rule="threshold",
                direction=direction,
                weight=D(100),
                target=D(10),
                actual=actual,
            )
        )

    assert threshold(D(10)) == D(100) and threshold(D("9.99")) == D(0)
    assert threshold(D(10), "lower") == D(100) and threshold(D("10.01"), "lower") == D(0)


@pytest.mark.parametrize(
    ("rating", "expected"), [(1, D(20)), (3, D(60)), (5, D(100)), (None, None)]
)
def test_qualitative_ratings_count_twenty_points_each(rating, expected):
    assert (
        indicator_score(
            IndicatorValues(
                kind="qualitative", rule="rating", direction="higher", weight=D(30), rating=rating
            )
        )
        == expected
    )


def test_final_score_is_the_weighted_mean_once_everything_is_scored():
    revenue = IndicatorValues(
        kind="quantitative",
        rule="linear",
        direction="higher",
        weight=D(70),
        baseline=D(0),
        target=D(100),
        actual=D(80),
    )
    collaboration = IndicatorValues(
        kind="qualitative", rule="rating", direction="higher", weight=D(30), rating=4
    )
    assert final_score([revenue, collaboration]) == D("80.00")  # 0.7*80 + 0.3*80
    unrated = IndicatorValues(kind="qualitative", rule="rating", direction="higher", weight=D(30))
    assert final_score([revenue, unrated]) is None


def test_final_score_needs_weights_that_sum_to_100():
    a = IndicatorValues(
        kind="qualitative", rule="rating", direction="higher", weight=D(60), rating=5
    )
    b = IndicatorValues(
        kind="qualitative", rule="rating", direction="higher", weight=D(30), rating=5
    )
    assert final_score([a, b]) is None
    assert final_score([]) is None


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (D(0), "D"),
        (D("59.99"), "D"),
        (D(60), "C"),
        (D("84.99"), "B"),
        (D(95), "S"),
        (D(120), "S"),
        (None, None),
    ],
)
def test_band_is_the_highest_minimum_at_or_below_the_score(score, band):
    bands = [(D(95), "S"), (D(85), "A"), (D(70), "B"), (D(60), "C"), (D(0), "D")]
    assert band_for(score, bands) == band
