"""Search on the sociale kaart, in the database, in the reader's own words (issue 10).

The same four offers (football, sewing, cooking, a language coach) must be found from each of
the six languages' own words, on SQLite and PostgreSQL alike; a typo match on an unrelated word
("naaien" and "gras maaien") must find nothing.
"""

from __future__ import annotations

import re

import pytest
from flask_babel import force_locale
from flask_babel import gettext as _

from tests import factories as f
from webapp.extensions import db
from webapp.matches import search as concept_search
from webapp.matches.models import OfferConcept
from webapp.offers import search

OFFERS = {
    "football": ("Voetbalvereniging zoekt spelers", "Trainen op zaterdag met de jeugd.", "sport"),
    "sewing": ("Naaiatelier in de Kulturhus", "Kleding maken en herstellen.", "cultuur"),
    "cooking": ("Samen koken in het buurthuis", "Elke week een gerecht uit een ander land.", "ontmoeting"),
    "coach": ("Taalcoach gezocht", "Oefen een uur per week Nederlands met een vrijwilliger.", "taalcoach"),
    "garden": ("Gras maaien bij de kerk", "Help de tuin bij te houden.", "vrijwilligerswerk"),
}

#: Each language's own words for the four activities.
QUERIES = {
    "nl": {"football": "voetbal", "sewing": "naaien", "cooking": "koken", "coach": "taalcoach"},
    "en": {"football": "football", "sewing": "sewing", "cooking": "cooking", "coach": "language coach"},
    "ar": {"football": "كرة القدم", "sewing": "خياطة", "cooking": "طبخ", "coach": "مدرب لغة"},
    "ti": {"football": "ኩዕሶ እግሪ", "sewing": "ምስፋይ", "cooking": "ምግቢ ምስራሕ", "coach": "ኣሰልጣኒ ቋንቋ"},
    "fa": {"football": "فوتبال", "sewing": "خیاطی", "cooking": "آشپزی", "coach": "مربی زبان"},
    "so": {"football": "kubadda cagta", "sewing": "tolid", "cooking": "cunto karis", "coach": "tababare luqadeed"},
}


@pytest.fixture
def offers():
    g = f.gemeente()
    org = f.organisation(g, name="Stichting Samen")
    return {
        key: f.offer(org, title=title, description=description, type=type_)
        for key, (title, description, type_) in OFFERS.items()
    }


def _found(query: str, offers) -> list[str]:
    by_id = {offer.id: key for key, offer in offers.items()}
    return [by_id[o.id] for o in search.search_page(query).items]


@pytest.mark.parametrize("lang", sorted(QUERIES))
def test_each_language_finds_the_same_offers(offers, lang):
    for key, query in QUERIES[lang].items():
        assert _found(query, offers) == [key], (lang, query)


def test_the_offer_list_answers_in_any_language(client, offers):
    page = client.get("/offers", query_string={"q": "كرة القدم"}).get_data(as_text=True)
    assert "Voetbalvereniging zoekt spelers" in page and "Naaiatelier" not in page


def test_the_filters_are_labelled_in_the_readers_language_each_time(client, offers):
    """The search form's fixed choices are translated once per language and kept: never mixed up."""
    for lang, everything, sport in [("ar", "الكل", "رياضة"), ("nl", "Alle", "Sport"), ("ar", "الكل", "رياضة")]:
        client.post("/language", data={"lang": lang})
        page = client.get("/offers", query_string={"type": "sport"}).get_data(as_text=True)
        assert f'<option value="">{everything}</option>' in page
        assert f'<option selected value="sport">{sport}</option>' in page


def test_no_offer_is_found_through_a_typo_on_an_unrelated_word(offers):
    assert "maaien" not in search.typo_alternatives("naaien")
    assert _found("naaien", offers) == ["sewing"]
    assert _found("maaien", offers) == ["garden"]


def test_typos_find_the_meant_offer_first(offers):
    assert _found("fotbal", offers)[0] == "football"
    assert _found("footbal", offers)[0] == "football"
    assert _found("kulturhuis", offers) == ["sewing"]
    assert _found("xylofoon", offers) == []


def test_accents_are_folded_on_both_sides(offers):
    """ "cafe" finds "café" and "café" finds "cafe", on PostgreSQL (unaccent) as on SQLite."""
    org = offers["football"].organisation
    cafe = f.offer(org, title="Taalcafé in de bibliotheek", description="Elke dinsdag.")
    plain = f.offer(org, title="Coordinator gezocht", description="Voor het ideeenbusje.")
    db.session.commit()
    assert [o.id for o in search.search_page("taalcafe").items] == [cafe.id]
    assert [o.id for o in search.search_page("taalcafé").items] == [cafe.id]
    assert [o.id for o in search.search_page("coördinator").items] == [plain.id]
    assert [o.id for o in search.search_page("ideeën").items] == [plain.id]
    assert search.typo_alternatives("taalcaffe") == ["taalcafe"]


