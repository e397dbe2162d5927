"""A message in someone's inbox; its text is rendered in the reader's language when it is shown."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db
from ..timeutil import utcnow


class Notification(db.Model):
    __tablename__ = "notifications"
    __table_args__ = (Index("ix_notifications_inbox", "user_id", "read_dt", "created_dt"),)

    #: surrogate key
    id: Mapped[int] = mapped_column(primary_key=True)
    #: whose inbox
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    #: a key of ``webapp.notifications.messages.MESSAGES``
    kind: Mapped[str] = mapped_column(String(32))
    #: where "open" leads, a path on this site
    link: Mapped[str] = mapped_column(String(255), default="")
    #: values for the message text (never more personal data than the reader may see)
    params: Mapped[dict] = mapped_column(JSON, default=dict)
    #: when it was made
    created_dt: Mapped[datetime] = mapped_column(default=utcnow)
    #: when the reader opened it; None = unread
    read_dt: Mapped[datetime | None]
    #: when it was e-mailed; None = not (no address, or the reader does not want e-mail)
    emailed_dt: Mapped[datetime | None]

    def __repr__(self) -> str:
        return f"<Notification {self.id} {self.kind} to {self.user_id}>"
