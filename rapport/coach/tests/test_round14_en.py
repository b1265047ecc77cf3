"""Round fourteen (English): families behind the heldout12 misses, on our own wording."""

from __future__ import annotations

import pytest

from rapport.coach.evaluate import DATA_DIR, load
from rapport.coach.tests.helpers import assert_as_labelled, codes, elements, quotes

# The rules alone: the lead's retraining of the models must not flip these.
pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a role as the subject, and a role's attitude
        ("The weekend operative is so unreliable with the gate codes.", "judges_person"),
        ("The night auditor is careless with the float sheets.", "judges_person"),
        ("The driver on the early run is rude to customers.", "judges_person"),
        ("The contractor's attitude is the biggest issue on site.", "judges_person"),
        ("The receptionist's attitude is the issue.", "judges_person"),
        ("I'd describe Ms Pryce as, sadly, unreliable.", "judges_person"),
        # sweeps
        ("The site foreman is chaotic and never reads the permits.", "absolute"),
        ("Ravi loses every pen you lend him.", "absolute"),
        ("He cuts corners on every job.", "absolute"),
        ("He's skipped every team huddle since January.", "absolute"),
        ("You talk over every colleague in the morning meeting.", "absolute"),
        ("He's a bully who always picks on the juniors.", "absolute"),
        ("Every quarter it's the same problem with Leah's expense claims.", "absolute"),
        ("It's the same old story every month with your mileage sheets.", "absolute"),
        ("Nobody in accounts has ever seen her file a receipt.", "absolute"),
        ("He is rude and it shows in every meeting.", "absolute"),
        # belittling
        ("Granny on the tills still can't work the card reader.", "demeaning"),
        ("Ask Gramps, he'll remember how the old press works.", "demeaning"),
        ("Women her age don't understand the booking app.", "demeaning"),
        ("Maybe dress a bit less provocatively at the client dinner.", "demeaning"),
        ("Maybe wear a longer skirt and the lads might focus.", "demeaning"),
        ("Off early again, probably the boyfriend again.", "demeaning"),
        ("How he fits that gut behind the wheel I'll never know.", "demeaning"),
        ("Not sure how he gets that belly behind the bar.", "demeaning"),
        ("Pretty good English for a girl fresh off the boat.", "demeaning"),
    ],
)
def test_round14_positive(text: str, code: str) -> None:
    assert code in codes(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "The event handler is messy but the tests pass.",
        "The patient's attitude was the problem at the desk.",
        "I would describe him as, to be fair, very thorough.",
        "The cashier always smiles at the regulars.",
        "The apprentice never forgets the safety brief.",
        "She answers every query from the branches.",
        "Yesterday you skipped every break.",
        "She's a manager who never misses a one-to-one.",
        "Every winter it's the same problem with the gritter.",
        "I've never seen him so calm.",
        "I've never once seen you refuse to help a colleague.",
        "She is organised and it shows in every rota.",
        "My grandma taught me to bake.",
        "Her grandma was in hospital last week, so she swapped shifts.",
        "Kids his age play a lot of video games.",
        "Please wear something more practical on the shop floor.",
        "No doubt the family will love the new menu.",
        "Pork belly sold out by eight.",
        "He trusted his gut through the whole deal.",
        "Wear longer trousers in the workshop.",
        "She came straight off the flight to run the workshop.",
    ],
)
def test_round14_negative(text: str) -> None:
    found = codes(text, "en")
    assert not found, found


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The till was short on Monday. Tidy the float and the supervisor post is yours.", True),
        ("The till was short on Monday. The decision is yours.", False),
        ("The till was short on Monday. Label the trays and the next audit sails through.", True),
        ("The till was short on Monday. Use the checklist, and those errors will stop.", True),
        ("The till was short on Monday. Skip it again and those errors will keep coming.", False),
        (
            "The till was short on Monday. With two pickers I'd expect the backlog gone by May.",
            True,
        ),
        ("The till was short on Monday. I expect the count sheet on my desk by noon.", False),
        ("The till was short on Monday. We plan to put you forward for the buyer programme.", True),
        ("The till was short on Monday. We're putting her forward for the buyer course.", True),
        ("The till was short on Monday. I'm sure she'll do really well as a buyer.", True),
        ("The till was short on Monday. I think you'd do well to recount it.", False),
        ("The till was short on Monday. If we fix the float we'll lose far less cash.", True),
        ("The till was short on Monday. Count twice and you'll be back on track by June.", True),
        ("The till was short on Monday. You'll be back on the tills from Friday.", False),
        ("The till was short on Monday. Let's go over the tally together next week.", False),
        ("Bonuses are paid in March. Objectives for next year to be set in due course.", False),
    ],
)
def test_round14_positive_outcome(text: str, want: bool) -> None:
    assert elements(text)["positive_outcome"] is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The file wasn't updated on Monday, and the tenant rang us in tears.", True),
        ("If a tenant rings upset, call me.", False),
        ("On Monday you were curt, and the buyer asked later if everything was OK.", True),
        ("I asked on Monday whether everything was OK.", False),
        ("The log was skipped on Monday, and the inspector rated the site inadequate.", True),
        ("The inspector rated the site outstanding on Monday.", False),
        ("The log was skipped on Monday and head office downgraded the branch.", True),
        ("The guard was off on Monday and the press was stopped for an hour.", True),
        ("The press will be stopped for an hour on Monday for servicing.", False),
        ("The rooms weren't ready on Monday and the guests waited in the bar.", True),
        ("On Monday the guests waited in the bar and chatted.", False),
        ("The nut warning wasn't passed on on Monday, and a diner needed an ambulance.", True),
        ("The taxi was booked for 17:00 instead of 15:30 on Monday.", False),
        ("Your sales rate slipped in June, 40 against 55.", False),
        ("The release slipped a week because the tests failed on Monday.", True),
    ],
)
def test_round14_consequence(text: str, want: bool) -> None:
    assert elements(text)["consequence"] is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("On the Friday the shutters went up at 9:20.", True),
        ("You signed in at 7.45am.", True),
        ("Please be on the floor by 8:00 from now on.", True),  # "be" is no instruction verb
        ("Send the rota to me by 17:00.", False),
        ("She logged 27 new customer accounts.", True),
        ("He wrote 9 patient letters.", True),
        ("Where do you see yourself in twelve months?", False),
        ("Here are 3 things to think about.", False),
        ("The Atlas has run smoothly all season.", False),
    ],
)
def test_round14_behavior(text: str, want: bool) -> None:
    assert elements(text)["behavior"] is want


