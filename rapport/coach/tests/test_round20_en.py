"""Round twenty (English): frames with an open slot behind the misses of written20 (two writers
who never saw the coach, asked for demeaning remarks on many grounds), in our own wording (no
written20 sentence or idiom), and the elements' new readings (a sweep is no event, a request is no
question for a view, a threat is no good result)."""

from __future__ import annotations

import re

import pytest

from rapport.coach import lexicon_en
from rapport.coach.evaluate import DATA_DIR, load
from rapport.coach.tests.helpers import assert_as_labelled, codes, elements, quotes

# The rules alone: the lead's retraining of the models must not flip these.
pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Not half bad for a Glaswegian, I understood most of the safety talk.", "demeaning"),
        ("Decent for someone who left school at sixteen, I suppose.", "demeaning"),
        ("The clients would rather deal with somebody who looks like them.", "demeaning"),
        ("Deaf as a post, this one; you'll have to shout the order.", "demeaning"),
        ("His English is so poor the drivers just nod and walk off.", "demeaning"),
        ("I couldn't understand half of what that Brummie said on the call.", "demeaning"),
        ("He's a typical Aussie, all banter and no paperwork.", "demeaning"),
        ("She's a typical media student: big on ideas, short on deadlines.", "demeaning"),
        ("Isn't he a bit old to be wearing a hoodie to the board meeting?", "demeaning"),
        ("Listen, old timer, the forms are online now.", "demeaning"),
        ("Those piercings don't really say 'bank clerk', do they?", "demeaning"),
        ("Try wearing something more flattering for the awards night.", "demeaning"),
        ("With her size, she won't manage the ladders in the stockroom.", "demeaning"),
        ("Their lot never work Fridays anyway, so leave them off the rota.", "demeaning"),
        ("People from that part of town aren't exactly known for turning up.", "demeaning"),
        ("Isn't it high time she had a baby instead of chasing promotions?", "demeaning"),
        ("Bit of a dumb blonde on the phones, isn't she?", "demeaning"),
        ("Keep the church business out of the staff room, please.", "demeaning"),
        ("Maybe skip your midday prayers while we're short-staffed.", "demeaning"),
        (
            "Put the girl with the wheelchair in the back office where she's out of the way.",
            "demeaning",
        ),
        ("Our dyslexic apprentice is, well, best kept away from the order forms.", "demeaning"),
        ("She's pregnant, so she's going to be emotional and forgetful for months.", "demeaning"),
        ("Funny how someone with a degree can't work a photocopier.", "demeaning"),
        ("He came from a rough estate, so don't expect good manners.", "demeaning"),
        ("Never seen anyone so hopeless with a forklift.", "demeaning"),
        ("She hasn't got a kind bone in her body.", "judges_person"),
        ("He's a bit of a flake when the rota changes.", "judges_person"),
        ("I don't believe she even cares about the customers.", "judges_person"),
        ("He forgets the float and clearly doesn't care.", "judges_person"),
        ("You don't take any pride in your job.", "judges_person"),
        ("Gossip is all he's good for.", "judges_person"),
        ("I've never worked with anyone so negative.", "judges_person"),
        ("He is, frankly, a lazy so-and-so.", "judges_person"),
        ("The drivers find him a bit of a bully.", "judges_person"),
        ("Moaners like Tina never have a good word for anyone.", "judges_person"),
        ("You're a joy to work with. Said no one, ever.", "judges_person"),
        ("He's persistently late for handovers.", "absolute"),
        ("It's always the same story with Kev.", "absolute"),
        ("Every. Single. Shift. He's on his phone.", "absolute"),
        ("He shoots down every idea the new starters bring.", "absolute"),
        ("You talk over everyone in every meeting.", "absolute"),
        ("She never takes responsibility for the stock errors.", "absolute"),
        ("He never apologises, even when he's clearly in the wrong.", "absolute"),
    ],
)
def test_round20_finds(text: str, code: str) -> None:
    assert code in codes(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Not bad for a first go on the new till.",
        "Pretty good for someone who only joined on Monday.",
        "He looks like he needs a hand with those boxes.",
        "The blind on the office window is broken.",
        "Her English is excellent, so she'll run the overseas calls.",
        "I couldn't understand half of the new contract.",
        "That's a typical teething problem with new software.",
        "The laptop is a bit old for the new design suite.",
        "Listen, team, the forms are online now.",
        "Those piercings need taping over in the kitchen, as for everyone.",
        "Wear something warm for the outdoor stock take.",
        "With her weight-lifting background, she'll enjoy the manual handling course.",
        "Their lot number is printed on the side of the pallet.",
        "People from that part of town can use the number 12 bus.",
        "It's high time we had a new kettle in the staff room.",
        "The blonde oak shelves arrive next week.",
        "Keep the church hall booking in the shared calendar.",
        "You don't need to skip your prayers; we'll move the huddle.",
        "The lad with the wheelchair ramp request has his meeting on Friday.",
        "Our dyslexic colleagues asked for cream paper, so we've ordered it.",
        "Congratulations on the pregnancy! Tell me how you'd like to plan the handover.",
        "Leave the crates where they can't slow anyone down.",
        "Someone with a degree in nursing can sign off the charts.",
        "He came from the Leeds branch, so don't expect him to know our codes yet.",
        "Never seen anyone so quick with a forklift.",
        "There isn't a mean bone in her body.",
        "The croissants are lovely and flaky.",
        "I don't think she cares which locker she gets.",
        "You should take more pride in the finish on the shelving.",
        "Spreadsheets aren't all he's good at; his calls are great too.",
        "I've never worked with anyone so patient.",
        "He is, frankly, the best trainer we have.",
        "The drivers find him a great help on the early runs.",
        "Trainees like Tina always get a buddy for the first month.",
        "Said the auditor, ever so politely, at the close.",
        "She's chronically ill, so her hours are adjusted.",
        "It's always the same printer that jams.",
        "Every single parcel went out on time this week.",
        "He reads every idea the new starters bring.",
        "She never takes a sick day.",
        "He never has to ask twice for help from me.",
        "I'd recommend you always check the expiry dates first.",
        "Tom has never used a pallet truck, so he needs the training first.",
        "Please put the scanners back where you found them.",
        "Your prayer room booking is fine; just let reception know.",
        "You're never too old to learn the new system, Pat.",
    ],
)
def test_round20_negative(text: str) -> None:
    found = codes(text, "en")
    assert not found, found


