"""Audit events are append-only; they name records by id and never copy personal data."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db
from ..timeutil import utcnow


class AuditEvent(db.Model):
    __tablename__ = "audit_events"

    #: surrogate key
    id: Mapped[int] = mapped_column(primary_key=True)
    #: who acted; None for the system or an anonymous visitor
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    #: what happened, e.g. ``newcomer.create``, ``offer.publish``
    action: Mapped[str] = mapped_column(String(64), index=True)
    #: kind of record acted on, e.g. ``newcomer``
    subject_type: Mapped[str] = mapped_column(String(32))
    #: id of the record acted on
    subject_id: Mapped[int | None]
    #: tenant of the record, so a gemeente can review its own trail
    gemeente_id: Mapped[int | None] = mapped_column(ForeignKey("gemeenten.id"), index=True)
    #: non-personal details, e.g. changed field names
    details: Mapped[dict] = mapped_column(JSON, default=dict)
    #: when
    created_dt: Mapped[datetime] = mapped_column(default=utcnow, index=True)

    def __repr__(self) -> str:
        return f"<AuditEvent {self.action} {self.subject_type}:{self.subject_id}>"
