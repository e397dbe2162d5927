"""Interface languages: which exist, which are written right-to-left, and which one a request gets."""

from __future__ import annotations

from flask import current_app, has_request_context, request, session
from flask_babel import get_locale as babel_locale
from flask_babel import lazy_gettext as _l
from flask_login import current_user

#: UI languages with a catalog in ``translations/``, in the order the switcher shows them.
#: Each is named in its own language, so a person who reads nothing else still finds theirs.
UI_LANGUAGES = {
    "nl": "Nederlands",
    "en": "English",
    "ar": "العربية",
    "ti": "ትግርኛ",
}

#: Scripts written right to left; decides ``dir`` on every page and the Bootstrap build.
RTL_LANGUAGES = {"ar", "fa", "ps", "ur", "he"}

#: Languages a newcomer or a host may speak (profile and offer fields), ISO 639-1 where one exists.
SPOKEN_LANGUAGES = {
    "nl": _l("Dutch"),
    "en": _l("English"),
    "ar": _l("Arabic"),
    "ti": _l("Tigrinya"),
    "fa": _l("Farsi / Dari"),
    "so": _l("Somali"),
    "ps": _l("Pashto"),
    "ku": _l("Kurdish"),
    "tr": _l("Turkish"),
    "fr": _l("French"),
    "am": _l("Amharic"),
    "uk": _l("Ukrainian"),
}


def select_locale() -> str:
    """Pick the UI language: the user's saved choice, then the session, then the browser.

    Outside a request (a background job, a command) it is Dutch unless the caller forces
    another locale, as the mail jobs do for each recipient.
    """
    if not has_request_context():
        return current_app.config["BABEL_DEFAULT_LOCALE"]
    if current_user and current_user.is_authenticated and current_user.preferred_language:
        if current_user.preferred_language in UI_LANGUAGES:
            return current_user.preferred_language
    chosen = session.get("lang")
    if chosen in UI_LANGUAGES:
        return chosen
    return request.accept_languages.best_match(UI_LANGUAGES) or current_app.config[
        "BABEL_DEFAULT_LOCALE"
    ]


def current_language() -> str:
    return str(babel_locale() or "nl")


def text_direction(lang: str | None = None) -> str:
    return "rtl" if (lang or current_language()) in RTL_LANGUAGES else "ltr"


def template_globals() -> dict:
    lang = current_language()
    return {
        "ui_lang": lang,
        "ui_dir": text_direction(lang),
        "ui_languages": UI_LANGUAGES,
    }


def init_app(app) -> None:
    app.context_processor(template_globals)
