"""Round ten (English): our own adversarial examples, family by family, with hard negatives."""

from __future__ import annotations

import pytest

from rapport.coach import analyze
from rapport.coach.evaluate import DATA_DIR, load
from rapport.coach.tests.helpers import assert_as_labelled, codes, quotes
from rapport.coach.text import sentence_spans


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Honestly, Ray, you're getting too old for the loading bay.", "demeaning"),
        ("That accent of hers is why the deal fell through.", "demeaning"),
        ("Good job finally checking your voicemail.", "demeaning"),
        ("Lovely to see you in before ten for a change.", "demeaning"),
        ("Blimey, you actually filled in the log.", "demeaning"),
        ("Look who bothered to come to the briefing.", "demeaning"),
        ("Perfect, another delivery note with the address missing.", "demeaning"),
        ("People from your country are lazy, but your accent is a real asset.", "demeaning"),
        ("He's a bit past it for the night shift.", "demeaning"),
        ("Who on earth promoted him?", "demeaning"),
        ("Many would consider you rather rude.", "judges_person"),
        ("She might well be described as careless.", "judges_person"),
        ("Nadia's not exactly the most punctual nurse on the ward.", "judges_person"),
        ("He's full of himself since the award.", "judges_person"),
        ("Your new assistant has a chip on her shoulder.", "judges_person"),
        ("None of your stock counts were accurate last quarter.", "absolute"),
        ("You're short with Jamal every single shift.", "absolute"),
    ],
)
def test_round10_positive(text: str, code: str) -> None:
    assert code in codes(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "The coffee machine on level two is too old for the new pods.",
        "Our till software is getting too old for contactless.",
        "Your Spanish is a real asset with the Madrid suppliers.",
        "Great job finally landing the Okafor contract.",
        "Well done for finally signing off the budget.",
        "Great job finally learning the new CRM.",
        "Thanks for checking the voicemail so promptly.",
        "Brilliant, another five-star review for the spa!",
        "Many would consider the route too long.",
        "That's not exactly the best time for a fire drill.",
        "None of your stock counts had a single error.",
        "Even a child could use the new self-service kiosks.",
        "Who interviewed you for the role, was it Priya?",
        "The old fryer is past it.",
    ],
)
def test_round10_negative(text: str) -> None:
    found = codes(text, "en")
    assert not found, found


@pytest.mark.parametrize(
    ("text", "element", "expected"),
    [
        ("The client pulled the plug a week later.", "consequence", True),
        ("We swallowed the delivery charges.", "consequence", True),
        ("The samples came back two days late.", "consequence", True),
        ("Three regulars walked out.", "consequence", True),
        ("The client walked us round the new site.", "consequence", False),
        ("If the buyer backs out, call me.", "consequence", False),
        ("Labelling as you go means fewer mix-ups at dispatch.", "positive_outcome", True),
        ("Use the checklist and the handover will take half the time.", "positive_outcome", True),
        ("That means less money for the Christmas party.", "positive_outcome", False),
        ("You ran the debrief on Friday really well.", "opens_positive", True),
        ("Your tone with the caller was sharp, though.", "opens_positive", False),
    ],
)
def test_round10_elements(text: str, element: str, expected: bool) -> None:
    assert getattr(analyze(text, "en").elements, element) is expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Ms. Patel and Mr. Grant met Dr. Osei on Friday.", 1),
        ("Send a few, e.g. the Q2 and Q3 decks, approx. 40 pages.", 1),
        ("We open at 9 a.m. and close at 6 p.m. on Sundays.", 1),
        ("Stand-up starts at 9 a.m. The client joins at ten.", 2),
        ("Well… The client left after ten minutes.", 2),
        ("你做得不错…… 不过数据还要再核对。", 2),
    ],
)
def test_round10_abbreviations_do_not_split(text: str, count: int) -> None:
    assert len(sentence_spans(text)) == count


def test_round10_exact_offsets() -> None:
    assert quotes("He's late every single morning.", "absolute") == ["He's late every"]


@pytest.mark.parametrize("row", load(DATA_DIR / "round10_en.jsonl"), ids=lambda r: str(r["id"]))
def test_round10_file(row: dict[str, object]) -> None:
    assert_as_labelled(row, "en")
