"""Why an offer was suggested: message keys with parameters, and short renderings.

The ranker returns reasons as ``Reason(key, params)`` so the web app can
translate them with its own catalogue (and show a pictogram per key); the
renderings here serve the command line (``--lang``) and are a fallback.
Reasons come from the features that added most to the score of whichever
scorer ranked (the rule prior, the learned model, or their blend; see
`matching.ranker.Ranker.contributions`), so they tell the truth about the
ranking rather than decorate it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from .concepts import concept
from .encoding import HOST_LANGUAGES, reading, vocabulary
from .features import _F, FEATURES, best_concept
from .geo import reliable
from .offer_index import OfferIndex
from .profile_index import ProfileIndex
from .schema import GOALS, OFFER_TYPES

#: Feature column -> message key (`matching.features.FeatureSpec.reason`). Several
#: features can share a key (a wanted type and a wanted type with nothing more
#: specific are one reason for a reader).
FEATURE_REASON = {spec.name: spec.reason for spec in FEATURES if spec.reason}
#: Contributions below this many points are not worth telling anyone.
MIN_POINTS = 0.15

LANGUAGE_NAMES = {
    "nl": {
        "ar": "Arabisch",
        "ti": "Tigrinya",
        "fa": "Farsi",
        "so": "Somalisch",
        "en": "Engels",
        "ku": "Koerdisch",
        "tr": "Turks",
        "fr": "Frans",
        "de": "Duits",
        "am": "Amhaars",
        "ps": "Pashto",
        "uk": "Oekraïens",
        "ru": "Russisch",
    },
    "en": {
        "ar": "Arabic",
        "ti": "Tigrinya",
        "fa": "Farsi",
        "so": "Somali",
        "en": "English",
        "ku": "Kurdish",
        "tr": "Turkish",
        "fr": "French",
        "de": "German",
        "am": "Amharic",
        "ps": "Pashto",
        "uk": "Ukrainian",
        "ru": "Russian",
    },
    "ar": {"ar": "العربية", "ti": "التغرينية", "fa": "الفارسية", "so": "الصومالية", "en": "الإنجليزية"},
    "ti": {"ar": "ዓረብኛ", "ti": "ትግርኛ", "fa": "ፋርስኛ", "so": "ሶማልኛ", "en": "እንግሊዝኛ"},
    "fa": {"ar": "عربی", "ti": "تیگرینیا", "fa": "فارسی", "so": "سومالیایی", "en": "انگلیسی"},
    "so": {"ar": "Carabi", "ti": "Tigrinya", "fa": "Faarisi", "so": "Soomaali", "en": "Ingiriis"},
}

TYPE_NAMES = {
    "nl": {
        "taalcoach": "taalcoach",
        "taalcafe": "taalcafé",
        "taalstage": "taalstage",
        "werkervaringsplek": "werkervaringsplek",
        "vrijwilligerswerk": "vrijwilligerswerk",
        "maatje": "maatje",
        "sport": "sport",
        "cultuur": "cultuur",
        "cursus": "cursus",
        "ontmoeting": "ontmoeting",
        "huiswerkbegeleiding": "huiswerkbegeleiding",
        "gezin": "gezinsondersteuning",
    },
    "en": {
        "taalcoach": "language coach",
        "taalcafe": "language café",
        "taalstage": "language internship",
        "werkervaringsplek": "work experience",
        "vrijwilligerswerk": "volunteering",
        "maatje": "buddy",
        "sport": "sport",
        "cultuur": "culture",
        "cursus": "course",
        "ontmoeting": "meeting people",
        "huiswerkbegeleiding": "homework help",
        "gezin": "family support",
    },
    "ar": {
        "taalcoach": "مدرب لغة",
        "taalcafe": "مقهى اللغة",
        "taalstage": "تدريب لغوي",
        "werkervaringsplek": "خبرة عمل",
        "vrijwilligerswerk": "عمل تطوعي",
        "maatje": "رفيق",
        "sport": "رياضة",
        "cultuur": "ثقافة",
        "cursus": "دورة",
        "ontmoeting": "لقاء",
        "huiswerkbegeleiding": "مساعدة في الواجبات",
        "gezin": "دعم الأسرة",
    },
    "ti": {
        "taalcoach": "መምህር ቋንቋ",
        "taalcafe": "ካፌ ቋንቋ",
        "taalstage": "ልምምድ ቋንቋ",
        "werkervaringsplek": "ልምዲ ስራሕ",
        "vrijwilligerswerk": "ወለንታዊ ስራሕ",
        "maatje": "ብጻይ",
        "sport": "ስፖርት",
        "cultuur": "ባህሊ",
        "cursus": "ኮርስ",
        "ontmoeting": "ርክብ",
        "huiswerkbegeleiding": "ሓገዝ ናይ ገዛ ዕዮ",
        "gezin": "ደገፍ ስድራ",
    },
}

GOAL_NAMES = {
    "nl": {
        "taal": "taal",
        "werk": "werk",
        "ontmoeten": "mensen ontmoeten",
        "gezondheid": "gezondheid",
        "financien": "geldzaken",
    },
    "en": {
        "taal": "language",
        "werk": "work",
        "ontmoeten": "meeting people",
        "gezondheid": "health",
        "financien": "money matters",
    },
    "ar": {
        "taal": "اللغة",
        "werk": "العمل",
        "ontmoeten": "التعارف",
        "gezondheid": "الصحة",
        "financien": "الأمور المالية",
    },
    "ti": {"taal": "ቋንቋ", "werk": "ስራሕ", "ontmoeten": "ምርኻብ ሰባት", "gezondheid": "ጥዕና", "financien": "ገንዘብ"},
}

TEMPLATES = {
    "nl": {
        "reason.shared_interest": "Past bij je interesse: {concept}",
        "reason.former_trade": "Past bij je vak: {concept}",
        "reason.wanted_type": "Je zocht een {type}",
        "reason.fits_goal": "Helpt bij je doel: {goal}",
        "reason.fits_schedule": "Op momenten dat je kunt",
        "reason.nearby": "Dichtbij ({km} km)",
        "reason.host_speaks_language": "De begeleider spreekt {language}",
        "reason.childcare": "Met kinderopvang",
        "reason.free": "Gratis",
        "reason.language_rich": "Je praat er veel Nederlands",
        "reason.level_fits": "Past bij je niveau Nederlands",
        "reason.age_group": "Voor jouw leeftijd",
        "reason.for_your_child": "Voor je kind: {concept}",
        "reason.home_visit": "Komt bij je thuis",
        "reason.women_only": "Alleen voor vrouwen",
    },
    "en": {
        "reason.shared_interest": "Matches your interest: {concept}",
        "reason.former_trade": "Fits your trade: {concept}",
        "reason.wanted_type": "You asked for a {type}",
        "reason.fits_goal": "Helps with your goal: {goal}",
        "reason.fits_schedule": "At times you are free",
        "reason.nearby": "Close by ({km} km)",
        "reason.host_speaks_language": "The host speaks {language}",
        "reason.childcare": "Childcare available",
        "reason.free": "Free of charge",
        "reason.language_rich": "You will speak a lot of Dutch",
        "reason.level_fits": "Fits your level of Dutch",
        "reason.age_group": "For your age group",
        "reason.for_your_child": "For your child: {concept}",
        "reason.home_visit": "Comes to your home",
        "reason.women_only": "For women only",
    },
    "ar": {
        "reason.shared_interest": "يناسب اهتمامك: {concept}",
        "reason.former_trade": "يناسب مهنتك: {concept}",
        "reason.wanted_type": "طلبت {type}",
        "reason.fits_goal": "يساعد في هدفك: {goal}",
        "reason.fits_schedule": "في الأوقات التي تناسبك",
        "reason.nearby": "قريب ({km} كم)",
        "reason.host_speaks_language": "المشرف يتحدث {language}",
        "reason.childcare": "رعاية الأطفال متوفرة",
        "reason.free": "مجاني",
        "reason.language_rich": "ستتحدث الهولندية كثيرًا",
        "reason.level_fits": "يناسب مستواك في الهولندية",
        "reason.age_group": "مناسب لعمرك",
        "reason.for_your_child": "لطفلك: {concept}",
        "reason.home_visit": "يأتي إلى بيتك",
        "reason.women_only": "للنساء فقط",
    },
    "ti": {
        "reason.shared_interest": "ምስ ድሌትካ ይሰማማዕ: {concept}",
        "reason.former_trade": "ምስ ሞያኻ ይሰማማዕ: {concept}",
        "reason.wanted_type": "{type} ሓቲትካ ኔርካ",
        "reason.fits_goal": "ንዕላማኻ ይሕግዝ: {goal}",
        "reason.fits_schedule": "ኣብ እትኽእለሉ ግዜ",
        "reason.nearby": "ቀረባ ({km} ኪ.ሜ)",
        "reason.host_speaks_language": "እቲ ተቐባሊ {language} ይዛረብ",
        "reason.childcare": "ክንክን ቆልዑ ኣሎ",
        "reason.free": "ብነጻ",
        "reason.language_rich": "ብዙሕ ዓዲ ሆላንድ ክትዛረብ ኢኻ",
        "reason.level_fits": "ምስ ደረጃ ሆላንድኛኻ ይሰማማዕ",
        "reason.age_group": "ንዕድሜኻ",
        "reason.for_your_child": "ንቆልዓኻ: {concept}",
        "reason.home_visit": "ናብ ገዛኻ ይመጽእ",
        "reason.women_only": "ንደቂ ኣንስትዮ ጥራይ",
    },
}
LANGUAGES = tuple(TEMPLATES)
DEFAULT_LANGUAGE = "nl"


@dataclass(frozen=True)
class Reason:
    """One reason: a message key the web app translates, and its parameters.

    ``params`` holds raw values (a concept id, an offer type, a language code,
    a distance in km), never translated text.
    """

    key: str
    params: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        """JSON-ready form: ``{"key": ..., "params": {...}}``."""
        return {"key": self.key, "params": dict(self.params)}


def concept_label(cid: str, lang: str) -> str:
    """The concept's own label in the reader's language ("voetbal", "كرة القدم"), never its id."""
    try:
        return concept(cid).label(lang)
    except KeyError:
        return cid.replace("_", " ")


def render(reason: Reason, lang: str = DEFAULT_LANGUAGE) -> str:
    """Short human string for a reason; unknown languages fall back to Dutch."""
    lang = lang if lang in TEMPLATES else DEFAULT_LANGUAGE
    params = dict(reason.params)
    if "concept" in params:
        params["concept"] = concept_label(params["concept"], lang)
    if "type" in params:
        params["type"] = TYPE_NAMES.get(lang, TYPE_NAMES["en"]).get(params["type"], params["type"])
    if "goal" in params:
        params["goal"] = GOAL_NAMES.get(lang, GOAL_NAMES["en"]).get(params["goal"], params["goal"])
    if "language" in params:
        names = LANGUAGE_NAMES.get(lang, {})
        params["language"] = names.get(
            params["language"], LANGUAGE_NAMES["en"].get(params["language"], params["language"])
        )
    template = TEMPLATES[lang].get(reason.key) or TEMPLATES["en"].get(reason.key, reason.key)
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def explain(
    people: ProfileIndex, index: OfferIndex, pairs, X: np.ndarray, points: np.ndarray, limit: int = 3
) -> list[tuple[Reason, ...]]:
    """Reasons for the given (person, offer) pairs, strongest first, at most `limit` each.

    Parameters
    ----------
    people : ProfileIndex
    index : OfferIndex
    pairs : iterable of (int, int)
        Person and offer positions (only the suggestions shown, never all pairs).
    X : ndarray
        Their feature rows, in the same order.
    points : ndarray, same shape as `X`
        What each feature added to each score, from whichever scorer ranked
        (`matching.ranker.Ranker.contributions`): reasons tell what drove the
        ranking, not what a rule would have said.
    """
    out = []
    for k, (person, row) in enumerate(pairs):
        by_key: dict[str, float] = {}
        for name, key in FEATURE_REASON.items():
            value = float(points[k, _F[name]])
            if value > 0:
                by_key[key] = by_key.get(key, 0.0) + value
        reasons = []
        for key, value in sorted(by_key.items(), key=lambda kv: -kv[1]):
            if value < MIN_POINTS or len(reasons) >= limit:
                break
            reason = _reason(key, people, int(person), index, int(row), X[k])
            if reason is not None:
                reasons.append(reason)
        out.append(tuple(reasons))
    return out


def _shared(vector: np.ndarray, matrix, row: int) -> str | None:
    """The concept behind the strongest match of a person's vector with one offer's row."""
    column = best_concept(vector, matrix, row)
    return vocabulary().ids[column] if column >= 0 else None


@lru_cache(maxsize=1)
def _goal_vectors() -> tuple[np.ndarray, ...]:
    vocab = vocabulary()
    return tuple(vocab.vector(reading()["goal_concepts"][goal]) for goal in GOALS)


def _goal(people: ProfileIndex, person: int, index: OfferIndex, row: int) -> str | None:
    """The person's goal that this offer serves best."""
    start, end = index.concepts.indptr[row], index.concepts.indptr[row + 1]
    columns, data = index.concepts.indices[start:end], index.concepts.data[start:end]
    best, found = 0.0, None
    for g, vector in enumerate(_goal_vectors()):
        value = float((vector[columns] * data).max(initial=0.0)) if people.goals[person, g] else 0.0
        if value > best:
            best, found = value, GOALS[g]
    return found


