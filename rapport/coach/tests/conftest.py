"""Fixtures shared by the coach tests."""

from __future__ import annotations

import pytest

from rapport.coach import findings, model


@pytest.fixture
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pin the rules: the learned second opinions (``model.py``) are switched off, for the
    findings, for praise and for the elements."""
    monkeypatch.setattr(findings, "_add_model_findings", lambda *args: None)
    monkeypatch.setattr(model, "is_praise", lambda *args: False)
    monkeypatch.setattr(model, "comment_elements", lambda *args: {})
