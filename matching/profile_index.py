"""The people side of every pair: what a person wants, did before, wants for a child, refuses; and the rest.

A person's interests are read mention by mention (`matching.meaning`): a
wish, a former trade, a wish for a child, something watched, something
refused each get their own concept vector, so an offer can match one and be
ruled out by another. The profession field is a former trade. Whether the
person is looking for work (a work type wanted, the PIP goal ``werk``, or a
wish for work in their own words) decides whether a former trade counts as a
wish. The PIP goals become concept vectors too (``goal_concepts`` in
``matching/data/reading.json``): a goal asks for what an offer is about, not
for every offer of a type.

`ProfileIndex` is incremental (`matching.rows`), like `matching.offer_index.OfferIndex`.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

import numpy as np

from .concepts import extract_concepts
from .encoding import (
    HOST_LANGUAGES,
    LANGUAGE_TYPES,
    TYPE_COLUMN,
    WORK_TYPES,
    daypart_matrix,
    optional,
    reading,
    stack,
    travel_bands,
    vocabulary,
)
from .geo import EXACT, Gazetteer, default_gazetteer
from .meaning import read_mentions
from .rows import Rows
from .schema import DAY_PARTS, GOALS, OFFER_TYPES, Profile, level_index

#: Dutch level below which someone is still learning the language (B1, what inburgering asks for).
LEARNER_BELOW = 3
#: From this age an offer for children is not for the person themself.
ADULT_AGE = 18
#: Concepts that say, in the person's own words, that they want work.
WORK_WISH = ("work", "job_seeking", "work_experience", "language_internship")


def travel_reach_km(mobility, max_km=None) -> float:
    """How far a trip is still good by someone's fastest means, never beyond their own ``max_km``.

    Unknown mobility counts as a bike (``matching/data/travel.json``).
    """
    return travel_limits(mobility, max_km)[1]


def travel_limits(mobility, max_km=None) -> tuple[float, float, float]:
    """``(near, reach, far)`` km for the fastest means in `mobility`, each capped at `max_km`."""
    bands = travel_bands()
    known = [bands[m] for m in mobility or () if m in bands]
    near, reach, far = max(known, key=lambda b: b[2]) if known else bands["unknown"]
    if max_km is not None:
        near, reach, far = (min(v, max_km) for v in (near, reach, far))
    return near, reach, far


@dataclass
class EncodedProfile:
    """A profile turned into vectors that line up with the `OfferIndex` columns."""

    id: str
    wish: np.ndarray
    trade: np.ndarray
    trade_sectors: np.ndarray
    child: np.ndarray
    watch: np.ndarray
    refuse: np.ndarray
    goal: np.ndarray
    goals: np.ndarray
    wants: np.ndarray | None
    open_wants: np.ndarray
    looking_for_work: bool
    availability: np.ndarray | None
    lat: float
    lon: float
    max_km: float | None
    travel: tuple[float, float, float]
    gemeente: str
    level: int | None
    languages: np.ndarray
    gender: str | None
    age: int | None
    needs_childcare: bool | None
    wants_language: bool
    short_of_money: bool
    women_only_wish: bool
    mentions: dict = field(repr=False, default_factory=dict)
    #: How well ``lat``/``lon`` are known (`matching.geo.EXACT` .. `UNKNOWN`).
    precision: int = EXACT


def _wish(mentions: dict, rules: dict, child: bool = False) -> dict:
    """Wished concepts as they count in a match: a broad wish for part, an audience ("women") not at all."""
    generic, audience = rules["generic_concepts"], set(rules["audience_concepts"])
    if not child:
        # "I want to work with children": whom one works with is the work. For one's
        # child, "children" is only who it is for: the activity named for them comes first.
        only = set(rules["generic_for_a_child_only"])
        generic = {cid: w for cid, w in generic.items() if cid not in only}
    return {cid: conf * generic.get(cid, 1.0) for cid, conf in mentions.items() if cid not in audience}


def _refusal(mentions: dict, rules: dict) -> dict:
    """Refused concepts; a broad one only when nothing narrower is refused.

    "I don't want to work in a kitchen again" refuses the kitchen, not work.
    """
    generic = rules["generic_concepts"]
    narrow = {cid: conf for cid, conf in mentions.items() if cid not in generic}
    return narrow or dict(mentions)


def _trade_sectors(trade: np.ndarray, refused: np.ndarray) -> np.ndarray:
    """The sectors of a former trade, less those of anything the person refuses.

    "I was a nurse, I don't want to nurse again": the care sector is no
    trade to match either, so a care placement is not her former trade.
    """
    vocab = vocabulary()
    sectors = np.minimum(trade @ vocab.concept_sectors, 1.0)
    sectors[(refused @ vocab.concept_sectors) > 0] = 0.0
    return sectors.astype(np.float32)


def _open_wants(wants, wish: np.ndarray) -> np.ndarray:
    """Wanted types for which the person wrote nothing more specific (any offer of it is a fair guess)."""
    vocab = vocabulary()
    specific = (wish > 0) & ~vocab.broad
    named = np.minimum(specific.astype(np.float32) @ vocab.concept_types, 1.0)
    return (wants * (1.0 - named)).astype(np.float32)


def encode_profile(profile: Profile, year: int | None = None, gazetteer: Gazetteer | None = None) -> EncodedProfile:
    """Encode one profile: read its free text mention by mention and line up the rest.

    Parameters
    ----------
    profile : Profile
    year : int, optional
        Year used to turn ``birth_year`` into an age (default: this year);
        fixed in tests and evaluations so results do not drift over time.
    gazetteer : Gazetteer, optional
        Where kernen are (default: `matching.geo.default_gazetteer`).
    """
    vocab = vocabulary()
    gazetteer = gazetteer or default_gazetteer()
    mentions = read_mentions(profile.interests or "")
    past = dict(mentions["past"])
    for cid, conf in extract_concepts(profile.profession or "").items():
        past[cid] = max(past.get(cid, 0.0), conf)
    rules = reading()
    refused = _refusal(mentions["not"], rules)
    wish = vocab.vector(_wish(mentions["want"], rules))
    # Refused is refused, whatever one did before: "I was a nurse, I don't want to nurse again".
    # "I worked" names no trade: work itself is no former trade to match.
    # Its broader concepts too: a nurse who will not nurse again has no care trade left.
    trade = vocab.vector(
        {cid: conf for cid, conf in past.items() if cid not in mentions["not"] and cid not in WORK_WISH}
    )
    wanted_types = [t for t in profile.wants or () if not set(rules["type_concepts"][t]) & set(refused)]
    # What a person writes wins over a ticked type: "I cannot work" cancels a wanted taalstage.
    wants = None
    if profile.wants:
        wants = np.zeros(len(OFFER_TYPES), dtype=np.float32)
        wants[[TYPE_COLUMN[t] for t in wanted_types]] = 1.0
    goals = rules["goal_concepts"]
    goal = vocab.vector({cid: w for g in profile.goals or () for cid, w in goals[g].items()})
    level = level_index(profile.dutch_level)
    looking_for_work = (
        any(t in WORK_TYPES[:2] for t in wanted_types)
        or "werk" in (profile.goals or ())
        or any(cid in mentions["want"] for cid in WORK_WISH)
    )
    lat, lon, precision = gazetteer.position(profile.lat, profile.lon, profile.kern, profile.gemeente)
    year = year or datetime.date.today().year
    # Practising Dutch is the point for whoever says so, or, when the plan
    # says nothing, for anyone below B1.
    wants_language = (
        "taal" in (profile.goals or ())
        or any(t in LANGUAGE_TYPES for t in profile.wants or ())
        or any(c in mentions["want"] for c in ("learning_dutch", "conversation_practice"))
        or (not profile.goals and level is not None and level < LEARNER_BELOW)
    )
    return EncodedProfile(
        id=profile.id,
        wish=wish,
        trade=trade,
        trade_sectors=_trade_sectors(trade, vocab.vector(refused)) if vocab.sectors else np.zeros(0, np.float32),
        child=vocab.vector(_wish(mentions["child"], rules, child=True)),
        watch=vocab.vector(mentions["watch"]),
        refuse=vocab.vector(refused),
        goal=goal,
        goals=np.array([g in (profile.goals or ()) for g in GOALS], dtype=bool),
        wants=wants,
        open_wants=_open_wants(wants, wish) if wants is not None else np.zeros(len(OFFER_TYPES), np.float32),
        looking_for_work=bool(looking_for_work),
        availability=daypart_matrix([profile.availability])[0] if profile.availability else None,
        lat=lat,
        lon=lon,
        max_km=profile.max_km,
        travel=travel_limits(profile.mobility, profile.max_km),
        gemeente=Gazetteer.gemeente_key(profile.gemeente),
        level=level,
        languages=np.array([code in (profile.languages or ()) for code in HOST_LANGUAGES], dtype=np.float32),
        gender=profile.gender,
        age=None if profile.birth_year is None else year - profile.birth_year,
        needs_childcare=profile.needs_childcare,
        wants_language=bool(wants_language),
        short_of_money="financien" in (profile.goals or ()),
        women_only_wish=profile.gender == "f" and "women" in mentions["want"],
        mentions=mentions,
        precision=precision,
    )


def _profile_columns(people: list[EncodedProfile]) -> dict:
    """Every `ProfileIndex` array for encoded `people`, one row each.

    Unknowns become a flag or NaN (``has_wants``, ``level``...) so that one
    vectorised formula serves people who said something and people who did not.
    """
    n_types, n_days, n_concepts = len(OFFER_TYPES), len(DAY_PARTS), len(vocabulary().ids)
    columns = {
        name: stack((getattr(p, name) for p in people), n_concepts)
        for name in ("wish", "trade", "child", "watch", "refuse", "goal")
    }
    travel = np.array([p.travel for p in people], dtype=np.float64).reshape(-1, 3)
    return {
        **columns,
        "trade_sectors": stack((p.trade_sectors for p in people), len(vocabulary().sectors)),
        "goals": stack((p.goals for p in people), len(GOALS), bool),
        "has_child_wish": columns["child"].any(axis=1),
        "is_minor": np.array([p.age is not None and p.age < ADULT_AGE for p in people], dtype=bool),
        "has_wants": np.array([p.wants is not None for p in people], dtype=bool),
        "wants": stack((np.zeros(n_types) if p.wants is None else p.wants for p in people), n_types),
        "open_wants": stack((p.open_wants for p in people), n_types),
        "looking_for_work": np.array([p.looking_for_work for p in people], dtype=bool),
        "has_availability": np.array([p.availability is not None for p in people], dtype=bool),
        "availability": stack((np.zeros(n_days) if p.availability is None else p.availability for p in people), n_days),
        "lat": np.array([p.lat for p in people], dtype=np.float64),
        "lon": np.array([p.lon for p in people], dtype=np.float64),
        "precision": np.array([p.precision for p in people], dtype=np.int8),
        "max_km": optional([p.max_km for p in people]),
        "near_km": travel[:, 0].copy(),
        "reach_km": travel[:, 1].copy(),
        "far_km": travel[:, 2].copy(),
        "gemeente": np.array([p.gemeente for p in people], dtype="<U40"),
        "level": optional([p.level for p in people]),
        "languages": stack((p.languages for p in people), len(HOST_LANGUAGES)),
        "is_male": np.array([p.gender == "m" for p in people], dtype=bool),
        "age": optional([p.age for p in people]),
        "needs_childcare": np.array([p.needs_childcare is True for p in people], dtype=bool),
        "wants_language": np.array([p.wants_language for p in people], dtype=bool),
        "short_of_money": np.array([p.short_of_money for p in people], dtype=bool),
        "women_only_wish": np.array([p.women_only_wish for p in people], dtype=bool),
    }


class ProfileIndex(Rows):
    """The people side of every pair feature, one row per profile, kept up to date one profile at a time.

    What `OfferIndex` is to `Ranker.rank`, this is to `Ranker.rank_candidates`:
    a provider's view of 2,000 newcomers costs one vectorised pass instead of
    encoding each person again.

    Parameters
    ----------
    profiles : sequence of Profile or EncodedProfile
        Ids must be unique.
    year : int, optional
        Year that turns ``birth_year`` into an age (default: this year).
    gazetteer : Gazetteer, optional
        Where kernen are (default: `matching.geo.default_gazetteer`).

    Attributes
    ----------
    ids, position, metadata
        As for `OfferIndex`; the same order guarantee holds after `upsert` and `remove`.
    """

    COLUMNS = (
        "wish",
        "trade",
        "child",
        "watch",
        "refuse",
        "goal",
        "goals",
        "trade_sectors",
        "has_child_wish",
        "is_minor",
        "has_wants",
        "wants",
        "open_wants",
        "looking_for_work",
        "has_availability",
        "availability",
        "lat",
        "lon",
        "precision",
        "max_km",
        "near_km",
        "reach_km",
        "far_km",
        "gemeente",
        "level",
        "languages",
        "is_male",
        "age",
        "needs_childcare",
        "wants_language",
        "short_of_money",
        "women_only_wish",
    )
    RECORD = "profile"
    SAVED = ("metadata", "year")

    def __init__(self, profiles, year: int | None = None, gazetteer: Gazetteer | None = None):
        self.year = year
        self.metadata = {}
        self.gazetteer = gazetteer or default_gazetteer()
        people = [self._encode(p) for p in profiles]
        self._set_rows([p.id for p in people], _profile_columns(people))

    def _encode(self, profile) -> EncodedProfile:
        if isinstance(profile, EncodedProfile):
            return profile
        return encode_profile(profile, self.year, self.gazetteer)

    def upsert(self, profile) -> None:
        """Add `profile` (a Profile or EncodedProfile), or replace the profile with its id in place."""
        encoded = self._encode(profile)
        self._put(encoded.id, _profile_columns([encoded]))
