"""Round eight (English): families behind the heldout7 misses, on our own wording."""

from __future__ import annotations

import pytest

from rapport.coach import analyze
from rapport.coach.evaluate import DATA_DIR, load
from rapport.coach.tests.helpers import assert_as_labelled, codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Frankly the new courier strikes me as pretty careless.", "judges_person"),
        ("He comes across as someone who doesn't care about the patients.", "judges_person"),
        ("I think you simply aren't motivated.", "judges_person"),
        ("Since the promotion he clearly doesn't take rostering seriously.", "judges_person"),
        ("I don't need another arrogant know-it-all in my kitchen.", "judges_person"),
        ("Punctuality is clearly not your forte.", "judges_person"),
        ("What are you, deaf? I said table six.", "judges_person"),
        ("That lisp of yours makes the announcements hard to follow.", "demeaning"),
        ("He's off again with his 'bad back'.", "demeaning"),
        ("With three kids at home I suppose we can't expect much of you.", "demeaning"),
        ("Get one of the grannies on the tills to cover the lottery counter.", "demeaning"),
        ("Nice skirt — going clubbing after the stocktake?", "demeaning"),
        ("Chill out, babe, it's one complaint.", "demeaning"),
        ("Congratulations, you've managed to delete the whole price list.", "demeaning"),
        ("Nobody wants to hear your farmyard accent at reception.", "demeaning"),
        ("You're a spoilt little brat sometimes.", "demeaning"),
        ("You guys in maintenance always leave the lift log blank.", "absolute"),
        ("As usual, her float is short on a Friday.", "absolute"),
        ("Every time we run a promotion you call in sick.", "absolute"),
        ("Each time I audit his files, the consent forms are missing.", "absolute"),
        ("The bins get left out by them every single time.", "absolute"),
        ("None of you ever restock the printer paper.", "absolute"),
        ("Leo skips the briefing and always blames the rota.", "absolute"),
    ],
)
def test_round8_positive(text: str, code: str) -> None:
    assert code in codes(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "The courier strikes me as a reliable choice for the Leeds route.",
        "The new system strikes me as a little slow on Mondays.",
        "We don't need any more chairs in the meeting room.",
        "Public speaking isn't your favourite, so I'll take the first slot.",
        "What are you planning for the Christmas menu?",
        "If your back is playing up, tell me and we'll swap your shift.",
        "We can't expect anyone to cover Sunday at short notice.",
        "The grandparents' morning at the nursery went really well.",
        "Nice outfit for the launch, very sharp.",
        "With love from all of us on the ward.",
        "Congratulations, you've managed to hit target three months running!",
        "The caller had a strong accent, so the line was hard to hear.",
        "You lot did a great job on the stocktake.",
        "Every time we open late you stay to help the closing team, thank you.",
        "Each time I read his notes, the plan is clear.",
        "Nobody on the team ever misses her briefings.",
        "Leo joined in May and always helps the new starters.",
        'A customer rang in to say you were "useless and slow", and I want your side.',
    ],
)
def test_round8_negative(text: str) -> None:
    found = codes(text, "en")
    assert not found, found


@pytest.mark.parametrize(
    ("text", "element", "expected"),
    [
        ("The customers didn't get their parcels until Tuesday.", "consequence", True),
        ("Shoppers were left queuing outside in the rain.", "consequence", True),
        ("The warehouse was short-staffed all afternoon.", "consequence", True),
        ("We've received a formal warning from the council.", "consequence", True),
        ("Head office has asked us for a written explanation.", "consequence", True),
        ("Parents are asking questions about the trip.", "consequence", True),
        ("The ferry left 20 minutes late.", "consequence", True),
        ("You left 20 minutes late on Friday.", "consequence", False),
        ("I really enjoyed your assembly on Monday.", "opens_positive", True),
        ("The class loved the science week display.", "opens_positive", True),
        ("You were calm under pressure at the inspection.", "opens_positive", True),
        ("Patients were engaged in a row with reception.", "opens_positive", False),
    ],
)
def test_round8_elements(text: str, element: str, expected: bool) -> None:
    assert getattr(analyze(text, "en").elements, element) is expected


@pytest.mark.parametrize("row", load(DATA_DIR / "round8_en.jsonl"), ids=lambda r: str(r["id"]))
def test_round8_file(row: dict[str, object]) -> None:
    assert_as_labelled(row, "en")
