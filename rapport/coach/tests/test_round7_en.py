"""Round seven (English): families behind the heldout6 misses, on our own wording."""

from __future__ import annotations

import pytest

from rapport.coach import analyze
from rapport.coach.tests.helpers import codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Honestly, she doesn't take her role seriously.", "judges_person"),
        ("To be blunt, the three new recruits are sloppy.", "judges_person"),
        ("Are you stupid or something? The form says page two.", "judges_person"),
        ("Is he deaf? I told him twice.", "demeaning"),
        ("It's exhausting dealing with someone this rude.", "judges_person"),
        ("Nobody wants to work with a colleague so arrogant all the time.", "absolute"),
        ("You forget to sign the log constantly.", "absolute"),
        ("Whenever the tills get busy, your break runs over.", "absolute"),
        ("Omar always has some excuse for the missing forms.", "absolute"),
        ("She is always the last one back from lunch.", "absolute"),
        ("Customers won't take someone your age seriously in negotiations.", "demeaning"),
        ("Since she's a new mum, I assume she won't want the Leeds account.", "demeaning"),
        ("We'll revisit your pay once you've finished having kids.", "demeaning"),
        ("All these prayer breaks are getting a bit much.", "demeaning"),
        ("Maybe do something about your teeth before the client pitch.", "demeaning"),
        ("Send me the figures by Friday, if it isn't too much trouble.", "demeaning"),
        ("Oh wonderful, yet another missed delivery slot.", "demeaning"),
    ],
)
def test_round7_positive(text: str, code: str) -> None:
    assert code in codes(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "The client didn't take the warning seriously at first.",
        "The two new hires started on Monday and are shadowing Priya.",
        "The new trainees are not lazy at all; they need clearer rotas.",
        "Are you free on Thursday to go through the rota?",
        "Is the scanner slow again today?",
        "It was a pleasure working with someone so organised on the audit.",
        "The conveyor jams constantly.",
        "Every time we have a deadline, your updates help us plan.",
        "Lena always checks the temperatures before service, which is great.",
        "Tom always double-checks the labels before dispatch.",
        "Now that you're a dad, tell me if a later start would help.",
        "We'll review your hours once your parental leave ends.",
        "The quiet room on level 3 is free for prayer during breaks.",
        "Could you do something about that squeaky trolley?",
        "Thanks for joining the call early, Dave.",
        "Great, another record month for the team!",
        'A guest told me you were "completely useless" at check-in, and I want your account.',
    ],
)
def test_round7_negative(text: str) -> None:
    assert not codes(text, "en") & {"judges_person", "absolute"}
    if "useless" not in text:
        assert "demeaning" not in codes(text, "en")


def test_round7_offsets() -> None:
    text = "Frankly, the two new hires are lazy."
    spans = [(f.start, f.end) for f in analyze(text, "en").findings if f.code == "judges_person"]
    assert spans == [(9, 35)]
    text = "You miss the courier slot constantly."
    spans = [(f.start, f.end) for f in analyze(text, "en").findings if f.code == "absolute"]
    assert spans == [(0, 36)]


def test_round7_reported_quote_is_not_the_writers() -> None:
    text = 'He later wrote that the nurse was "rude and useless".'
    assert "demeaning" not in codes(text, "en")


@pytest.mark.parametrize(
    ("text", "element", "expected"),
    [
        ("The customer rang twice and we lost a point on our hygiene rating.", "consequence", True),
        ("Two guests lodged formal complaints about the noise.", "consequence", True),
        ("The client has now threatened to move the renewal elsewhere.", "consequence", True),
        ("If orders are scanned at the door, drivers leave sooner.", "positive_outcome", True),
        (
            "With the log complete, the next shift can start straight away.",
            "positive_outcome",
            True,
        ),
        ("Once it's fixed, tickets won't need to be reopened.", "positive_outcome", False),
        ("Customers won't need to call back if the answer is complete.", "positive_outcome", True),
        ("Please check the sheet, so that our figures are accurate.", "closes_positive", False),
        ("Your checklists have been the best on the floor.", "opens_positive", True),
        ("Your error rate is the highest in the team.", "opens_positive", False),
        ("Are you getting too old for a busy service?", "solicit", False),
    ],
)
def test_round7_elements(text: str, element: str, expected: bool) -> None:
    assert getattr(analyze(text, "en").elements, element) is expected
