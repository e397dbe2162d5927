"""A gemeente's own targets for its indicators; without a row, the defaults of `services.TARGETS` apply."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db
from ..timeutil import utcnow


class IndicatorTarget(db.Model):
    __tablename__ = "indicator_targets"
    __table_args__ = (UniqueConstraint("gemeente_id", "indicator"),)

    #: surrogate key
    id: Mapped[int] = mapped_column(primary_key=True)
    #: whose target
    gemeente_id: Mapped[int] = mapped_column(ForeignKey("gemeenten.id"), index=True)
    #: a key of ``services.TARGETS``
    indicator: Mapped[str] = mapped_column(String(40))
    #: the target in the indicator's unit (percent, days, count per year); None = the gemeente set none
    value: Mapped[float | None]
    #: who set it last
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    #: when it was set last
    updated_dt: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    def __repr__(self) -> str:
        return f"<IndicatorTarget {self.gemeente_id} {self.indicator}={self.value}>"
