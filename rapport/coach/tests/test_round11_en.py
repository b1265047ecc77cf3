"""Round eleven (English): families behind the heldout9 misses, on our own wording."""

from __future__ import annotations

import pytest

from rapport.coach import analyze
from rapport.coach.evaluate import DATA_DIR, load
from rapport.coach.tests.helpers import assert_as_labelled, codes, quotes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Frankly, Joel isn't a details person.", "judges_person"),
        ("You've got a real sulky streak.", "judges_person"),
        ("Dana acts as though the rota doesn't apply to her.", "judges_person"),
        ("He's allergic to paperwork.", "judges_person"),
        ("Typical trainee — lazy and cocky.", "judges_person"),
        ("Their priorities are elsewhere.", "judges_person"),
        ("Pretty good for a chap nearly seventy.", "demeaning"),
        ("At his age he ought to retire.", "demeaning"),
        ("What did we expect from someone straight out of school?", "demeaning"),
        ("Perhaps that passes in your culture.", "demeaning"),
        ("More time on the accounts and less time on your lashes.", "demeaning"),
        ("She came waddling out of the lift at ten.", "demeaning"),
        ("What is he, a baby?", "demeaning"),
        ("Since the divorce your priorities have gone.", "demeaning"),
        ("He's got twins, but that's no excuse.", "demeaning"),
        ("Every quarter-end, your forecasts are off.", "absolute"),
    ],
)
def test_round11_positive(text: str, code: str) -> None:
    assert code in codes(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "She's a details person, which is why the audit went so well.",
        "The lower side of the shelf needs a new bracket.",
        "Parking rules don't apply to delivery vans.",
        "The client is allergic to nuts, so check the menu.",
        "Typical delivery times are three days.",
        "Priorities for the week: stock count, then the rota.",
        "Guests over seventy get a free upgrade.",
        "At her age she was already running two stores.",
        "What do you expect from the training next week?",
        "Are you back in your home town over Easter?",
        "Please spend less time on the cover slide.",
        "The geese waddled along the river path.",
        "What are the numbers for week ten?",
        "Since the merger we've moved your desk upstairs.",
        "The printer was jammed, but that's no excuse.",
        "Every Monday, your team sends the rota on time.",
        "Sign the book each time you take a key.",
        "The supplier's email calls our packaging 'useless', so please reply by Friday.",
    ],
)
def test_round11_negative(text: str) -> None:
    found = codes(text, "en")
    assert not found, found


@pytest.mark.parametrize(
    ("text", "element", "expected"),
    [
        ("The auditor saw the open cabinet.", "consequence", True),
        ("The night team lost three hours re-labelling.", "consequence", True),
        ("You skipped the check, which is why the batch failed.", "consequence", True),
        ("Make sure nobody knows the code.", "consequence", False),
        ("By then the queue had grown to forty.", "consequence", True),
        ("If we tidy the hand-off we'll stay within budget.", "positive_outcome", True),
        ("Fix the template and you'll save an hour a week.", "positive_outcome", True),
        ("Miss it again and you'll be out.", "positive_outcome", False),
        ("Amazing effort on the launch, Ola.", "opens_positive", True),
        ("Cheers for sorting the van.", "opens_positive", True),
        ("What a mess the kitchen was.", "opens_positive", False),
        ("You're doing fine, aren't you?", "solicit", False),
        ("Any ideas for the staff party?", "solicit", True),
        ("Sunday you left the till open.", "behavior", True),
    ],
)
def test_round11_elements(text: str, element: str, expected: bool) -> None:
    assert getattr(analyze(text, "en").elements, element) is expected


def test_round11_exact_offsets() -> None:
    assert quotes("Typical intern: lazy and careless.", "judges_person") == ["Typical intern: lazy"]


@pytest.mark.parametrize("row", load(DATA_DIR / "round11_en.jsonl"), ids=lambda r: str(r["id"]))
def test_round11_file(row: dict[str, object]) -> None:
    assert_as_labelled(row, "en")
