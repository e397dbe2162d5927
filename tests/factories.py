"""Test data builders: small functions with sensible defaults, one per model."""

from __future__ import annotations

import itertools

from werkzeug.security import generate_password_hash

from webapp.accounts.models import User
from webapp.extensions import db
from webapp.gemeenten.models import Gemeente, Kern
from webapp.newcomers.models import Newcomer
from webapp.offers.models import Offer, OfferTranslation
from webapp.organisations.models import Organisation
from webapp.timeutil import utcnow

PASSWORD = "secret-password"  # short, but not for these tests (strength is checked when set, not here)
#: Hashing is deliberately slow; hash once for the whole suite.
PASSWORD_HASH = generate_password_hash(PASSWORD)
_seq = itertools.count(1)


def gemeente(name="Dalfsen", kernen=(("Dalfsen", 52.5106, 6.2583), ("Nieuwleusen", 52.5808, 6.2806))):
    g = Gemeente(name=name)
    for kern_name, lat, lon in kernen:
        g.kernen.append(Kern(name=kern_name, lat=lat, lon=lon))
    db.session.add(g)
    db.session.commit()
    return g


def organisation(gemeente, name=None, kind="vereniging", approved=True):
    o = Organisation(
        name=name or f"Organisatie {next(_seq)}",
        kind=kind,
        gemeente=gemeente,
        moderation_status="approved" if approved else "pending",
    )
    db.session.add(o)
    db.session.commit()
    return o


def user(role=None, gemeente=None, organisation=None, email=None, phone=None, name="Test User", languages=None):
    u = User(
        display_name=name,
        email=email if (email or phone) else f"user{next(_seq)}@example.org",
        phone=phone,
        password_hash=PASSWORD_HASH,
        organisation=organisation,
        email_confirmed_dt=utcnow(),
    )
    if role:
        u.grant(role, gemeente, languages=languages or (("ar", "ti") if role == "translator" else None))
    db.session.add(u)
    db.session.commit()
    return u


def offer(organisation, kern=None, **values):
    kern = kern or organisation.gemeente.kernen[0]
    defaults = dict(
        type="sport",
        title=f"Voetbaltraining {next(_seq)}",
        description="Samen voetballen.",
        status="published",
        capacity=3,
        contact_name="Jan",
    )
    defaults.update(values)
    o = Offer(organisation=organisation, kern=kern, gemeente_id=kern.gemeente_id, **defaults)
    db.session.add(o)
    db.session.commit()
    return o


def newcomer(gemeente, **values):
    defaults = dict(
        name=f"Nieuwkomer {next(_seq)}", kern=gemeente.kernen[0], interests="أحب كرة القدم", languages=["ar"]
    )
    defaults.update(values)
    n = Newcomer(gemeente=gemeente, **defaults)
    db.session.add(n)
    db.session.commit()
    return n


def offer_form(kern, **overrides):
    """What a provider posts to create a valid, published offer in `kern`."""
    data = {
        "kind": "aanbod",
        "type": "sport",
        "title": "Volleybal voor iedereen",
        "description": "Elke dinsdagavond volleybal in de sporthal.",
        "tags": "volleybal, sport",
        "kern_id": kern.id,
        "schedule": ["tue-eve"],
        "min_dutch_level": "",
        "host_languages": ["nl", "en"],
        "capacity": "4",
        "cost_eur": "0",
        "language_rich": "y",
        "is_public": "y",
        "contact_name": "Marieke",
        "contact_email": "marieke@example.org",
        "publish": "1",
    }
    data.update(overrides)
    return data


def suggestion(newcomer, offer, score=0.5, reasons=()):
    """A stored suggestion, with both sides marked as freshly computed so no refresh replaces it."""
    from webapp.matches.models import Suggestion, SuggestionRun
    from webapp.matches.ranking import PRIOR

    s = Suggestion(newcomer_id=newcomer.id, offer_id=offer.id, score=score, model_version=PRIOR, reasons=list(reasons))
    db.session.add(s)
    for kind, subject in (("newcomer", newcomer), ("offer", offer)):
        if not db.session.query(SuggestionRun).filter_by(subject_type=kind, subject_id=subject.id).count():
            db.session.add(
                SuggestionRun(
                    subject_type=kind, subject_id=subject.id, source_dt=subject.updated_dt, model_version=PRIOR
                )
            )
    db.session.commit()
    return s


def started_match(coordinator, provider, newcomer, offer):
    """A match taken through every step to "started", by a coordinator and a provider of the offer."""
    from webapp.matches import services
    from webapp.matches.lifecycle import Role

    boss = services.Actor(coordinator, Role.COORDINATOR)
    host = services.Actor(provider, Role.PROVIDER)
    match = services.propose(boss, newcomer, offer)
    services.approve(boss, match, consent_given=True)
    services.accept(host, match)
    services.confirm_start(host, match)
    services.confirm_start(boss, match)
    db.session.commit()
    return match


def translation(offer, lang="ar", status="pending", translator=None, **values):
    defaults = dict(title=f"عنوان {offer.id}", description="نص مترجم.")
    defaults.update(values)
    t = OfferTranslation(offer=offer, lang=lang, status=status, translator=translator, **defaults)
    db.session.add(t)
    db.session.commit()
    return t
