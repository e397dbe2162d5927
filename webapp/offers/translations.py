"""Offers in the reader's language: translators write, coordinators review, readers see approved ones.

An offer is written in Dutch (``OFFER_LANGUAGE``). A translator (a bilingual volunteer with the
``translator`` role in a gemeente and a list of languages) translates the title and description of
that gemeente's published offers; a coordinator of the offer's gemeente approves or rejects each
translation with a reason. Only approved translations are shown; everything else falls back to the
Dutch text, marked ``lang="nl"``.

When the provider changes the Dutch title or description, every translation of the offer is marked
``outdated`` and an approved one goes back to pending: it stops showing (readers see the new Dutch
text) until a coordinator approved it again, usually after the translator corrected it. A
translation that no longer says what the offer says is worse than none.

Every change goes through a function here: it checks ``TRANSLATION_LIFECYCLE``, writes the audit
trail and sends ``signals.offer_translation_changed``.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import g, has_request_context
from flask_babel import lazy_gettext as _l
from sqlalchemy import and_, func, select
from sqlalchemy.orm import selectinload

from ..audit.service import record
from ..domain import Conflict, NotFound
from ..extensions import db
from ..i18n import current_language, text_direction
from ..pagination import PER_PAGE, page_number
from ..signals import offer_translation_changed
from ..timeutil import utcnow
from .models import (
    OFFER_LANGUAGE,
    TRANSLATION_LANGUAGES,
    TRANSLATION_LIFECYCLE,
    Offer,
    OfferStatus,
    OfferTranslation,
    TranslationStatus,
)

#: What a change of these offer fields does to its translations: they no longer say the same.
TRANSLATED_FIELDS = ("title", "description")


# -- translators ----------------------------------------------------------------------------


def translator_scope(user) -> tuple[set[int], list[str]]:
    """The gemeenten and languages a translator works in."""
    return user.gemeente_ids("translator"), [
        lang for lang in user.translation_languages if lang in TRANSLATION_LANGUAGES
    ]


def _missing_count(languages):
    """SQL: how many of ``languages`` the offer has no approved translation in."""
    approved = (
        select(func.count(OfferTranslation.id))
        .where(
            OfferTranslation.offer_id == Offer.id,
            OfferTranslation.lang.in_(languages),
            OfferTranslation.status == TranslationStatus.APPROVED,
        )
        .scalar_subquery()
    )
    return len(languages) - approved


def queue(user, page=1):
    """Published offers of the translator's gemeenten that lack an approved translation in one of
    their languages, oldest first, paged in SQL."""
    gemeente_ids, languages = translator_scope(user)
    query = (
        select(Offer)
        .where(
            Offer.status == OfferStatus.PUBLISHED,
            Offer.gemeente_id.in_(gemeente_ids or {0}),
            _missing_count(languages or ["-"]) > 0,
        )
        .options(selectinload(Offer.kern), selectinload(Offer.organisation))
        .order_by(Offer.published_dt, Offer.id)
    )
    return db.paginate(query, page=page_number(page), per_page=PER_PAGE, error_out=False)


def translations_of(offer_ids, languages=None) -> dict[tuple[int, str], OfferTranslation]:
    """Every translation of these offers (in these languages), in one query."""
    if not offer_ids:
        return {}
    query = select(OfferTranslation).where(OfferTranslation.offer_id.in_(list(offer_ids)))
    if languages is not None:
        query = query.where(OfferTranslation.lang.in_(list(languages)))
    return {(t.offer_id, t.lang): t for t in db.session.scalars(query)}


def offer_to_translate(user, offer_id: int, lang: str) -> Offer:
    """A published offer of the translator's gemeenten, in one of their languages; else 404."""
    gemeente_ids, languages = translator_scope(user)
    offer = db.session.get(Offer, offer_id)
    if (
        offer is None
        or offer.gemeente_id not in gemeente_ids
        or lang not in languages
        or offer.status != OfferStatus.PUBLISHED
    ):
        raise NotFound()
    return offer


def translation(offer: Offer, lang: str) -> OfferTranslation | None:
    return db.session.scalar(
        select(OfferTranslation).where(OfferTranslation.offer_id == offer.id, OfferTranslation.lang == lang)
    )


def save(user, offer: Offer, lang: str, title: str, description: str) -> OfferTranslation:
    """Write or correct a translation; it waits for a coordinator before it shows."""
    if lang not in TRANSLATION_LANGUAGES:
        raise NotFound()
    existing = translation(offer, lang)
    if existing is None:
        TRANSLATION_LIFECYCLE.check(None, TranslationStatus.PENDING)
        existing = OfferTranslation(offer=offer, lang=lang)
        db.session.add(existing)
    else:
        TRANSLATION_LIFECYCLE.check(existing.status, TranslationStatus.PENDING)
    existing.title = title.strip()
    existing.description = description.strip()
    existing.status = TranslationStatus.PENDING
    existing.translator_id = user.id
    existing.outdated = False
    existing.reject_reason = ""
    existing.updated_dt = utcnow()
    record("offer_translation.save", existing, gemeente_id=offer.gemeente_id, offer_id=offer.id, lang=lang)
    offer_translation_changed.send(existing, action="translation_saved")
    return existing


