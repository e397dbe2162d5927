"""Search in the reader's own words: offers stored as concepts, queries read into concepts.

``webapp.offers.search`` finds words; only this package may use ``matching``, which reads
Dutch, English, Arabic, Tigrinya, Farsi and Somali into language-independent concepts. So here
each offer's concepts are written to ``offer_concepts`` whenever the offer row is inserted or
its text changes (an ORM event, so the demo, imports and tests that add offers directly are
covered as well as the services), and a finder is registered with the offer search that turns
a query into concepts the way a profile's free text is read and joins them against that table.
"""

from __future__ import annotations

from sqlalchemy import Float, delete, event, func, insert, literal, select
from sqlalchemy.orm import attributes

import matching

from ..extensions import db
from ..offers import search as offer_search
from ..offers.models import Offer
from .models import OfferConcept

#: A query names a concept when the reading is at least this sure: "voetbal" names football,
#: not every sport (its parent, 0.6); a typo ("footbal", 0.79) still names it.
QUERY_CONFIDENCE = 0.7
#: Concepts of an offer below this are noise for search.
OFFER_CONFIDENCE = 0.5
#: A concept hit scores below an exact word (2) and above a typo (1) when fully sure.
CONCEPT_SCORE = 1.5
#: Added to a concept's weight when the offer's title names it (1.25 × 1.5 stays below an exact word).
TITLE_BONUS = 0.25
_TEXT_FIELDS = ("title", "description", "tags")


def offer_text(title: str, description: str, tags) -> str:
    return " ".join([title or "", description or "", " ".join(tags or [])])


def concepts_of(title: str, description: str, tags) -> dict[str, float]:
    """The offer's concepts and how surely it is about each; what its title names counts more.

    A club that mentions football among other sports and the youth football team are both
    sure to be about football (1.0); the one whose title says so is what the reader looks for.
    """
    found = matching.extract_concepts(offer_text(title, description, tags))
    in_title = {cid for cid, w in matching.extract_concepts(title or "").items() if w >= OFFER_CONFIDENCE}
    return {
        cid: round(w + (TITLE_BONUS if cid in in_title else 0.0), 3)
        for cid, w in found.items()
        if w >= OFFER_CONFIDENCE
    }


def _rows(offer_id: int, title: str, description: str, tags) -> list[dict]:
    return [
        {"offer_id": offer_id, "concept": cid, "weight": w} for cid, w in concepts_of(title, description, tags).items()
    ]


def _write(connection, offer: Offer) -> None:
    connection.execute(delete(OfferConcept).where(OfferConcept.offer_id == offer.id))
    rows = _rows(offer.id, offer.title, offer.description, offer.tags)
    if rows:
        connection.execute(insert(OfferConcept), rows)


def _after_insert(_mapper, connection, offer: Offer) -> None:
    _write(connection, offer)


def _after_update(_mapper, connection, offer: Offer) -> None:
    state = db.inspect(offer)
    if any(attributes.get_history(offer, name).has_changes() for name in _TEXT_FIELDS if name in state.attrs):
        _write(connection, offer)


def backfill(only_missing: bool = True) -> int:
    """Store the concepts of offers that have none yet (offers loaded in bulk, an upgrade)."""
    query = select(Offer.id, Offer.title, Offer.description, Offer.tags)
    if only_missing:
        query = query.where(~select(OfferConcept.offer_id).where(OfferConcept.offer_id == Offer.id).exists())
    else:
        db.session.execute(delete(OfferConcept))
    done = 0
    batch = []
    for row in db.session.execute(query):
        batch.extend(_rows(row.id, row.title, row.description, row.tags))
        done += 1
        if len(batch) >= 5000:
            db.session.execute(insert(OfferConcept), batch)
            batch = []
    if batch:
        db.session.execute(insert(OfferConcept), batch)
    return done


def query_concepts(query: str) -> dict[str, float]:
    """The concepts a query names, in any of the six languages ("كرة القدم" -> football)."""
    return {cid: w for cid, w in matching.extract_concepts(query[:200]).items() if w >= QUERY_CONFIDENCE}


def concept_hits(query: str):
    """A select of (offer_id, score) of offers about what the query names, or ``None``."""
    named = query_concepts(query)
    if not named:
        return None
    return (
        select(
            OfferConcept.offer_id.label("offer_id"),
            (func.max(OfferConcept.weight) * literal(CONCEPT_SCORE, Float)).label("score"),
        )
        .where(OfferConcept.concept.in_(sorted(named)))
        .group_by(OfferConcept.offer_id)
    )


def prepare() -> None:
    """Build matching's concept index now: it is made on the first text read, which in a server
    worker would be some visitor's first search (and outside the heap it freezes). The ranking's
    own tables (taxonomy features, reasons) are still made on the first suggestion page."""
    matching.extract_concepts("voetbal")


def init_app(app) -> None:
    for name, listener in (("after_insert", _after_insert), ("after_update", _after_update)):
        if not event.contains(Offer, name, listener):  # one app per test, one listener per process
            event.listen(Offer, name, listener)
    offer_search.use_concepts(concept_hits)


__all__ = ["backfill", "concept_hits", "init_app", "prepare", "query_concepts"]
