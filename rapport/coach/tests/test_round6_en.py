"""Round six (English): the families an evaluator found on heldout5, with hard negatives."""

from __future__ import annotations

import pytest

from rapport.coach.tests.helpers import codes, elements, quotes


@pytest.mark.parametrize(
    "text",
    [
        "On Monday the pallet went out unwrapped, and we paid £420 for the damaged stock.",
        "The labels were wrong, so Goods-In had to recheck every delivery that week.",
        "A tenant drove over to complain about the boiler on Sunday.",
        "After Tuesday's mix-up, Leona has now asked to work with a different supervisor.",
        "Response times stayed above our four-hour target all week.",
        "Because of the late quote we lost the Fenwick contract.",
        "If a child had wandered out, nobody would have noticed for an hour.",
        "The 6am delivery started without a forklift driver on Thursday.",
        "The assessor logged it as a major non-conformance.",
        "Forty staff were paid short in the June run.",
        "Two families couldn't arrange childcare in time.",
        "The neighbours rang the council about the noise.",
        "HR spent the whole week answering payroll queries.",
    ],
)
def test_narrated_outcomes_are_consequences(text: str) -> None:
    assert elements(text)["consequence"]


@pytest.mark.parametrize(
    "text",
    [
        "You left the loading door open on Tuesday.",
        "Please make sure the chiller door is shut at the end of each shift.",
        "Was there a reason the log got skipped that night?",
        "Was something going on that made it hard to finish the checks?",
        "You could have asked me for help with the rota.",
        "You started the shift without your badge on Thursday.",
        "Thanks for staying above target all month.",
        "The printer always jams on Mondays.",
    ],
)
def test_behaviour_questions_and_advice_are_not_consequences(text: str) -> None:
    assert not elements(text)["consequence"]


@pytest.mark.parametrize(
    "text",
    [
        "If the rota goes up a week early, parents will be able to plan childcare.",
        "Once the tags are current, we'll pass the inspection first time.",
        "If we fix the handover, applicants will hear back days sooner.",
        "Keeping the walkways clear means everyone gets out quickly in a drill.",
        "Could we talk about how to split the load next time?",
    ],
)
def test_described_benefits_are_positive_outcomes(text: str) -> None:
    assert elements(text)["positive_outcome"]


@pytest.mark.parametrize(
    "text",
    [
        "Please follow the count procedure next time.",
        "If it happens again, we'll have to move you to days.",
        "If you keep missing the cut-off, I'll escalate it to the director.",
        "My nephew could stack shelves faster than you.",
        "Not labelling the boxes means the warehouse loses hours every week.",
    ],
)
def test_rules_threats_and_comparisons_are_not_outcomes(text: str) -> None:
    assert not elements(text)["positive_outcome"]


def test_yes_no_question_about_what_got_in_the_way_solicits() -> None:
    assert elements("On Friday the log was blank. Was anything getting in the way that night?")[
        "solicit"
    ]
    assert not elements("Why can you never hand the marking in on time?")["solicit"]


@pytest.mark.parametrize(
    "text",
    [
        "Are you really this careless with patient records?",
        "What sort of muppet leaves the van unlocked overnight?",
        "Quit behaving like a spoilt child in meetings.",
        "The weekend crew are a pretty lazy bunch.",
        "I don't believe Rosa is a team player.",
        "For a senior nurse, you're surprisingly unprofessional.",
        "His attitude has been the main problem on this project.",
        "You're too soft to manage that team.",
    ],
)
def test_labels(text: str) -> None:
    assert "judges_person" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "I don't think Kevin was at the handover.",
        "Are you really this close to finishing the audit?",
        "What kind of training would help you most?",
        "The soil is too soft to take the crane today.",
        "The morning crew are a brilliant bunch.",
        "I don't think you're lazy at all.",
    ],
)
def test_no_label(text: str) -> None:
    assert "judges_person" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Older drivers tend to struggle with the new tablets.",
        "Ladies on the packing line always get flustered when it's busy.",
        "At fifty-five, you won't pick up the new system easily.",
        "With your accent, clients won't trust you on the phone.",
        "Seeing as you're pregnant, I figured you'd rather skip the conference.",
        "People from your neck of the woods aren't used to early starts.",
        "Things are done differently where you were raised, I know.",
        "Even our work-experience kid managed to log the returns correctly.",
        "Do I honestly need to draw you a diagram?",
    ],
)
def test_demeaning(text: str) -> None:
    assert "demeaning" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "A caller with a strong accent rang twice and you stayed patient with her.",
        "Since you're expecting, let's plan your cover together and keep your hours flexible.",
        "At 9 a.m., the new starters will arrive for induction.",
        "Even the temp agency was impressed with your induction pack.",
        "Women on the night team organised a brilliant charity quiz.",
        "Tell me where you grew up and how you got into nursing.",
    ],
)
def test_not_demeaning(text: str) -> None:
    assert "demeaning" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "You're late for every Monday briefing.",
        "You file the returns late, every single week.",
        "Not once in the past month has she cleaned down the slicer.",
        "It feels like you're forever leaving the till drawer open.",
    ],
)
def test_absolute(text: str) -> None:
    assert "absolute" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "You always welcome new starters warmly.",
        "You thank every driver by name, without exception.",
        "Not once this year has the server gone down.",
        "Please keep the guard on whenever you use the grinder.",
    ],
)
def test_not_absolute(text: str) -> None:
    assert "absolute" not in codes(text)


def test_exact_offsets() -> None:
    text = "For a team lead, you're remarkably immature."
    assert quotes(text, "judges_person") == ["you're remarkably immature"]
    text = "You're late for every Monday briefing."
    assert quotes(text, "absolute") == ["You're late for every"]
    text = "Well done on the rota. Not once this term have you logged a fault."
    assert quotes(text, "absolute") == ["Not once this term have you"]


def test_warm_praise_opens_positively() -> None:
    text = "You always greet residents warmly. On Monday the sign-in book was left blank."
    assert "absolute" not in codes(text)
    assert elements(text)["opens_positive"]
