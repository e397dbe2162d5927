"""The coordinator's batch tool: one proposal per waiting newcomer, within the places of each offer.

It works on the stored suggestions (no page ranks): the scores of the waiting
newcomers' suggested offers of the chosen types go into the ranker's
assignment, which maximises the total score without giving any offer more
people than it has places. The coordinator reviews the plan; only then are
the proposals made, each checked again.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..domain import Conflict, DomainError
from ..extensions import db
from ..newcomers import services as newcomer_services
from ..newcomers.models import Newcomer
from ..offers.models import Offer, OfferStatus
from . import ranking, services
from .lifecycle import OCCUPYING, MatchStatus
from .models import Match, Suggestion

#: At most this many newcomers in one plan: a coordinator reviews it on one screen.
MAX_NEWCOMERS = 200


@dataclass(frozen=True)
class Planned:
    newcomer: Newcomer
    offer: Offer
    score: float
    reasons: list


def waiting_newcomers(gemeente_ids):
    """Newcomers with no match under way (nothing proposed, approved, accepted or started)."""
    busy = (
        select(Match.id)
        .where(Match.newcomer_id == Newcomer.id, Match.status.in_([MatchStatus.PROPOSED, *OCCUPYING]))
        .exists()
    )
    return (
        select(Newcomer.id)
        .where(Newcomer.gemeente_id.in_(gemeente_ids), Newcomer.erased_dt.is_(None), ~busy)
        .order_by(Newcomer.created_dt, Newcomer.id)
        .limit(MAX_NEWCOMERS)
    )


def plan(gemeente_ids, offer_types) -> list[Planned]:
    rows = db.session.execute(
        select(
            Suggestion.newcomer_id,
            Suggestion.offer_id,
            Suggestion.score,
            Suggestion.reasons,
            Offer.capacity - Offer.places_taken,
        )
        .join(Offer, Suggestion.offer_id == Offer.id)
        .where(
            Suggestion.newcomer_id.in_(waiting_newcomers(gemeente_ids)),
            Offer.type.in_(offer_types),
            Offer.status == OfferStatus.PUBLISHED,
            Offer.places_taken < Offer.capacity,
        )
    ).all()
    if not rows:
        return []
    newcomer_ids = sorted({r[0] for r in rows})
    offer_ids = sorted({r[1] for r in rows})
    n_pos = {n: i for i, n in enumerate(newcomer_ids)}
    o_pos = {o: j for j, o in enumerate(offer_ids)}
    scores = np.zeros((len(newcomer_ids), len(offer_ids)), dtype=np.float32)
    allowed = np.zeros_like(scores, dtype=bool)
    capacity = np.zeros(len(offer_ids), dtype=np.float64)
    reasons = {}
    for newcomer_id, offer_id, score, why, left in rows:
        i, j = n_pos[newcomer_id], o_pos[offer_id]
        scores[i, j], allowed[i, j], capacity[j] = score, True, left
        reasons[(newcomer_id, offer_id)] = why
    chosen = ranking.assign(scores, allowed, capacity, newcomer_ids, offer_ids)
    newcomers = {
        n.id: n
        for n in db.session.scalars(
            select(Newcomer).where(Newcomer.id.in_([n for n, _o, _s in chosen])).options(selectinload(Newcomer.kern))
        )
    }
    offers = {
        o.id: o
        for o in db.session.scalars(
            select(Offer).where(Offer.id.in_([o for _n, o, _s in chosen])).options(selectinload(Offer.kern))
        )
    }
    return [Planned(newcomers[n], offers[o], s, reasons[(n, o)]) for n, o, s in chosen]


def send(actor, pairs) -> tuple[int, int]:
    """Make the reviewed proposals, each in its own transaction; returns (made, skipped)."""
    sent = skipped = 0
    for newcomer_id, offer_id in pairs:
        try:
            newcomer = newcomer_services.get_for_coordinator(actor.user, newcomer_id)
            offer = db.session.get(Offer, offer_id)
            if offer is None:
                raise Conflict()
            services.propose(actor, newcomer, offer)
            db.session.commit()
            sent += 1
        except DomainError:  # taken, closed or no longer this coordinator's since the review
            db.session.rollback()
            skipped += 1
    return sent, skipped
