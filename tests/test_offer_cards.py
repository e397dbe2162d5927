"""Offer cards are drawn once per language and kept per worker, and never show anything stale."""

from __future__ import annotations

import factories as f
import pytest
from sqlalchemy import update

from webapp.extensions import db
from webapp.offers.models import Offer
from webapp.organisations.models import Organisation


@pytest.fixture
def cards(app):
    table = app.extensions["offer_cards"]
    table.drawn.clear()
    yield table
    table.drawn.clear()


@pytest.fixture
def offer():
    club = f.organisation(f.gemeente("Dalfsen"), name="Club Dalfsen")
    return f.offer(club, title="Samen koken", description="Elke week koken we samen.", capacity=2)


def _list(client) -> str:
    return client.get("/offers").get_data(as_text=True)


def test_a_card_is_drawn_once_per_language(client, cards, offer):
    assert "Samen koken" in _list(client)
    assert len(cards.drawn) == 1
    first = next(iter(cards.drawn.values()))
    assert "Samen koken" in _list(client)
    assert len(cards.drawn) == 1 and next(iter(cards.drawn.values())) is first
    client.post("/language", data={"lang": "ar"})
    page = _list(client)
    assert len(cards.drawn) == 2 and "untranslated-note" in page and "مجاني" in page


def test_what_changes_on_a_card_shows_at_once(client, cards, offer):
    """Changed without the ORM (no updated_dt moves): the card must change anyway."""
    assert "Samen koken" in _list(client)
    db.session.execute(update(Offer).where(Offer.id == offer.id).values(title="Samen bakken"))
    db.session.commit()
    page = _list(client)
    assert "Samen bakken" in page and "Samen koken" not in page
    assert "Vol" not in page
    db.session.execute(update(Offer).where(Offer.id == offer.id).values(places_taken=2))
    db.session.commit()
    assert "Vol" in _list(client)
    db.session.execute(update(Organisation).where(Organisation.id == offer.organisation_id).values(name="Club Oost"))
    db.session.commit()
    page = _list(client)
    assert "Club Oost" in page and "Club Dalfsen" not in page


def test_the_table_is_bounded(client, cards, offer, monkeypatch):
    monkeypatch.setattr(cards, "size", 2)
    others = [f.offer(offer.organisation, title=f"Activiteit {n}") for n in range(4)]
    page = _list(client)
    assert all(o.title in page for o in others) and "Samen koken" in page
    assert len(cards.drawn) == 2


def test_nothing_is_kept_when_switched_off(client, cards, offer, monkeypatch):
    monkeypatch.setattr(cards, "size", 0)
    assert "Samen koken" in _list(client)
    assert not cards.drawn


def _cards_html(client) -> str:
    page = _list(client)
    return page[page.index('id="offer-list"') : page.index('class="mt-3"')]


@pytest.mark.parametrize(
    "values",
    [
        {"min_dutch_level": "A2"},
        {"women_only": True},
        {"childcare": True},
        {"schedule": ["sat-am", "sun-pm"]},
        {"cost_eur": 12.5},
        {"host_languages": ["ar", "ti"]},
        {"kind": "vraag"},
        {"type": "taalcoach"},
        {"description": "Een lange beschrijving. " * 40},
    ],
)
def test_a_kept_card_is_the_card_drawn_afresh(client, cards, offer, monkeypatch, values):
    """Whatever column changes (here without the ORM), the kept card equals one drawn now."""
    _list(client)
    db.session.execute(update(Offer).where(Offer.id == offer.id).values(**values))
    db.session.commit()
    kept = _cards_html(client)
    monkeypatch.setattr(cards, "size", 0)
    assert kept == _cards_html(client)


def test_the_key_stays_small_for_a_long_description(client, cards, offer):
    db.session.execute(update(Offer).where(Offer.id == offer.id).values(description="ሓበሬታ " * 1000))
    db.session.commit()
    client.post("/language", data={"lang": "ti"})
    _list(client)
    (key,) = cards.drawn
    assert sum(len(str(part)) for part in key) < 100
