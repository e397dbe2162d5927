"""A small world of one gemeente for the tests that walk every route: its people and things."""

from __future__ import annotations

import factories as f
from sqlalchemy import select

from webapp.extensions import db
from webapp.newcomers.models import Consent
from webapp.notifications.models import Notification


def user_for(role, g, org):
    return f.user(
        role,
        gemeente=g if role in ("coordinator", "gemeente", "translator") else None,
        organisation=org if role == "provider" else None,
        phone="0612000000" if role == "newcomer" else None,
    )


def side(name):
    """A club with two offers, a newcomer with a login, a started match with follow-ups and messages.

    Returns the users by role and the ids a URL may name.
    """
    g = f.gemeente(name, kernen=((name, 52.5, 6.2),))
    club = f.organisation(g, name=f"Club {name}")
    people = {role: user_for(role, g, club) for role in ("provider", "coordinator", "gemeente", "translator")}
    login = f.user("newcomer", phone=f"06{abs(hash(name)) % 10**8:08d}")
    newcomer = f.newcomer(g, user=login, name=f"Nieuwkomer {name}")
    offer = f.offer(club, title=f"Aanbod {name}", capacity=5)
    other_offer = f.offer(club, title=f"Ander aanbod {name}", capacity=5)
    f.suggestion(newcomer, other_offer)
    translation = f.translation(other_offer, "ar", translator=people["translator"])
    match = f.started_match(people["coordinator"], people["provider"], newcomer, offer)
    consent = db.session.scalar(select(Consent).where(Consent.newcomer_id == newcomer.id))
    notification = db.session.scalar(select(Notification).where(Notification.user_id == login.id))
    ids = {
        "offer_id": other_offer.id,
        "newcomer_id": newcomer.id,
        "match_id": match.id,
        "consent_id": consent.id,
        "follow_up_id": match.follow_ups[0].id,
        "notification_id": notification.id,
        "gemeente_id": g.id,
        "organisation_id": club.id,
        "user_id": login.id,
        "translation_id": translation.id,
    }
    return {**people, "newcomer": login}, ids
