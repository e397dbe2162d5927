"""The account e-mails (reset link, address confirmation, "someone used your address"), as jobs.

Each is a background job that looks the account up itself, so the page that
asked answers in the same time whether the address is known or not: with the
RQ runner nothing about the account happens during the request.
"""

from __future__ import annotations

from flask import current_app
from flask_babel import force_locale
from flask_babel import gettext as _
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from .. import mail
from ..extensions import db
from .models import User
from .tokens import reset_token

#: How long an address-confirmation link works.
CONFIRM_MAX_AGE = 3 * 24 * 3600


def _link(endpoint: str, **values) -> str:
    return current_app.config["BASE_URL"] + current_app.url_map.bind("localhost").build(endpoint, values)


def _confirmations() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="confirm-email")


def confirmation_token(user: User) -> str:
    return _confirmations().dumps({"id": user.id, "email": user.email})


def user_from_confirmation(token: str) -> User | None:
    try:
        data = _confirmations().loads(token, max_age=CONFIRM_MAX_AGE)
    except (BadSignature, SignatureExpired):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("id"), int):
        return None
    user = db.session.get(User, data["id"])
    return user if user is not None and user.email == data.get("email") else None


def send_reset_link(address: str, lang: str) -> None:
    """The job behind "forgot password": a link for a known address, nothing for an unknown one."""
    from .services import find_by_login

    user = find_by_login(address)
    if user is None or not user.email or not user.is_active:
        return
    with force_locale(user.preferred_language or lang):
        link = _link("accounts.reset_password", token=reset_token(user))
        mail.send(
            user.email,
            _("Choose a new password for Meedoen"),
            _(
                "Open this link within an hour to choose a new password:\n\n%(link)s\n\n"
                "If you did not ask for this, you can ignore this message.",
                link=link,
            ),
        )


def send_confirmation(user_id: int, lang: str) -> None:
    user = db.session.get(User, user_id)
    if user is None or not user.email or user.email_confirmed_dt is not None:
        return
    with force_locale(lang):
        link = _link("accounts.confirm_email", token=confirmation_token(user))
        mail.send(
            user.email,
            _("Confirm your e-mail address for Meedoen"),
            _(
                "Open this link to confirm your e-mail address and log in:\n\n%(link)s\n\n"
                "If you did not register at Meedoen, you can ignore this message.",
                link=link,
            ),
        )


def send_already_registered(address: str, lang: str) -> None:
    """Someone registered with an address that has an account: tell its owner, nobody else."""
    from .services import find_by_login

    user = find_by_login(address)
    if user is None or not user.email:
        return
    with force_locale(user.preferred_language or lang):
        link = _link("accounts.forgot_password")
        mail.send(
            user.email,
            _("Someone tried to register with your e-mail address"),
            _(
                "Somebody tried to make a new Meedoen account with this address. You already have "
                "one. If it was you, log in; if you forgot your password, choose a new one here:"
                "\n\n%(link)s\n\nIf it was not you, you can ignore this message.",
                link=link,
            ),
        )
