"""Round five (English): the families an evaluator found on heldout4, with hard negatives."""

from __future__ import annotations

import pytest

from rapport.coach import analyze
from rapport.coach.tests.helpers import codes, quotes


@pytest.mark.parametrize(
    "text",
    [
        "Honestly, I find her rather stubborn in planning meetings.",
        "We've always found him hard work and frankly arrogant.",
        "I'd describe Omar as a bit of a pushover.",
        "I don't find you very dependable or reliable lately.",
        "I sense she's just not all that motivated any more.",
        "Your attitude towards the agency nurses has been patronising.",
        "His manner with the apprentices is often hostile.",
    ],
)
def test_hedged_and_attitude_labels(text: str) -> None:
    assert "judges_person" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "I find your summaries very clear.",
        "I consider her ready to lead the night shift.",
        "Your attitude towards feedback has been superb.",
        "I don't find him difficult at all.",
        "What a mess the loading bay is this morning.",
        "The canteen coffee is a disgrace.",
    ],
)
def test_no_label_for_praise_things_or_denials(text: str) -> None:
    assert "judges_person" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "What an idiot, the van keys are in the bin again.",
        "Check the labels, you daft plonker.",
        "He is an embarrassment to this firm.",
        "You're a total waste of space.",
    ],
)
def test_insults_addressed_or_exclaimed_are_labels_and_demeaning(text: str) -> None:
    assert {"judges_person", "demeaning"} <= codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Maybe leave the pricing to the grown-ups this time.",
        "Don't bother your pretty head with the contract.",
        "Cheers for the report, sweetie.",
        "Did your mum pack your lunch as well?",
        "You'll get it when you're a bit older.",
        "Perhaps cut down on the biscuits before the fitness test.",
        "He's getting a bit tubby for the delivery round.",
        "With a newborn at home, she just can't focus on the audit.",
        "Not bad for somebody from that part of town.",
        "Time to man up and take the call.",
    ],
)
def test_patronising_body_family_and_origin_remarks(text: str) -> None:
    assert "demeaning" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Leave the electrics to the qualified team.",
        "The crate is too heavy for one person.",
        "She's back from leave with a new baby and fresh ideas.",
        "Please skip the second dry run if the first one is clean.",
        "Dear Lin, thanks for the rota.",
        "Thank you, dear colleagues, for a calm weekend.",
        "With a new baby at home, you can take the flexible hours you need.",
        "He moved here from Chile and has been a great hire.",
    ],
)
def test_no_demeaning_for_things_support_or_facts(text: str) -> None:
    assert "demeaning" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "They never lock the side gate.",
        "You lot always leave the kettle on overnight.",
        "The two of them constantly miss the huddle.",
        "Every contract he drafts comes back with corrections.",
        "Each shipment you pack arrives with something missing.",
        "Every one of your timesheets is late.",
        "Ravi and Ola always forget the fridge log.",
    ],
)
def test_absolutes_with_plural_and_other_subjects(text: str) -> None:
    assert "absolute" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Every customer you serve gets a receipt.",
        "Every bug you catch saves us a support ticket.",
        "Each claim you file must include the form number.",
        "They always leave the ward spotless.",
        "Both of you always help at the open day.",
        "The two kilns always crack a tile on the first firing.",
    ],
)
def test_no_absolute_for_facts_rules_praise_or_machines(text: str) -> None:
    assert "absolute" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The auditor wrote, 'the cashier is useless with the float,' and we must reply.",
        "Her old boss called her 'a lazy cow' once, which was wrong.",
        "A tenant messaged me saying, 'Mr Ali never answers the phone.'",
        "The buyer's email said 'your rep is an idiot', so let's review the call.",
        "The supplier 说 'your team is lazy'，我们一起回复。",
    ],
)
def test_single_quoted_reported_speech_is_not_a_finding(text: str) -> None:
    assert codes(text) == set()


def test_single_quotes_do_not_swallow_apostrophes() -> None:
    text = "The 'quick fix' you shipped is sloppy, and you're careless."
    assert quotes(text, "judges_person") == ["you're careless"]
    assert "judges_person" in codes("I told her, 'you're lazy.'")


def test_exact_offsets() -> None:
    text = "Great shift. I find you quite immature with the interns."
    assert quotes(text, "judges_person") == ["I find you quite immature"]
    text = "Thanks for the rota, sweetheart."
    assert quotes(text, "demeaning") == ["sweetheart"]
    text = "Every report you send comes back with errors."
    assert quotes(text, "absolute") == ["Every report you"]
    text = "What a moron — the pallets block the exit."
    assert quotes(text, "judges_person") == ["What a moron"]


@pytest.mark.parametrize(
    "text",
    [
        "The booking site was offline for about 40 minutes on Monday.",
        "Two patients waited over an hour for their discharge letters.",
        "It took the night team three hours to trace the missing stock.",
        "The landlord filed a formal complaint on the 5th.",
        "The tenant rang back three times on Friday.",
        "The auditor issued us a non-conformance on Tuesday.",
        "We threw away £400 of stock on Saturday.",
        "The regulator could suspend our licence if it happens again.",
    ],
)
def test_consequence_without_a_linking_word(text: str) -> None:
    assert analyze(text).elements.consequence


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A two-person check would protect the patients and the ward's rating.", True),
        ("Labelling the shelves will let the night crew restock faster.", True),
        ("With a shared log, we can cut the repeat calls in half.", True),
        ("Frankly, a new starter would have done better.", False),
        ("Someone with your experience should know better.", False),
        ("Could you log the calls from now on?", False),
        ("This will keep happening unless we change the rota.", False),
    ],
)
def test_positive_outcome(text: str, want: bool) -> None:
    assert analyze(text).elements.positive_outcome is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Could you send me the revised rota by Monday?", False),
        ("Would you lock the side door when you leave?", False),
        ("Could you walk me through the shift?", True),
        ("What got in the way on Friday?", True),
    ],
)
def test_requests_are_not_solicits(text: str, want: bool) -> None:
    assert analyze(text).elements.solicit is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The rota was late. You've come a long way this year.", True),
        ("The rota was late. I really value your calm.", True),
        ("The rota was late. You're one of our most dependable nurses.", True),
        ("The rota was late. Fixing it will make the week smoother and more reliable.", False),
    ],
)
def test_closing_praise(text: str, want: bool) -> None:
    assert analyze(text).elements.closes_positive is want


def test_opening_praise_with_compassion() -> None:
    text = "You spoke to the family with real kindness on Sunday. The notes were late."
    assert analyze(text).elements.opens_positive
