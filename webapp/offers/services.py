"""Offer rules: who may post where, when an offer needs moderation, closing and publishing."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..audit.service import record
from ..extensions import db
from ..gemeenten.models import Kern
from ..timeutil import utcnow
from .models import Offer


def kernen_for(organisation) -> list[Kern]:
    """A provider posts within the gemeente of its organisation."""
    return list(
        db.session.scalars(
            select(Kern).where(Kern.gemeente_id == organisation.gemeente_id).order_by(Kern.name)
        )
    )


def _apply(offer: Offer, values: dict) -> None:
    for name, value in values.items():
        setattr(offer, name, value)
    kern = db.session.get(Kern, offer.kern_id)
    offer.gemeente_id = kern.gemeente_id


def set_status(offer: Offer, status: str) -> None:
    offer.status = status
    if status == "published" and offer.published_dt is None:
        offer.published_dt = utcnow()


def create(user, values: dict, publish: bool) -> Offer:
    offer = Offer(organisation=user.organisation, created_by=user)
    _apply(offer, values)
    set_status(offer, submit_status(user.organisation, publish))
    db.session.add(offer)
    record("offer.create", offer, status=offer.status)
    return offer


def update(offer: Offer, values: dict, publish: bool) -> None:
    changed = sorted(k for k, v in values.items() if getattr(offer, k) != v)
    _apply(offer, values)
    if publish and (offer.status in ("draft", "closed") or not offer.organisation.is_approved):
        set_status(offer, submit_status(offer.organisation, True))
    elif not publish and offer.status != "closed":
        set_status(offer, "draft")
    record("offer.update", offer, fields=changed, status=offer.status)


def close(offer: Offer) -> None:
    set_status(offer, "closed")
    record("offer.close", offer)


def withdraw_all(organisation) -> None:
    """A rejected organisation's published offers go back to waiting for review."""
    for offer in db.session.scalars(
        select(Offer).where(Offer.organisation_id == organisation.id, Offer.status == "published")
    ):
        set_status(offer, "pending")
        record("offer.withdraw", offer)


def submit_status(organisation, publish: bool) -> str:
    """Offers of organisations nobody has checked yet wait for a moderator."""
    if not publish:
        return "draft"
    return "published" if organisation.is_approved else "pending"


def moderate(offer: Offer, approve: bool) -> None:
    set_status(offer, "published" if approve else "draft")
    record("offer.moderate", offer, approved=approve)


def public_offers(type_: str | None = None, kern_id: int | None = None,
                  limit: int | None = None) -> list[Offer]:
    """Published offers open to all inhabitants, newest first, with what the list shows loaded."""
    query = (
        select(Offer)
        .where(Offer.status == "published", Offer.is_public.is_(True))
        .options(selectinload(Offer.organisation), selectinload(Offer.kern))
        .order_by(Offer.published_dt.desc(), Offer.id.desc())
    )
    if type_:
        query = query.where(Offer.type == type_)
    if kern_id:
        query = query.where(Offer.kern_id == kern_id)
    return list(db.session.scalars(query.limit(limit)))
