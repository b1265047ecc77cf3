import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from rapport.conftest import PASSWORD, hold
from rapport.interviews.models import Interview, StageNote
from rapport.interviews.services import meeting, signing


def test_acknowledging_asks_for_the_password_and_stores_time_and_hash(org, interview):
    held = hold(org, interview)
    with pytest.raises(ValidationError, match="password"):
        signing.interview_acknowledge(
            actor=org["employee"].user, interview=held, version=held.version, password="wrong"
        )
    signed = signing.interview_acknowledge(
        actor=org["employee"].user,
        interview=held,
        version=held.version,
        password=PASSWORD,
        comment="Fair summary.",
    )
    assert signed.state == "acknowledged" and signed.acknowledged_at is not None
    assert signed.record_hash == signing.record_hash(signed) and len(signed.record_hash) == 64
    assert signing.interview_verify(signed)


def test_only_the_employee_acknowledges(org, interview):
    held = hold(org, interview)
    with pytest.raises(PermissionDenied):
        signing.interview_acknowledge(
            actor=org["manager"].user, interview=held, version=held.version, password=PASSWORD
        )


def test_an_acknowledged_record_is_frozen(org, interview):
    held = hold(org, interview)
    signing.interview_acknowledge(
        actor=org["employee"].user, interview=held, version=held.version, password=PASSWORD
    )
    note = StageNote.objects.get(interview=held, stage=3)
    held.refresh_from_db()
    with pytest.raises(PermissionDenied):
        meeting.stage_note_save(
            actor=org["manager"].user,
            interview=held,
            stage=3,
            notes="changed",
            version=note.version,
        )
    with pytest.raises(PermissionDenied):
        meeting.interview_submit_outcome(
            actor=org["manager"].user,
            interview=held,
            version=held.version,
            consensus="x",
            agreed_rating="A",
            next_meeting_on=None,
            tasks=[],
        )


def test_tampering_with_the_stored_record_is_detected(org, interview):
    held = hold(org, interview)
    signed = signing.interview_acknowledge(
        actor=org["employee"].user, interview=held, version=held.version, password=PASSWORD
    )
    Interview.objects.filter(pk=signed.pk).update(consensus="Something nobody agreed to.")
    signed.refresh_from_db()
    assert not signing.interview_verify(signed)


def test_the_hash_covers_the_record_but_not_private_notes(org, interview):
    held = hold(org, interview)
    before = signing.record_hash(held)
    from rapport.interviews.models import PrivateNote

    PrivateNote.objects.create(interview=held, author=org["manager"].user, stage=3, text="private")
    assert signing.record_hash(held) == before
    Interview.objects.filter(pk=held.pk).update(consensus="changed")
    held.refresh_from_db()
    assert signing.record_hash(held) != before


def test_an_amendment_needs_a_new_acknowledgement(org, interview):
    held = hold(org, interview)
    first = signing.interview_acknowledge(
        actor=org["employee"].user, interview=held, version=held.version, password=PASSWORD
    )
    with pytest.raises(PermissionDenied):
        signing.interview_amend(
            actor=org["employee"].user, interview=first, version=first.version, text="x"
        )
    signing.interview_amend(
        actor=org["manager"].user,
        interview=first,
        version=first.version,
        text="The Q3 figure was 82, not 80.",
    )
    first.refresh_from_db()
    assert first.state == "awaiting_employee"
    second = signing.interview_acknowledge(
        actor=org["employee"].user, interview=first, version=first.version, password=PASSWORD
    )
    assert second.record_hash != held.record_hash or held.record_hash == ""
    assert second.signatures.count() == 2 and signing.interview_verify(second)


@pytest.mark.parametrize(
    "state", ["scheduled", "in_progress", "acknowledged", "closed", "cancelled", "disagreed"]
)
def test_acknowledging_is_only_possible_while_awaiting_the_employee(org, interview, state):
    Interview.objects.filter(pk=interview.pk).update(state=state)
    interview.refresh_from_db()
    with pytest.raises(PermissionDenied):
        signing.interview_acknowledge(
            actor=org["employee"].user,
            interview=interview,
            version=interview.version,
            password=PASSWORD,
        )


def test_closing_follows_acknowledgement(org, interview):
    held = hold(org, interview)
    with pytest.raises(PermissionDenied):
        signing.interview_close(actor=org["manager"].user, interview=held, version=held.version)
    signed = signing.interview_acknowledge(
        actor=org["employee"].user, interview=held, version=held.version, password=PASSWORD
    )
    assert (
        signing.interview_close(
            actor=org["manager"].user, interview=signed, version=signed.version
        ).state
        == "closed"
    )
