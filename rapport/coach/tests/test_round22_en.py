"""Round twenty-two (English): judges_person frames behind the misses of written21 and written22
(writers who never saw the coach), in our own wording, and the absolute rule's praise guard read
in the main clause only."""

from __future__ import annotations

import pytest

from rapport.coach.tests.helpers import codes

# The rules alone: a refit of the models must not flip these.
pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(
    "text",
    [
        "I'm not sure Priya is cut out for the night desk.",
        "I'm not convinced he's cut out for management.",
        "I don't think Sam has what it takes to run a shift.",
        "Her head's not in the game.",
        "His head is still on holiday, by the look of the rota.",
        "I wouldn't trust him with the cash office.",
        "I don't trust her to close up on her own.",
        "I wouldn't put Jim in charge of a rota.",
        "Honesty just isn't in him.",
        "Some people are made for sales; you're not one of them.",
        "Someone as careless as you shouldn't be near the tills.",
        "Lee isn't what I'd call reliable.",
        "Nobody would call Omar a self-starter.",
        "Not exactly the brightest recruit we've had, is she?",
        "What kind of pharmacist hands out the wrong dose?",
        "Could you be any slower?",
        "Tom is polite, and that's about all I can say for him.",
        "I'm not sure Ana is really the right fit for the night team.",
        "Not quite the sharpest recruit we've had, is he?",
    ],
)
def test_labels_of_round_twenty_two(text: str) -> None:
    assert "judges_person" in codes(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "I'm not sure the new scanner is cut out for the cold store.",
        "I'm not sure we have what it takes to win the tender this year.",
        "I wouldn't trust the old till with the float.",
        "I trust you with the keys completely.",
        "I wouldn't put you in charge of the rota until you've done the training.",
        "Someone as experienced as you will pick this up quickly.",
        "What kind of training would help you with the new system?",
        "What kind of customer complaints do you get most?",
        "Could you be any more specific about the dates?",
        "That's all I can say about the budget for now.",
        "Your head's in the right place on this.",
        "The file isn't in the shared drive.",
        "It's not exactly the best week we've had on the ward.",
        "Sorry, my head was somewhere else in that meeting.",
        "I'm not sure the new van is the right fit for the narrow lanes.",
    ],
)
def test_near_misses_of_round_twenty_two(text: str) -> None:
    assert "judges_person" not in codes(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "You always promise the client more than we can deliver.",
        "You never log your breaks properly.",
        "He always takes the credit when a campaign goes well.",
    ],
)
def test_praise_after_the_main_clause_does_not_hide_a_sweep(text: str) -> None:
    assert "absolute" in codes(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "You never miss a deadline.",
        "He never breaks the rules.",
        "She never takes a sick day.",
        "You always help when asked.",
        "It's always you who volunteers first - thank you.",
        "She's a self-starter who never needs chasing on the month-end returns.",
    ],
)
def test_praise_in_the_main_clause_is_still_praise(text: str) -> None:
    assert "absolute" not in codes(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "With your stammer, I'm not sure the front desk is for you.",
        "Given her hearing, maybe the phones aren't the best fit.",
        "With his bad knees, I don't think he's any use in the stockroom.",
        "Your anxiety isn't an excuse for missing the briefing.",
        "His depression is not my problem; the targets are.",
        "She's got that autism thing, so don't expect small talk.",
        "Clearly the anxiety stuff is getting in the way of her work.",
        "His English isn't up to talking to customers.",
        "Can someone translate what Raj just said?",
        "Is it a Catholic thing, not working Sundays?",
        "He's a thick lad, that one.",
    ],
)
def test_put_downs_of_round_twenty_two(text: str) -> None:
    assert "demeaning" in codes(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "With your back injury, please don't lift the heavy boxes until the physio clears you.",
        "Given the deadline, I'm not sure the report is ready.",
        "With the new scanners, maybe the count will be quicker.",
        "Can someone translate the German invoice for me?",
        "The depression awareness session is on Friday.",
        "Is it a cultural thing to bring cake on Fridays?",
        "Your anxiety about the audit is understandable; let's go through the checklist together.",
        "Wear the thick gloves when you handle the cold-store crates.",
    ],
)
def test_near_misses_of_round_twenty_two_put_downs(text: str) -> None:
    assert "demeaning" not in codes(text, "en")
