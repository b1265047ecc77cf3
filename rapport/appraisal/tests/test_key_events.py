import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from rapport.appraisal.models import KeyEvent
from rapport.appraisal.services.key_events import key_event_record

DAY = datetime.date(2026, 9, 14)


def record(actor, employee, **kwargs):
    values = {
        "occurred_on": DAY,
        "what": "Closed the supplier audit two days early.",
        "polarity": "positive",
    }
    return key_event_record(actor=actor, employee=employee, **{**values, **kwargs})


def test_employee_supervisor_and_hr_record_events_with_their_role(org):
    assert record(org["employee"].user, org["employee"]).recorder_role == "employee"
    assert record(org["manager"].user, org["employee"]).recorder_role == "supervisor"
    assert record(org["manager"].user, org["deep"]).recorder_role == "supervisor"
    assert record(org["hr"].user, org["employee"]).recorder_role == "hr"


@pytest.mark.parametrize(
    ("who", "about"),
    [("peer", "employee"), ("employee", "peer"), ("lead", "employee"), ("outsider", "employee")],
)
def test_nobody_records_events_about_someone_outside_their_line(org, who, about):
    with pytest.raises(PermissionDenied):
        record(org[who].user, org[about])


def test_a_future_date_and_an_empty_description_are_refused(org):
    with pytest.raises(ValidationError) as excinfo:
        record(
            org["manager"].user,
            org["employee"],
            occurred_on=timezone.localdate() + datetime.timedelta(days=2),
            what="  ",
        )
    assert set(excinfo.value.message_dict) == {"occurred_on", "what"}
    assert not KeyEvent.objects.exists()


def test_attachments_are_checked_by_type_content_and_size(org):
    pdf = SimpleUploadedFile("minutes.pdf", b"%PDF-1.7 minutes", content_type="application/pdf")
    event = record(org["manager"].user, org["employee"], attachments=[pdf])
    attachment = event.attachments.get()
    assert (attachment.original_name, attachment.content_type, attachment.size) == (
        "minutes.pdf",
        "application/pdf",
        16,
    )
    fake = SimpleUploadedFile("photo.png", b"MZ\x90\x00 not a png", content_type="image/png")
    script = SimpleUploadedFile("run.exe", b"MZ", content_type="application/octet-stream")
    huge = SimpleUploadedFile("big.txt", b"a" * (5 * 1024 * 1024 + 1), content_type="text/plain")
    for bad, reason in (
        (fake, "not really a .png"),
        (script, "not accepted"),
        (huge, "larger than 5 MB"),
    ):
        with pytest.raises(ValidationError, match=reason):
            record(org["manager"].user, org["employee"], attachments=[bad])
    assert KeyEvent.objects.count() == 1


def test_attachments_download_only_for_those_who_see_the_event(org, clients):
    pdf = SimpleUploadedFile("minutes.pdf", b"%PDF-1.7 minutes", content_type="application/pdf")
    attachment = record(org["manager"].user, org["employee"], attachments=[pdf]).attachments.get()
    url = reverse("appraisal:attachment", args=[attachment.uuid])
    for persona, status in (
        ("employee", 200),
        ("manager", 200),
        ("hr", 200),
        ("peer", 404),
        ("outsider", 404),
        ("lead", 404),
    ):
        assert clients[persona].get(url).status_code == status, persona


def test_the_timeline_shows_every_event_about_the_employee_and_filters(org, as_employee):
    record(
        org["manager"].user,
        org["employee"],
        what="Report sent three days late.",
        polarity="needs_improvement",
    )
    record(
        org["employee"].user,
        org["employee"],
        what="Ran the customer workshop.",
        polarity="positive",
    )
    url = reverse("appraisal:timeline", args=[org["employee"].uuid])
    page = as_employee.get(url).content.decode()
    assert "Report sent three days late." in page and "Ran the customer workshop." in page
    filtered = as_employee.get(url, {"polarity": "positive"}).content.decode()
    assert (
        "Report sent three days late." not in filtered and "Ran the customer workshop." in filtered
    )


def test_recording_through_the_page_with_a_bad_file_changes_nothing(org, as_manager):
    url = reverse("appraisal:timeline", args=[org["employee"].uuid])
    bad = SimpleUploadedFile("notes.docx", b"not a zip", content_type="application/octet-stream")
    response = as_manager.post(
        url,
        {
            "occurred_on": "2026-09-14",
            "polarity": "positive",
            "what": "Led the demo.",
            "attachments": [bad],
        },
    )
    assert response.status_code == 400
    assert "not really a .docx" in response.content.decode()
    assert not KeyEvent.objects.exists()
