"""Reasons in the reader's language: the ranker gives message keys, the catalogs give the words.

The newcomer reads "You wrote about football"; a coordinator or provider reads
"Wrote about football" about them. Concept names come from the taxonomy in the
reader's language; type, goal and language names from our own vocabulary.
"""

from __future__ import annotations

from flask_babel import format_decimal
from flask_babel import lazy_gettext as _l

from .. import vocab
from ..i18n import SPOKEN_LANGUAGES, current_language
from . import ranking

#: Text for the newcomer (second person).
FOR_NEWCOMER = {
    "reason.shared_interest": _l("You wrote about %(concept)s"),
    "reason.former_trade": _l("Fits your work: %(concept)s"),
    "reason.wanted_type": _l("You asked for this: %(type)s"),
    "reason.for_your_child": _l("For your child: %(concept)s"),
    "reason.home_visit": _l("Someone comes to your home"),
    "reason.women_only": _l("Only for women"),
    "reason.fits_goal": _l("Helps with your goal: %(goal)s"),
    "reason.fits_schedule": _l("At a time you are free"),
    "reason.nearby": _l("Close by: %(km)s km"),
    "reason.host_speaks_language": _l("Someone there speaks %(language)s"),
    "reason.childcare": _l("Childcare is arranged"),
    "reason.free": _l("It is free"),
    "reason.language_rich": _l("You speak a lot of Dutch here"),
    "reason.level_fits": _l("Fits your level of Dutch"),
    "reason.age_group": _l("For your age"),
}

#: Text about the newcomer, for coordinators and providers.
ABOUT_NEWCOMER = {
    "reason.shared_interest": _l("Wrote about %(concept)s"),
    "reason.former_trade": _l("Work experience: %(concept)s"),
    "reason.wanted_type": _l("Asked for: %(type)s"),
    "reason.for_your_child": _l("For their child: %(concept)s"),
    "reason.home_visit": _l("Comes to their home"),
    "reason.women_only": _l("Only for women, as asked"),
    "reason.fits_goal": _l("Fits a goal of the personal plan: %(goal)s"),
    "reason.fits_schedule": _l("Free at these times"),
    "reason.nearby": _l("Lives close by: %(km)s km"),
    "reason.host_speaks_language": _l("The host speaks %(language)s"),
    "reason.childcare": _l("Needs childcare, which is arranged"),
    "reason.free": _l("Free of charge"),
    "reason.language_rich": _l("Language-rich place for a Dutch learner"),
    "reason.level_fits": _l("Dutch level fits"),
    "reason.age_group": _l("Age fits"),
}

#: A pictogram per reason (Bootstrap Icons in the vendored sprite).
ICONS = {
    "reason.shared_interest": "heart",
    "reason.former_trade": "tools",
    "reason.wanted_type": "check2-circle",
    "reason.for_your_child": "balloon-heart",
    "reason.home_visit": "house-heart",
    "reason.women_only": "gender-female",
    "reason.fits_goal": "flag",
    "reason.fits_schedule": "calendar-check",
    "reason.nearby": "geo-alt",
    "reason.host_speaks_language": "chat-dots",
    "reason.childcare": "balloon-heart",
    "reason.free": "wallet2",
    "reason.language_rich": "megaphone",
    "reason.level_fits": "bar-chart",
    "reason.age_group": "person",
}


def _values(params: dict, lang: str) -> dict:
    values = dict(params)
    if "concept" in values:
        values["concept"] = ranking.concept_label(values["concept"], lang)
    if "type" in values:
        values["type"] = str(vocab.OFFER_TYPES.get(values["type"], values["type"]))
    if "goal" in values:
        values["goal"] = str(vocab.GOALS.get(values["goal"], values["goal"]))
    if "language" in values:
        values["language"] = str(SPOKEN_LANGUAGES.get(values["language"], values["language"]))
    if "km" in values:
        values["km"] = format_decimal(values["km"], format="#,##0.#")
    return values


def render(reasons: list[dict], about: bool = False) -> list[tuple[str, str]]:
    """(icon, plain text) per stored reason; unknown keys are left out (a newer ranker's reason)."""
    texts = ABOUT_NEWCOMER if about else FOR_NEWCOMER
    lang = current_language()
    out = []
    for reason in reasons or ():
        key = reason.get("key") if isinstance(reason, dict) else None
        if key not in texts:
            continue
        try:
            out.append((ICONS.get(key, "dot"), str(texts[key]) % _values(reason.get("params") or {}, lang)))
        except (KeyError, TypeError, ValueError):
            continue
    return out


def matched_concepts(reasons: list[dict]) -> list[str]:
    """The interests and trades that made a pair: what a provider may know before approval."""
    lang = current_language()
    return [
        ranking.concept_label(r["params"]["concept"], lang)
        for r in reasons or ()
        if isinstance(r, dict)
        and r.get("key") in ("reason.shared_interest", "reason.former_trade", "reason.for_your_child")
        and (r.get("params") or {}).get("concept")
    ]


def init_app(app) -> None:
    app.jinja_env.globals.update(render_reasons=render, matched_concepts=matched_concepts)
