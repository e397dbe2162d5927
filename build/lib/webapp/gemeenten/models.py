"""A gemeente is the tenant: coordinators and gemeente staff see only their own."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db


class Gemeente(db.Model):
    __tablename__ = "gemeenten"

    #: surrogate key
    id: Mapped[int] = mapped_column(primary_key=True)
    #: official name, e.g. "Dalfsen"
    name: Mapped[str] = mapped_column(String(120), unique=True)

    kernen: Mapped[list[Kern]] = relationship(
        back_populates="gemeente", order_by="Kern.name", cascade="all, delete-orphan"
    )

    def __repr__(self) -> str:
        return f"<Gemeente {self.id} {self.name!r}>"


class Kern(db.Model):
    __tablename__ = "kernen"
    __table_args__ = (UniqueConstraint("gemeente_id", "name"),)

    #: surrogate key
    id: Mapped[int] = mapped_column(primary_key=True)
    #: the gemeente this village or town belongs to
    gemeente_id: Mapped[int] = mapped_column(ForeignKey("gemeenten.id"), index=True)
    #: name of the village or town, e.g. "Nieuwleusen"
    name: Mapped[str] = mapped_column(String(120))
    #: WGS84 latitude of the centre, used for travel distance
    lat: Mapped[float]
    #: WGS84 longitude of the centre
    lon: Mapped[float]

    gemeente: Mapped[Gemeente] = relationship(back_populates="kernen")

    def __repr__(self) -> str:
        return f"<Kern {self.id} {self.name!r}>"