# The second batch: written20's misses the rules alone still left (the models had learnt them
# from the very items).
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("For an old dear, she's very quick on the self-checkout.", "demeaning"),
        ("Not bad English for someone from a village in the hills, to be honest.", "demeaning"),
        ("What else would you expect from a girl off the Northfield estate?", "demeaning"),
        (
            "Funny how you suddenly remember you've got a family when the overtime rota goes up.",
            "demeaning",
        ),
        ("Lay off the pasties and you might fit through the hatch.", "demeaning"),
        ("You're built like a tank, so you're on the cages today.", "demeaning"),
        ("Can you eat that curry outside next time?", "demeaning"),
        ("Must be a generational thing with him.", "demeaning"),
        ("Her anxiety is obviously the reason the tills are short.", "demeaning"),
        ("His memory is going, so someone else should do the banking.", "demeaning"),
        ("Let's bring in someone a bit younger for the launch events.", "demeaning"),
        ("He only got the role because of his dad.", "demeaning"),
        ("Get Mr Know-it-all to do the rota, then.", "demeaning"),
        ("He's got the common sense of a garden gnome.", "demeaning"),
        ("I'd trust my dog to lock up before I'd trust him.", "demeaning"),
        ("She's nowhere near as bright as she thinks.", "demeaning"),
        ("The new temp is absolutely hopeless.", "demeaning"),
        ("You're the worst timekeeper on the crew.", "judges_person"),
        ("She's as stubborn as a mule about the rota.", "judges_person"),
        ("Stop being such a martyr and ask for help.", "judges_person"),
        ("He's got a bit of a victim complex.", "judges_person"),
        ("She talks like a headless chicken on the radio.", "judges_person"),
        ("Everything's a drama with him.", "judges_person"),
        ("It's always somebody else's fault with that lad.", "absolute"),
        ("There's never a shift where he isn't on his phone.", "absolute"),
        ("All she ever does is moan about the heating.", "absolute"),
        ("He can never just answer a straight question.", "absolute"),
        ("Any time I ask her to cover, there's a sudden emergency.", "absolute"),
        ("Every inspection, he finds a reason not to be here.", "absolute"),
        ("He repeatedly ignores the safety briefing.", "absolute"),
    ],
)
def test_round20_second_batch_finds(text: str, code: str) -> None:
    assert code in codes(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "For an old building, the store stays warm.",
        "For someone who started in May, you've learned the tills fast.",
        "What else would you expect from a bank holiday weekend?",
        "Lay off the overtime this week, you've done plenty.",
        "The new lorry is built like a tank.",
        "Your curry at the staff party was delicious.",
        "Her anxiety plan is agreed with HR, so breaks are flexible.",
        "The old laptop's memory is going, so IT will swap it.",
        "Let's bring in someone for the launch events.",
        "He only got the email because he was copied in.",
        "Mr Khan from head office visits on Friday.",
        "The common sense approach is to ask the customer.",
        "I'd trust the new till over the old one any day.",
        "The new temp is absolutely brilliant.",
        "You're the best timekeeper on the crew.",
        "Stop worrying, the audit went fine.",
        "Everything's ready for the visit.",
        "It's always somebody else's turn on the dishwasher this week.",
        "There's never a shift where the freezer isn't checked.",
        "All she ever needs is a heads-up.",
        "Every inspection, the checklist goes in the blue folder.",
        "He repeatedly thanked the night team.",
    ],
)
def test_round20_second_batch_negative(text: str) -> None:
    found = codes(text, "en")
    assert not found, found


