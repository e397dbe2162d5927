"""An offer (aanbod) or request (vraag) posted by an organisation."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, Numeric, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..accounts.models import User
from ..domain import StateMachine
from ..extensions import db
from ..gemeenten.models import Gemeente, Kern
from ..organisations.models import Organisation
from ..timeutil import utcnow


class OfferStatus(StrEnum):
    DRAFT = "draft"
    #: waiting for a moderator: the organisation is not approved (yet, or any more)
    PENDING = "pending"
    PUBLISHED = "published"
    CLOSED = "closed"


_S = OfferStatus
#: Every status change an offer may make; ``None`` is "created as".
OFFER_LIFECYCLE = StateMachine(
    OfferStatus,
    [
        (None, _S.DRAFT),
        (None, _S.PENDING),
        (None, _S.PUBLISHED),
        (_S.DRAFT, _S.PENDING),
        (_S.DRAFT, _S.PUBLISHED),
        (_S.DRAFT, _S.CLOSED),
        (_S.PENDING, _S.PUBLISHED),
        (_S.PENDING, _S.DRAFT),
        (_S.PENDING, _S.CLOSED),
        (_S.PUBLISHED, _S.CLOSED),
        (_S.PUBLISHED, _S.DRAFT),
        (_S.PUBLISHED, _S.PENDING),
        (_S.CLOSED, _S.PUBLISHED),
        (_S.CLOSED, _S.PENDING),
        (_S.CLOSED, _S.DRAFT),
    ],
)


class Offer(db.Model):
    __tablename__ = "offers"
    __table_args__ = (
        CheckConstraint("places_taken >= 0", name="places_taken_not_negative"),
        # The sociale kaart walks this, newest first, and stops after a page; with the public
        # flag in it, counting the list's offers reads the index alone (migration 0010_list_counts).
        Index("ix_offers_listing", "status", "is_public", "published_dt", "id"),
    )

    #: surrogate key
    id: Mapped[int] = mapped_column(primary_key=True)
    #: ``aanbod`` (offer) or ``vraag`` (an organisation asking for someone)
    kind: Mapped[str] = mapped_column(String(8), default="aanbod")
    #: one of ``vocab.OFFER_TYPES``
    type: Mapped[str] = mapped_column(String(32), index=True)
    #: short title, usually Dutch
    title: Mapped[str] = mapped_column(String(200))
    #: what you do, whom you meet, what to bring
    description: Mapped[str] = mapped_column(Text, default="")
    #: free keywords
    tags: Mapped[list] = mapped_column(JSON, default=list)
    #: the organisation that posts it
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    #: the gemeente where it happens (copied from the kern for tenant queries)
    gemeente_id: Mapped[int] = mapped_column(ForeignKey("gemeenten.id"), index=True)
    #: the village or town where it happens
    kern_id: Mapped[int | None] = mapped_column(ForeignKey("kernen.id"), index=True)
    #: exact latitude when known; else the kern's centre is used
    lat: Mapped[float | None]
    #: exact longitude when known
    lon: Mapped[float | None]
    #: day-parts when it happens; empty = flexible
    schedule: Mapped[list] = mapped_column(JSON, default=list)
    #: minimum Dutch level asked for
    min_dutch_level: Mapped[str | None] = mapped_column(String(2))
    #: languages the host or contact person speaks
    host_languages: Mapped[list] = mapped_column(JSON, default=list)
    #: total number of places; a match that is approved or further takes one
    capacity: Mapped[int] = mapped_column(default=1)
    #: only for women
    women_only: Mapped[bool] = mapped_column(default=False)
    #: lowest age
    age_min: Mapped[int | None]
    #: highest age
    age_max: Mapped[int | None]
    #: childcare available during the activity
    childcare: Mapped[bool] = mapped_column(default=False)
    #: cost per month in euros; 0 = free
    cost_eur: Mapped[Decimal] = mapped_column(Numeric(8, 2), default=0)
    #: participants really talk Dutch with Dutch speakers ("taalrijk")
    language_rich: Mapped[bool] = mapped_column(default=True)
    #: listed on the public sociale kaart (open to all inhabitants)
    is_public: Mapped[bool] = mapped_column(default=True)
    #: contact person's name
    contact_name: Mapped[str] = mapped_column(String(120), default="")
    #: contact person's e-mail
    contact_email: Mapped[str | None] = mapped_column(String(254))
    #: contact person's phone
    contact_phone: Mapped[str | None] = mapped_column(String(40))
    #: one of :class:`OfferStatus`
    status: Mapped[str] = mapped_column(String(16), default=OfferStatus.DRAFT, index=True)
    #: why a moderator sent the offer back; shown to the provider until they save it again
    review_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    #: places held by matches that were approved or went further; only ``webapp.matches`` changes it
    places_taken: Mapped[int] = mapped_column(default=0, server_default="0")
    #: first day
    start_date: Mapped[date | None]
    #: last day
    end_date: Mapped[date | None]
    #: length in weeks (a taalstage is 12, extendable by 12)
    duration_weeks: Mapped[int | None]
    #: hours per week asked of the participant
    hours_per_week: Mapped[float | None]
    #: who created it
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    #: when it was created
    created_dt: Mapped[datetime] = mapped_column(default=utcnow)
    #: last change (also of the places taken): suggestions are recomputed for what changed since
    updated_dt: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow, index=True)
    #: when it was first published
    published_dt: Mapped[datetime | None]

    organisation: Mapped[Organisation] = relationship()
    gemeente: Mapped[Gemeente] = relationship()
    kern: Mapped[Kern | None] = relationship()
    created_by: Mapped[User | None] = relationship()

    @property
    def places_left(self) -> int:
        return max(0, self.capacity - (self.places_taken or 0))

    @property
    def is_open(self) -> bool:
        return self.status == OfferStatus.PUBLISHED and self.places_left > 0

    def __repr__(self) -> str:
        return f"<Offer {self.id} {self.type} {self.title!r}>"


def _register_search_schema() -> None:
    from . import search_schema

    search_schema.register(Offer.__table__)


_register_search_schema()


#: The language offers are written in: every title and description is Dutch first.
OFFER_LANGUAGE = "nl"
#: Languages an offer's title and description can be translated into (the interface languages but Dutch).
TRANSLATION_LANGUAGES = ("en", "ar", "ti", "fa", "so")


class TranslationStatus(StrEnum):
    #: written (or changed) by a translator, or the Dutch text changed: waits for a coordinator
    PENDING = "pending"
    #: checked by a coordinator of the offer's gemeente: shown to readers of that language
    APPROVED = "approved"
    #: sent back with a reason; the translator may correct it, which makes it pending again
    REJECTED = "rejected"


_T = TranslationStatus
#: Every status change a translation may make; ``None`` is "created as".
TRANSLATION_LIFECYCLE = StateMachine(
    TranslationStatus,
    [
        (None, _T.PENDING),
        (_T.PENDING, _T.PENDING),  # the translator corrects it before anyone reviewed it
        (_T.PENDING, _T.APPROVED),
        (_T.PENDING, _T.REJECTED),
        (_T.REJECTED, _T.PENDING),  # corrected after a rejection
        (_T.APPROVED, _T.PENDING),  # corrected, or the Dutch text changed (``outdated``)
    ],
)


class OfferTranslation(db.Model):
    """An offer's title and description in one more language, shown only once a coordinator approved it."""

    __tablename__ = "offer_translations"
    __table_args__ = (
        UniqueConstraint("offer_id", "lang"),
        CheckConstraint("lang IN ('en', 'ar', 'ti', 'fa', 'so')", name="lang_known"),
    )

    #: surrogate key
    id: Mapped[int] = mapped_column(primary_key=True)
    #: the offer translated
    offer_id: Mapped[int] = mapped_column(ForeignKey("offers.id"), index=True)
    #: one of :data:`TRANSLATION_LANGUAGES`
    lang: Mapped[str] = mapped_column(String(8))
    #: the title in ``lang``
    title: Mapped[str] = mapped_column(String(200))
    #: the description in ``lang``
    description: Mapped[str] = mapped_column(Text, default="")
    #: one of :class:`TranslationStatus`
    status: Mapped[str] = mapped_column(String(16), default=TranslationStatus.PENDING, index=True)
    #: the Dutch title or description changed after this was written: the translator should look again
    outdated: Mapped[bool] = mapped_column(default=False, server_default=false())
    #: why the coordinator sent it back; shown to the translator
    reject_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    #: who wrote the current text
    translator_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    #: the coordinator who approved or rejected it last
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    #: when it was first written
    created_dt: Mapped[datetime] = mapped_column(default=utcnow)
    #: when the text or status last changed
    updated_dt: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    #: when a coordinator approved or rejected it last
    reviewed_dt: Mapped[datetime | None]

    offer: Mapped[Offer] = relationship()
    translator: Mapped[User | None] = relationship(foreign_keys=[translator_id])
    reviewer: Mapped[User | None] = relationship(foreign_keys=[reviewer_id])

    @property
    def gemeente_id(self) -> int:
        """For the audit trail: a translation belongs to its offer's gemeente."""
        return self.offer.gemeente_id

    def __repr__(self) -> str:
        return f"<OfferTranslation {self.offer_id} {self.lang} {self.status}>"
