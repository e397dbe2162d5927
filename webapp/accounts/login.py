"""Log-in wiring and the role checks every protected view uses."""

from __future__ import annotations

from functools import wraps

from flask import abort
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from ..extensions import db, login_manager
from .models import User


@login_manager.user_loader
def load_user(session_id: str) -> User | None:
    """The user of a session, unless the password changed since it was made (see `User.get_id`)."""
    user_id, _, fingerprint = session_id.partition(":")
    if not (user_id.isascii() and user_id.isdigit()):
        return None
    user = db.session.get(User, int(user_id))
    if user is None or not user.is_active:  # a deactivated account loses its sessions at once
        return None
    return user if user.fingerprint_matches(fingerprint) else None


def init_app(app) -> None:
    login_manager.init_app(app)
    login_manager.login_view = "accounts.login"
    login_manager.login_message = _l("Please log in to see this page.")
    login_manager.login_message_category = "info"


def role_required(*roles: str):
    """Anonymous visitors go to the log-in page; logged-in users without the role get 403."""

    def decorator(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            if not current_user.is_authenticated:
                return login_manager.unauthorized()
            if not current_user.has_role(*roles):
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorator
