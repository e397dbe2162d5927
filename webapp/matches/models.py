"""A match and its history; each decision is also a training label for the ranker."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from flask_babel import lazy_gettext as _l
from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ..timeutil import utcnow

if TYPE_CHECKING:  # imported for annotations only: offers import this module
    from ..newcomers.models import Newcomer
    from ..offers.models import Offer

STATUSES = {
    "suggested": _l("Suggested"),
    "proposed": _l("Proposed"),
    "approved": _l("Approved by coordinator"),
    "accepted": _l("Accepted by provider"),
    "started": _l("Started"),
    "ended": _l("Ended"),
    "rejected": _l("Rejected by coordinator"),
    "declined": _l("Declined"),
}

#: Statuses that hold a place on the offer, so places never overbook.
OCCUPYING_STATUSES = ("approved", "accepted", "started")

SOURCES = {
    "model": _l("Suggested by the ranking"),
    "newcomer": _l("Asked by the newcomer"),
    "coordinator": _l("Proposed by a coordinator"),
    "provider": _l("Proposed by the provider"),
}

END_REASONS = {
    "completed": _l("Completed"),
    "work_or_study": _l("Moved on to work or study"),
    "stopped": _l("Stopped"),
    "no_show": _l("Did not show up"),
}


class Match(db.Model):
    __tablename__ = "matches"
    __table_args__ = (UniqueConstraint("newcomer_id", "offer_id"),)

    #: surrogate key
    id: Mapped[int] = mapped_column(primary_key=True)
    #: who takes part
    newcomer_id: Mapped[int] = mapped_column(ForeignKey("newcomers.id"), index=True)
    #: in what
    offer_id: Mapped[int] = mapped_column(ForeignKey("offers.id"), index=True)
    #: one of :data:`STATUSES`
    status: Mapped[str] = mapped_column(String(16), default="suggested", index=True)
    #: who started it, one of :data:`SOURCES`
    source: Mapped[str] = mapped_column(String(16), default="model")
    #: ranker score when suggested
    score: Mapped[float | None]
    #: why it ended, one of :data:`END_REASONS`
    end_reason: Mapped[str | None] = mapped_column(String(16))
    #: when it was created
    created_dt: Mapped[datetime] = mapped_column(default=utcnow)
    #: last transition
    updated_dt: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    newcomer: Mapped[Newcomer] = relationship()
    offer: Mapped[Offer] = relationship()
    events: Mapped[list[MatchEvent]] = relationship(
        back_populates="match", cascade="all, delete-orphan", order_by="MatchEvent.created_dt"
    )

    def __repr__(self) -> str:
        return f"<Match {self.id} {self.newcomer_id}->{self.offer_id} {self.status}>"


class MatchEvent(db.Model):
    """One transition of a match: from which status to which, by whom, when and why."""

    __tablename__ = "match_events"

    #: surrogate key
    id: Mapped[int] = mapped_column(primary_key=True)
    #: the match that changed
    match_id: Mapped[int] = mapped_column(ForeignKey("matches.id"), index=True)
    #: status before; None when the match was created
    from_status: Mapped[str | None] = mapped_column(String(16))
    #: status after
    to_status: Mapped[str] = mapped_column(String(16))
    #: who made the change; None for the system
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    #: free-text reason given with the decision
    reason: Mapped[str] = mapped_column(Text, default="")
    #: when
    created_dt: Mapped[datetime] = mapped_column(default=utcnow)

    match: Mapped[Match] = relationship(back_populates="events")

    def __repr__(self) -> str:
        return f"<MatchEvent {self.match_id} {self.from_status}->{self.to_status}>"
