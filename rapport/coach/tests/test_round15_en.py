"""Round fifteen (English): frames with an open slot behind the heldout13 misses, on our own
wording (no heldout13 sentence or idiom)."""

from __future__ import annotations

import pytest

from rapport.coach.evaluate import DATA_DIR, load
from rapport.coach.tests.helpers import assert_as_labelled, codes, quotes

# The rules alone: the lead's retraining of the models must not flip these.
pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Honestly, Ollie is a bit of a freeloader on group projects.", "judges_person"),
        ("She's such a wet blanket in the planning sessions.", "judges_person"),
        ("Between us, Nadia is a real loose cannon with clients.", "judges_person"),
        ("He's something of a shirker when the lorries come in.", "judges_person"),
        ("You're a bit of a headless chicken whenever the auditors visit.", "judges_person"),
        ("Kieran is a proper grump before ten.", "judges_person"),
        ("Callum is more of a spectator than a player in sprint reviews.", "judges_person"),
        (
            "Honestly, you're more of a bystander than a contributor in the huddles.",
            "judges_person",
        ),
        ("Priyanka is a clock-watcher - she is out the door at five on the dot.", "judges_person"),
        ("He's a fence-sitter in every vote we take.", "judges_person"),
        ("You're a bit of a pen-pusher about the small stuff.", "judges_person"),
        ("Not partner material. Ducks every difficult client call.", "judges_person"),
        ("Not partner material. Ducks every difficult client call.", "absolute"),
        ("Frankly, he's just not front-of-house material.", "judges_person"),
        ("Attitude problem. Sulks when corrected.", "judges_person"),
        ("The real problem here is his attitude: he shrugs off feedback.", "judges_person"),
        ("Tariq seems to think sweeping the yard is beneath him.", "judges_person"),
        ("She treats the safety briefing as optional.", "judges_person"),
        ("He regards the dress code as a mere suggestion.", "judges_person"),
        ("You turned up without the keys again, which is so typical of you.", "judges_person"),
        ("She comes across as someone who can't be bothered.", "judges_person"),
        ("There's no fire in her belly for the harder accounts.", "judges_person"),
        (
            "Graduates tend to be precious about photocopying, and Leo is no exception.",
            "judges_person",
        ),
        ("Office types from down south are all soft, and Mark is no different.", "judges_person"),
        ("Office types from down south are all soft, and Mark is no different.", "demeaning"),
        ("Well done, you managed to miss the bus only twice this week - a triumph.", "demeaning"),
        ("Great work on the newsletter - it only went out to the wrong list.", "demeaning"),
        ("Congratulations on finding the stapler, only six months in.", "demeaning"),
        ("I'm sure the patients enjoyed the extra wait.", "demeaning"),
        ("Nice of you to finally grace us with your presence.", "demeaning"),
        ("Thank you so much for deigning to reply.", "demeaning"),
        ("Bless her, she means well - the till is just a bit beyond her.", "demeaning"),
        ("The new scheduling app is clearly beyond him.", "demeaning"),
        ("Apparently putting the lid back on is brain surgery.", "demeaning"),
        ("I shouldn't have to spell this out to a grown adult.", "demeaning"),
        ("It's like babysitting a toddler every time the printer jams.", "demeaning"),
        ("Honestly, it's like waiting for a snail.", "demeaning"),
        ("Someone in his condition shouldn't be lifting the kegs.", "demeaning"),
        ("Her anxiety, or whatever they're calling it now, is slowing the desk down.", "demeaning"),
        ("I appreciate you're busy with whatever it is you do all day.", "demeaning"),
        ("Maybe early retirement is something he should be considering.", "demeaning"),
        ("Perhaps that's how things are done back where she comes from.", "demeaning"),
        ("Does he expect the customers to queue while he's off at the mosque?", "demeaning"),
        ("He sulked for a day, as young lads often do.", "demeaning"),
        ("Cut down on the sausage rolls and she'd keep up with the others.", "demeaning"),
        ("With twins at home her focus is clearly elsewhere.", "demeaning"),
        ("Mr Kaur persistently fails to log his mileage.", "absolute"),
        ("She routinely forgets to hand over the radio.", "absolute"),
        ("Interrupts every speaker in the briefing.", "absolute"),
        ("He rolls his eyes at every suggestion from the juniors.", "absolute"),
        ("The cash-up is never signed off by him unless I stand over him.", "absolute"),
        ("Every stocktake with Priya turns into a shouting match.", "absolute"),
        ("Every single invoice she enters ends up being corrected by accounts.", "absolute"),
        ("But you never check the late-collection list before lock-up.", "absolute"),
        ("Mina is a bit of a hand-wringer about change.", "judges_person"),
        ("He's such a damp squib in client pitches.", "judges_person"),
        ("She's more of a watcher than a doer.", "judges_person"),
        ("Not management material.", "judges_person"),
        ("He sees the cleaning rota as someone else's job.", "judges_person"),
        ("Well done, you managed to lose the keys only once this week.", "demeaning"),
        ("It's like talking to my gran about the cloud.", "demeaning"),
        ("He scoffs at every idea from the apprentices.", "absolute"),
    ],
)
def test_round15_positive(text: str, code: str) -> None:
    assert code in codes(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "To be blunt, she's more of a planner on paper than a finisher.",
        "She's a bit of a star with the regulars.",
        "He's such a natural on the phones.",
        "Nadia is a real asset to the night shift.",
        "He's more of a designer than a coder these days.",
        "She's more of a strategist than a salesperson.",
        "You're a bit of a night owl, so the late shift suits you.",
        "It's a bit of a stretch to finish by Friday.",
        "Your stock sheet was a bit of a dog's dinner last week.",
        "Growing up in Leeds is a real bonus on this patch.",
        "She's a self-starter and a go-getter.",
        "He's a forklift-driver on the early shift.",
        "This is not marketing material, please don't forward it.",
        "The policy treats overtime as optional.",
        "The boiler room is beneath the stage.",
        "That weather is typical of the season.",
        "She comes across as someone who really cares about residents.",
        "Congratulations on the promotion, only two years in!",
        "Well done on the audit - only two minor findings.",
        "I'm sure the customers loved the new menu.",
        "Thanks for gracing the panel at the open day.",
        "The outcome is beyond her control.",
        "It's like working with a pro.",
        "His condition is stable and he is back on light duties.",
        "She retired last year after thirty years on the wards.",
        "Where she comes from they speak three languages.",
        "Cover Ali's desk while he goes to Friday prayers, please.",
        "As the nurses on the ward often do, she stayed late.",
        "Fewer meetings and she'd get the reports out faster.",
        "The kids' menu is elsewhere on the website.",
        "She consistently delivers ahead of the deadline.",
        "He checks every delivery note.",
        "The till is never left unlocked by her.",
        "Every session with Marco ends with a laugh.",
        "Every report you write is excellent.",
        "She's a bit of a whizz with spreadsheets.",
        "He's a real help on Saturdays.",
        "Not reading material for the break room.",
        "You're a bit of a fan of the new layout, I hear.",
        "The snow is beyond anyone's control, not hers.",
        "Thanks for hosting us at the depot.",
    ],
)
def test_round15_negative(text: str) -> None:
    found = codes(text, "en")
    assert not found, found


