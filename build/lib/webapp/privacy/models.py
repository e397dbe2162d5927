"""A newcomer's request to erase their data, waiting for a coordinator who checks who is asking."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ..newcomers.models import Newcomer
from ..timeutil import utcnow


class ErasureRequest(db.Model):
    __tablename__ = "erasure_requests"

    #: surrogate key
    id: Mapped[int] = mapped_column(primary_key=True)
    #: whose data
    newcomer_id: Mapped[int] = mapped_column(ForeignKey("newcomers.id"), index=True)
    #: ``open``, ``done`` (erased) or ``withdrawn`` (the newcomer changed their mind)
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)
    #: when the newcomer asked
    requested_dt: Mapped[datetime] = mapped_column(default=utcnow)
    #: when a coordinator handled it
    handled_dt: Mapped[datetime | None]
    #: the coordinator who handled it
    handled_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    newcomer: Mapped[Newcomer] = relationship()

    def __repr__(self) -> str:
        return f"<ErasureRequest {self.newcomer_id} {self.status}>"
