"""Every interface language is complete and keeps the placeholders of the English source."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from webapp.i18n import UI_LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]")


def _catalog(lang):
    with open(ROOT / "translations" / lang / "LC_MESSAGES" / "messages.po", "rb") as handle:
        return read_po(handle, locale=lang)


@pytest.mark.no_db
@pytest.mark.parametrize("lang", list(UI_LANGUAGES))
def test_catalog_complete_and_placeholders_kept(lang):
    with open(ROOT / "translations" / "messages.pot", "rb") as handle:
        template_ids = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(handle) if m.id}
    catalog = _catalog(lang)
    problems = []
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if "fuzzy" in message.flags or not all(strings):
            problems.append(("untranslated", ids[0]))
            continue
        wanted = set(PLACEHOLDER.findall(ids[-1]))
        for string in strings:
            found = set(PLACEHOLDER.findall(string))
            # A plural form may leave out the number ("one week"); a singular keeps every placeholder.
            if found - wanted or (len(ids) == 1 and found != wanted):
                problems.append(("placeholders", ids[0]))
    catalog_ids = {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id}
    problems += [("missing", msgid) for msgid in sorted(template_ids - catalog_ids)]
    assert problems == []


@pytest.mark.no_db
def test_template_is_up_to_date(tmp_path):
    """Every string in the code is in messages.pot (run `make babel-update` when this fails)."""
    import subprocess
    import sys

    fresh = tmp_path / "fresh.pot"
    subprocess.run(
        [sys.executable, "-m", "babel.messages.frontend", "extract", "-F", "babel.cfg", "-k", "_l",
         "-k", "lazy_gettext", "-o", str(fresh), "--ignore-dirs=.* _* demo", "."],
        cwd=ROOT, check=True, capture_output=True,
    )

    def ids(path):
        with open(path, "rb") as handle:
            return {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(handle) if m.id}

    assert ids(fresh) - ids(ROOT / "translations" / "messages.pot") == set()
