"""Matches and their history, stored suggestions, follow-up tasks and ranking-model versions.

Each match decision is also a training label for the ranker (`webapp.matches.learning`).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ..timeutil import utcnow
from .lifecycle import MatchStatus

if TYPE_CHECKING:
    from ..accounts.models import User
    from ..newcomers.models import Newcomer
    from ..offers.models import Offer


class Match(db.Model):
    __tablename__ = "matches"
    __table_args__ = (UniqueConstraint("newcomer_id", "offer_id"),)

    #: surrogate key
    id: Mapped[int] = mapped_column(primary_key=True)
    #: who takes part
    newcomer_id: Mapped[int] = mapped_column(ForeignKey("newcomers.id"), index=True)
    #: in what
    offer_id: Mapped[int] = mapped_column(ForeignKey("offers.id"), index=True)
    #: one of :class:`~webapp.matches.lifecycle.MatchStatus`
    status: Mapped[str] = mapped_column(String(16), default=MatchStatus.PROPOSED, index=True)
    #: who proposed it: a :class:`~webapp.matches.lifecycle.Role` value
    source: Mapped[str] = mapped_column(String(16), default="coordinator")
    #: ranker score of the pair when it was proposed, if it was suggested
    score: Mapped[float | None]
    #: the ranking model that suggested it (``ModelVersion.name``)
    model_version: Mapped[str | None] = mapped_column(String(40))
    #: the ranker's reasons when it was suggested (message keys, see `Suggestion.reasons`)
    reasons: Mapped[list] = mapped_column(JSON, default=list)
    #: why it was declined, rejected or ended (a key of ``DECLINE_REASONS`` or ``END_REASONS``)
    reason_code: Mapped[str | None] = mapped_column(String(24))
    #: when the coordinator approved it (a place was taken)
    approved_dt: Mapped[datetime | None]
    #: when the newcomer (or a coordinator for them) confirmed the start
    newcomer_confirmed_dt: Mapped[datetime | None]
    #: when the provider confirmed the start
    provider_confirmed_dt: Mapped[datetime | None]
    #: when both sides had confirmed: the "real match" counted by "aantal matches"
    started_dt: Mapped[datetime | None] = mapped_column(index=True)
    #: when it ended
    ended_dt: Mapped[datetime | None]
    #: when it was created
    created_dt: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    #: last transition
    updated_dt: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    newcomer: Mapped[Newcomer] = relationship()
    offer: Mapped[Offer] = relationship()
    events: Mapped[list[MatchEvent]] = relationship(
        back_populates="match",
        cascade="all, delete-orphan",
        order_by="(MatchEvent.created_dt, MatchEvent.id)",
    )
    follow_ups: Mapped[list[FollowUp]] = relationship(
        back_populates="match", cascade="all, delete-orphan", order_by="FollowUp.due_date"
    )

    def __repr__(self) -> str:
        return f"<Match {self.id} {self.newcomer_id}->{self.offer_id} {self.status}>"


class MatchEvent(db.Model):
    """One transition of a match: from which status to which, by whom, in which role, when and why."""

    __tablename__ = "match_events"

    #: surrogate key
    id: Mapped[int] = mapped_column(primary_key=True)
    #: the match that changed
    match_id: Mapped[int] = mapped_column(ForeignKey("matches.id"), index=True)
    #: status before; None when the match was created
    from_status: Mapped[str | None] = mapped_column(String(16))
    #: status after
    to_status: Mapped[str] = mapped_column(String(16), index=True)
    #: who made the change; None for the system
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    #: the capacity they acted in (a :class:`~webapp.matches.lifecycle.Role` value)
    actor_role: Mapped[str] = mapped_column(String(16), default="system")
    #: reason code chosen with the decision
    reason_code: Mapped[str | None] = mapped_column(String(24))
    #: free-text remark given with the decision
    reason: Mapped[str] = mapped_column(Text, default="")
    #: when
    created_dt: Mapped[datetime] = mapped_column(default=utcnow, index=True)

    match: Mapped[Match] = relationship(back_populates="events")
    actor: Mapped[User | None] = relationship()

    def __repr__(self) -> str:
        return f"<MatchEvent {self.match_id} {self.from_status}->{self.to_status}>"


class Suggestion(db.Model):
    """A ranked pair as the ranker last saw it; pages read these, they never rank themselves.

    A newcomer's refresh stores their best offers, and their pair with every
    offer whose list of best candidates they now enter; an offer's refresh
    does the same the other way round. A page reads a subject's rows ordered
    by score: the newcomer's best offers, or the offer's best candidates.
    """

    __tablename__ = "suggestions"
    __table_args__ = (
        UniqueConstraint("newcomer_id", "offer_id"),
        Index("ix_suggestions_newcomer_score", "newcomer_id", "score"),
        Index("ix_suggestions_offer_score", "offer_id", "score"),
    )

    #: surrogate key
    id: Mapped[int] = mapped_column(primary_key=True)
    #: the newcomer
    newcomer_id: Mapped[int] = mapped_column(ForeignKey("newcomers.id"))
    #: the offer
    offer_id: Mapped[int] = mapped_column(ForeignKey("offers.id"))
    #: blended ranker score 0..1 after fair spread
    score: Mapped[float] = mapped_column(Float)
    #: why, as message keys with parameters: [{"key": "reason.shared_interest", "params": {...}}]
    reasons: Mapped[list] = mapped_column(JSON, default=list)
    #: ``ModelVersion.name`` of the scorer
    model_version: Mapped[str] = mapped_column(String(40))
    #: the newcomer said "later": hidden from their list until this day
    hidden_until: Mapped[date | None]
    #: when it was computed
    computed_dt: Mapped[datetime] = mapped_column(default=utcnow)

    newcomer: Mapped[Newcomer] = relationship()
    offer: Mapped[Offer] = relationship()

    def __repr__(self) -> str:
        return f"<Suggestion {self.newcomer_id}->{self.offer_id} {self.score:.2f}>"


class SuggestionRun(db.Model):
    """When the suggestions of one newcomer or one offer were last computed, and by which model.

    A subject whose ``updated_dt`` is later than its run is stale; the refresh
    job recomputes exactly those, in whichever process runs it.
    """

    __tablename__ = "suggestion_runs"
    __table_args__ = (UniqueConstraint("subject_type", "subject_id"),)

    #: surrogate key
    id: Mapped[int] = mapped_column(primary_key=True)
    #: ``newcomer`` or ``offer``
    subject_type: Mapped[str] = mapped_column(String(16))
    #: its id
    subject_id: Mapped[int]
    #: the subject's ``updated_dt`` that was used
    source_dt: Mapped[datetime]
    #: the model that computed it
    model_version: Mapped[str] = mapped_column(String(40))

    def __repr__(self) -> str:
        return f"<SuggestionRun {self.subject_type}:{self.subject_id}>"


class ModelVersion(db.Model):
    """A ranking model the site has used: the rule prior, or one trained on coordinators' decisions."""

    __tablename__ = "model_versions"

    #: surrogate key
    id: Mapped[int] = mapped_column(primary_key=True)
    #: shown to coordinators, e.g. ``prior`` or ``decisions-2026-12-01-1``
    name: Mapped[str] = mapped_column(String(40), unique=True)
    #: the one that ranks now
    is_active: Mapped[bool] = mapped_column(Boolean, default=False)
    #: labelled decisions it was trained on (0 for the prior)
    n_labels: Mapped[int] = mapped_column(default=0)
    #: held-out metrics against the model it was compared with
    metrics: Mapped[dict] = mapped_column(JSON, default=dict)
    #: model file under the instance folder; None for the prior
    path: Mapped[str | None] = mapped_column(String(255))
    #: why it was or was not promoted
    note: Mapped[str] = mapped_column(Text, default="")
    #: when it was made
    created_dt: Mapped[datetime] = mapped_column(default=utcnow)

    def __repr__(self) -> str:
        return f"<ModelVersion {self.name}{' active' if self.is_active else ''}>"


