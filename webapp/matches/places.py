"""An offer's places, counted by the matches that hold one; never more than it has.

Taking a place is one conditional UPDATE (``places_taken < capacity``), so two
coordinators who approve the last place at the same moment cannot both get
it: on PostgreSQL the second UPDATE waits for the first to commit and then
finds no place left; SQLite lets only one writer in at a time anyway. Every
change also moves ``updated_dt``, so the offer's suggestions follow.
"""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from sqlalchemy import update

from ..domain import Conflict
from ..extensions import db
from ..offers.models import Offer, OfferStatus
from ..timeutil import utcnow

NO_PLACE = _l("There is no place left in this activity.")


def take(offer: Offer) -> None:
    """Take one place of a published offer, or raise :class:`Conflict` when none is left."""
    result = db.session.execute(
        update(Offer)
        .where(Offer.id == offer.id, Offer.places_taken < Offer.capacity, Offer.status == OfferStatus.PUBLISHED)
        .values(places_taken=Offer.places_taken + 1, updated_dt=utcnow())
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        raise Conflict(NO_PLACE)
    db.session.expire(offer, ["places_taken", "updated_dt"])


def give_back(offer: Offer) -> None:
    db.session.execute(
        update(Offer)
        .where(Offer.id == offer.id, Offer.places_taken > 0)
        .values(places_taken=Offer.places_taken - 1, updated_dt=utcnow())
        .execution_options(synchronize_session=False)
    )
    db.session.expire(offer, ["places_taken", "updated_dt"])
