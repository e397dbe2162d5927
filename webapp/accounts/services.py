"""Account rules kept out of the views: finding a login, registering a provider, roles, passwords.

Every change goes through a function here, is recorded in the audit trail and
announced with ``signals.user_changed``.
"""

from __future__ import annotations

import re

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select
from werkzeug.security import check_password_hash, generate_password_hash

from ..audit.service import record
from ..domain import Conflict, NotFound
from ..extensions import db
from ..forms import normalise_phone
from ..gemeenten.models import Gemeente
from ..organisations.models import Organisation
from ..organisations.names import skeleton
from ..signals import user_changed
from ..timeutil import utcnow
from . import passwords
from .models import SCOPED_ROLES, RoleGrant, User


class AccountError(Conflict):
    """A rule of accounts was broken; ``str(error)`` is a translated message for the user."""

    #: the form field the message belongs to
    field = "email"


class EmailTaken(AccountError):
    """Registration with an address that has an account; the page must not say so (enumeration)."""


class WeakPassword(AccountError):
    field = "password"


class NameTaken(AccountError):
    field = "org_name"


#: What a typed phone login may look like: digits with spaces, dashes, dots or brackets, "+31", "tel:".
_PHONE_LOGIN = re.compile(r"^(?:tel:)?\s*\+?[0-9][0-9 ().\-]{6,22}$", re.IGNORECASE)


def login_identity(typed: str) -> tuple[str, str] | None:
    """What a typed log-in names: ``("email", address)`` or ``("phone", digits)``, else None.

    One reading for the log-in, the reset form and the rate limits alike, and never both kinds:
    "0612345678@anything" is an e-mail address, not the phone account 0612345678.
    """
    typed = (typed or "").strip()
    if "@" in typed:
        return ("email", typed.lower())
    if _PHONE_LOGIN.match(typed):
        return ("phone", normalise_phone(typed[4:] if typed.lower().startswith("tel:") else typed))
    return None


def find_by_login(login: str) -> User | None:
    identity = login_identity(login)
    if identity is None:
        return None
    kind, value = identity
    column = func.lower(User.email) if kind == "email" else User.phone
    return db.session.scalar(select(User).where(column == value))


#: Checked when no user is found, so a wrong login takes as long as a wrong password and the
#: response time does not reveal who has an account.
_DUMMY_HASH = generate_password_hash("no-such-user")


def password_matches(user: User | None, password: str) -> bool:
    if user is None:
        check_password_hash(_DUMMY_HASH, password)
        return False
    return user.check_password(password)


def email_taken(email: str) -> bool:
    return db.session.scalar(select(func.count(User.id)).where(func.lower(User.email) == email.strip().lower())) > 0


def check_password(password: str, user: User, strict: bool | None = None) -> None:
    """Refuse a password that is easy to guess (stricter for roles that see many people's data)."""
    message = passwords.problem(
        password, passwords.needs_strict(user) if strict is None else strict, passwords.personal_words(user)
    )
    if message:
        raise WeakPassword(message)


def register_provider(
    *, display_name, email, password, org_kind, org_name, gemeente_id, org_description="", language=None
) -> User:
    """A new provider brings a new organisation, which waits for moderation.

    The login works once the address is confirmed (`mails.send_confirmation`).
    """
    gemeente = db.session.get(Gemeente, gemeente_id)
    if gemeente is None:
        raise AccountError(_l("Please choose a municipality."))
    name = (org_name or "").strip() or display_name.strip()
    if db.session.scalar(select(func.count(Organisation.id)).where(Organisation.name_key == skeleton(name))):
        raise NameTaken(
            _l(
                "An organisation with this name is already on Meedoen. If you belong to it, "
                "ask its contact person to add you."
            )
        )
    if email_taken(email):
        raise EmailTaken(_l("There is already an account with this e-mail address."))
    organisation = Organisation(
        name=name,
        kind=org_kind,
        gemeente=gemeente,
        description=(org_description or "").strip(),
        email=email.strip().lower(),
        moderation_status="pending",
    )
    user = User(
        display_name=display_name.strip(),
        email=email.strip().lower(),
        organisation=organisation,
        preferred_language=language,
    )
    check_password(password, user, strict=False)
    user.set_password(password)
    user.grant("provider")
    db.session.add_all([organisation, user])
    record("organisation.register", organisation)
    user_changed.send(user, action="register")
    return user


def logged_in(user: User) -> None:
    user.last_login_dt = utcnow()


def confirm_email(user: User) -> None:
    if user.email_confirmed_dt is None:
        user.email_confirmed_dt = utcnow()
        record("user.email_confirmed", user)
        user_changed.send(user, action="email_confirmed")


def change_password(user: User, password: str) -> None:
    """Every session and reset link of the user ends with the old password (see `User.get_id`)."""
    check_password(password, user)
    user.set_password(password)
    user.end_sessions()
    record("user.password", user)
    user_changed.send(user, action="password")


def set_language(user: User, lang: str) -> None:
    user.preferred_language = lang
    user_changed.send(user, action="language")


def grant_role(user: User, role: str, gemeente: Gemeente | None, languages=()) -> None:
    """Coordinator, gemeente and translator roles need a gemeente; the others never have one.

    A translator also needs the languages they translate offers into (Dutch is the source).
    """
    if role in SCOPED_ROLES and gemeente is None:
        raise AccountError(_l("This role needs a municipality."))
    languages = sorted(set(languages or ())) if role == "translator" else []
    if role == "translator" and not languages:
        raise AccountError(_l("Choose the languages this translator translates into."))
    scope = gemeente if role in SCOPED_ROLES else None
    user.grant(role, scope, languages=languages or None)
    record(
        "user.grant",
        user,
        role=role,
        gemeente_id=scope.id if scope else None,
        **({"languages": languages} if languages else {}),
    )
    user_changed.send(user, action="grant")


def revoke_role(user: User, grant_id: int) -> RoleGrant:
    grant = next((g for g in user.grants if g.id == grant_id), None)
    if grant is None:
        raise NotFound()
    user.grants.remove(grant)
    record("user.revoke", user, role=grant.role, gemeente_id=grant.gemeente_id)
    user_changed.send(user, action="revoke")
    return grant


def set_mail_preferences(user: User, notify_by_email: bool, weekly_digest: bool) -> None:
    user.notify_by_email = bool(notify_by_email)
    user.weekly_digest = bool(weekly_digest)
    record("user.mail_preferences", user)
    user_changed.send(user, action="mail_preferences")
