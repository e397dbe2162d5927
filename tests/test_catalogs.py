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
        [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            "extract",
            "-F",
            "babel.cfg",
            "-k",
            "_l",
            "-k",
            "lazy_gettext",
            "-o",
            str(fresh),
            "--ignore-dirs=.* _* demo",
            ".",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )

    def ids(path):
        with open(path, "rb") as handle:
            return {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(handle) if m.id}

    assert ids(fresh) - ids(ROOT / "translations" / "messages.pot") == set()


@pytest.mark.no_db
@pytest.mark.parametrize("lang", [lang for lang in UI_LANGUAGES if lang != "en"])
def test_every_catalog_asks_for_a_native_speakers_review(lang):
    with open(ROOT / "translations" / lang / "LC_MESSAGES" / "messages.po", encoding="utf-8") as handle:
        header = "".join(line for line in handle if line.startswith("#"))
    assert "native speaker" in header and "docs/terms.md" in header


#: Text a template may show as it is: the name, symbols, and words that are the same in every language.
UNTRANSLATED_OK = {"Meedoen", "JSON", "CSV", "XLSX", "A0", "A1", "A2", "B1", "B2", "C1"}
_JINJA = re.compile(r"{{.*?}}|{%.*?%}|{#.*?#}", re.S)
_WORD = re.compile(r"[^\W\d_]{2,}")
#: Attributes a reader sees or hears (a screen reader reads aria-label and title).
VISIBLE_ATTRIBUTES = {"placeholder", "title", "aria-label", "alt"}


def _raw_texts(path):
    """Words a template shows that are written in it directly, not through {{ _("...") }}."""
    from html.parser import HTMLParser

    found = []

    class Reader(HTMLParser):
        def handle_data(self, data):
            found.extend((self.getpos()[0], word) for word in _WORD.findall(data))

        def handle_starttag(self, tag, attrs):
            for name, value in attrs:
                if name in VISIBLE_ATTRIBUTES and value:
                    found.extend((self.getpos()[0], word) for word in _WORD.findall(value))

    # Every Jinja expression becomes a blank of the same lines, so line numbers stay right.
    source = _JINJA.sub(lambda m: "\n" * m.group(0).count("\n"), path.read_text(encoding="utf-8"))
    Reader().feed(source)
    return [(line, word) for line, word in found if word not in UNTRANSLATED_OK]


@pytest.mark.no_db
def test_no_template_shows_text_that_is_not_marked_for_translation():
    found = [
        f"{path.relative_to(ROOT)}:{line}: {word}"
        for path in sorted((ROOT / "webapp" / "templates").rglob("*.html"))
        for line, word in _raw_texts(path)
    ]
    assert found == []


def test_the_checker_finds_raw_text(tmp_path):
    sample = tmp_path / "x.html"
    sample.write_text('<p title="Hello">Welkom {{ _("ok") }}</p><b class="x">{{ name }}</b>', encoding="utf-8")
    assert [word for _line, word in _raw_texts(sample)] == ["Hello", "Welkom"]


@pytest.mark.no_db
@pytest.mark.parametrize("lang", [lang for lang in UI_LANGUAGES if lang != "en"])
def test_the_kept_dutch_terms_are_kept_in_every_translation(lang):
    import json

    terms = json.loads((ROOT / "translations" / "terms.json").read_text(encoding="utf-8"))["keep"]
    problems = []
    for message in _catalog(lang):
        if not message.id:
            continue
        source = message.id if isinstance(message.id, str) else message.id[0]
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        problems += [
            (term, source)
            for term in terms
            if term.lower() in source.lower()
            for string in strings
            if term.lower() not in string.lower()
        ]
    assert problems == []
