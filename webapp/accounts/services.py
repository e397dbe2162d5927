"""Account rules kept out of the views: who may register how, and activating an invitation."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, or_, select
from werkzeug.security import check_password_hash, generate_password_hash

from ..audit.service import record
from ..extensions import db
from ..forms import normalise_phone
from ..gemeenten.models import Gemeente
from ..newcomers.models import Newcomer
from ..organisations.models import Organisation
from ..timeutil import utcnow
from .models import User
from .tokens import hash_invite_code


class AccountError(ValueError):
    """A rule was broken; ``str(error)`` is a translated message for the user."""


def find_by_login(login: str) -> User | None:
    login = (login or "").strip()
    if not login:
        return None
    return db.session.scalar(
        select(User).where(
            or_(func.lower(User.email) == login.lower(), User.phone == normalise_phone(login))
        )
    )


#: Checked when no user is found, so a wrong login takes as long as a wrong password and the
#: response time does not reveal who has an account.
_DUMMY_HASH = generate_password_hash("no-such-user")


def password_matches(user: User | None, password: str) -> bool:
    if user is None:
        check_password_hash(_DUMMY_HASH, password)
        return False
    return user.check_password(password)


def email_taken(email: str) -> bool:
    return db.session.scalar(
        select(func.count(User.id)).where(func.lower(User.email) == email.strip().lower())
    ) > 0


def register_provider(*, display_name, email, password, org_kind, org_name, gemeente_id,
                      org_description="", language=None) -> User:
    """A new provider brings a new organisation, which waits for moderation."""
    if email_taken(email):
        raise AccountError(_l("There is already an account with this e-mail address."))
    gemeente = db.session.get(Gemeente, gemeente_id)
    if gemeente is None:
        raise AccountError(_l("Please choose a municipality."))
    organisation = Organisation(
        name=(org_name or "").strip() or display_name.strip(),
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
    user.set_password(password)
    user.grant("provider")
    db.session.add_all([organisation, user])
    record("organisation.register", organisation)
    return user


def activate_invitation(*, code, login_kind, phone, email, password, language=None) -> User:
    """Turn a coordinator-made profile into one the newcomer can log in to."""
    newcomer = db.session.scalar(
        select(Newcomer).where(Newcomer.invite_code_hash == hash_invite_code(code))
    )
    if newcomer is None or newcomer.invite_expires_dt is None or newcomer.invite_expires_dt < utcnow():
        raise AccountError(_l("This invitation code is not valid. Ask your coordinator for a new one."))
    if newcomer.user_id is not None:
        raise AccountError(_l("This profile already has a login. Use 'Forgot password' instead."))
    user = User(display_name=newcomer.name, preferred_language=language)
    if login_kind == "email":
        if email_taken(email):
            raise AccountError(_l("There is already an account with this e-mail address."))
        user.email = email.strip().lower()
    else:
        number = normalise_phone(phone)
        if find_by_login(number):
            raise AccountError(_l("There is already an account with this phone number."))
        user.phone = number
    user.set_password(password)
    user.grant("newcomer")
    db.session.add(user)
    newcomer.user = user
    newcomer.invite_code_hash = None
    newcomer.invite_expires_dt = None
    record("newcomer.activate", newcomer)
    return user
