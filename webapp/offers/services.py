"""Offer rules: who may post where, when an offer needs moderation, closing and publishing.

Every change goes through a function here: it checks the status change against
`OFFER_LIFECYCLE`, is recorded in the audit trail and is announced with
``signals.offer_changed``, so suggestions and places follow.
"""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..audit.service import record
from ..domain import Conflict, NotFound
from ..extensions import db
from ..gemeenten.models import Kern
from ..signals import offer_changed
from ..timeutil import utcnow
from . import translations
from .models import OFFER_LIFECYCLE, Offer, OfferStatus


def kernen_for(organisation) -> list[Kern]:
    """A provider posts within the gemeente of its organisation."""
    return list(
        db.session.scalars(select(Kern).where(Kern.gemeente_id == organisation.gemeente_id).order_by(Kern.name))
    )


def own_offer(user, offer_id: int) -> Offer:
    """An offer of the user's organisation; another organisation's offer does not exist for them."""
    offer = db.session.get(Offer, offer_id)
    if offer is None or user.organisation_id is None or offer.organisation_id != user.organisation_id:
        raise NotFound()
    return offer


def shows_contact(user, offer: Offer) -> bool:
    """Whether this visitor may see how to reach the offer's contact person.

    An organisation publishes its contact details; an individual volunteer's are personal:
    only the volunteer, the coordinators of that gemeente and administrators see them (a
    newcomer finds them on their own activity once a coordinator has approved the match).
    """
    if offer.organisation.kind != "particulier":
        return True
    if user is None or not user.is_authenticated:
        return False
    return (
        user.organisation_id == offer.organisation_id
        or user.has_role("admin")
        or offer.gemeente_id in user.gemeente_ids("coordinator")
    )


def _apply(offer: Offer, values: dict) -> None:
    if values.get("capacity") is not None and values["capacity"] < (offer.places_taken or 0):
        raise Conflict(
            _l(
                "There are already %(taken)d people taking part; the number of places cannot be lower.",
                taken=offer.places_taken,
            )
        )
    for name, value in values.items():
        setattr(offer, name, value)
    kern = db.session.get(Kern, offer.kern_id)
    offer.gemeente_id = kern.gemeente_id


def _move(offer: Offer, status: OfferStatus) -> None:
    """Change the status if it changes, through the state machine."""
    if offer.status == status:
        return
    OFFER_LIFECYCLE.check(offer.status, status)
    offer.status = status
    if status == OfferStatus.PUBLISHED and offer.published_dt is None:
        offer.published_dt = utcnow()


def submit_status(organisation, publish: bool) -> OfferStatus:
    """Offers of organisations nobody has checked yet wait for a moderator."""
    if not publish:
        return OfferStatus.DRAFT
    return OfferStatus.PUBLISHED if organisation.is_approved else OfferStatus.PENDING


def create(user, values: dict, publish: bool) -> Offer:
    offer = Offer(organisation=user.organisation, created_by=user)
    _apply(offer, values)
    status = submit_status(user.organisation, publish)
    OFFER_LIFECYCLE.check(None, status)
    offer.status = status
    if status == OfferStatus.PUBLISHED:
        offer.published_dt = utcnow()
    db.session.add(offer)
    record("offer.create", offer, status=offer.status)
    offer_changed.send(offer, action="create")
    return offer


def update(offer: Offer, values: dict, publish: bool) -> None:
    changed = sorted(k for k, v in values.items() if getattr(offer, k) != v)
    _apply(offer, values)
    if publish and (offer.status in (OfferStatus.DRAFT, OfferStatus.CLOSED) or not offer.organisation.is_approved):
        _move(offer, submit_status(offer.organisation, True))
    elif not publish and offer.status != OfferStatus.CLOSED:
        _move(offer, OfferStatus.DRAFT)
    offer.review_note = ""  # the provider has seen and handled the moderator's remark
    record("offer.update", offer, fields=changed, status=offer.status)
    translations.source_changed(offer, changed)
    offer_changed.send(offer, action="update")


def close(offer: Offer) -> None:
    _move(offer, OfferStatus.CLOSED)
    record("offer.close", offer)
    offer_changed.send(offer, action="close")


def _move_all(organisation, frm: OfferStatus, to: OfferStatus, action: str) -> list[Offer]:
    offers = list(
        db.session.scalars(select(Offer).where(Offer.organisation_id == organisation.id, Offer.status == frm))
    )
    for offer in offers:
        _move(offer, to)
        record(f"offer.{action}", offer)
        offer_changed.send(offer, action=action)
    return offers


def withdraw_all(organisation) -> list[Offer]:
    """A rejected organisation's published offers go back to waiting for review."""
    return _move_all(organisation, OfferStatus.PUBLISHED, OfferStatus.PENDING, "withdraw")


def publish_waiting(organisation) -> list[Offer]:
    """Once an organisation is approved, its offers that waited for that are published."""
    return _move_all(organisation, OfferStatus.PENDING, OfferStatus.PUBLISHED, "publish")


def moderate(offer: Offer, approve: bool, reason: str = "") -> None:
    """A moderator publishes a waiting offer, or sends it back to its provider with a reason."""
    if offer.status != OfferStatus.PENDING:
        raise Conflict(_l("This offer was already handled."))
    if not approve and not reason.strip():
        raise Conflict(_l("Please say why the offer goes back, so the provider can fix it."))
    _move(offer, OfferStatus.PUBLISHED if approve else OfferStatus.DRAFT)
    offer.review_note = "" if approve else reason.strip()
    record("offer.moderate", offer, approved=approve)
    offer_changed.send(offer, action="moderate")


def public_offers(type_: str | None = None, kern_id: int | None = None, limit: int | None = None) -> list[Offer]:
    """Published offers open to all inhabitants, newest first, with what the list shows loaded."""
    query = (
        select(Offer)
        .where(Offer.status == OfferStatus.PUBLISHED, Offer.is_public.is_(True))
        .options(selectinload(Offer.organisation), selectinload(Offer.kern))
        .order_by(Offer.published_dt.desc(), Offer.id.desc())
    )
    if type_:
        query = query.where(Offer.type == type_)
    if kern_id:
        query = query.where(Offer.kern_id == kern_id)
    return list(db.session.scalars(query.limit(limit)))
