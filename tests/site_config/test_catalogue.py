"""The English interface catalogue is complete and its compiled file is up to date."""

from pathlib import Path

import polib

from django.conf import settings

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES"


def test_every_interface_string_has_an_english_translation():
    po = polib.pofile(str(CATALOGUE / "django.po"))
    assert po.untranslated_entries() == []
    assert po.fuzzy_entries() == []


def test_compiled_catalogue_matches_the_source():
    po = {entry.msgid: (entry.msgstr, entry.msgstr_plural) for entry in polib.pofile(str(CATALOGUE / "django.po"))}
    mo = {entry.msgid: (entry.msgstr, entry.msgstr_plural) for entry in polib.mofile(str(CATALOGUE / "django.mo"))}
    mo.pop("", None)
    assert mo == {msgid: value for msgid, value in po.items() if msgid}
