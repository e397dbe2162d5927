"""Indicator figures for a gemeente. Small counts are suppressed, as DUO does, so no one is identifiable."""

from __future__ import annotations

from sqlalchemy import func, select

from ..extensions import db
from ..matches.models import Match
from ..newcomers.models import Newcomer
from ..offers.models import Offer

#: Counts below this are never shown or exported.
MIN_SHOWN = 5


def suppress(count: int) -> int | None:
    """``None`` means "fewer than 5"; templates show it as "< 5"."""
    return count if count >= MIN_SHOWN else None


def overview(gemeente_id: int) -> dict:
    newcomers = db.session.scalar(
        select(func.count(Newcomer.id)).where(Newcomer.gemeente_id == gemeente_id)
    )
    started = db.session.scalar(
        select(func.count(Match.id))
        .join(Newcomer, Match.newcomer_id == Newcomer.id)
        .where(Newcomer.gemeente_id == gemeente_id, Match.status.in_(("started", "ended")))
    )
    by_type = db.session.execute(
        select(Offer.type, func.count(Offer.id))
        .where(Offer.gemeente_id == gemeente_id, Offer.status == "published")
        .group_by(Offer.type)
        .order_by(Offer.type)
    ).all()
    return {
        "newcomers": suppress(newcomers),
        "matches_started": suppress(started),
        "offers_by_type": [(offer_type, suppress(n)) for offer_type, n in by_type],
    }
