"""Records of the matching interchange format (profiles, offers, labels) and their validation.

The format is the contract between the web app, bulk imports and the command
line (see ``docs/matching-format.md``). Validation lives here, next to the
records, so every entry point rejects the same inputs with the same messages.
A missing optional field means "unknown", never "no": it stays ``None``.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field, fields
from typing import Any

OFFER_TYPES = (
    "taalcoach",
    "taalcafe",
    "taalstage",
    "werkervaringsplek",
    "vrijwilligerswerk",
    "maatje",
    "sport",
    "cultuur",
    "cursus",
    "ontmoeting",
    "huiswerkbegeleiding",
    "gezin",
)
DUTCH_LEVELS = ("A0", "A1", "A2", "B1", "B2", "C1")
GOALS = ("taal", "werk", "ontmoeten", "gezondheid", "financien")
MOBILITY = ("walk", "bike", "ov", "car")
GENDERS = ("f", "m", "x")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PARTS = ("am", "pm", "eve")
DAY_PARTS = tuple(f"{d}-{p}" for d in DAYS for p in PARTS)

#: Graded training labels, worst to best: the outcome of a suggestion.
LABELS = ("rejected", "ignored", "approved", "started", "completed")
MAX_GRADE = len(LABELS) - 1

#: ISO 639-3 (and 639-2/B) codes folded onto the 639-1 code the rest of the
#: package uses, so "tir" and "ti" count as the same language. Dari ("prs")
#: folds onto Farsi: hosts who speak one are understood by speakers of the other.
_LANGUAGE_ALIASES = {
    "ara": "ar",
    "arb": "ar",
    "apc": "ar",
    "tir": "ti",
    "fas": "fa",
    "per": "fa",
    "pes": "fa",
    "prs": "fa",
    "som": "so",
    "eng": "en",
    "nld": "nl",
    "dut": "nl",
    "deu": "de",
    "ger": "de",
    "fra": "fr",
    "fre": "fr",
    "tur": "tr",
    "kur": "ku",
    "ckb": "ku",
    "kmr": "ku",
    "pus": "ps",
    "amh": "am",
    "ukr": "uk",
    "rus": "ru",
    "orm": "om",
    "urd": "ur",
    "tig": "tig",
}
_LANGUAGE_RE = re.compile(r"^[a-z]{2,3}$")


class RecordError(ValueError):
    """A field of one record is invalid.

    Parameters
    ----------
    field : str
        Name of the offending field, as written in the input.
    message : str
        What is wrong, in words a data steward can act on.
    """

    def __init__(self, field: str, message: str):
        super().__init__(f"field '{field}': {message}")
        self.field = field
        self.message = message


def normalise_language(code: str) -> str:
    """Return the 639-1 code for a 639-1 or 639-3 code (``"tir"`` -> ``"ti"``)."""
    code = code.strip().lower()
    return _LANGUAGE_ALIASES.get(code, code)


def level_index(level: str | None) -> int | None:
    """Dutch level as an ordinal (A0 = 0 .. C1 = 5), ``None`` when unknown."""
    return None if level is None else DUTCH_LEVELS.index(level)


def _encodable(name, value: str) -> str:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise RecordError(name, "text is not valid Unicode (lone surrogate escape)") from None
    return value


def _string(name, value):
    if not isinstance(value, str):
        raise RecordError(name, f"expected a string, got {type(value).__name__}")
    return _encodable(name, value)


def _identifier(name, value):
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise RecordError(name, f"expected a string, got {type(value).__name__}")
    value = _encodable(name, str(value).strip())
    if not value:
        raise RecordError(name, "must not be empty")
    return value


def _number(name, value):
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise RecordError(name, f"expected a number, got {type(value).__name__}")
    if value != value or value in (float("inf"), float("-inf")):
        raise RecordError(name, "must be a finite number")
    return float(value)


def _integer(name, value):
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise RecordError(name, f"expected an integer, got {type(value).__name__}")
    return value


def _boolean(name, value):
    if not isinstance(value, bool):
        raise RecordError(name, f"expected true or false, got {type(value).__name__}")
    return value


def _enum(choices):
    def check(name, value):
        if not isinstance(value, str) or value not in choices:
            raise RecordError(name, f"unknown value {value!r}; expected one of {', '.join(choices)}")
        return value

    return check


def _list_of(item_check):
    def check(name, value):
        if not isinstance(value, list):
            raise RecordError(name, f"expected a list, got {type(value).__name__}")
        out = []
        for item in value:
            checked = item_check(name, item)
            if checked not in out:
                out.append(checked)
        return tuple(out)

    return check


def _language(name, value):
    if not isinstance(value, str) or not _LANGUAGE_RE.match(value.strip().lower()):
        raise RecordError(name, f"not an ISO 639-1/639-3 language code: {value!r}")
    return normalise_language(value)


def _latitude(name, value):
    value = _number(name, value)
    if not -90 <= value <= 90:
        raise RecordError(name, f"latitude out of range: {value}")
    return value


def _longitude(name, value):
    value = _number(name, value)
    if not -180 <= value <= 180:
        raise RecordError(name, f"longitude out of range: {value}")
    return value


def _non_negative(check):
    def wrapped(name, value):
        value = check(name, value)
        if value < 0:
            raise RecordError(name, "must not be negative")
        return value

    return wrapped


def _birth_year(name, value):
    value = _integer(name, value)
    this_year = datetime.date.today().year
    if not 1900 <= value <= this_year:
        raise RecordError(name, f"must be a year from 1900 to {this_year}, got {value}")
    return value


_COMMON = {
    "kern": _string,
    "gemeente": _string,
    "lat": _latitude,
    "lon": _longitude,
}

_PROFILE_FIELDS = {
    "languages": _list_of(_language),
    "dutch_level": _enum(DUTCH_LEVELS),
    "interests": _string,
    "profession": _string,
    "wants": _list_of(_enum(OFFER_TYPES)),
    "goals": _list_of(_enum(GOALS)),
    "availability": _list_of(_enum(DAY_PARTS)),
    **_COMMON,
    "max_km": _non_negative(_number),
    "mobility": _list_of(_enum(MOBILITY)),
    "gender": _enum(GENDERS),
    "birth_year": _birth_year,
    "needs_childcare": _boolean,
}

_OFFER_FIELDS = {
    "type": _enum(OFFER_TYPES),
    "title": _string,
    "description": _string,
    "tags": _list_of(_string),
    "organisation": _string,
    **_COMMON,
    "schedule": _list_of(_enum(DAY_PARTS)),
    "min_dutch_level": _enum(DUTCH_LEVELS),
    "host_languages": _list_of(_language),
    "capacity": _non_negative(_integer),
    "women_only": _boolean,
    "age_min": _non_negative(_integer),
    "age_max": _non_negative(_integer),
    "childcare": _boolean,
    "cost_eur": _non_negative(_number),
    "language_rich": _boolean,
}


def _parse(cls, data: Any, specs: dict, required: tuple[str, ...]):
    if not isinstance(data, dict):
        raise RecordError("(record)", f"expected a JSON object, got {type(data).__name__}")
    for name in ("id", *required):
        if data.get(name) is None:
            raise RecordError(name, "required field is missing")
    values = {"id": _identifier("id", data["id"])}
    extra = {}
    for key, value in data.items():
        if key == "id":
            continue
        if key not in specs:
            extra[key] = value
        elif value is not None:
            values[key] = specs[key](key, value)
    if (values.get("lat") is None) != (values.get("lon") is None):
        missing = "lon" if values.get("lon") is None else "lat"
        raise RecordError(missing, "lat and lon must be given together")
    return cls(**values, extra=extra)


def _to_dict(record) -> dict:
    out = {}
    for f in fields(record):
        if f.name == "extra":
            continue
        value = getattr(record, f.name)
        if value is None:
            continue
        out[f.name] = list(value) if isinstance(value, tuple) else value
    for key, value in record.extra.items():
        out.setdefault(key, value)
    return out


@dataclass(frozen=True)
class Profile:
    """A newcomer (statushouder) as the ranker sees them.

    Free text (``interests``, ``profession``) may be in any language or script;
    the ranker maps it to concepts. Fields the format does not know are kept
    in ``extra`` so an import/export round trip loses nothing.
    """

    id: str
    languages: tuple[str, ...] | None = None
    dutch_level: str | None = None
    interests: str | None = None
    profession: str | None = None
    wants: tuple[str, ...] | None = None
    goals: tuple[str, ...] | None = None
    availability: tuple[str, ...] | None = None
    kern: str | None = None
    gemeente: str | None = None
    lat: float | None = None
    lon: float | None = None
    max_km: float | None = None
    mobility: tuple[str, ...] | None = None
    gender: str | None = None
    birth_year: int | None = None
    needs_childcare: bool | None = None
    extra: dict = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_dict(cls, data: dict) -> Profile:
        """Validate one decoded JSON object; raise `RecordError` naming the field."""
        return _parse(cls, data, _PROFILE_FIELDS, ())

    def to_dict(self) -> dict:
        """The record as a JSON-ready dict; unknown fields come back as they were."""
        return _to_dict(self)


@dataclass(frozen=True)
class Offer:
    """An offer (aanbod) or request (vraag) that a newcomer can be matched with."""

    id: str
    type: str
    title: str | None = None
    description: str | None = None
    tags: tuple[str, ...] | None = None
    organisation: str | None = None
    kern: str | None = None
    gemeente: str | None = None
    lat: float | None = None
    lon: float | None = None
    schedule: tuple[str, ...] | None = None
    min_dutch_level: str | None = None
    host_languages: tuple[str, ...] | None = None
    capacity: int | None = None
    women_only: bool | None = None
    age_min: int | None = None
    age_max: int | None = None
    childcare: bool | None = None
    cost_eur: float | None = None
    language_rich: bool | None = None
    extra: dict = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_dict(cls, data: dict) -> Offer:
        """Validate one decoded JSON object; raise `RecordError` naming the field."""
        offer = _parse(cls, data, _OFFER_FIELDS, ("type",))
        if offer.age_min is not None and offer.age_max is not None and offer.age_min > offer.age_max:
            raise RecordError("age_max", "must not be below age_min")
        # Not a format field, but the ranker reads it (fair spread): a count.
        if offer.extra.get("open_suggestions") is not None:
            offer.extra["open_suggestions"] = _non_negative(_integer)(
                "open_suggestions", offer.extra["open_suggestions"]
            )
        return offer

    def to_dict(self) -> dict:
        """The record as a JSON-ready dict; unknown fields come back as they were."""
        return _to_dict(self)

    @property
    def text(self) -> str:
        """Everything a reader would scan to know what the offer is about."""
        parts = [self.title or "", self.description or "", " ".join(self.tags or ())]
        return " \n".join(p for p in parts if p)


@dataclass(frozen=True)
class Label:
    """The outcome of one suggestion, a training example for the ranker.

    ``grade`` runs from 0 (rejected) through 1 (suggested but ignored),
    2 (approved), 3 (started) to 4 (completed).
    """

    profile: str
    offer: str
    grade: int
    extra: dict = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_dict(cls, data: dict) -> Label:
        """Accept ``label`` as a name (``"approved"``) or a grade (``2``)."""
        if not isinstance(data, dict):
            raise RecordError("(record)", f"expected a JSON object, got {type(data).__name__}")
        for name in ("profile", "offer", "label"):
            if data.get(name) is None:
                raise RecordError(name, "required field is missing")
        value = data["label"]
        if isinstance(value, str) and value in LABELS:
            grade = LABELS.index(value)
        elif isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_GRADE:
            grade = value
        else:
            raise RecordError("label", f"unknown value {value!r}; expected 0..4 or one of {', '.join(LABELS)}")
        extra = {k: v for k, v in data.items() if k not in ("profile", "offer", "label")}
        return cls(
            _identifier("profile", data["profile"]),
            _identifier("offer", data["offer"]),
            grade,
            extra,
        )

    def to_dict(self) -> dict:
        """The record as a JSON-ready dict, with the label by name."""
        return {"profile": self.profile, "offer": self.offer, "label": LABELS[self.grade], **self.extra}


@dataclass(frozen=True)
class Judgment:
    """A coordinator's graded judgment of one offer for one profile (evaluation only).

    ``grade``: 0 not suitable, 1 acceptable, 2 good, 3 excellent.
    """

    profile: str
    offer: str
    grade: int
    extra: dict = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_dict(cls, data: dict) -> Judgment:
        """Validate one judgment record."""
        if not isinstance(data, dict):
            raise RecordError("(record)", f"expected a JSON object, got {type(data).__name__}")
        for name in ("profile", "offer", "grade"):
            if data.get(name) is None:
                raise RecordError(name, "required field is missing")
        grade = data["grade"]
        if isinstance(grade, bool) or not isinstance(grade, int) or not 0 <= grade <= 3:
            raise RecordError("grade", f"expected an integer 0..3, got {grade!r}")
        extra = {k: v for k, v in data.items() if k not in ("profile", "offer", "grade")}
        return cls(
            _identifier("profile", data["profile"]),
            _identifier("offer", data["offer"]),
            grade,
            extra,
        )

    def to_dict(self) -> dict:
        """The record as a JSON-ready dict."""
        return {"profile": self.profile, "offer": self.offer, "grade": self.grade, **self.extra}
