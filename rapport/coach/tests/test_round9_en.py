"""Round nine (English): families behind the heldout8 misses, on our own wording."""

from __future__ import annotations

import pytest

from rapport.coach import analyze
from rapport.coach.evaluate import DATA_DIR, load
from rapport.coach.tests.helpers import assert_as_labelled, codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("He clearly thinks he's above the rest of the crew.", "judges_person"),
        ("The late shift lot on the third floor are lazy.", "judges_person"),
        ("The new starter is a clown on the phones.", "judges_person"),
        ("She struck me as someone with little real drive.", "judges_person"),
        ("If only you weren't so defensive, we'd have fixed it by now.", "judges_person"),
        ("You're not detail-oriented enough for payroll.", "judges_person"),
        ("Since the divorce, his head has been somewhere else entirely.", "demeaning"),
        ("Without the dreadlocks the board might take you seriously.", "demeaning"),
        ("It's just your age, the younger staff can't relate to you.", "demeaning"),
        ("She types like a geriatric.", "demeaning"),
        ("Do you want a gold star for answering the phone?", "demeaning"),
        ("Surprise, surprise, the float is short.", "demeaning"),
        ("Stop using your anxiety as an excuse.", "demeaning"),
        ("He's what, nineteen? He can't run a till.", "demeaning"),
        ("It's a safe bet Kemal won't have the figures ready.", "absolute"),
        ("The shipping department has never ever labelled a return.", "absolute"),
        ("You're behind on every single task.", "absolute"),
        ("Not once this month has Priya cleaned the steamer.", "absolute"),
    ],
)
def test_round9_positive(text: str, code: str) -> None:
    assert code in codes(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "She thinks she's above target this month — great.",
        "The new hire on nights is doing really well.",
        "If you weren't in on Friday, please read the notes.",
        "Since the wedding, your seating plans have been a big hit.",
        "Check the age of the milk before the morning rush.",
        "Should we give Ana a card for her birthday?",
        "What a surprise the party was, thank you all!",
        "You can bet the summer menu will sell out.",
        "The design team has never shipped so fast — well done.",
        "Please leave the spare keys to the adults' pool with reception.",
        "Use the accessible lift if your knee is sore.",
    ],
)
def test_round9_negative(text: str) -> None:
    found = codes(text, "en")
    assert not found, found


@pytest.mark.parametrize(
    ("text", "element", "expected"),
    [
        ("Two parents didn't get the trip letter.", "consequence", True),
        ("Several diners left before dessert.", "consequence", True),
        ("A local paper picked it up the next day.", "consequence", True),
        ("We sold nothing from the new range on Saturday.", "consequence", True),
        ("It's starting to affect the night staff.", "consequence", True),
        ("One guest rang back in tears.", "consequence", True),
        ("The freezer was left open, costing £600 of stock.", "consequence", True),
        ("You'll have more time for the tasting menu.", "positive_outcome", True),
        ("That should bring it down by Friday.", "positive_outcome", True),
        ("You're amazing with the patients on ward six.", "opens_positive", True),
        ("Your notes are the clearest I've ever read.", "opens_positive", True),
        ("The new workshop is getting rave reviews.", "opens_positive", True),
        ("The workshop got reviews from three people.", "opens_positive", False),
    ],
)
def test_round9_elements(text: str, element: str, expected: bool) -> None:
    assert getattr(analyze(text, "en").elements, element) is expected


@pytest.mark.parametrize("row", load(DATA_DIR / "round9_en.jsonl"), ids=lambda r: str(r["id"]))
def test_round9_file(row: dict[str, object]) -> None:
    assert_as_labelled(row, "en")
