"""What the match screens read: paged in SQL, scoped to the reader, with what the page shows loaded.

Nothing here ranks or changes anything; the warnings a coordinator sees are
cheap checks on the pair itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from .. import vocab
from ..extensions import db
from ..newcomers.models import Newcomer
from ..offers.models import Offer, OfferStatus
from . import ranking
from .lifecycle import OCCUPYING, MatchStatus
from .models import Match

PER_PAGE = 20


def _with_parts(query):
    return query.options(
        selectinload(Match.newcomer).selectinload(Newcomer.kern),
        selectinload(Match.offer).selectinload(Offer.organisation),
        selectinload(Match.offer).selectinload(Offer.kern),
    )


def coordinator_matches(gemeente_ids, status: str, page: int):
    """Matches of the coordinator's newcomers in one status; proposals oldest first (they wait longest)."""
    query = (
        select(Match)
        .join(Newcomer, Match.newcomer_id == Newcomer.id)
        .where(Newcomer.gemeente_id.in_(gemeente_ids), Match.status == status)
    )
    order = Match.created_dt.asc() if status == MatchStatus.PROPOSED else Match.updated_dt.desc()
    return db.paginate(_with_parts(query.order_by(order, Match.id)), page=page, per_page=PER_PAGE, error_out=False)


def status_counts(gemeente_ids) -> dict[str, int]:
    rows = db.session.execute(
        select(Match.status, func.count(Match.id))
        .join(Newcomer, Match.newcomer_id == Newcomer.id)
        .where(Newcomer.gemeente_id.in_(gemeente_ids))
        .group_by(Match.status)
    ).all()
    return dict(rows)


def newcomer_matches(newcomer_id: int) -> list[Match]:
    """A newcomer's own matches, the ones still going first; declined suggestions are left out."""
    rows = db.session.scalars(
        _with_parts(
            select(Match)
            .where(Match.newcomer_id == newcomer_id)
            .where(~((Match.status == MatchStatus.DECLINED) & (Match.source == "system")))
            .order_by(Match.updated_dt.desc(), Match.id.desc())
        )
    ).all()
    going = [m for m in rows if m.status not in (MatchStatus.ENDED, MatchStatus.REJECTED, MatchStatus.DECLINED)]
    return going + [m for m in rows if m not in going]


def offer_matches(offer_id: int) -> list[Match]:
    """An offer's matches that concern its provider: everything from proposal on."""
    return list(
        db.session.scalars(
            _with_parts(
                select(Match)
                .where(
                    Match.offer_id == offer_id, Match.status.in_([MatchStatus.PROPOSED, *OCCUPYING, MatchStatus.ENDED])
                )
                .order_by(Match.updated_dt.desc(), Match.id.desc())
            )
        )
    )


def open_offers(gemeente_id: int, offer_type: str | None, limit: int = 50) -> list[Offer]:
    """Open offers of a gemeente to propose by hand, by title."""
    query = (
        select(Offer)
        .where(
            Offer.gemeente_id == gemeente_id, Offer.status == OfferStatus.PUBLISHED, Offer.places_taken < Offer.capacity
        )
        .options(selectinload(Offer.kern))
        .order_by(Offer.title)
        .limit(limit)
    )
    if offer_type:
        query = query.where(Offer.type == offer_type)
    return list(db.session.scalars(query))


def taalcoach_waiting_list(gemeente_ids, page: int):
    """Who asked for a taalcoach and has none yet, longest waiting first."""
    has_coach = (
        select(Match.id)
        .join(Offer, Match.offer_id == Offer.id)
        .where(Match.newcomer_id == Newcomer.id, Offer.type == "taalcoach", Match.status.in_(list(OCCUPYING)))
        .exists()
    )
    since = Newcomer.wants_since["taalcoach"].as_string()
    query = (
        select(Newcomer)
        .where(Newcomer.gemeente_id.in_(gemeente_ids), Newcomer.erased_dt.is_(None), since.isnot(None), ~has_coach)
        .options(selectinload(Newcomer.kern))
        .order_by(since, Newcomer.id)
    )
    return db.paginate(query, page=page, per_page=PER_PAGE, error_out=False)


@dataclass(frozen=True)
class Warning:
    icon: str
    text: str


def warnings(match: Match, others: list[Match]) -> list[Warning]:
    """What a coordinator should look at before approving (see the issue's list)."""
    newcomer, offer = match.newcomer, match.offer
    found = []
    busy = {dp for m in others if m.id != match.id and m.status in OCCUPYING for dp in (m.offer.schedule or [])}
    clash = sorted(busy & set(offer.schedule or []), key=vocab.DAY_PARTS.index)
    if clash:
        found.append(
            Warning(
                "calendar-x",
                str(
                    _l(
                        "Clashes with another activity: %(times)s",
                        times=", ".join(vocab.day_part_label(d) for d in clash),
                    )
                ),
            )
        )
    shared = set(newcomer.languages or []) & set(offer.host_languages or [])
    low_dutch = newcomer.dutch_level in (None, "A0", "A1")
    if low_dutch and offer.host_languages and not shared:
        found.append(Warning("chat-square", str(_l("No shared language with the host, and little Dutch yet"))))
    if offer.min_dutch_level and (newcomer.dutch_level or "A0") < offer.min_dutch_level:
        found.append(
            Warning(
                "bar-chart",
                str(
                    _l(
                        "Asks for Dutch level %(needed)s; this person has %(level)s",
                        needed=offer.min_dutch_level,
                        level=newcomer.dutch_level or "A0",
                    )
                ),
            )
        )
    km = ranking.travel_km(newcomer, offer)
    limit = newcomer.max_km if newcomer.max_km is not None else ranking.reach_km(newcomer.mobility)
    if km is not None and limit and km > limit:
        found.append(Warning("geo-alt", str(_l("%(km)d km away; far for how this person travels", km=round(km)))))
    if offer.places_left == 0 and match.status not in OCCUPYING:
        found.append(Warning("people", str(_l("No place left"))))
    return found
