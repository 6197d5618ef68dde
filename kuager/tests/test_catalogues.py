"""The Kazakh, Russian and English catalogues are complete and compiled."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

LOCALE = Path(__file__).resolve().parent.parent / "locale"
LANGUAGES = ("kk", "ru", "en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_is_fully_translated(language: str) -> None:
    catalogue = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    missing = [e.msgid for e in catalogue if not e.translated() and not e.obsolete]
    assert missing == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_matches_its_source(language: str) -> None:
    folder = LOCALE / language / "LC_MESSAGES"
    source = {(e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural
              for e in polib.pofile(str(folder / "django.po")) if e.translated()}
    compiled = {(e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural
                for e in polib.mofile(str(folder / "django.mo")) if e.msgid}
    assert compiled == source, "run `make messages` (or kuager compile_catalogues)"


def test_every_string_in_the_code_is_in_the_catalogues(tmp_path: Path) -> None:
    if shutil.which("xgettext") is None:
        if os.environ.get("CI"):
            pytest.fail("CI must have GNU gettext to check the catalogues")
        pytest.skip("GNU gettext (xgettext) is not installed")
    package = LOCALE.parent
    copy = tmp_path / "kuager"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__", "tests"))
    env = {**os.environ, "PYTHONPATH": str(package.parent), "KUAGER_DATA_DIR": str(tmp_path)}
    subprocess.run(
        [sys.executable, "-m", "django", "makemessages", "-l", "en", "--no-obsolete",
         "--settings=kuager.settings", "-i", "tests/*"],
        cwd=copy, env=env, check=True, capture_output=True,
    )
    fresh = {e.msgid for e in polib.pofile(str(copy / "locale/en/LC_MESSAGES/django.po"))}
    known = {e.msgid for e in polib.pofile(str(LOCALE / "en/LC_MESSAGES/django.po"))}
    assert sorted(fresh - known) == [], "run `make messages` and translate the new strings"
