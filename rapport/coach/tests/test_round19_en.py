"""Round nineteen (English): frames with an open slot behind the misses of written19 (two writers
who never saw the coach), on our own wording (no written19 sentence or idiom)."""

from __future__ import annotations

import pytest

from rapport.coach.evaluate import DATA_DIR, load
from rapport.coach.tests.helpers import assert_as_labelled, codes, quotes

# The rules alone: the lead's retraining of the models must not flip these.
pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("She's really not the brightest spark on the line.", "judges_person"),
        ("She's really not the brightest spark on the line.", "demeaning"),
        ("Kev's two bricks short of a load.", "judges_person"),
        ("Lewis is simply not a team player.", "judges_person"),
        ("You're honestly not a born leader.", "judges_person"),
        ("He's clearly not detail-minded.", "judges_person"),
        ("Our Jess is still wet behind the ears.", "judges_person"),
        ("He always has his head in the clouds on a Monday.", "judges_person"),
        ("You'd lose your head if it wasn't screwed on.", "judges_person"),
        ("She comes across like she's above the washing-up.", "judges_person"),
        ("I get the feeling she doesn't really want to be here.", "judges_person"),
        ("He's a fine cook but a total hothead at the pass.", "judges_person"),
        ("She's much too posh to carry the bins out.", "judges_person"),
        ("That gormless lad dropped the tray again.", "judges_person"),
        ("Jan's pushing 60 now, so she's not one for the new scanner.", "demeaning"),
        ("Let's face it, he's no spring chicken.", "demeaning"),
        ("At your size, are you sure the harness will fit?", "demeaning"),
        ("Being a new mum, she won't want to travel for the audits.", "demeaning"),
        ("Being young and single, he can easily take the bank holidays.", "demeaning"),
        ("I don't know what they taught him at that college, but it wasn't filing.", "demeaning"),
        ("Did they not teach you basic manners at hotel school?", "demeaning"),
        ("That may be fine back home, but not in my kitchen.", "demeaning"),
        ("It's no wonder, she's from Leeds.", "demeaning"),
        ("His broad Geordie accent makes him hard to follow on the phone.", "demeaning"),
        ("She was fasting for Ramadan, so obviously she wasn't on the ball.", "demeaning"),
        ("Diwali or not, the shelves need filling.", "demeaning"),
        ("The pair of them were acting like naughty schoolboys.", "demeaning"),
        ("He's a mummy's boy who's never done a night shift.", "demeaning"),
        ("She cried at the briefing; it's a hormone thing with her.", "demeaning"),
        ("Pete's a fussy old woman about the rota.", "demeaning"),
        ("I'll keep it to short words so you can follow, Tia.", "demeaning"),
        ("He stacks the shelves like he's never seen a tin before.", "demeaning"),
        ("She's forever popping out for a vape.", "absolute"),
        ("He barks at every junior who asks a question.", "absolute"),
        ("You're sarcastic about every suggestion I make.", "absolute"),
        ("He tuts every time a customer pays by cheque.", "absolute"),
        ("One small mistake and she's off sick for a week.", "absolute"),
        ("She's late for the huddle every single Thursday.", "absolute"),
        ("Ben always has an excuse sorted before I've asked.", "absolute"),
        ("It's always your shift, and I'm tired of it.", "absolute"),
        ("That idle sod is never at his station.", "absolute"),
        ("Honestly, she's nothing but dead weight on the tills.", "demeaning"),
        (
            "He's the only bloke on the ward, so we didn't expect him to do the bed baths.",
            "demeaning",
        ),
        ("He strikes me as the sort who'd stab a mate in the back for a day off.", "judges_person"),
        ("She gives off a massive 'whatever' vibe in the huddle.", "judges_person"),
        ("He's a slacker, forever leaning on the counter.", "absolute"),
        ("She's so careless, gone at five regardless of what's still on the dock.", "absolute"),
    ],
)
def test_round19_finds(text: str, code: str) -> None:
    assert code in codes(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "The brightest spark of the evening was the fireworks display.",
        "We're three cases short of a full pallet.",
        "Lewis is simply not a member of the union, so the ballot isn't his.",
        "The wet paint behind the door is still drying.",
        "The drone had its head in the clouds on the test flight.",
        "Your message came across as rather blunt.",
        "She comes across as warm and patient with the residents.",
        "I get the feeling he doesn't know the new door code.",
        "He's too busy to take the call right now.",
        "That lazy river ride at the water park is closed.",
        "He's pushing the pallet jack to dock two.",
        "She's pushing 50 orders a day through the system.",
        "At his level, he should sign off the overtime himself.",
        "Being a trained forklift driver, he'll take the evening loads.",
        "Being a mum of two, she set up the staff crèche, which is brilliant.",
        "I don't know what they teach on that course, so I'll ask for the syllabus.",
        "Do they teach first aid at the college too?",
        "That works in the Leeds branch, but the Bristol one has a different till.",
        "Her Irish accent makes the callers feel at home.",
        "The accent lighting in the bar needs new bulbs.",
        "Ramadan starts on Monday, so let me know if you want your breaks moved.",
        "The Eid lunch was lovely, thank you for organising it.",
        "The crèche staff were great with the sulky toddlers.",
        "It's a printer thing: it jams when the tray is full.",
        "An old woman left her bag at the till, so he ran after her.",
        "Use simple words on the menu so guests can follow.",
        "She'd never driven a van before March, and now she does the long runs.",
        "She's forever helping the apprentices with their timesheets.",
        "She's cheerful with every customer, even at closing.",
        "He's responsible for every delivery on the east side.",
        "She smiles whenever a regular walks in.",
        "Don't roll your eyes whenever a guest asks for extras.",
        "The old hinge groans whenever the door opens.",
        "One phone call and he's on his way.",
        "The lorry comes every single Thursday at six.",
        "Please check the fridges every single morning.",
        "She always has the tills counted before I've got my coat off.",
        "It's always your call on the holiday rota.",
        "Half the time I can't hear a thing over the fryers.",
        "Sam, you're always my first choice for the stock take.",
        "Lift with your knees: the boiler is dead weight.",
        "She's the youngest on the team, so she gets first pick of the training courses.",
        "He strikes me as a thoughtful, careful planner.",
        "The new lobby gives off a calm, modern vibe.",
        "She's a gem, always thinking of the residents first.",
        "He stays cheerful whatever happens on the shop floor.",
    ],
)
def test_round19_negative(text: str) -> None:
    found = codes(text, "en")
    assert not found, found


def test_round19_exact_offsets() -> None:
    assert quotes("She's forever popping out for a vape.", "absolute") == ["She's forever"]
    assert quotes("One small mistake and she's off sick.", "absolute") == [
        "One small mistake and she"
    ]
    assert quotes("He's pushing sixty, so go easy.", "demeaning") == ["He's pushing sixty"]
    # An earlier round's words and offsets stay as they were.
    assert quotes("He's late every single morning.", "absolute") == ["He's late every"]


_ROWS = load(DATA_DIR / "round19_en.jsonl")


@pytest.mark.parametrize("row", _ROWS, ids=lambda r: str(r["id"]))
def test_round19_file(row: dict[str, object]) -> None:
    assert_as_labelled(row, "en")
