"""The UI catalogues in locale/: complete in all six languages, and the committed .mo files (what
Django reads) match the .po files (what translators edit)."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def catalogue(code):
    return polib.pofile(str(LOCALE_DIR / code / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_string_is_translated(code):
    po = catalogue(code)
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert untranslated == [], f"{code}: {len(untranslated)} untranslated, e.g. {untranslated[:3]}"
    assert fuzzy == [], f"{code}: {len(fuzzy)} fuzzy, e.g. {fuzzy[:3]}"
    assert len(po.translated_entries()) > 1000


@pytest.mark.parametrize("code", LANGUAGES)
def test_compiled_catalogue_matches_the_po_file(code):
    po = catalogue(code)
    mo = polib.mofile(str(LOCALE_DIR / code / "LC_MESSAGES" / "django.mo"))

    def entries(catalogue):
        return {
            (entry.msgctxt, entry.msgid): (entry.msgstr, tuple(sorted(entry.msgstr_plural.items())))
            for entry in catalogue
            if entry.msgid and not entry.obsolete and "fuzzy" not in entry.flags
        }

    assert entries(po) == entries(mo), f"{code}: run `make compilemessages`"
