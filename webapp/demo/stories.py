"""Play the demo's match stories through the real services, so every screen has something to show.

Each story is a newcomer, the offer types to choose from (their best suggestion
of those types) and how far the match gets (`content.MATCH_STORIES`). Every
step goes through `webapp.matches.services` with a real coordinator, provider
or newcomer acting, so events, places, follow-ups and inboxes are exactly what
they would be on the site. Starts are then moved into the past, so that
follow-ups fall due.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from ..accounts.models import RoleGrant, User
from ..extensions import db
from ..matches import services, suggestions
from ..matches.lifecycle import MatchStatus, Role
from ..matches.models import Suggestion
from ..newcomers.models import Newcomer
from ..offers.models import Offer
from ..timeutil import utcnow

#: The steps that lead to each final status (after the proposal).
_PATHS = {
    "proposed": [],
    "approved": ["approve"],
    "accepted": ["approve", "accept"],
    "started": ["approve", "accept", "start"],
    "ended": ["approve", "accept", "start", "end"],
    "rejected": ["reject"],
    "declined": ["approve", "decline"],
}


def _user_with(role: str, **where) -> User:
    query = select(User).join(RoleGrant, RoleGrant.user_id == User.id).where(RoleGrant.role == role)
    for column, value in where.items():
        query = query.where(getattr(RoleGrant if column == "gemeente_id" else User, column) == value)
    return db.session.scalars(query.order_by(User.id)).first()


def _best_offer(newcomer: Newcomer, types) -> Offer | None:
    return db.session.scalars(
        select(Offer)
        .join(Suggestion, Suggestion.offer_id == Offer.id)
        .where(Suggestion.newcomer_id == newcomer.id, Offer.type.in_(types), Offer.places_taken < Offer.capacity)
        .order_by(Suggestion.score.desc())
    ).first()


def play(stories) -> int:
    """Play every story whose newcomer has a fitting suggestion; returns how many were played."""
    played = 0
    for story in stories:
        newcomer = db.session.scalar(select(Newcomer).where(Newcomer.name == story["newcomer"]))
        offer = _best_offer(newcomer, story["types"])
        if offer is None:
            continue
        coordinator = services.Actor(_user_with("coordinator", gemeente_id=newcomer.gemeente_id), Role.COORDINATOR)
        provider = services.Actor(_user_with("provider", organisation_id=offer.organisation_id), Role.PROVIDER)
        person = services.Actor(newcomer.user, Role.NEWCOMER) if newcomer.user else coordinator
        by = {"newcomer": person, "provider": provider}.get(story.get("by"), coordinator)
        match = services.propose(by, newcomer, offer)
        for step in _PATHS[story["to"]]:
            if step == "approve":
                services.approve(coordinator, match, consent_given=True)
            elif step == "accept":
                services.accept(provider, match)
            elif step == "start":
                services.confirm_start(provider, match)
                services.confirm_start(coordinator, match)
                _move_start_back(match, story.get("started_days_ago", 0))
            elif step == "end":
                services.end(coordinator, match, story.get("reason", "completed"))
            elif step == "reject":
                services.reject(coordinator, match, story.get("reason", "other"))
            elif step == "decline":
                services.decline(person, match, story.get("reason", "not_interested"))
        db.session.commit()
        suggestions.refresh()
        played += 1
    return played


def _move_start_back(match, days: int) -> None:
    """A demo start in the past: its follow-ups and history move with it."""
    delta = timedelta(days=days)
    db.session.flush()
    match.started_dt = (match.started_dt or utcnow()) - delta
    for follow_up in match.follow_ups:
        follow_up.due_date -= delta
    for event in match.events:
        if event.to_status in (
            MatchStatus.PROPOSED,
            MatchStatus.APPROVED,
            MatchStatus.ACCEPTED,
            MatchStatus.STARTED,
            MatchStatus.SUGGESTED,
        ):
            event.created_dt -= delta
