"""Round eighteen (English): frames with an open slot behind the misses of heldout17 (two writers
who never saw the coach), on our own wording (no heldout17 sentence or idiom)."""

from __future__ import annotations

import pytest

from rapport.coach.evaluate import DATA_DIR, load
from rapport.coach.tests.helpers import assert_as_labelled, codes, quotes

# The rules alone: the lead's retraining of the models must not flip these.
pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Your till counts come up short week after week.", "absolute"),
        ("Typical Ana: parks in the disabled bay and strolls in late.", "absolute"),
        ("That's so typical of him.", "absolute"),
        ("Rhys has yet again left the cage unlocked.", "absolute"),
        ("Pia has filed yet another complaint about the parking.", "absolute"),
        ("Once again she's left the float short.", "absolute"),
        ("He rings in sick at the first whiff of a stocktake.", "absolute"),
        ("She's on her break at eleven no matter how busy the floor is.", "absolute"),
        ("He can't sit through a briefing without checking his phone.", "absolute"),
        ("You graduates are all the same.", "absolute"),
        ("You graduates are all the same.", "demeaning"),
        ("With her it's always some drama about the rota.", "absolute"),
        ("Ivo misses the cut-off every other week.", "absolute"),
        ("Every week there's another crisis with his car.", "absolute"),
        ("Gus treats every safety rule as a rough guideline.", "absolute"),
        ("Gus treats every safety rule as a rough guideline.", "demeaning"),
        ("He's rude to porters and is forever blaming the night staff.", "absolute"),
        ("As per usual, Zoe sent the rota by text instead of email.", "absolute"),
        ("She moans about every little change to the menu.", "absolute"),
        ("He turned up late and, surprise surprise, he's on his phone again.", "absolute"),
        ("I've asked her countless times to sign the log.", "absolute"),
        ("Another Monday, another sick note from Darren.", "absolute"),
        ("Another Monday, another sick note from Darren.", "demeaning"),
        ("Every estimate he gives is out by a week.", "absolute"),
        ("Half the time he doesn't pick up the radio.", "absolute"),
        ("She's the sort of nurse who only answers bells when Sister is watching.", "absolute"),
        (
            "She's the sort of nurse who only answers bells when Sister is watching.",
            "judges_person",
        ),
        ("Sam isn't really a team player.", "judges_person"),
        ("She's not the brightest trainee in the group.", "judges_person"),
        ("I'm not convinced Ollie has the temperament for nights.", "judges_person"),
        ("Kev does the bare minimum and clocks off.", "judges_person"),
        ("Meet Tina, our resident whinger.", "judges_person"),
        ("Meet Tina, our resident whinger.", "demeaning"),
        ("He's the undisputed king of the sick note.", "demeaning"),
        ("Someone needs to tell him this is a warehouse, not a youth club.", "demeaning"),
        ("His Lordship has deigned to reply at last.", "demeaning"),
        ("Is it an age thing, or does she just not like the new app?", "demeaning"),
        ("He couldn't organise a bake sale.", "judges_person"),
        ("He couldn't organise a bake sale.", "demeaning"),
        ("I wouldn't trust her to post a letter, let alone run the depot.", "demeaning"),
        ("I'm tired of spoon-feeding him every step.", "demeaning"),
        ("She's chatty, for someone who still can't log a call properly.", "demeaning"),
        ("He's by far the weakest link in the crew.", "judges_person"),
        ("He's very religious, so don't expect him to do Fridays.", "demeaning"),
        ("If her brains were ink, she couldn't dot an i.", "demeaning"),
        ("She's little more than a pretty face on the tills.", "judges_person"),
        ("Honestly, he's such a drama queen about the overtime.", "demeaning"),
    ],
)
def test_round18_finds(text: str, code: str) -> None:
    assert code in codes(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Profits rose quarter after quarter.",
        "You've beaten the target month after month.",
        "Typical Tuesday: the bread van is late.",
        "Typical Leeds: rain all afternoon.",
        "Rhys has once again come top in the safety quiz.",
        "The printer has jammed yet again.",
        "Call the supervisor at the first sign of a spill.",
        "The sensor trips at the slightest hint of heat.",
        "No matter how busy it gets, take your break.",
        "She keeps smiling no matter what the customers say.",
        "She can't go a shift without helping a new starter.",
        "The boxes are all the same size.",
        "With Bo there's always a smile at the desk.",
        "The shredding is collected every other week.",
        "Every week there's a new offer on the shelves.",
        "She treats every patient like family.",
        "He's new here and is always asking sensible questions.",
        "As usual, the canteen closes at two.",
        "Customers complain about every delay, so keep them updated.",
        "What a surprise party that was!",
        "I've visited the Hull depot a dozen times this year.",
        "Another month, another record for the shop.",
        "Every plan she writes is clear and on time.",
        "Half the time is spent on the induction video.",
        "He's the kind of colleague who helps everyone.",
        "Sam isn't really a morning person, so he takes lates.",
        "This isn't the fastest laptop we own.",
        "I'm not convinced Ollie has the keys for the gate.",
        "The form asks for the bare minimum of detail.",
        "Dan is our resident first-aider.",
        "Our head chef starts on Monday.",
        "She's the queen of spreadsheets and we love her for it.",
        "Someone needs to tell her the meeting moved to three.",
        "Her Majesty's Revenue and Customs wrote again.",
        "Is it a language thing in the app settings?",
        "He couldn't run the report because the server was down.",
        "Thanks for babysitting the deploy last night.",
        "That's impressive for someone who hasn't done the course yet.",
        "The weakest part of the bid is the timeline.",
        "She's very devout and always kind to the patients.",
        "If the results were any better, we'd need a bigger trophy shelf.",
        "She has a friendly face that puts callers at ease.",
        "I've told you a hundred times how much we value you.",
        "Another day, another delivery for Priya's team.",
        "He never goes a shift without checking the fire doors.",
    ],
)
def test_round18_negative(text: str) -> None:
    found = codes(text, "en")
    assert not found, found


def test_round18_exact_offsets() -> None:
    assert quotes("Rhys has yet again left the cage unlocked.", "absolute") == ["yet again"]
    assert quotes("Typical Ana: parks in the disabled bay.", "absolute") == ["Typical Ana"]
    assert quotes("Your till counts come up short week after week.", "absolute") == [
        "week after week"
    ]


_ROWS = load(DATA_DIR / "round18_en.jsonl")


@pytest.mark.parametrize("row", _ROWS, ids=lambda r: str(r["id"]))
def test_round18_file(row: dict[str, object]) -> None:
    assert_as_labelled(row, "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We redesigned the form so that even a child could fill it in.", set()),
        ("A child could operate the new pallet wrapper, it's that well guarded.", set()),
        ("The instructions are written so a child could understand them.", set()),
        ("Even a child could do your job.", {"demeaning"}),
        ("A child could follow these instructions, and you still got it wrong.", {"demeaning"}),
    ],
)
def test_a_thing_a_child_could_use_is_easy_not_a_put_down(text: str, expected: set[str]) -> None:
    assert codes(text, "en") == expected
