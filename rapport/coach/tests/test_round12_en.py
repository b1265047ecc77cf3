"""Round twelve (English): families behind the heldout10 misses, on our own wording."""

from __future__ import annotations

import pytest

from rapport.coach.evaluate import DATA_DIR, load
from rapport.coach.tests.helpers import assert_as_labelled, codes, quotes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("She reckons she knows better than the pharmacist.", "judges_person"),
        ("Omar has developed quite an attitude since the audit.", "judges_person"),
        ("The agency cleaner is utterly careless.", "judges_person"),
        ("You can be a bit thick about the rota.", "judges_person"),
        ("He does come across as rather lazy.", "judges_person"),
        ("Jo loves a gossip.", "judges_person"),
        ("The ladies in payroll love a natter.", "demeaning"),
        ("He gets so hysterical over the stock count.", "demeaning"),
        ("Less time on the nursery run and more on the ledger, please.", "demeaning"),
        ("She's only going to get pregnant, so give the project to Ben.", "demeaning"),
        ("Her pronunciation is so cute.", "demeaning"),
        ("Thanks, Sherlock.", "demeaning"),
        ("You're badly out of shape for this job.", "demeaning"),
        ("You never lock the back door when the alarm goes off.", "absolute"),
        ("Typical Leon, sloppy as always.", "absolute"),
    ],
)
def test_round12_positive(text: str, code: str) -> None:
    assert code in codes(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "She knows the pharmacy system better than anyone.",
        "The engine oil is thick and dark.",
        "The new scanner is lazy to wake up after the update.",
        "The customers in Leeds love a bargain.",
        "The finale was hysterical.",
        "We will spend less time on the school run survey this year.",
        "She is on maternity leave until March, so Ben holds the account.",
        "Ask a native speaker to record the Spanish voicemail.",
        "Our in-house genius for spreadsheets, Ola, rebuilt the tracker.",
        "The old frame is out of shape and needs replacing.",
        "Since the twins were born, we've reduced your weekend shifts.",
        "The invoice sent to Ms Patel was never paid.",
    ],
)
def test_round12_negative(text: str) -> None:
    found = codes(text, "en")
    assert not found, found


def test_round12_exact_offsets() -> None:
    assert quotes("Typical Ana, late as ever.", "absolute") == ["Typical Ana, late as ever"]


@pytest.mark.parametrize("row", load(DATA_DIR / "round12_en.jsonl"), ids=lambda r: str(r["id"]))
def test_round12_file(row: dict[str, object]) -> None:
    assert_as_labelled(row, "en")