class FollowUp(db.Model):
    """A check at a set moment of a running match, on the coordinator's task list."""

    __tablename__ = "follow_ups"

    #: surrogate key
    id: Mapped[int] = mapped_column(primary_key=True)
    #: the match to look at
    match_id: Mapped[int] = mapped_column(ForeignKey("matches.id"), index=True)
    #: a key of ``webapp.matches.followups.KINDS``
    kind: Mapped[str] = mapped_column(String(24))
    #: when it should be done
    due_date: Mapped[date] = mapped_column(index=True)
    #: when it was done; None = open
    done_dt: Mapped[datetime | None]
    #: who did it
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    #: a key of ``webapp.matches.followups.OUTCOMES``
    outcome: Mapped[str | None] = mapped_column(String(24))
    #: what was discussed (never shown to providers)
    notes: Mapped[str] = mapped_column(Text, default="")

    match: Mapped[Match] = relationship(back_populates="follow_ups")

    def __repr__(self) -> str:
        return f"<FollowUp {self.match_id} {self.kind} {self.due_date}>"


class OfferConcept(db.Model):
    """What an offer is about, as concepts of ``matching`` ("football", "sewing"), for search.

    Written whenever an offer is saved (``webapp.matches.search``); a query in any language is
    read into the same concepts and joined here, so "كرة القدم" finds "Voetbalvereniging".
    """

    __tablename__ = "offer_concepts"
    __table_args__ = (Index("ix_offer_concepts_concept", "concept", "offer_id"),)

    #: the offer
    offer_id: Mapped[int] = mapped_column(ForeignKey("offers.id", ondelete="CASCADE"), primary_key=True)
    #: a concept id of the matching taxonomy
    concept: Mapped[str] = mapped_column(String(64), primary_key=True)
    #: how sure the reading is (1.0 named outright, lower for a typo or a broader concept),
    #: plus `search.TITLE_BONUS` when the title names it
    weight: Mapped[float] = mapped_column(Float)
