"""Signed password-reset tokens and one-time invitation codes."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta

from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from ..extensions import db
from ..timeutil import utcnow
from .models import User

#: Invitation codes avoid look-alike characters (0/O, 1/I/L): they are read out and typed on phones.
INVITE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="password-reset")


def reset_token(user: User) -> str:
    """The token carries the password fingerprint, so it dies once the password changes."""
    return _serializer().dumps({"id": user.id, "h": user.password_fingerprint})


def user_from_reset_token(token: str) -> User | None:
    try:
        data = _serializer().loads(token, max_age=current_app.config["PASSWORD_RESET_MAX_AGE"])
    except (BadSignature, SignatureExpired):
        return None
    if not isinstance(data, dict):
        return None
    user = db.session.get(User, data.get("id")) if isinstance(data.get("id"), int) else None
    if user is None or not user.fingerprint_matches(data.get("h")):
        return None
    return user


def new_invite_code() -> str:
    raw = "".join(secrets.choice(INVITE_ALPHABET) for _ in range(8))
    return f"{raw[:4]}-{raw[4:]}"


def normalise_invite_code(code: str) -> str:
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    return f"{cleaned[:4]}-{cleaned[4:]}" if len(cleaned) == 8 else cleaned


def hash_invite_code(code: str) -> str:
    """A keyed hash, so codes can be looked up by equality yet a database leak does not reveal them."""
    key = current_app.config["SECRET_KEY"].encode()
    return hmac.new(key, normalise_invite_code(code).encode(), hashlib.sha256).hexdigest()


def invite_expiry():
    return utcnow() + timedelta(days=current_app.config["INVITE_VALID_DAYS"])
