"""Fixtures shared by the coach tests."""

from __future__ import annotations

import pytest

from rapport.coach import findings


@pytest.fixture
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pin the rules: the learned second opinion (``model.py``) is switched off."""
    monkeypatch.setattr(findings, "_add_model_findings", lambda *args: None)