def _reason(key, people, person, index, row, x) -> Reason | None:
    type_index = index.type[row]
    if key in ("reason.shared_interest", "reason.for_your_child"):
        vector = people.wish if key == "reason.shared_interest" else people.child
        cid = _shared(vector[person], index.concepts, row)
        return Reason(key, {"concept": cid}) if cid else None
    if key == "reason.former_trade":
        cid = _shared(people.trade[person], index.activity, row)
        return Reason(key, {"concept": cid}) if cid else None
    if key == "reason.wanted_type":
        return Reason(key, {"type": OFFER_TYPES[type_index]})
    if key == "reason.fits_goal":
        goal = _goal(people, person, index, row)
        return Reason(key, {"goal": goal}) if goal else None
    if key == "reason.fits_schedule" and not people.has_availability[person]:
        return None  # "at times you are free" is no reason when we do not know when that is
    if key == "reason.nearby":
        # Never claim a distance from a guessed position (a gemeente's seat).
        if not x[_F["distance_known"]] or not (reliable(people.precision[person]) and reliable(index.precision[row])):
            return None
        return Reason(key, {"km": round(float(x[_F["distance_km"]]), 1)})
    if key == "reason.host_speaks_language":
        spoken = index.host_languages[row] * people.languages[person]
        if not spoken.any():
            return None
        return Reason(key, {"language": HOST_LANGUAGES[int(np.argmax(spoken))]})
    return Reason(key, {})
