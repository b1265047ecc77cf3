"""Round twenty-two (Chinese): an evening class or event is no "late" (晚自习 holds 晚), so a
sweep over it is no praise."""

from __future__ import annotations

import pytest

from rapport.coach.tests.helpers import codes

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(
    "text",
    [
        "你从来不在晚自习的时候去班里看一眼。",
        "他从来不参加年终晚会的筹备，每次都推给别人。",
    ],
)
def test_an_evening_class_is_no_lateness(text: str) -> None:
    assert "absolute" in codes(text, "zh")


@pytest.mark.parametrize("text", ["他从来不晚到。", "他从来没迟到过。", "她晚自习从来不迟到。"])
def test_never_late_is_still_praise(text: str) -> None:
    assert "absolute" not in codes(text, "zh")