def test_title_hits_rank_before_description_hits(offers):
    org = offers["football"].organisation
    titled = f.offer(org, title="Kleding ruilen", description="Breng wat je niet meer draagt.")
    found = [o.id for o in search.search_page("kleding").items]
    assert found[0] == titled.id and offers["sewing"].id in found


def test_the_title_bonus_outranks_a_newer_offer_with_the_words_in_its_description(offers):
    """The newest offer comes first among equals, so the titled one is the older one here."""
    org = offers["football"].organisation
    titled = f.offer(org, title="Kleding ruilen", description="Breng wat je niet meer draagt.")
    half = f.offer(org, title="Kleding", description="Op zaterdag kun je ook ruilen.")
    described = f.offer(org, title="Buurtmarkt", description="Kleding ruilen en koffie drinken.")
    db.session.commit()
    found = [o.id for o in search.search_page("kleding ruilen").items]
    assert found[0] == titled.id  # every word in the title; "half" has only one of them there
    assert set(found[1:]) == {half.id, described.id}
    assert [o.id for o in search.search_page("ruilen").items][0] == titled.id


def test_an_offer_whose_title_names_the_concept_comes_first(offers):
    """Both are about football; the reader asking for football looks for the one that says so."""
    org = offers["football"].organisation
    mention = f.offer(org, title="Bewegen voor iedereen", description="Wandelen, fietsen en voetbal in het park.")
    f.offer(org, title="Later geplaatst", description="Niets over sport.")
    db.session.commit()
    for query in ("كرة القدم", "ኩዕሶ እግሪ", "football"):
        found = [o.id for o in search.search_page(query).items]
        assert found[:2] == [offers["football"].id, mention.id], query


def test_filters_and_paging_happen_in_sql(offers):
    org = offers["football"].organisation
    for n in range(25):
        f.offer(org, title=f"Voetbal voor iedereen {n}", type="sport", schedule=["sat-am"])
    first = search.search_page("voetbal", type_="sport", page=1)
    assert first.total == 26 and len(first.items) == 20 and first.pages == 2
    assert len(search.search_page("voetbal", type_="sport", page=2).items) == 6
    assert search.search_page("voetbal", type_="cultuur").total == 0
    assert search.search_page("", day="sat", part="am").total >= 25


def test_saving_an_offer_stores_its_concepts(offers):
    offer = offers["garden"]
    stored = set(db.session.scalars(db.select(OfferConcept.concept).where(OfferConcept.offer_id == offer.id)))
    assert "gardening" in stored
    offer.title, offer.description = "Voetbaltoernooi", "Een dag voetballen."
    db.session.commit()
    stored = set(db.session.scalars(db.select(OfferConcept.concept).where(OfferConcept.offer_id == offer.id)))
    assert "football" in stored and "gardening" not in stored


def test_backfill_fills_offers_that_have_no_concepts(offers):
    db.session.execute(db.delete(OfferConcept))
    db.session.commit()
    assert _found("كرة القدم", offers) == []
    assert concept_search.backfill() == len(offers)
    db.session.commit()
    assert _found("كرة القدم", offers) == ["football"]


def _placeholder_words(placeholder: str) -> list[str]:
    """ "bijv. voetbal, naaien, koken" -> the examples ("e.g." and the like dropped)."""
    text = placeholder.split(":", 1)[1] if ":" in placeholder else placeholder.split(" ", 1)[1]
    return [w.strip() for w in re.split(r"[,،፣]", text) if w.strip()]


@pytest.mark.parametrize("lang", ["en", "nl", "ar", "ti", "fa", "so"])
def test_the_search_box_examples_find_offers(app, offers, lang):
    with app.test_request_context(), force_locale(lang):
        examples = _placeholder_words(_("e.g. football, sewing, cooking"))
    assert len(examples) == 3
    for example in examples:
        assert _found(example, offers), (lang, example)


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "*",
        "a OR b",
        "NEAR(",
        "title:",
        "'; drop",
        "_",
        "::",
        "&|!",
        "x" * 100,
        "ab*cd",
        "(",
        "كرة*",
        "a_b x_y",
        "de het een",
        "12:30",
        "ÉÉN",
    ],
)
def test_hostile_queries_are_just_words(client, offers, query):
    assert client.get("/offers", query_string={"q": query}).status_code == 200
