"""Interface languages: which exist, which are written right-to-left, and which one a request gets."""

from __future__ import annotations

from flask import current_app, g, has_app_context, has_request_context, request, session
from flask_babel import Domain, support
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
    "fa": "فارسی / دری",
    "so": "Soomaali",
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


#: Remembers the last explicit choice on this browser for a year, also when nobody is logged in.
LANGUAGE_COOKIE = "meedoen_lang"


def select_locale() -> str:
    """The interface language, in this order: a choice made in this session (the switcher, also on
    the log-in page), the user's saved preference, the browser's remembered choice (a cookie), the
    browser's Accept-Language, Dutch.

    Outside a request (a background job, a command) it is Dutch unless the caller forces
    another locale, as the mail jobs do for each recipient.
    """
    if not has_request_context():
        return current_app.config["BABEL_DEFAULT_LOCALE"]
    candidates = [session.get("lang")]
    if current_user and current_user.is_authenticated:
        candidates.append(current_user.preferred_language)
    candidates.append(request.cookies.get(LANGUAGE_COOKIE))
    for lang in candidates:
        if lang in UI_LANGUAGES:
            return lang
    return request.accept_languages.best_match(UI_LANGUAGES) or current_app.config["BABEL_DEFAULT_LOCALE"]


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


class RequestDomain(Domain):
    """The app's message catalog, looked up once per request and locale.

    Flask-Babel finds its request context three times and spells out the locale's name for
    every string it translates (12 µs; 24 µs through Jinja's ``_``), and a page of twenty offer
    cards translates some four hundred. Here the catalog is kept on ``g`` beside the locale it
    is for, so ``force_locale`` (mail jobs) and ``refresh()`` still switch language at once.
    """

    def get_translations(self):
        if not has_app_context():
            return support.NullTranslations()
        locale = babel_locale()
        cached = g.get("_meedoen_translations")
        if cached is not None and cached[0] is locale:
            return cached[1]
        translations = super().get_translations()
        g._meedoen_translations = (locale, translations)
        return translations


def init_app(app) -> None:
    app.context_processor(template_globals)
    # Flask-Babel reads this cached property of the (shared) Babel object on every lookup.
    app.extensions["babel"].instance.domain_instance = RequestDomain(domain=app.config.get("BABEL_DOMAIN", "messages"))
