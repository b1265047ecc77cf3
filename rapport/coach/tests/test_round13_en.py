"""Round thirteen (English): families behind the heldout11 misses, on our own wording."""

from __future__ import annotations

import pytest

from rapport.coach.evaluate import DATA_DIR, load
from rapport.coach.tests.helpers import assert_as_labelled, codes, elements, quotes

# The rules alone: the lead's retraining of the models must not flip these.
pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Órla is so disorganised with the rota.", "judges_person"),
        ("Tom is such a chronic moaner.", "judges_person"),
        ("You were never really a team player at the depot.", "judges_person"),
        ("Only a clown would have parked the forklift there.", "judges_person"),
        ("Utter waste of a lanyard.", "judges_person"),
        ("Glenys is a relic; she should make way for someone younger.", "demeaning"),
        ("Get tubby to fetch the ladders.", "demeaning"),
        ("He needs to drop a few kilos before the summer.", "demeaning"),
        ("Guess they don't teach manners where she grew up.", "demeaning"),
        ("Did your mum dress you this morning?", "demeaning"),
        ("They sulk like a bunch of spoilt teenagers.", "demeaning"),
        ("At their age, you can't expect them to learn the app.", "demeaning"),
        ("Each order he's packed this week has had something missing.", "absolute"),
        ("Was there a single week you filed your expenses on time?", "absolute"),
    ],
)
def test_round13_positive(text: str, code: str) -> None:
    assert code in codes(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Our new driver, Łukasz, is careful with the loads.",
        "Only a locksmith could have opened that safe.",
        "The budget review was a waste of a morning.",
        "The engine is old and noisy.",
        "A customer called you 'slow and unhelpful' on the phone, which I'd like to discuss.",
        "The dinosaur exhibit closes at five.",
        "Please shift some weight off the top shelf before the audit.",
        "We teach the fire drill to every new starter.",
        "Did your dad get to the hospital on time?",
        "A bunch of kids from the school visited the bakery.",
        "At her age she had already qualified as a pharmacist.",
        "Every parcel you've packed this week arrived safely.",
        "Is there a single form I should use for refunds?",
    ],
)
def test_round13_negative(text: str) -> None:
    found = codes(text, "en")
    assert not found, found


@pytest.mark.parametrize(
    "text",
    [
        "The count was off on Monday. I have full confidence in you.",
        "The till was short on the 3rd. I know he's got what it takes.",
        "The cooler was left open on Sunday. We're fortunate to have Mo on the floor.",
        "The returns were late this week. Keep it going, though.",
    ],
)
def test_round13_closes_positive(text: str) -> None:
    assert elements(text)["closes_positive"]


@pytest.mark.parametrize(
    "text",
    [
        "Kudos to Femi for the winter menu.",
        "You've been a real gem with the new volunteers.",
        "She's been doing brilliantly on the evening desk.",
        "Your pies are the best sellers at the Hove shop.",
    ],
)
def test_round13_opens_positive(text: str) -> None:
    assert elements(text)["opens_positive"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Once the float balances, you'll be ready to train the next cashiers.", True),
        ("You'd make a brilliant supervisor if you planned the week ahead.", True),
        ("He's in the running for the regional award.", True),
        ("Let's go through the cash-up together on Friday.", False),
        ("What would make the rota easier to follow?", False),
        ("I believe you can do better.", False),
    ],
)
def test_round13_positive_outcome(text: str, want: bool) -> None:
    assert elements(text)["positive_outcome"] is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The server was down for 35 minutes after the patch.", True),
        ("Two patients showed up at the wrong clinic.", True),
        ("The coach left the hotel 20 minutes late.", True),
        ("The shipment went out two days late.", False),
    ],
)
def test_round13_consequence(text: str, want: bool) -> None:
    assert elements(text)["consequence"] is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Send the signed timesheet by Friday and file the delivery notes every Monday.", False),
        ("Please fix the invoice you sent on Monday.", True),
        ("The payroll for June went out a day late.", True),
    ],
)
def test_round13_behavior(text: str, want: bool) -> None:
    assert elements(text)["behavior"] is want


def test_round13_exact_offsets() -> None:
    assert quotes("Only an idiot would leave it there.", "judges_person") == ["Only an idiot would"]
    assert quotes("Tell fatso to move.", "demeaning") == ["fatso"]


@pytest.mark.parametrize("row", load(DATA_DIR / "round13_en.jsonl"), ids=lambda r: str(r["id"]))
def test_round13_file(row: dict[str, object]) -> None:
    assert_as_labelled(row, "en")
