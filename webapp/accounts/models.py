"""Users and their roles; coordinator and gemeente roles are scoped to one gemeente each."""

from __future__ import annotations

import hashlib
import hmac
from datetime import datetime

from flask_babel import lazy_gettext as _l
from flask_login import UserMixin
from sqlalchemy import JSON, ForeignKey, String, UniqueConstraint, false, true
from sqlalchemy.orm import Mapped, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash

from ..extensions import db
from ..gemeenten.models import Gemeente
from ..organisations.models import Organisation
from ..timeutil import utcnow

ROLES = {
    "newcomer": _l("Newcomer"),
    "provider": _l("Provider"),
    "coordinator": _l("Coordinator"),
    "gemeente": _l("Municipality staff"),
    "admin": _l("Administrator"),
    #: a bilingual volunteer (sleutelfiguur, bruggenbouwer) who translates offers of one gemeente
    "translator": _l("Translator"),
}

#: Roles that only make sense within one gemeente (the tenant).
SCOPED_ROLES = {"coordinator", "gemeente", "translator"}


class User(UserMixin, db.Model):
    __tablename__ = "users"

    #: surrogate key
    id: Mapped[int] = mapped_column(primary_key=True)
    #: login e-mail, lower-cased; either this or ``phone`` is set
    email: Mapped[str | None] = mapped_column(String(254), unique=True)
    #: login phone number in digits only (many newcomers have no e-mail)
    phone: Mapped[str | None] = mapped_column(String(20), unique=True)
    #: name shown to colleagues
    display_name: Mapped[str] = mapped_column(String(120))
    #: werkzeug password hash
    password_hash: Mapped[str] = mapped_column(String(255))
    #: interface language chosen by the user (a key of ``UI_LANGUAGES``)
    preferred_language: Mapped[str | None] = mapped_column(String(8))
    #: organisation a provider acts for
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    #: false blocks log in without deleting history
    is_active_account: Mapped[bool] = mapped_column(default=True)
    #: when the account was created
    created_dt: Mapped[datetime] = mapped_column(default=utcnow)
    #: last successful log in
    last_login_dt: Mapped[datetime | None]
    #: raised at every log-out and password change: every session made before it ends
    session_generation: Mapped[int] = mapped_column(default=0, server_default="0")
    #: base32 secret of the authenticator app (two-step log-in); None = not set up
    totp_secret: Mapped[str | None] = mapped_column(String(32))
    #: time step of the last accepted code, so no code is accepted twice
    totp_last_step: Mapped[int | None]
    #: when the e-mail address was confirmed; a provider's login works only after that
    email_confirmed_dt: Mapped[datetime | None]
    #: notifications are also sent by e-mail (when there is an address)
    notify_by_email: Mapped[bool] = mapped_column(default=True, server_default=true())
    #: a weekly e-mail with new suggestions (opt-in)
    weekly_digest: Mapped[bool] = mapped_column(default=False, server_default=false())
    #: when the last weekly digest went out
    last_digest_dt: Mapped[datetime | None]

    organisation: Mapped[Organisation | None] = relationship()
    grants: Mapped[list[RoleGrant]] = relationship(back_populates="user", cascade="all, delete-orphan", lazy="selectin")

    @property
    def is_active(self) -> bool:  # Flask-Login refuses inactive users
        return self.is_active_account

    def set_password(self, password: str) -> None:
        self.password_hash = generate_password_hash(password)

    def check_password(self, password: str) -> bool:
        return check_password_hash(self.password_hash, password)

    @property
    def password_fingerprint(self) -> str:
        """A short digest of the password hash: changes with the password, reveals nothing of it.

        Sessions and reset links carry it, so both die the moment the password
        changes (a stolen session or an old link stops working after a reset).
        """
        return hashlib.sha256(self.password_hash.encode()).hexdigest()[:16]

    def fingerprint_matches(self, value) -> bool:
        """Constant-time check of the password fingerprint carried by a reset link."""
        return hmac.compare_digest(self.password_fingerprint.encode(), str(value).encode("utf-8", "replace"))

    @property
    def session_fingerprint(self) -> str:
        """What a session carries: changes with the password and with every log-out."""
        return hashlib.sha256(f"{self.password_hash}:{self.session_generation}".encode()).hexdigest()[:16]

    def session_matches(self, value) -> bool:
        return hmac.compare_digest(self.session_fingerprint.encode(), str(value).encode("utf-8", "replace"))

    def end_sessions(self) -> None:
        """Every session of this user, on every device, ends now (log-out, lost phone, new password)."""
        self.session_generation = (self.session_generation or 0) + 1

    def get_id(self) -> str:
        """Flask-Login's session id: the user id plus the session fingerprint."""
        return f"{self.id}:{self.session_fingerprint}"

    def has_role(self, *roles: str) -> bool:
        return any(grant.role in roles for grant in self.grants)

    @property
    def roles(self) -> set[str]:
        return {grant.role for grant in self.grants}

    def gemeente_ids(self, role: str) -> set[int]:
        """Gemeenten in which this user holds ``role``; the basis of every tenant check."""
        return {g.gemeente_id for g in self.grants if g.role == role and g.gemeente_id}

    def grant(self, role: str, gemeente: Gemeente | None = None, languages=None) -> None:
        """Give a role (again: a translator's languages are replaced by the new choice)."""
        gemeente_id = gemeente.id if gemeente else None
        existing = next((g for g in self.grants if g.role == role and g.gemeente_id == gemeente_id), None)
        if existing is None:
            self.grants.append(
                RoleGrant(role=role, gemeente=gemeente, languages=sorted(languages) if languages else None)
            )
        elif languages:
            existing.languages = sorted(languages)

    @property
    def translation_languages(self) -> list[str]:
        """The languages this user translates offers into, over all their translator grants."""
        return sorted({lang for g in self.grants if g.role == "translator" for lang in g.languages or ()})

    @property
    def login_name(self) -> str:
        return self.email or self.phone or ""

    def __repr__(self) -> str:
        return f"<User {self.id} {self.login_name!r}>"


class RoleGrant(db.Model):
    __tablename__ = "role_grants"
    __table_args__ = (UniqueConstraint("user_id", "role", "gemeente_id"),)

    #: surrogate key
    id: Mapped[int] = mapped_column(primary_key=True)
    #: the user who holds the role
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    #: one of :data:`ROLES`
    role: Mapped[str] = mapped_column(String(16))
    #: the gemeente a coordinator or gemeente role is limited to
    gemeente_id: Mapped[int | None] = mapped_column(ForeignKey("gemeenten.id"), index=True)
    #: a translator's languages (codes of ``offers.models.TRANSLATION_LANGUAGES``); None for other roles
    languages: Mapped[list | None] = mapped_column(JSON)

    user: Mapped[User] = relationship(back_populates="grants")
    gemeente: Mapped[Gemeente | None] = relationship()

    def __repr__(self) -> str:
        return f"<RoleGrant {self.user_id} {self.role} {self.gemeente_id}>"
