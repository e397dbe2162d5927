"""Offer cards, drawn once per reader's language and kept by each worker.

A list of offers (the sociale kaart, the home page) draws twenty cards a page, and drawing one
takes about a quarter of a millisecond: most of what such a page costs. A card looks the same
to every reader of one language until something on it changes, so each worker keeps the drawn
HTML in a bounded least-recently-used table. The key is everything the card shows (the offer's
columns, the names of its place and organisation, its text in the reader's language, that
language), not a version stamp that a bulk update could forget to move: an offer that changed
has another key, and its old card ages out unseen.

``OFFER_CARDS_KEPT`` (config) bounds the table per worker; 0 draws every card afresh.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict

from flask import current_app, has_request_context, request
from markupsafe import Markup
from sqlalchemy import inspect

from ..i18n import current_language
from .models import Offer
from .translations import text as offer_text

#: The offer's column attributes, by the names the model gives them.
_COLUMNS = tuple(attribute.key for attribute in inspect(Offer).column_attrs)


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
    """Everything a card may show: every column of the offer, the names of its kern and
    organisation, its text in the reader's language and that language.

    All columns rather than the few ``draw_offer_card`` uses today, so that a fact added to the
    card (``offer_facts`` is shared with the offer page) can never show a kept, older value. The
    texts go into a digest: the key stays small however long a description is.
    """
    loaded = offer.__dict__  # the loaded values, read directly: 20 cards × 35 attribute look-ups add up
    if all(name in loaded for name in _COLUMNS):
        columns = tuple(loaded[name] for name in _COLUMNS)
    else:  # an expired or deferred column: load it, so the key is the value the card will show
        columns = tuple(getattr(offer, name) for name in _COLUMNS)
    names = (offer.kern.name if offer.kern else None, offer.organisation.name)
    # repr() of these built-in values is exact and much cheaper than JSON with a fallback for dates.
    digest = hashlib.blake2b(repr((columns, names, shown)).encode(), digest_size=16).digest()
    return (request.script_root if has_request_context() else "", current_language(), offer.id, digest)


def offer_card(offer) -> Markup:
    """The card of an offer for this reader (a template global)."""
    table = _table()
    key = _key(offer, offer_text(offer)) if table.size else None
    html = table.get(key) if key else None
    if html is None:
        # A macro of an autoescaping environment returns Markup: the offer's texts are escaped in it.
        html = current_app.jinja_env.get_template("_macros.html").module.draw_offer_card(offer)
        if key:
            table.put(key, html)
    return html


def init_app(app) -> None:
    app.extensions["offer_cards"] = _Cards(app.config["OFFER_CARDS_KEPT"])
    app.jinja_env.globals["offer_card"] = offer_card
