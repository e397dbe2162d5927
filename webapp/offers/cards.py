"""Offer cards, drawn once per reader's language and kept by each worker.

A list of offers (the sociale kaart, the home page) draws twenty cards a page, and drawing one
takes about a quarter of a millisecond: most of what such a page costs. A card looks the same
to every reader of one language until something on it changes, so each worker keeps the drawn
HTML in a bounded least-recently-used table. The key is everything the card shows (the offer's
fields, the names of its place and organisation, its text in the reader's language, that
language), not a version stamp that a bulk update could forget to move: an offer that changed
has another key, and its old card ages out unseen.

``OFFER_CARDS_KEPT`` (config) bounds the table per worker; 0 draws every card afresh.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from flask import current_app, request
from markupsafe import Markup

from ..i18n import current_language
from .translations import text as offer_text


class _Cards:
    """One app's table of drawn cards (the dev server's threads share it, hence the lock)."""

    def __init__(self, size: int):
        self.size = size
        self.drawn: OrderedDict[tuple, Markup] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: tuple) -> Markup | None:
        with self.lock:
            html = self.drawn.get(key)
            if html is not None:
                self.drawn.move_to_end(key)
            return html

    def put(self, key: tuple, html: Markup) -> None:
        with self.lock:
            self.drawn[key] = html
            while len(self.drawn) > self.size:
                self.drawn.popitem(last=False)


def _table() -> _Cards:
    return current_app.extensions["offer_cards"]


def _key(offer, shown) -> tuple:
    """What the card of ``offer`` shows (see ``draw_offer_card`` in ``_macros.html``)."""
    return (
        request.script_root,
        current_language(),
        offer.id,
        offer.kind,
        offer.type,
        offer.places_left,
        tuple(offer.schedule or ()),
        offer.cost_eur,
        offer.min_dutch_level,
        tuple(offer.host_languages or ()),
        offer.women_only,
        offer.childcare,
        offer.kern.name if offer.kern else None,
        offer.organisation.name,
        shown.title,
        shown.description,
        shown.lang,
        shown.untranslated,
    )


def offer_card(offer) -> Markup:
    """The card of an offer for this reader (a template global)."""
    table = _table()
    key = _key(offer, offer_text(offer)) if table.size else None
    html = table.get(key) if key else None
    if html is None:
        html = Markup(current_app.jinja_env.get_template("_macros.html").module.draw_offer_card(offer))
        if key:
            table.put(key, html)
    return html


def init_app(app) -> None:
    app.extensions["offer_cards"] = _Cards(app.config["OFFER_CARDS_KEPT"])
    app.jinja_env.globals["offer_card"] = offer_card
