"""What a visitor reads: messages as the default (Dutch) interface shows them."""

from flask import current_app
from flask_babel import force_locale, gettext


def nl(message: str, **variables) -> str:
    with current_app.test_request_context(), force_locale("nl"):
        translated = gettext(message, **variables)
    assert translated != message, f"no Dutch translation for {message!r}"
    return translated
