import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from rapport.audit.models import AuditEvent
from rapport.conftest import PASSWORD


def sign_in(client: Client, login: str, password: str = PASSWORD):
    return client.post(reverse("login"), {"username": login, "password": password})


def test_it_signs_in_with_user_name_or_work_email(org):
    assert sign_in(Client(), "manager").status_code == 302
    response = sign_in(Client(), org["manager"].email.upper())
    assert response.status_code == 302 and response.url == reverse("home")


def test_a_wrong_password_shows_a_clear_error(org):
    response = sign_in(Client(), "manager", "wrong")
    assert response.status_code == 200
    assert "do not match" in response.content.decode()


def test_sign_in_is_locked_after_five_failures_even_with_the_right_password(org):
    client = Client()
    for _ in range(5):
        sign_in(client, "employee", "wrong")
    response = sign_in(client, "employee")
    assert response.status_code == 429
    assert "Too many failed sign-in attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session
    # other accounts are not affected
    assert sign_in(Client(), "peer").status_code == 302


def test_sign_out_is_a_post_and_ends_the_session(as_employee):
    assert as_employee.get(reverse("people:my_page")).status_code == 200
    assert as_employee.post(reverse("logout")).status_code == 302
    assert as_employee.get(reverse("people:my_page")).status_code == 302


def test_password_change_needs_the_old_password(org):
    client = Client()
    sign_in(client, "employee")
    url = reverse("password_change")
    bad = client.post(
        url,
        {
            "old_password": "nope",
            "new_password1": "a new long passphrase 42",
            "new_password2": "a new long passphrase 42",
        },
    )
    assert bad.status_code == 200
    ok = client.post(
        url,
        {
            "old_password": PASSWORD,
            "new_password1": "a new long passphrase 42",
            "new_password2": "a new long passphrase 42",
        },
    )
    assert ok.status_code == 302
    assert sign_in(Client(), "employee", "a new long passphrase 42").status_code == 302


def test_password_reset_by_email_sets_a_new_password(org):
    client = Client()
    response = client.post(reverse("password_reset"), {"email": org["peer"].email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"https?://[^/]+(/accounts/reset/\S+)", mail.outbox[0].body).group(1)
    form = client.get(link, follow=True)
    assert form.status_code == 200 and form.context["validlink"]
    done = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": "fresh passphrase 2026", "new_password2": "fresh passphrase 2026"},
    )
    assert done.status_code == 302
    assert sign_in(Client(), "peer", "fresh passphrase 2026").status_code == 302


def test_password_reset_does_not_reveal_whether_an_address_exists(db):
    response = Client().post(reverse("password_reset"), {"email": "nobody@example.com"})
    assert response.status_code == 302 and len(mail.outbox) == 0


def test_the_language_defaults_from_the_browser(org):
    page = Client().get(reverse("login"), headers={"Accept-Language": "zh-CN,zh;q=0.9"})
    assert 'lang="zh-hans"' in page.content.decode()
    page = Client().get(reverse("login"), headers={"Accept-Language": "en-GB,en;q=0.9"})
    assert 'lang="en"' in page.content.decode()


def test_the_chosen_language_is_remembered_on_the_account(org):
    client = Client()
    sign_in(client, "employee")
    client.post(reverse("language_switch"), {"language": "zh-hans", "next": "/me/"})
    org["employee"].user.refresh_from_db()
    assert org["employee"].user.language == "zh-hans"
    assert AuditEvent.objects.filter(action="user.set_language").exists()
    # a new browser with an English Accept-Language still gets Chinese once signed in
    other = Client(headers={"Accept-Language": "en"})
    sign_in(other, "employee")
    assert 'lang="zh-hans"' in other.get(reverse("people:my_page")).content.decode()


def test_the_language_switch_ignores_unknown_languages_and_foreign_redirects(as_employee, org):
    response = as_employee.post(
        reverse("language_switch"), {"language": "xx", "next": "https://evil.example.com/"}
    )
    assert response.status_code == 302 and response.url == "/"
    org["employee"].user.refresh_from_db()
    assert org["employee"].user.language == ""


@pytest.mark.parametrize("url_name", ["people:my_page", "people:directory", "people:org_chart"])
def test_pages_need_sign_in(db, url_name):
    response = Client().get(reverse(url_name))
    assert response.status_code == 302 and response.url.startswith(reverse("login"))
