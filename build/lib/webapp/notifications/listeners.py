"""Who hears about a match step: the people who have to do something next, never the one who acted."""

from __future__ import annotations

from ..matches.lifecycle import OCCUPYING, MatchStatus, Role
from ..signals import match_changed
from . import services


def _first_name(newcomer) -> str:
    return (newcomer.name or "").split(" ")[0]


def on_match_changed(match, from_status, to_status, actor, **_):
    """Fill the inboxes for one step (see the module docstring)."""
    newcomer, offer = match.newcomer, match.offer
    params = {"offer": offer.title, "newcomer": _first_name(newcomer)}
    coordinators = services.coordinators_of(newcomer.gemeente_id)
    providers = services.members_of(offer.organisation_id)
    person = [newcomer.user] if newcomer.user is not None and newcomer.user.is_active else []
    coordinator_link = services.path_for("matches.coordinator_match", match_id=match.id)
    provider_link = services.path_for("matches.provider_match", match_id=match.id)
    newcomer_link = services.path_for("matches.my_matches")
    messages = []  # (recipients, kind, link, extra params)
    if to_status == MatchStatus.PROPOSED:
        messages.append((coordinators, "match_proposed", coordinator_link, {}))
        if actor.role == Role.COORDINATOR:
            messages.append((person, "match_proposed_for_you", newcomer_link, {}))
    elif to_status == MatchStatus.APPROVED:
        messages.append((providers, "match_approved_provider", provider_link, {}))
        messages.append((person, "match_approved_newcomer", newcomer_link, {}))
    elif to_status == MatchStatus.REJECTED:
        proposer = person if match.source == Role.NEWCOMER else providers if match.source == Role.PROVIDER else []
        messages.append((proposer, "match_rejected", newcomer_link if proposer is person else provider_link, {}))
    elif to_status == MatchStatus.ACCEPTED:
        messages.append((person, "match_accepted", newcomer_link, {"contact": offer.contact_name}))
        messages.append((coordinators, "match_accepted_coordinator", coordinator_link, {}))
    elif to_status == MatchStatus.DECLINED and from_status is not None and from_status != MatchStatus.SUGGESTED:
        messages.append((coordinators, "match_declined", coordinator_link, {}))
        if actor.role == Role.PROVIDER:
            messages.append((person, "match_declined_newcomer", newcomer_link, {}))
        elif from_status in OCCUPYING:
            messages.append((providers, "match_declined", provider_link, {}))
    elif to_status == MatchStatus.STARTED:
        messages.append((coordinators, "match_started", coordinator_link, {}))
    elif to_status == MatchStatus.ENDED:
        messages.append((coordinators, "match_ended", coordinator_link, {}))
        if actor.role != Role.PROVIDER:
            messages.append((providers, "match_ended", provider_link, {}))
    for recipients, kind, link, extra in messages:
        for user in recipients:
            if actor.user is None or user.id != actor.user.id:
                services.notify(user, kind, link, **params, **extra)


def init_app(app) -> None:
    match_changed.connect(on_match_changed)