def test_round20_exact_offsets() -> None:
    assert quotes("Morning, gramps, the kettle's on.", "demeaning") == ["gramps"]
    assert quotes("She's habitually late for the huddle.", "absolute") == ["She's habitually"]
    assert quotes("He's a typical Geordie, loud on the radio.", "demeaning") == [
        "He's a typical Geordie"
    ]
    assert quotes("Pat is, to be fair, a bit of a moaner.", "judges_person") == [
        "Pat is, to be fair, a bit of a moaner"
    ]
    assert quotes("She doesn't have a patient bone in her body.", "judges_person") == [
        "a patient bone in her body"
    ]


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        # A figure inside a sweep is no event; one dated beside it still is.
        (
            "You're always the last into the 8am briefing and never bring your notes. "
            "Can you tell me what gets in the way?",
            "behavior",
            False,
        ),
        (
            "You were late twice this week and always have a story. What's going on?",
            "behavior",
            True,
        ),
        ("Footfall went from 120 to 310 after your window display. Great work.", "behavior", True),
        # A request put as a question asks for an action, not a view.
        (
            "Good work on the rota. The Sunday gaps are still open, so could you and Raj fill "
            "them? Thanks.",
            "solicit",
            False,
        ),
        (
            "The order went out two days late on Friday. Can we go through what held it up? "
            "Thanks for flagging it.",
            "solicit",
            True,
        ),
        # A threat is no good result; a result for others is one.
        (
            "You left the fryer on overnight on Saturday. Next time, you're out.",
            "positive_outcome",
            False,
        ),
        (
            "The fire door was propped open on Monday. Keep it shut so nobody has to chase the "
            "alarm. Thanks.",
            "positive_outcome",
            True,
        ),
        (
            "You ran the craft club in March. Numbers doubled after you moved it to Saturdays. "
            "Lovely work.",
            "consequence",
            True,
        ),
    ],
)
def test_round20_elements(text: str, name: str, want: bool) -> None:
    assert elements(text)[name] is want


_ROWS = load(DATA_DIR / "round20_en.jsonl")


@pytest.mark.parametrize("row", _ROWS, ids=lambda r: str(r["id"]))
def test_round20_file(row: dict[str, object]) -> None:
    assert_as_labelled(row, "en")


def test_the_be_comma_test_read_backwards_finds_what_the_forward_one_finds() -> None:
    forward = re.compile(r"(?:\bis|\bare|\bwas|\bwere|['’]s|['’]re)\s*,", re.IGNORECASE)
    texts = [str(row["text"]) for row in load(DATA_DIR / "round20_en.jsonl")]
    texts += ["She is, honestly, a handful.", "It’s , well", "Chris, we", "this, is", "Iris,"]
    for text in texts:
        found = lexicon_en._R20_BE_COMMA_REVERSED.search(text[::-1]) is not None
        assert found == (forward.search(text) is not None), text
