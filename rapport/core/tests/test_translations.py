"""The Chinese catalogue is complete: every string the code marks for translation has one."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
CATALOGUE = ROOT / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po"


def test_every_catalogue_entry_is_translated_and_not_fuzzy():
    po = polib.pofile(str(CATALOGUE))
    untranslated = [e.msgid for e in po.untranslated_entries()]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    assert untranslated == [] and fuzzy == []


def test_placeholders_survive_translation():
    placeholder = re.compile(r"%\(\w+\)s")
    for entry in polib.pofile(str(CATALOGUE)):
        if entry.obsolete:
            continue
        # Chinese has a single plural form: it follows the plural English text.
        source = entry.msgid_plural or entry.msgid
        translations = (
            [entry.msgstr] if not entry.msgid_plural else list(entry.msgstr_plural.values())
        )
        for text in translations:
            assert set(placeholder.findall(text)) == set(placeholder.findall(source)), entry.msgid


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="gettext tools not installed")
def test_the_catalogue_holds_every_string_in_the_code(tmp_path):
    """Extract the strings afresh in a scratch copy of the source: nothing new may be untranslated."""
    for name in ("rapport", "locale"):
        shutil.copytree(
            ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__", "*.mo")
        )
    shutil.copy(ROOT / "manage.py", tmp_path / "manage.py")
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "zh_Hans", "--no-location"],
        cwd=tmp_path,
        check=True,
        capture_output=True,
        env={
            **os.environ,
            "PYTHONPATH": str(tmp_path),
            "DJANGO_SETTINGS_MODULE": "rapport.settings",
        },
    )
    fresh = polib.pofile(str(tmp_path / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po"))
    missing = [e.msgid for e in fresh.untranslated_entries()]
    assert missing == [], f"run `make messages-update`, then translate: {missing}"