def test_round15_exact_offsets() -> None:
    assert quotes("Every report you send comes back with errors.", "absolute") == [
        "Every report you"
    ]
    assert quotes("Not partner material.", "judges_person") == ["Not partner material"]
    assert quotes("Argues with every instruction.", "absolute") == ["Argues with every instruction"]


def test_round15_late_hyphen_is_not_lateness() -> None:
    # "late-arrivals" names a list: "never check the late-arrivals list" is no praise
    assert "absolute" in codes("You never check the late-arrivals list.", "en")
    assert "absolute" not in codes("You are never late.", "en")


_ROWS = load(DATA_DIR / "round15_en.jsonl")
# Comments whose consequence, outcome or opening the rules alone do not read (the element models
# do; round fifteen changed no element rule): their findings are still pinned below.
_ELEMENTS_BY_MODEL = {"r15-e091", "r15-e094", "r15-e097", "r15-e103", "r15-e104", "r15-e105"}
_ELEMENTS_BY_MODEL |= {"r15-e107", "r15-e108"}


@pytest.mark.parametrize(
    "row", [r for r in _ROWS if r["id"] not in _ELEMENTS_BY_MODEL], ids=lambda r: str(r["id"])
)
def test_round15_file(row: dict[str, object]) -> None:
    assert_as_labelled(row, "en")


@pytest.mark.parametrize(
    "row", [r for r in _ROWS if r["id"] in _ELEMENTS_BY_MODEL], ids=lambda r: str(r["id"])
)
def test_round15_file_findings(row: dict[str, object]) -> None:
    assert set(codes(str(row["text"]), "en")) == set(row["codes"])  # type: ignore[call-overload]
