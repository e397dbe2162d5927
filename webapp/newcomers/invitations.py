"""One-time invitation codes: a coordinator makes a profile, the newcomer activates a login with the code.

Only a keyed hash of a code is stored, so a code is shown exactly once and a
database leak does not reveal it. Activation takes the code in one conditional
UPDATE, so two people typing the same code at the same moment cannot both
get a login.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta

from flask import current_app
from flask_babel import lazy_gettext as _l
from sqlalchemy import select, update

from ..accounts import services as accounts
from ..accounts.models import User
from ..audit.service import record
from ..domain import Conflict
from ..extensions import db
from ..forms import normalise_phone
from ..signals import newcomer_changed, user_changed
from ..timeutil import utcnow
from .models import Newcomer

#: Codes avoid look-alike characters (0/O, 1/I/L): they are read out and typed on phones.
INVITE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def new_code() -> str:
    raw = "".join(secrets.choice(INVITE_ALPHABET) for _ in range(8))
    return f"{raw[:4]}-{raw[4:]}"


def normalise_code(code: str) -> str:
    cleaned = "".join(ch for ch in (code or "").upper() if ch.isalnum())
    return f"{cleaned[:4]}-{cleaned[4:]}" if len(cleaned) == 8 else cleaned


def hash_code(code: str) -> str:
    """A keyed hash, so codes can be looked up by equality yet a database leak does not reveal them."""
    key = current_app.config["SECRET_KEY"].encode()
    return hmac.new(key, normalise_code(code).encode(), hashlib.sha256).hexdigest()


def issue(newcomer: Newcomer) -> str:
    """A fresh one-time code for a newcomer without a login; replaces any earlier code."""
    code = new_code()
    newcomer.invite_code_hash = hash_code(code)
    newcomer.invite_expires_dt = utcnow() + timedelta(days=current_app.config["INVITE_VALID_DAYS"])
    record("newcomer.invite", newcomer)
    return code


INVALID_CODE = _l("This invitation code is not valid. Ask your coordinator for a new one.")


def activate(*, code, login_kind, phone, email, password, language=None) -> User:
    """Turn a coordinator-made profile into one the newcomer can log in to.

    Raises
    ------
    Conflict
        The code is unknown, expired or already used, or the login is taken.
    """
    code_hash = hash_code(code)
    newcomer = db.session.scalar(select(Newcomer).where(Newcomer.invite_code_hash == code_hash))
    if newcomer is None or newcomer.invite_expires_dt is None or newcomer.invite_expires_dt < utcnow():
        raise Conflict(INVALID_CODE)
    if newcomer.user_id is not None:
        raise Conflict(_l("This profile already has a login. Use 'Forgot password' instead."))
    user = User(display_name=newcomer.name, preferred_language=language)
    if login_kind == "email":
        if accounts.email_taken(email):
            raise Conflict(_l("There is already an account with this e-mail address."))
        user.email = email.strip().lower()
        user.email_confirmed_dt = utcnow()  # the coordinator knows the person who typed it
    else:
        number = normalise_phone(phone)
        if accounts.find_by_login(number):
            raise Conflict(_l("There is already an account with this phone number."))
        user.phone = number
    user.set_password(password)
    user.grant("newcomer")
    db.session.add(user)
    db.session.flush()
    taken = db.session.execute(
        update(Newcomer)
        .where(Newcomer.id == newcomer.id, Newcomer.invite_code_hash == code_hash, Newcomer.user_id.is_(None))
        .values(user_id=user.id, invite_code_hash=None, invite_expires_dt=None, updated_dt=utcnow())
        .execution_options(synchronize_session=False)
    )
    if taken.rowcount != 1:  # someone else used the code a moment ago
        raise Conflict(INVALID_CODE)
    db.session.expire(newcomer)
    record("newcomer.activate", newcomer)
    user_changed.send(user, action="activate")
    newcomer_changed.send(newcomer, action="activate", fields=["user_id"])
    return user