# -- coordinators ---------------------------------------------------------------------------


def review_queue(user, page=1):
    """Pending translations of offers in the coordinator's gemeenten, oldest first, paged in SQL."""
    query = (
        select(OfferTranslation)
        .join(Offer, Offer.id == OfferTranslation.offer_id)
        .where(
            OfferTranslation.status == TranslationStatus.PENDING,
            Offer.gemeente_id.in_(user.gemeente_ids("coordinator") or {0}),
        )
        .options(selectinload(OfferTranslation.offer), selectinload(OfferTranslation.translator))
        .order_by(OfferTranslation.updated_dt, OfferTranslation.id)
    )
    return db.paginate(query, page=page_number(page), per_page=PER_PAGE, error_out=False)


def for_review(user, translation_id: int) -> OfferTranslation:
    """A translation of an offer in the coordinator's gemeenten; another gemeente's does not exist."""
    found = db.session.get(OfferTranslation, translation_id)
    if found is None or found.offer.gemeente_id not in user.gemeente_ids("coordinator"):
        raise NotFound()
    return found


def _review(user, found: OfferTranslation, status: TranslationStatus) -> None:
    if found.status != TranslationStatus.PENDING:
        raise Conflict(_l("This translation was already handled."))
    TRANSLATION_LIFECYCLE.check(found.status, status)
    found.status = status
    found.reviewer_id = user.id
    found.reviewed_dt = utcnow()


def approve(user, found: OfferTranslation) -> None:
    """From now on readers of this language see it."""
    _review(user, found, TranslationStatus.APPROVED)
    found.reject_reason = ""
    record(
        "offer_translation.approve",
        found,
        gemeente_id=found.offer.gemeente_id,
        offer_id=found.offer_id,
        lang=found.lang,
    )
    offer_translation_changed.send(found, action="translation_approved")


def reject(user, found: OfferTranslation, reason: str) -> None:
    """Back to the translator, with what to correct."""
    if not (reason or "").strip():
        raise Conflict(_l("Please say why, so the translator can correct it."))
    _review(user, found, TranslationStatus.REJECTED)
    found.reject_reason = reason.strip()
    record(
        "offer_translation.reject", found, gemeente_id=found.offer.gemeente_id, offer_id=found.offer_id, lang=found.lang
    )
    offer_translation_changed.send(found, action="translation_rejected")


# -- the Dutch text changed -----------------------------------------------------------------


def source_changed(offer: Offer, fields) -> list[OfferTranslation]:
    """Called by ``offers.services.update``: a changed title or description outdates every translation."""
    if not set(fields) & set(TRANSLATED_FIELDS) or offer.id is None:
        return []
    outdated = list(db.session.scalars(select(OfferTranslation).where(OfferTranslation.offer_id == offer.id)))
    for found in outdated:
        found.outdated = True
        if found.status == TranslationStatus.APPROVED:
            TRANSLATION_LIFECYCLE.check(found.status, TranslationStatus.PENDING)
            found.status = TranslationStatus.PENDING
        record("offer_translation.outdated", found, gemeente_id=offer.gemeente_id, offer_id=offer.id, lang=found.lang)
        offer_translation_changed.send(found, action="translation_outdated")
    return outdated


# -- readers --------------------------------------------------------------------------------


@dataclass(frozen=True)
class OfferText:
    """What a reader sees of an offer's own words: in their language, or the Dutch text marked as Dutch."""

    title: str
    description: str
    lang: str
    #: the reader would like another language and there is no approved translation in it (yet)
    untranslated: bool = False

    @property
    def dir(self) -> str:
        return text_direction(self.lang)


def _cache() -> dict:
    if not hasattr(g, "offer_texts"):
        g.offer_texts = {}
    return g.offer_texts


def preload(offers, lang: str | None = None) -> None:
    """Load the approved translations of a page's offers in one query, before the page renders them."""
    lang = lang or current_language()
    offers = [o for o in offers if o is not None]
    if not has_request_context() or not offers:
        return
    cache = _cache()
    found = {}
    if lang in TRANSLATION_LANGUAGES:
        found = {
            t.offer_id: t
            for t in db.session.scalars(
                select(OfferTranslation).where(
                    and_(
                        OfferTranslation.offer_id.in_([o.id for o in offers]),
                        OfferTranslation.lang == lang,
                        OfferTranslation.status == TranslationStatus.APPROVED,
                    )
                )
            )
        }
    for offer in offers:
        cache[(offer.id, lang)] = found.get(offer.id)


def text(offer: Offer, lang: str | None = None) -> OfferText:
    """The offer's title and description for this reader (a template global, ``offer_text``)."""
    lang = lang or current_language()
    if has_request_context() and (offer.id, lang) not in _cache():
        preload([offer], lang)  # a page of one offer; lists preload their rows first
    approved = _cache().get((offer.id, lang)) if has_request_context() else None
    if approved is not None:
        return OfferText(approved.title, approved.description, lang)
    return OfferText(offer.title, offer.description or "", OFFER_LANGUAGE, untranslated=lang != OFFER_LANGUAGE)
