import hashlib
import io

import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from rapport.people.models import ApiToken
from rapport.people.services.tokens import api_token_issue, api_token_revoke


def issue(username: str) -> str:
    out = io.StringIO()
    call_command("issue_token", username, stdout=out)
    return out.getvalue().strip()


def test_issue_token_prints_a_token_that_is_stored_only_hashed(org):
    token = issue("manager")
    record = ApiToken.objects.get(user=org["manager"].user)
    assert token.startswith("rpt_") and len(token) > 40
    assert record.digest == hashlib.sha256(token.encode()).hexdigest()
    assert token not in {record.digest, record.prefix}


def test_a_bearer_token_authenticates_api_calls_with_the_owners_rights(org):
    token = issue("manager")
    client = Client()
    me = client.get("/api/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200
    assert me.json()["username"] == "manager"
    assert set(me.json()["roles"]) == {"employee", "supervisor"}
    peer_of_other_team = client.get(
        f"/api/people/{org['outsider'].uuid}", headers={"Authorization": f"Bearer {token}"}
    )
    assert peer_of_other_team.status_code == 404


@pytest.mark.parametrize(
    "header", ["Bearer rpt_wrong", "Bearer ", "Token abc", "Basic bWFuYWdlcjp4"]
)
def test_a_wrong_or_missing_token_gets_a_json_401(org, header):
    response = Client().get("/api/people", headers={"Authorization": header})
    assert response.status_code == 401
    assert "Authentication required" in response.json()["detail"]


def test_a_revoked_token_no_longer_works(org):
    record, token = api_token_issue(actor=org["hr"].user, user=org["employee"].user)
    api_token_revoke(actor=org["hr"].user, token=record)
    assert Client().get("/api/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401


def test_a_deactivated_account_cannot_use_its_token(org):
    _, token = api_token_issue(actor=None, user=org["employee"].user)
    org["employee"].user.is_active = False
    org["employee"].user.save()
    assert Client().get("/api/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401


def test_issue_token_for_an_unknown_user_fails_clearly(db):
    with pytest.raises(CommandError, match="No user named ghost"):
        issue("ghost")
