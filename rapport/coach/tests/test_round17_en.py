"""Round seventeen (English): frames with an open slot behind the misses of two files written by
people who never saw the coach (written17_en_a/b), on our own wording (no written17 sentence or
idiom)."""

from __future__ import annotations

import pytest

from rapport.coach.evaluate import DATA_DIR, load
from rapport.coach.tests.helpers import assert_as_labelled, codes, quotes

# The rules alone: the lead's retraining of the models must not flip these.
pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Mo isn't the smartest cookie in the jar.", "judges_person"),
        ("Mo isn't the smartest cookie in the jar.", "demeaning"),
        ("She's dense as a fruitcake about the new scanners.", "judges_person"),
        ("He's a touch slow upstairs on a Monday.", "demeaning"),
        ("Nothing much going on between her ears today.", "judges_person"),
        ("Do you actually have a brain, or is it on loan?", "demeaning"),
        ("He has the attention span of a gnat in the briefings.", "judges_person"),
        ("She's about as much use as a cardboard kettle.", "judges_person"),
        ("He's a few cards short of a deck on the rota.", "demeaning"),
        ("Ines is pleasant enough but dense as fog with invoices.", "judges_person"),
        ("He's a bit dozy with the cash-up.", "demeaning"),
        ("Jules is a talker, not a finisher.", "judges_person"),
        ("She's a watcher rather than a doer.", "judges_person"),
        ("He really lacks the bottle for difficult customers.", "judges_person"),
        ("I'm not sure Nadia has the resilience for the complaints desk.", "judges_person"),
        ("Reza is a fine mechanic but has no authority whatsoever.", "judges_person"),
        ("She's a grumbler by nature.", "judges_person"),
        ("He's a born skiver.", "judges_person"),
        ("Your attitude on the tills has been unacceptable.", "judges_person"),
        ("He shows a cavalier attitude to the logbook.", "judges_person"),
        ("Appraisal note: lacks the maturity for the keyholder role.", "judges_person"),
        ("Rating comment: repeatedly fails to lock the cage.", "absolute"),
        ("Ellis isn't a natural organiser.", "judges_person"),
        ("Pat is what you'd call a clock-watcher.", "judges_person"),
        ("You're such a wet sponge in meetings.", "judges_person"),
        ("Proper moaner, isn't she?", "judges_person"),
        ("He's a glorified tea-maker on this shift.", "demeaning"),
        ("You're more trouble than you're worth, honestly.", "judges_person"),
        ("Bea's a total waste of a locker.", "demeaning"),
        ("My nan would have packed that pallet faster than you.", "demeaning"),
        ("Being a single dad, he's never going to manage the weekend rota.", "judges_person"),
        ("Being a single dad, he's never going to manage the weekend rota.", "demeaning"),
        ("You sulk and act like a spoilt toddler when you lose.", "demeaning"),
        ("They lose their gloves every week, like my kids on a school trip.", "demeaning"),
        ("Go back where you came from if you can't take a joke.", "demeaning"),
        ("For a Catholic lady she swears a lot on the shop floor.", "demeaning"),
        ("Every Ramadan you lot slow down on the line.", "demeaning"),
        ("Are you planning on having more children before the review?", "demeaning"),
        ("He's a miserable old git on the early shift.", "demeaning"),
        ("As usual, you forgot the cash bags.", "absolute"),
        ("Same as ever, your returns were left half-done.", "absolute"),
        ("Here we go again, your van's left unlocked.", "absolute"),
        ("The story of his term has been missed lessons.", "absolute"),
        ("Yet again you've turned up late for the briefing.", "absolute"),
        ("You've been late with the stock count the whole season.", "absolute"),
        ("Shift in, shift out, you leave the gate unlocked.", "absolute"),
        ("There's always an error in your till reports.", "absolute"),
        ("He doesn't wear his badge, not one single time this week.", "absolute"),
        ("She's unreliable, always has been.", "absolute"),
        ("Every single order he's packed this week has needed redoing.", "absolute"),
        ("You're coasting along and the whole crew sees it.", "judges_person"),
        ("You lot never wipe down the benches.", "absolute"),
        ("He leaves the shutter open, it's the same every night.", "absolute"),
        ("Whatever the job, you're the last one to pick up a broom.", "absolute"),
        ("She's a fusspot, forever re-checking everyone's labels.", "absolute"),
        ("Forever losing the pallet truck, Ed.", "absolute"),
        ("Never fails, as soon as the lorry arrives you go for a smoke.", "absolute"),
        ("Lazy so-and-so, never once has he swept the yard.", "absolute"),
        ("That's Colm for you, never rings back when a customer calls.", "absolute"),
        ("That's Colm for you, never rings back when a customer calls.", "judges_person"),
        ("Why can't you be more like Ikram on the phones?", "judges_person"),
        ("I wouldn't trust him with anything on the night shift.", "judges_person"),
        ("Does she even want to be here?", "judges_person"),
        ("He's well out of his depth with the new contract.", "judges_person"),
        ("You're the slowest worker on this floor by a mile.", "judges_person"),
        ("Women just aren't built for the loading bay.", "judges_person"),
    ],
)
def test_round17_positive(text: str, code: str) -> None:
    assert code in codes(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "This isn't the sharpest blade in the drawer.",
        "The gravy is thick as paste today.",
        "There's not a lot going on upstairs this week, so use the meeting room.",
        "Does the van have a reversing camera?",
        "She has the patience of a saint with the residents.",
        "He's as useful as a spare set of keys on a Sunday.",
        "We're a few boxes short of a full pallet.",
        "The screen on till four is dim.",
        "She's a nurse, not a doctor.",
        "He's a doer, not a talker.",
        "He doesn't have the time for a second project.",
        "I'm not sure Nadia has the keys for the side door.",
        "She's a Mancunian by birth.",
        "He's a born organiser.",
        "Her attitude to the new starters is lovely.",
        "He shows a positive attitude to the logbook.",
        "Appraisal note: completed the fire warden course.",
        "Ellis is a natural organiser.",
        "Pat is what you'd call a specialist in pensions.",
        "She's such a good listener.",
        "Proper sunny day, isn't it?",
        "That webinar was a waste of an hour.",
        "The new till is a glorified calculator.",
        "The old shed is more trouble than it's worth.",
        "My nan would love a tour of the warehouse.",
        "Being a single dad, he's brilliant at planning ahead.",
        "Being from Glasgow is a plus on the Scottish routes.",
        "She's a paediatric nurse and great with a toddler.",
        "My kids loved the open day.",
        "He's going to the mosque after his shift.",
        "Is your partner feeling better?",
        "He's a 60-year-old man who still cycles to work.",
        "As usual, you were first on the floor this morning.",
        "As usual, the canteen shuts at two.",
        "Once again you've topped the safety scores.",
        "You've been a great help the whole season.",
        "She has driven the north route all year.",
        "There's always a cup of tea for you in the office.",
        "Don't give out the alarm code, ever.",
        "You don't have to thank me, ever.",
        "Every single order he's packed this week has been perfect.",
        "She never hands over without a written note, which the night team loves.",
        "He never leaves the forklift unattended.",
        "Not once this term has she had an accident in the lab.",
        "You always label the shelves so neatly, keep up the good work.",
        "Each time you finish a delivery, text the office.",
        "Check the tyres before you set off, every single time.",
        "Wear the harness every time you're above two metres.",
        "No one thinks you're difficult for asking.",
        "I'm not saying you're lazy; the targets were too high.",
        "Honestly, I was a cranky so-and-so yesterday, sorry.",
        "Congrats on the pregnancy news!",
        "The signs are so clear nobody can get lost.",
        "You lot always make the new starters feel welcome.",
        "Whatever the weather, the vans leave at six.",
        "She's a gem, always helping the new starters.",
        "Forever grateful for the cover on Sunday, Ed.",
        "Like clockwork, the lorry arrives at nine.",
        "Never once has she missed a shift.",
        "That's Colm for you, always first to help.",
        "Why can't the new tills be more like the old ones?",
        "I wouldn't trust the old ladder with anything heavy.",
        "Do you want to be here on Saturday for the stocktake?",
        "The kids were out of their depth in the pool.",
        "This is the slowest scanner on the floor.",
        "These shelves aren't built for heavy boxes.",
    ],
)
def test_round17_negative(text: str) -> None:
    found = codes(text, "en")
    assert not found, found


def test_round17_exact_offsets() -> None:
    assert quotes("As per usual, you forgot the keys.", "absolute") == ["As per usual"]
    assert quotes("You don't lock up, ever.", "absolute") == ["ever"]
    assert quotes("Jules is a talker, not a finisher.", "judges_person") == [
        "Jules is a talker, not a finisher"
    ]


_ROWS = load(DATA_DIR / "round17_en.jsonl")


@pytest.mark.parametrize("row", _ROWS, ids=lambda r: str(r["id"]))
def test_round17_file(row: dict[str, object]) -> None:
    assert_as_labelled(row, "en")
