"""Organisations post offers; new ones are moderated before their offers go public."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from flask_babel import lazy_gettext as _l
from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from ..domain import StateMachine
from ..extensions import db
from ..gemeenten.models import Gemeente
from ..timeutil import utcnow
from .names import skeleton

#: Organisation kinds (see the glossary), with their labels.
KINDS = {
    "vereniging": _l("Club or association"),
    "werkgever": _l("Employer"),
    "welzijn": _l("Welfare organisation"),
    "taalpunt": _l("Taalpunt (language point)"),
    "vluchtelingenwerk": _l("VluchtelingenWerk"),
    "gemeente": _l("Municipality"),
    "kerk": _l("Church or faith community"),
    "bibliotheek": _l("Library"),
    "particulier": _l("Individual volunteer"),
}


class ModerationStatus(StrEnum):
    #: new: its offers wait for an administrator
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


#: Labels of :class:`ModerationStatus`.
MODERATION = {
    ModerationStatus.PENDING: _l("Waiting for review"),
    ModerationStatus.APPROVED: _l("Approved"),
    ModerationStatus.REJECTED: _l("Rejected"),
}

_M = ModerationStatus
#: An administrator may change their mind either way; every change is audited with a reason.
MODERATION_LIFECYCLE = StateMachine(
    ModerationStatus,
    [
        (None, _M.PENDING),
        (None, _M.APPROVED),
        (_M.PENDING, _M.APPROVED),
        (_M.PENDING, _M.REJECTED),
        (_M.APPROVED, _M.REJECTED),
        (_M.REJECTED, _M.APPROVED),
    ],
)


class Organisation(db.Model):
    __tablename__ = "organisations"

    #: surrogate key
    id: Mapped[int] = mapped_column(primary_key=True)
    #: public name
    name: Mapped[str] = mapped_column(String(200))
    #: the name as a reader sees it (`names.skeleton`): look-alikes of a partner are refused
    name_key: Mapped[str] = mapped_column(String(200), default="", server_default="", index=True)
    #: one of :data:`KINDS`
    kind: Mapped[str] = mapped_column(String(32))
    #: the gemeente it mainly works in
    gemeente_id: Mapped[int] = mapped_column(ForeignKey("gemeenten.id"), index=True)
    #: short public description
    description: Mapped[str] = mapped_column(Text, default="")
    #: public contact e-mail
    email: Mapped[str | None] = mapped_column(String(254))
    #: public contact phone
    phone: Mapped[str | None] = mapped_column(String(40))
    #: one of :class:`ModerationStatus`
    moderation_status: Mapped[str] = mapped_column(String(16), default=ModerationStatus.PENDING)
    #: why an administrator rejected it (shown to its providers)
    moderation_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    #: when the record was created
    created_dt: Mapped[datetime] = mapped_column(default=utcnow)

    gemeente: Mapped[Gemeente] = relationship()

    @validates("name")
    def _keep_name_key(self, _key, name):
        self.name_key = skeleton(name)
        return name

    @property
    def is_approved(self) -> bool:
        return self.moderation_status == ModerationStatus.APPROVED

    @property
    def kind_label(self) -> str:
        return str(KINDS.get(self.kind, self.kind))

    def __repr__(self) -> str:
        return f"<Organisation {self.id} {self.name!r} {self.kind}>"
