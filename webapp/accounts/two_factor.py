"""Two-step log-in with a code from an authenticator app (TOTP, RFC 6238).

Required for coordinators and administrators where ``REQUIRE_TWO_FACTOR`` is on
(the default in production), optional for everyone else. A code is accepted
once: the time step it belongs to is stored, so a code read over someone's
shoulder cannot be used again.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pyotp
import qrcode
import qrcode.image.svg
from flask import current_app
from flask_babel import lazy_gettext as _l
from markupsafe import Markup

from ..audit.service import record
from ..domain import Conflict
from ..signals import user_changed
from .models import User

ISSUER = "Meedoen"
#: Roles that must use it where it is required: they see and change many newcomers' data.
TWO_FACTOR_ROLES = {"coordinator", "admin"}
WRONG_CODE = _l("This code is not right. Type the 6 digits your app shows now.")


def required(user: User) -> bool:
    return bool(current_app.config.get("REQUIRE_TWO_FACTOR")) and bool(user.roles & TWO_FACTOR_ROLES)


def new_secret() -> str:
    return pyotp.random_base32()


def qr_svg(user: User, secret: str) -> Markup:
    """The enrolment QR code as inline SVG (made here: no external service sees the secret)."""
    uri = pyotp.TOTP(secret).provisioning_uri(name=user.login_name, issuer_name=ISSUER)
    buffer = io.BytesIO()
    qrcode.make(uri, image_factory=qrcode.image.svg.SvgPathImage, box_size=8).save(buffer)
    svg = buffer.getvalue().decode()
    # bandit B704 (Markup): the SVG is qrcode's drawing, path data only; no text of the user is in it.
    return Markup(svg[svg.index("<svg") :])  # nosec B704


def _accepted_step(secret: str, code: str, last_step: int | None) -> int | None:
    """The time step a valid, unused code belongs to (this or the neighbouring 30 s)."""
    code = "".join(ch for ch in (code or "") if ch.isdigit())
    if len(code) != 6:
        return None
    totp = pyotp.TOTP(secret)
    now = totp.timecode(datetime.now(UTC))
    for step in (now, now - 1, now + 1):
        if (last_step is None or step > last_step) and pyotp.utils.strings_equal(totp.generate_otp(step), code):
            return step
    return None


def verify(user: User, code: str) -> None:
    """Accept the code once, or raise :class:`Conflict`."""
    step = _accepted_step(user.totp_secret, code, user.totp_last_step)
    if step is None:
        raise Conflict(WRONG_CODE)
    user.totp_last_step = step


def enable(user: User, secret: str, code: str) -> None:
    step = _accepted_step(secret, code, None)
    if step is None:
        raise Conflict(WRONG_CODE)
    user.totp_secret, user.totp_last_step = secret, step
    record("user.two_factor_on", user)
    user_changed.send(user, action="two_factor_on")


def disable(user: User, code: str) -> None:
    if required(user):
        raise Conflict(_l("Your role needs the two-step log-in; it cannot be switched off."))
    verify(user, code)
    user.totp_secret = user.totp_last_step = None
    record("user.two_factor_off", user)
    user_changed.send(user, action="two_factor_off")
