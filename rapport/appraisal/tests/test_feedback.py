import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from rapport.appraisal.models import FeedbackRequest
from rapport.appraisal.services.feedback import feedback_request, feedback_submit
from rapport.conftest import card_of


def ask(org, cycle, *, actor="manager", subject="employee", reviewer="peer", kind="peer"):
    return feedback_request(
        actor=org[actor].user, cycle=cycle, subject=org[subject], reviewer=org[reviewer], kind=kind
    )


def test_the_employee_or_their_supervisor_asks_a_peer(org, cycle):
    assert ask(org, cycle, actor="employee").state == "requested"
    with pytest.raises(ValidationError, match="already been asked"):
        ask(org, cycle)


def test_others_cannot_request_feedback_about_someone(org, cycle):
    with pytest.raises(PermissionDenied):
        ask(org, cycle, actor="peer")


def test_upward_feedback_comes_from_the_managers_own_reports(org, cycle):
    assert (
        ask(org, cycle, actor="manager", subject="manager", reviewer="employee", kind="upward").kind
        == "upward"
    )
    with pytest.raises(ValidationError, match="direct reports"):
        ask(org, cycle, actor="manager", subject="manager", reviewer="deep", kind="upward")


def test_the_reviewer_answers_and_sees_only_their_own_requests(org, cycle, clients):
    request = ask(org, cycle)
    other = ask(org, cycle, subject="employee", reviewer="lead")
    inbox = clients["peer"].get(reverse("appraisal:feedback_inbox")).content.decode()
    assert str(request.uuid) in inbox and str(other.uuid) not in inbox
    assert (
        clients["peer"].get(reverse("appraisal:feedback_answer", args=[other.uuid])).status_code
        == 404
    )
    feedback_submit(
        actor=org["peer"].user,
        request=request,
        rating=4,
        strengths="Clear weekly updates.",
        improvements="",
    )
    assert FeedbackRequest.objects.get(pk=request.pk).state == "submitted"
    with pytest.raises(PermissionDenied):
        feedback_submit(
            actor=org["peer"].user, request=request, rating=4, strengths="again", improvements=""
        )


def test_the_employee_sees_names_only_if_hr_allows_it_for_the_cycle(
    org, cycle, as_employee, as_manager
):
    request = ask(org, cycle)
    feedback_submit(
        actor=org["peer"].user,
        request=request,
        rating=5,
        strengths="Always prepared for client calls.",
        improvements="",
    )
    url = reverse("appraisal:scorecard", args=[card_of(cycle, org["employee"]).uuid])
    page = as_employee.get(url).content.decode()
    assert "Always prepared for client calls." in page and org["peer"].name not in page
    assert org["peer"].name in as_manager.get(url).content.decode()
    cycle.show_reviewer_names = True
    cycle.save()
    assert org["peer"].name in as_employee.get(url).content.decode()
