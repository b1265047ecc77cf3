"""Round sixteen (English): frames with an open slot behind the heldout14 misses, on our own
wording (no heldout14 sentence or idiom)."""

from __future__ import annotations

import pytest

from rapport.coach.evaluate import DATA_DIR, load
from rapport.coach.tests.helpers import assert_as_labelled, codes, quotes

# The rules alone: the lead's retraining of the models must not flip these.
pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Femi is brilliant on the tills but painfully slow on the uptake with refunds.",
            "judges_person",
        ),
        ("Clare is kind to the residents yet remarkably rigid about the rota.", "judges_person"),
        ("Proper drama queen, our Stacey.", "judges_person"),
        ("Bit of a chatterbox, young Owen, when the ward is quiet.", "judges_person"),
        ("Honestly, Ruth has clocked off mentally since the pay review.", "judges_person"),
        ("He's been phoning it in for months.", "judges_person"),
        ("I don't believe Lorna has the discipline for the night shift.", "judges_person"),
        ("He doesn't have the backbone to push back on the client.", "judges_person"),
        ("Some people are just difficult, and the team knows who I mean.", "judges_person"),
        ("She's a snob, end of story.", "judges_person"),
        ("Typical Gus: never answers his radio, never logs his breaks.", "judges_person"),
        ("Typical Gus: never answers his radio, never logs his breaks.", "absolute"),
        ("There's a real not-my-problem attitude in how he handles returns.", "judges_person"),
        ("Vikram thinks he's above the cleaning rota.", "judges_person"),
        ("She's the office doom merchant whenever targets come out.", "judges_person"),
        ("Ellie's got a face on her again this morning.", "judges_person"),
        ("Filing probably seems beneath her these days.", "judges_person"),
        ("He's constantly negative about any change.", "judges_person"),
        ("He's constantly negative about any change.", "absolute"),
        ("She's stuck in her ways about the ordering.", "judges_person"),
        ("You sulk like a five-year-old when you lose a customer.", "demeaning"),
        ("For someone with an MBA, she still can't read a P&L.", "demeaning"),
        ("He has an uncanny knack for disappearing when the lorry arrives.", "demeaning"),
        ("I'm sure the customers loved his disappearing act.", "demeaning"),
        (
            "You lot from the city office do things differently, but here we lock up properly.",
            "demeaning",
        ),
        ("He's a bone-idle layabout on weekends.", "demeaning"),
        ("He's a bone-idle layabout on weekends.", "judges_person"),
        ("Maybe we should get her a medal for answering one email.", "demeaning"),
        ("Since she got back from maternity leave, her head isn't in the game.", "judges_person"),
        ("Since she got back from maternity leave, her head isn't in the game.", "demeaning"),
        ("The till drawer is left open by him, each and every time.", "absolute"),
        ("Nothing you order ever arrives on time.", "absolute"),
        ("It's always Priti who forgets to restock the gloves.", "absolute"),
        ("Not once this month has his rota been on the board by Friday.", "absolute"),
        ("Forever loses the van keys.", "absolute"),
        ("He skives at every opportunity.", "absolute"),
        ("Each time we audit the shelves, there are labels missing from your aisle.", "absolute"),
        (
            "Your reports are late again - that's been the pattern every week since March.",
            "absolute",
        ),
        ("I'm not convinced Rory has the drive for a supervisor post.", "judges_person"),
        ("He's a lovely lad but bone idle.", "judges_person"),
        ("Honestly, she's bone idle.", "judges_person"),
        ("Tina is great with the kids but a bit of a gossip.", "judges_person"),
        ("She's a past master at dodging the phones.", "demeaning"),
    ],
)
def test_round16_positive(text: str, code: str) -> None:
    assert code in codes(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Femi is brilliant on the tills and quick with refunds.",
        "The scanner is cheap but rather slow to start.",
        "Bit of a scorcher, Saturday, so bring water.",
        "A real gem, our Rosa.",
        "Ruth checked out the new rota tool this morning.",
        "He has given up his parking space for the new starter.",
        "I don't think she has the login for the new portal.",
        "He doesn't have the authority to sign off refunds.",
        "Some people are punctual and some aren't - that's why we have a rota.",
        "She's a professional, plain and simple.",
        "Typical Tuesday: always a queue at nine.",
        "He brings a get-up-and-go attitude to every shift.",
        "Her results are above target again.",
        "She's above petty squabbles, which helps on a busy ward.",
        "His uncle is a coal merchant in Wigan.",
        "She put her game face on for the inspection.",
        "The rain felt cold beneath him.",
        "She's like a kid in a sweet shop with the new kit.",
        "For someone with your experience, the team lead post is a natural step.",
        "She has a real gift for calming upset customers.",
        "I'm sure the customers appreciated your patience.",
        "He's a cheeky so-and-so, but the regulars love him.",
        "Shall we get her a certificate for passing the food hygiene course?",
        "Since she got back from maternity leave, she has been a real asset.",
        "She's been on time for every shift, each and every time.",
        "Nothing you send is ever wrong.",
        "It's always you who offers to help first.",
        "Not once this month have the trains run on time.",
        "Never misses a handover.",
        "She volunteers at every opportunity.",
        "Each time I check the shelves, there's something new your team has added.",
        "Your reports are spot on again - that's been the pattern every week.",
        "I'm not convinced the new tills have the capacity for Saturdays.",
        "The forklift sat idle all morning and the bone saw was broken.",
    ],
)
def test_round16_negative(text: str) -> None:
    found = codes(text, "en")
    assert not found, found


