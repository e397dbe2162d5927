"""Log-in wiring, session lifetime and the role checks every protected view uses.

A session ends at log-out on every device, when the password changes, after
``SESSION_IDLE_MINUTES`` without a request and ``SESSION_MAX_HOURS`` after the log-in,
whichever comes first: a cookie copied from a shared computer stops working.
"""

from __future__ import annotations

import time
from datetime import timedelta

from flask import current_app, flash, redirect, request, session, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_user, logout_user
from itsdangerous import BadSignature, URLSafeTimedSerializer

from ..extensions import db, login_manager
from .models import User


@login_manager.user_loader
def load_user(session_id: str) -> User | None:
    """The user of a session, unless it logged out or changed password since (see `User.get_id`)."""
    user_id, _, fingerprint = session_id.partition(":")
    if not (user_id.isascii() and user_id.isdigit()) or len(user_id) > 10:
        return None
    user = db.session.get(User, int(user_id))
    if user is None or not user.is_active:  # a deactivated account loses its sessions at once
        return None
    return user if user.session_matches(fingerprint) else None


#: Session keys: when the user logged in, and when they were last seen (epoch seconds).
_LOGGED_IN_AT, _SEEN_AT = "_auth_at", "_seen_at"
#: A session is refreshed at most this often, so not every request rewrites the cookie.
_SEEN_EVERY = 60


def start_session(user: User, must_change_password: bool = False) -> None:
    """Log in: a new session (no values carried over from before), with its start time."""
    lang = session.get("lang")
    session.clear()
    if lang:
        session["lang"] = lang
    login_user(user)
    session.permanent = True
    session[_LOGGED_IN_AT] = session[_SEEN_AT] = int(time.time())
    if must_change_password:
        session[_MUST_CHANGE] = True


#: Session keys of a log-in waiting for its second step, and of a password that must be changed.
_PENDING, _MUST_CHANGE = "_pending_login", "_must_change_password"
#: Minutes to type the code after the password.
SECOND_STEP_MINUTES = 5


def begin_second_step(user: User, weak: bool, target: str | None) -> None:
    """The password was right; the code (or setting up the app) comes next, nothing is logged in yet."""
    lang = session.get("lang")
    session.clear()
    if lang:
        session["lang"] = lang
    session[_PENDING] = {
        "user": user.id,
        "at": int(time.time()),
        "weak": weak,
        "next": target,
        "fingerprint": user.session_fingerprint,
    }


def pending_second_step():
    """(user, weak, next) of a log-in waiting for its code, or None when there is none (any more)."""
    pending = session.get(_PENDING)
    if not isinstance(pending, dict) or time.time() - pending.get("at", 0) > SECOND_STEP_MINUTES * 60:
        session.pop(_PENDING, None)
        return None
    user = db.session.get(User, pending.get("user"))
    if user is None or not user.is_active or not user.session_matches(pending.get("fingerprint")):
        return None
    return user, bool(pending.get("weak")), pending.get("next")


#: A device that logged in to an account before keeps its way in while guessing locks the account.
DEVICE_COOKIE = "meedoen_device"
DEVICE_DAYS = 180


def _devices() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="trusted-device")


def remember_device(response, account_key: str) -> None:
    """After a successful log-in: this browser may log in to this account even while it is locked."""
    response.set_cookie(
        DEVICE_COOKIE,
        _devices().dumps(account_key),
        max_age=DEVICE_DAYS * 86400,
        httponly=True,
        samesite="Lax",
        secure=current_app.config.get("SESSION_COOKIE_SECURE", False),
    )


def trusted_device(account_key: str) -> bool:
    """Whether this browser logged in to the account the attempt names (OWASP "device cookies")."""
    raw = request.cookies.get(DEVICE_COOKIE)
    if not raw:
        return False
    try:
        return _devices().loads(raw, max_age=DEVICE_DAYS * 86400) == account_key
    except BadSignature:
        return False


def require_new_password():
    """A coordinator who logged in with an easy password changes it before doing anything else."""
    if not session.get(_MUST_CHANGE) or not current_user.is_authenticated:
        return None
    if request.endpoint in ("accounts.account", "accounts.logout", "accounts.set_language", "static"):
        return None
    return redirect(url_for("accounts.account"))


def end_session() -> None:
    """Log out here and on every other device (the session counter goes up)."""
    if current_user.is_authenticated:
        current_user.end_sessions()
        db.session.commit()
    logout_user()
    session.clear()


def enforce_lifetime():
    """End a session idle longer than ``SESSION_IDLE_MINUTES`` or older than ``SESSION_MAX_HOURS``."""
    if "_user_id" not in session:
        return
    now = int(time.time())
    config = current_app.config
    started, seen = session.get(_LOGGED_IN_AT, 0), session.get(_SEEN_AT, 0)
    if now - seen > config["SESSION_IDLE_MINUTES"] * 60 or now - started > config["SESSION_MAX_HOURS"] * 3600:
        logout_user()
        session.clear()
        flash(_("You have been logged out because you were away for a while. Please log in again."), "info")
        return
    if now - seen >= _SEEN_EVERY:
        session[_SEEN_AT] = now


def init_app(app) -> None:
    app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(hours=app.config["SESSION_MAX_HOURS"])
    app.before_request(enforce_lifetime)
    app.before_request(require_new_password)
    login_manager.init_app(app)
    login_manager.login_view = "accounts.login"
    login_manager.login_message = _l("Please log in to see this page.")
    login_manager.login_message_category = "info"
