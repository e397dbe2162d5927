"""The shared vocabulary of profiles and offers, with translatable labels.

The keys are those of the matching interchange format (docs/matching-format.md), so
records pass between the web app and ``matching`` unchanged.
"""

from __future__ import annotations

from flask_babel import format_currency, format_decimal, gettext
from flask_babel import lazy_gettext as _l

OFFER_TYPES = {
    "taalcoach": _l("Language coach"),
    "taalcafe": _l("Language café (Koffie en Taal)"),
    "taalstage": _l("Language internship (taalstage)"),
    "werkervaringsplek": _l("Work-experience place"),
    "vrijwilligerswerk": _l("Volunteer work"),
    "maatje": _l("Buddy (maatje)"),
    "sport": _l("Sport"),
    "cultuur": _l("Culture, music, crafts"),
    "cursus": _l("Course or workshop"),
    "ontmoeting": _l("Meeting people"),
    "huiswerkbegeleiding": _l("Homework help"),
    "gezin": _l("Family support"),
}

#: Pictograms per offer type (Bootstrap Icons in the vendored sprite), for newcomers who read little.
OFFER_TYPE_ICONS = {
    "taalcoach": "chat-dots",
    "taalcafe": "cup-hot",
    "taalstage": "shop",
    "werkervaringsplek": "tools",
    "vrijwilligerswerk": "heart",
    "maatje": "people",
    "sport": "dribbble",
    "cultuur": "palette",
    "cursus": "laptop",
    "ontmoeting": "house-heart",
    "huiswerkbegeleiding": "book",
    "gezin": "balloon-heart",
}

OFFER_KINDS = {
    "aanbod": _l("Offer"),
    "vraag": _l("Request"),
}

OFFER_STATUSES = {
    "draft": _l("Draft"),
    "pending": _l("Waiting for review"),
    "published": _l("Published"),
    "closed": _l("Closed"),
}

DAYS = {
    "mon": _l("Monday"),
    "tue": _l("Tuesday"),
    "wed": _l("Wednesday"),
    "thu": _l("Thursday"),
    "fri": _l("Friday"),
    "sat": _l("Saturday"),
    "sun": _l("Sunday"),
}

PARTS = {
    "am": _l("morning"),
    "pm": _l("afternoon"),
    "eve": _l("evening"),
}

#: A pictogram per part of the day, for the week grid.
PART_ICONS = {"am": "sunrise", "pm": "sun", "eve": "moon"}

#: Every day-part key, e.g. ``"tue-eve"``, in calendar order.
DAY_PARTS = [f"{day}-{part}" for day in DAYS for part in PARTS]

DUTCH_LEVELS = {
    "A0": _l("A0: none yet"),
    "A1": _l("A1: beginner"),
    "A2": _l("A2: basic"),
    "B1": _l("B1: independent"),
    "B2": _l("B2: good"),
    "C1": _l("C1: fluent"),
}

LEERROUTES = {
    "b1": _l("B1 route"),
    "onderwijs": _l("Education route"),
    "z": _l("Z route (self-reliance and literacy)"),
}

#: The five PIP domains.
GOALS = {
    "taal": _l("Language"),
    "werk": _l("Work and taking part"),
    "ontmoeten": _l("Meeting people"),
    "gezondheid": _l("Health and well-being"),
    "financien": _l("Money matters"),
}

MOBILITY = {
    "walk": _l("On foot"),
    "bike": _l("Bicycle"),
    "ov": _l("Public transport"),
    "car": _l("Car"),
}

#: Pictograms per way of travelling.
MOBILITY_ICONS = {"walk": "person-walking", "bike": "bicycle", "ov": "bus-front", "car": "car-front"}

GENDERS = {
    "f": _l("Woman"),
    "m": _l("Man"),
    "x": _l("Other / prefer not to say"),
}


CONSENT_SCOPES = {
    "profile": _l("Profile"),
    "contact": _l("Contact details"),
    "progress": _l("Progress"),
}


def listing(items) -> str:
    """Items joined as the reader's language joins a list ("A, B en C", "A وB وC")."""
    from babel.lists import format_list
    from flask_babel import get_locale

    items = [str(item) for item in items or ()]
    return format_list(items, locale=get_locale() or "nl") if items else ""


def age_range(youngest: int | None, oldest: int | None) -> str:
    """An age range in words ("16 years and older"): a bare "16–" reads as "–16" right to left."""
    if youngest and oldest:
        return gettext(
            "%(youngest)s to %(oldest)s years", youngest=format_decimal(youngest), oldest=format_decimal(oldest)
        )
    if youngest:
        return gettext("%(youngest)s years and older", youngest=format_decimal(youngest))
    if oldest:
        return gettext("up to %(oldest)s years", oldest=format_decimal(oldest))
    return ""


def money(amount) -> str:
    """An amount in euros as the reader's language writes it ("€ 2,50" in Dutch)."""
    return format_currency(amount or 0, "EUR")


def number(value) -> str:
    """A number as the reader's language writes it, without needless decimals ("1,5", "2")."""
    return format_decimal(value or 0, format="#,##0.#")


def language_names(codes) -> str:
    """ "Arabic and English" in the reader's language, for a list of language codes."""
    from .i18n import SPOKEN_LANGUAGES

    return listing(SPOKEN_LANGUAGES.get(code, code) for code in codes or ())


def day_part_label(key: str) -> str:
    day, _, part = key.partition("-")
    return f"{DAYS.get(day, day)} {PARTS.get(part, part)}"


def day_part_choices() -> list[tuple[str, str]]:
    return [(key, day_part_label(key)) for key in DAY_PARTS]