def test_round16_exact_offsets() -> None:
    assert quotes("Bit of a grumbler, our Josh.", "judges_person") == [
        "Bit of a grumbler, our Josh"
    ]
    assert quotes("Typical Ann: never rings back, never leaves a note.", "judges_person") == [
        "Typical Ann"
    ]
    assert quotes("The old printer jams each and every time.", "absolute") == []
    text = "I've spoken to Ola. The float comes back short each and every time."
    assert quotes(text, "absolute") == ["each and every time"]


def test_round16_done_ahead_is_praise() -> None:
    # "always has the rota done before …" is praise, whatever the clause after "before" says
    assert "absolute" not in codes(
        "She always has the cages loaded before I've got my coat off.", "en"
    )
    assert "absolute" in codes("She always has the cages loaded wrong.", "en")


_ROWS = load(DATA_DIR / "round16_en.jsonl")


@pytest.mark.parametrize("row", _ROWS, ids=lambda r: str(r["id"]))
def test_round16_file(row: dict[str, object]) -> None:
    assert_as_labelled(row, "en")


# Three false findings met while round sixteen was written, fixed as families.


@pytest.mark.parametrize(
    "text",
    [
        # "never" + a fault, beside or without praise: praise of the person
        "Aisha never coasts - she's always chasing the next improvement on the line.",
        "He never cuts corners, and he's always the first to help.",
        "Kofi never misses a beat; he's always one step ahead of the orders.",
        "Sam never switches off; he's always thinking about the patients.",
        "She never takes shortcuts: she's always thorough.",
        "Marta never rests on her laurels and is always raising the bar.",
        "She's always pushing for more - she never coasts.",
        "She's always looking for a better way; she never settles.",
        "Never coasts, always pushing for more.",
        "He never phones it in.",
        "She never settles for second best.",
        "Lena is always on time and never late with the banking.",
        # an instruction for each time, not a habit
        "You must wear your lanyard every time you're on site.",
        "Make sure you wipe down the bench every time.",
        "You have to log the temperature every single time.",
        "Whenever you leave the site, you need to sign out.",
        "You need to wear a hard hat whenever you are on the floor.",
        "It's important that you sign in every time.",
        "Every time you close the till, you have to count the float twice.",
        "I need you to double-check the dosage each time they change it.",
        # a child's way of doing a thing, not a yardstick
        "She asked the questions a child would ask, which uncovered the gap.",
        "Think about how a child would read the safety sign.",
        "Explain the rota the way a child would understand it.",
        "He approached the puzzle like a child would approach a game, and it worked.",
        "She looked at the display as a child would see it and moved the sweets lower.",
        "Write the notice in words a child would understand.",
    ],
)
def test_round16_praise_rules_and_child_eye_are_not_findings(text: str) -> None:
    found = codes(text, "en")
    assert not found, found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("She never finishes anything.", "absolute"),
        ("You always cut corners.", "absolute"),
        ("She never finishes anything - she's always starting something new.", "absolute"),
        ("She never finishes anything, though she's always cheerful.", "absolute"),
        ("She's brilliant, but she never finishes anything.", "absolute"),
        ("She's lovely; she just never listens.", "absolute"),
        ("You never listen - you're always on your phone.", "absolute"),
        ("He never turns up on time - he's always got an excuse.", "absolute"),
        ("He's always late and never apologises.", "absolute"),
        ("He never settles his invoices on time.", "absolute"),
        ("Whenever I see him he's always pushing for more overtime.", "absolute"),
        ("Typical Gus: never answers his radio, never logs his breaks.", "judges_person"),
        ("You forget to sign the visitor book every time.", "absolute"),
        ("You forget to sign the visitor book every single time.", "absolute"),
        ("Whenever you leave the site, you forget to sign out.", "absolute"),
        ("You leave the cabinet unlocked whenever you step away.", "absolute"),
        ("You need reminding every time.", "absolute"),
        ("You need to be told every single time.", "absolute"),
        ("You have to be chased every time.", "absolute"),
        ("You need to stop interrupting people every time they speak.", "absolute"),
        ("You have to have the last word every time.", "absolute"),
        ("He has to argue every single time.", "absolute"),
        ("Every time I ask for an update, you have to argue.", "absolute"),
        ("You behave like a child.", "demeaning"),
        ("Even a child would know that.", "demeaning"),
        ("Honestly, a child would know that.", "demeaning"),
        ("Frankly, a child would have spotted that error.", "demeaning"),
        ("A child would do a better job than you.", "demeaning"),
        ("He writes like a child would write.", "demeaning"),
        ("You sulk like a child would sulk.", "demeaning"),
        ("You handle complaints the way a toddler would handle them.", "demeaning"),
        ("You make the kind of mistakes a child would make.", "demeaning"),
        ("You're as slow as a child would be.", "demeaning"),
    ],
)
def test_round16_sweeps_and_belittling_stay(text: str, code: str) -> None:
    assert code in codes(text, "en")


def test_round16_never_beside_a_sweep_offsets() -> None:
    assert quotes("He never coasts, he just never finishes.", "absolute") == ["he just never"]
    assert quotes("She never coasts, but she never finishes anything either.", "absolute") == [
        "she never"
    ]
