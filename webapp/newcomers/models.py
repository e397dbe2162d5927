"""A newcomer's profile, kept by the newcomer or by a coordinator on their behalf."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..accounts.models import User
from ..extensions import db
from ..gemeenten.models import Gemeente, Kern
from ..organisations.models import Organisation
from ..timeutil import utcnow

#: The rows the coordinator's register shows: a constant, so a prepared statement can use the index.
_NOT_ERASED = text("erased_dt IS NULL")


class Newcomer(db.Model):
    __tablename__ = "newcomers"
    #: the coordinator's register, longest in it first, a page at a time; only the rows it shows
    #: (not erased), so counting them reads the index alone (migration 0010_list_counts)
    __table_args__ = (
        Index(
            "ix_newcomers_register",
            "gemeente_id",
            "created_dt",
            "id",
            postgresql_where=_NOT_ERASED,
            sqlite_where=_NOT_ERASED,
        ),
    )

    #: surrogate key
    id: Mapped[int] = mapped_column(primary_key=True)
    #: the newcomer's own login, once activated; many profiles never get one
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), unique=True)
    #: the gemeente responsible for this person (the tenant)
    gemeente_id: Mapped[int] = mapped_column(ForeignKey("gemeenten.id"), index=True)
    #: village or town where the person lives
    kern_id: Mapped[int | None] = mapped_column(ForeignKey("kernen.id"), index=True)
    #: name as the person wants to be addressed
    name: Mapped[str] = mapped_column(String(120))
    #: phone number, shown to a provider only after an approved match
    phone: Mapped[str | None] = mapped_column(String(40))
    #: e-mail, shown to a provider only after an approved match
    email: Mapped[str | None] = mapped_column(String(254))
    #: ``f``, ``m`` or ``x``; optional
    gender: Mapped[str | None] = mapped_column(String(1))
    #: optional, for age limits of offers
    birth_year: Mapped[int | None]
    #: languages spoken well (codes)
    languages: Mapped[list] = mapped_column(JSON, default=list)
    #: Dutch level A0..C1
    dutch_level: Mapped[str | None] = mapped_column(String(2))
    #: leerroute of the Wet inburgering 2021: b1, onderwijs or z
    leerroute: Mapped[str | None] = mapped_column(String(16))
    #: interests in the person's own words and language
    interests: Mapped[str] = mapped_column(Text, default="")
    #: former trade or wished-for work, own words
    profession: Mapped[str] = mapped_column(Text, default="")
    #: offer types the person asked for
    wants: Mapped[list] = mapped_column(JSON, default=list)
    #: since when each wanted type is wanted, {"taalcoach": "2026-03-01"}: orders waiting lists
    wants_since: Mapped[dict] = mapped_column(JSON, default=dict)
    #: PIP domains the personal plan works on
    goals: Mapped[list] = mapped_column(JSON, default=list)
    #: notes per PIP domain from the personal plan, e.g. {"werk": "taalstage in de zorg"}
    pip_goals: Mapped[dict] = mapped_column(JSON, default=dict)
    #: day-parts the person is free, e.g. ["tue-eve", "sat-am"]
    availability: Mapped[list] = mapped_column(JSON, default=list)
    #: how the person can travel
    mobility: Mapped[list] = mapped_column(JSON, default=list)
    #: travel limit in km; None = unknown
    max_km: Mapped[float | None]
    #: needs childcare to take part
    needs_childcare: Mapped[bool | None]
    #: date the person came to live in the gemeente
    arrival_date: Mapped[date | None]
    #: coordinator's intake notes; never shown to providers
    notes: Mapped[str] = mapped_column(Text, default="")
    #: hash of the one-time invitation code that lets the newcomer activate a login
    invite_code_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    #: until when the invitation code works
    invite_expires_dt: Mapped[datetime | None]
    #: who created the profile
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    #: when the profile was created
    created_dt: Mapped[datetime] = mapped_column(default=utcnow)
    #: last change: suggestions are recomputed for what changed since
    updated_dt: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow, index=True)
    #: when the personal data was erased on request (AVG art. 17); the row stays for the figures
    erased_dt: Mapped[datetime | None]

    user: Mapped[User | None] = relationship(foreign_keys=[user_id])
    gemeente: Mapped[Gemeente] = relationship()
    kern: Mapped[Kern | None] = relationship()
    consents: Mapped[list[Consent]] = relationship(
        back_populates="newcomer", cascade="all, delete-orphan", order_by="Consent.given_dt"
    )

    @property
    def active_consents(self) -> list[Consent]:
        return [c for c in self.consents if c.withdrawn_dt is None]

    def __repr__(self) -> str:
        return f"<Newcomer {self.id}>"


class Consent(db.Model):
    """Consent to share with a named partner (AVG): what, with whom, when, recorded by whom."""

    __tablename__ = "consents"

    #: surrogate key
    id: Mapped[int] = mapped_column(primary_key=True)
    #: whose data
    newcomer_id: Mapped[int] = mapped_column(ForeignKey("newcomers.id"), index=True)
    #: the partner organisation that may see it
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    #: what the partner may see, a key of ``vocab.CONSENT_SCOPES``
    scope: Mapped[str] = mapped_column(String(16))
    #: when the newcomer gave consent
    given_dt: Mapped[datetime] = mapped_column(default=utcnow)
    #: who recorded it (the newcomer or a coordinator)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    #: set when consent is withdrawn; rows are kept as evidence
    withdrawn_dt: Mapped[datetime | None]

    newcomer: Mapped[Newcomer] = relationship(back_populates="consents")
    organisation: Mapped[Organisation] = relationship()
    recorded_by: Mapped[User | None] = relationship()

    def __repr__(self) -> str:
        return f"<Consent {self.newcomer_id}->{self.organisation_id} {self.scope}>"