@pytest.mark.parametrize(
    ("text", "part", "want"),
    [
        ("The van was late on Monday. He has the full trust of the crew.", "closes_positive", True),
        (
            "The van was late on Monday. Can't wait to see what you build next.",
            "closes_positive",
            True,
        ),
        (
            "The van was late on Monday. Can't wait to see what excuse you find.",
            "closes_positive",
            False,
        ),
        ("Cracking year, Jo! The van was late on Monday.", "opens_positive", True),
        ("Super season, Ana! The van was late on Monday.", "opens_positive", True),
        ("The van was late on Monday. She has my full confidence.", "closes_positive", True),
        ("We had a lovely week away. The van was late on Monday.", "opens_positive", False),
        ("Sol is a smart cookie, but the van was late on Monday.", "opens_positive", True),
        ("That was a clever trick. The van was late on Monday.", "opens_positive", False),
        (
            "Your booking numbers are up this month. The van was late on Monday.",
            "opens_positive",
            False,
        ),
        (
            "Your repeat bookings are up this month. The van was late on Monday.",
            "opens_positive",
            True,
        ),
        (
            "Your refund ratings are up this month. The van was late on Monday.",
            "opens_positive",
            False,
        ),
        (
            "The van was late on Monday. Let's listen to two calls together next week.",
            "closes_positive",
            False,
        ),
    ],
)
def test_round14_praise(text: str, part: str, want: bool) -> None:
    assert elements(text)[part] is want


def test_round14_exact_offsets() -> None:
    assert quotes("Ravi loses every pen.", "absolute") == ["Ravi loses every"]
    assert quotes("Ask Gramps about it.", "demeaning") == ["Ask Gramps"]
    assert quotes("Kids his age can't cope.", "demeaning") == ["Kids his age can't"]


@pytest.mark.parametrize("row", load(DATA_DIR / "round14_en.jsonl"), ids=lambda r: str(r["id"]))
def test_round14_file(row: dict[str, object]) -> None:
    assert_as_labelled(row, "en")
