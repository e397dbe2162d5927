"""Pair features for (newcomer, offer) pairs, vectorised over offers.

The offer side is encoded once into an `OfferIndex` (sparse concept matrix,
day-part matrix, positions, ...); a profile is encoded into an
`EncodedProfile`; `pair_features` then yields one row per offer with plain
numpy/scipy operations, so ranking one person against 10,000 offers costs a
few sparse mat-vec products and no Python loop over offers.

Hard constraints are a boolean mask (`hard_mask`), never a score: an offer
the person cannot attend must not be rescued by a high score elsewhere.
"""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import scipy.sparse as sp

from .concepts import concept, concept_ids, extract_concepts, extract_many
from .geo import EXACT, haversine_km, position, reliable
from .schema import DAY_PARTS, OFFER_TYPES, Profile, level_index

#: Offer types that exist to practise Dutch.
LANGUAGE_TYPES = ("taalcoach", "taalcafe", "taalstage")
#: Offer types where a former trade or a wished-for job matters.
WORK_TYPES = ("taalstage", "werkervaringsplek", "vrijwilligerswerk")

#: Which offer types serve which goal of the personal plan (PIP domains).
GOAL_TYPES = {
    "taal": ("taalcoach", "taalcafe", "taalstage", "cursus"),
    "werk": ("taalstage", "werkervaringsplek", "vrijwilligerswerk", "cursus"),
    "ontmoeten": ("maatje", "ontmoeting", "sport", "cultuur", "taalcafe", "vrijwilligerswerk"),
    "gezondheid": ("sport", "maatje", "ontmoeting"),
    "financien": ("cursus",),
}

#: How far (km) someone can reasonably travel a few times a week by each mode.
#: Unknown mobility counts as a short bike ride: most newcomers get a bike
#: early on, few have a car.
REACH_KM = {"walk": 3.0, "bike": 12.0, "ov": 30.0, "car": 50.0}
UNKNOWN_REACH_KM = 8.0
#: Distance assumed for the features when a position is unknown.
UNKNOWN_DISTANCE_KM = 10.0

#: Languages a host may speak, as columns of a small boolean matrix. Dutch is
#: left out on purpose: every host speaks it, so it says nothing.
HOST_LANGUAGES = ("ar", "ti", "fa", "so", "en", "ku", "tr", "fr", "de", "am", "ps", "uk", "ru")

FEATURE_NAMES = (
    "interest_cosine",
    "interest_shared",
    "profession_cosine",
    "type_wanted",
    "type_not_wanted",
    "type_implied",
    "goal_fit",
    "daypart_overlap",
    "schedule_flexible",
    "distance_km",
    "distance_known",
    "travel_feasible",
    "travel_excess",
    "level",
    "level_short",
    "level_ok",
    "host_speaks_language",
    "host_language_needed",
    "childcare_fit",
    "cost_log",
    "free",
    "language_rich_for_goal",
    "trade_match",
    "age_fit",
    "places_log",
    "open_per_place",
    *(f"type={t}" for t in OFFER_TYPES),
)
_F = {name: i for i, name in enumerate(FEATURE_NAMES)}
#: Version of the meaning of the columns above; bump it when a feature's
#: definition changes without its name changing, so old models refuse to load.
FEATURE_VERSION = 1


def feature_schema() -> dict:
    """Names and version of the feature columns, stored with every model."""
    digest = hashlib.sha256(
        ("|".join(FEATURE_NAMES) + f"#{FEATURE_VERSION}").encode()
    ).hexdigest()[:16]
    return {"version": FEATURE_VERSION, "names": list(FEATURE_NAMES), "hash": digest}


@dataclass(frozen=True)
class Vocabulary:
    """The concept taxonomy as matrices: concepts x offer types and concepts x sectors."""

    ids: tuple[str, ...]
    index: dict
    concept_types: np.ndarray
    sectors: tuple[str, ...]
    concept_sectors: np.ndarray

    def vector(self, weights: dict[str, float]) -> np.ndarray:
        """Dense confidence vector over concepts; unknown ids are ignored."""
        out = np.zeros(len(self.ids), dtype=np.float32)
        for cid, value in weights.items():
            j = self.index.get(cid)
            if j is not None:
                out[j] = max(out[j], value)
        return out

    def matrix(self, rows: list[dict[str, float]]) -> sp.csr_matrix:
        """Sparse matrix, one row per dict of concept confidences."""
        indptr, indices, data = [0], [], []
        for weights in rows:
            for cid, value in weights.items():
                j = self.index.get(cid)
                if j is not None:
                    indices.append(j)
                    data.append(value)
            indptr.append(len(indices))
        shape = (len(rows), len(self.ids))
        matrix = sp.csr_matrix(
            (np.asarray(data, np.float32), np.asarray(indices, np.int32),
             np.asarray(indptr, np.int64)), shape=shape,
        )
        matrix.sum_duplicates()
        return matrix

    @property
    def fingerprint(self) -> str:
        """Short hash of the concept ids, stored with a model for traceability."""
        return hashlib.sha256("|".join(self.ids).encode()).hexdigest()[:16]


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """Build (once per process) the matrices of the shared concept taxonomy."""
    ids = tuple(concept_ids())
    type_col = {t: i for i, t in enumerate(OFFER_TYPES)}
    concept_types = np.zeros((len(ids), len(OFFER_TYPES)), dtype=np.float32)
    sectors = sorted({s for cid in ids for s in (concept(cid).sectors or ())})
    sector_col = {s: i for i, s in enumerate(sectors)}
    concept_sectors = np.zeros((len(ids), len(sectors)), dtype=np.float32)
    for i, cid in enumerate(ids):
        c = concept(cid)
        for t in c.offer_types or ():
            if t in type_col:
                concept_types[i, type_col[t]] = 1.0
        for s in c.sectors or ():
            concept_sectors[i, sector_col[s]] = 1.0
    return Vocabulary(ids, {cid: i for i, cid in enumerate(ids)}, concept_types,
                      tuple(sectors), concept_sectors)


def _daypart_matrix(lists) -> np.ndarray:
    col = {d: i for i, d in enumerate(DAY_PARTS)}
    out = np.zeros((len(lists), len(DAY_PARTS)), dtype=np.float32)
    for i, parts in enumerate(lists):
        for part in parts or ():
            out[i, col[part]] = 1.0
    return out


def _tristate(values) -> np.ndarray:
    """True -> 1, False -> -1, unknown -> 0: "missing means unknown, never no"."""
    return np.array([0 if v is None else (1 if v else -1) for v in values], dtype=np.int8)


def _optional(values, fill=np.nan) -> np.ndarray:
    return np.array([fill if v is None else v for v in values], dtype=np.float64)


def _normalise_rows(matrix: sp.csr_matrix) -> np.ndarray:
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    return norms.astype(np.float32)


class OfferIndex:
    """The offer side of every pair feature, computed once for a list of offers.

    Parameters
    ----------
    offers : sequence of Offer
    open_suggestions : array-like of int, optional
        Open (undecided) suggestions per offer, in offer order. When omitted,
        each offer's ``extra["open_suggestions"]`` is used, else 0. Feeds the
        fair-spread re-ranking and the ``open_per_place`` feature.
    concepts : list of dict, optional
        Pre-extracted concepts per offer (saves time when the caller caches them).
    """

    def __init__(self, offers, open_suggestions=None, concepts=None):
        offers = list(offers)
        vocab = vocabulary()
        self.offers = offers
        self.ids = [o.id for o in offers]
        self.position = {oid: i for i, oid in enumerate(self.ids)}
        n = len(offers)
        if concepts is None:
            concepts = extract_many([o.text for o in offers]) if offers else []
        self.concepts = vocab.matrix(concepts)
        self.concept_norm = _normalise_rows(self.concepts)
        # An offer's sectors are those of its concepts: a "kapsalon" taalstage
        # is in the hairdressing sector without anyone tagging it so.
        self.sectors = np.minimum(
            np.asarray(self.concepts @ vocab.concept_sectors, dtype=np.float32), 1.0
        ) if vocab.sectors else np.zeros((n, 0), np.float32)
        type_col = {t: i for i, t in enumerate(OFFER_TYPES)}
        self.type = np.array([type_col[o.type] for o in offers], dtype=np.int16)
        self.type_onehot = np.zeros((n, len(OFFER_TYPES)), dtype=np.float32)
        self.type_onehot[np.arange(n), self.type] = 1.0
        self.is_work = np.isin(self.type, [type_col[t] for t in WORK_TYPES])
        self.schedule = _daypart_matrix([o.schedule for o in offers])
        self.schedule_count = self.schedule.sum(axis=1)
        pos = np.array([position(o.lat, o.lon, o.kern, o.gemeente) for o in offers],
                       dtype=np.float64).reshape(n, 3)
        self.lat, self.lon = pos[:, 0], pos[:, 1]
        #: How well each position is known (`matching.geo.EXACT` .. `UNKNOWN`):
        #: a gemeente-seat guess feeds the soft distance features, never a hard limit.
        self.precision = pos[:, 2].astype(np.int8)
        self.min_level = _optional([level_index(o.min_dutch_level) for o in offers], -1)
        lang_col = {code: i for i, code in enumerate(HOST_LANGUAGES)}
        self.host_languages = np.zeros((n, len(HOST_LANGUAGES)), dtype=np.float32)
        for i, o in enumerate(offers):
            for code in o.host_languages or ():
                if code in lang_col:
                    self.host_languages[i, lang_col[code]] = 1.0
        self.capacity = _optional([o.capacity for o in offers])
        self.women_only = np.array([bool(o.women_only) for o in offers], dtype=bool)
        self.age_min = _optional([o.age_min for o in offers])
        self.age_max = _optional([o.age_max for o in offers])
        self.childcare = _tristate([o.childcare for o in offers])
        self.cost = _optional([o.cost_eur for o in offers])
        self.language_rich = _tristate([o.language_rich for o in offers])
        if open_suggestions is None:
            open_suggestions = [
                o.extra.get("open_suggestions", 0)
                if isinstance(o.extra.get("open_suggestions", 0), int | float) else 0
                for o in offers
            ]
        self.open_suggestions = np.asarray(open_suggestions, dtype=np.float64).reshape(n)

    def __len__(self) -> int:
        return len(self.ids)

    def __repr__(self) -> str:
        return f"<OfferIndex {len(self)} offers>"


@dataclass
class EncodedProfile:
    """A profile turned into vectors that line up with the `OfferIndex` columns."""

    id: str
    interest: np.ndarray
    interest_norm: float
    profession: np.ndarray
    profession_norm: float
    profession_sectors: np.ndarray
    wants: np.ndarray | None
    implied_types: np.ndarray
    goal_types: np.ndarray
    goal_of_type: list = field(repr=False)
    availability: np.ndarray | None
    lat: float
    lon: float
    max_km: float | None
    reach_km: float
    level: int | None
    languages: np.ndarray
    gender: str | None
    age: int | None
    needs_childcare: bool | None
    wants_language: bool
    interest_concepts: dict = field(repr=False, default_factory=dict)
    profession_concepts: dict = field(repr=False, default_factory=dict)
    #: How well ``lat``/``lon`` are known (`matching.geo.EXACT` .. `UNKNOWN`).
    precision: int = EXACT


def encode_profile(profile: Profile, year: int | None = None) -> EncodedProfile:
    """Encode one profile: extract concepts from its free text and line up the rest.

    Parameters
    ----------
    profile : Profile
    year : int, optional
        Year used to turn ``birth_year`` into an age (default: this year);
        fixed in tests and evaluations so results do not drift over time.
    """
    vocab = vocabulary()
    interest_concepts = extract_concepts(profile.interests or "")
    profession_concepts = extract_concepts(profile.profession or "")
    interest = vocab.vector(interest_concepts)
    profession = vocab.vector(profession_concepts)
    # Types the person's own words point to ("voetbal" -> sport), scaled so
    # the strongest implied type is 1 whatever the number of concepts.
    implied = interest @ vocab.concept_types
    if implied.max(initial=0.0) > 0:
        implied = implied / implied.max()
    type_col = {t: i for i, t in enumerate(OFFER_TYPES)}
    wants = None
    if profile.wants:
        wants = np.zeros(len(OFFER_TYPES), dtype=np.float32)
        wants[[type_col[t] for t in profile.wants]] = 1.0
    goal_types = np.zeros(len(OFFER_TYPES), dtype=np.float32)
    goal_of_type = [None] * len(OFFER_TYPES)
    for goal in profile.goals or ():
        for t in GOAL_TYPES[goal]:
            goal_types[type_col[t]] = 1.0
            goal_of_type[type_col[t]] = goal_of_type[type_col[t]] or goal
    availability = None
    if profile.availability:
        availability = _daypart_matrix([profile.availability])[0]
    lat, lon, precision = position(profile.lat, profile.lon, profile.kern, profile.gemeente)
    reach = max((REACH_KM[m] for m in profile.mobility or ()), default=UNKNOWN_REACH_KM)
    languages = np.array([code in (profile.languages or ()) for code in HOST_LANGUAGES],
                         dtype=np.float32)
    level = level_index(profile.dutch_level)
    year = year or datetime.date.today().year
    age = None if profile.birth_year is None else year - profile.birth_year
    # Practising Dutch is the point for whoever says so, or, when the plan
    # says nothing, for anyone below B1 (the level inburgering asks for).
    wants_language = (
        "taal" in (profile.goals or ())
        or any(t in LANGUAGE_TYPES for t in profile.wants or ())
        or (not profile.goals and level is not None and level < 3)
    )
    prof_sectors = (
        np.minimum(profession @ vocab.concept_sectors, 1.0)
        if vocab.sectors else np.zeros(0, np.float32)
    )
    return EncodedProfile(
        id=profile.id,
        interest=interest, interest_norm=float(np.linalg.norm(interest)),
        profession=profession, profession_norm=float(np.linalg.norm(profession)),
        profession_sectors=prof_sectors.astype(np.float32),
        wants=wants, implied_types=implied.astype(np.float32), goal_types=goal_types,
        goal_of_type=goal_of_type, availability=availability,
        lat=lat, lon=lon, max_km=profile.max_km, reach_km=reach, level=level,
        languages=languages, gender=profile.gender, age=age,
        needs_childcare=profile.needs_childcare, wants_language=bool(wants_language),
        interest_concepts=interest_concepts, profession_concepts=profession_concepts,
        precision=precision,
    )


def _take(array, rows):
    return array if rows is None else array[rows]


def distances(profile: EncodedProfile, index: OfferIndex, rows=None) -> np.ndarray:
    """Great-circle km from the person to each offer; NaN where either side is unknown."""
    return haversine_km(profile.lat, profile.lon, _take(index.lat, rows), _take(index.lon, rows))


def distance_reliable(profile: EncodedProfile, index: OfferIndex, rows=None) -> np.ndarray:
    """True where both positions are exact or a known kern, so the distance is no guess.

    Only such distances may enforce ``max_km`` or be shown as "nearby"; a
    gemeente's seat standing in for an unknown kern may only weigh softly.
    """
    if not reliable(profile.precision):
        return np.zeros(len(_take(index.precision, rows)), dtype=bool)
    return reliable(_take(index.precision, rows))


def hard_mask(profile: EncodedProfile, index: OfferIndex, rows=None, dist=None) -> np.ndarray:
    """True where an offer is allowed for this person (see the hard constraints).

    An offer is excluded when it is full, women-only for a man, outside its
    age range, at no shared day-part, or beyond the person's ``max_km`` (only
    when both positions are exact or a known kern, never from a gemeente-seat
    guess). Unknown values never exclude: missing means unknown, not no.
    """
    capacity = _take(index.capacity, rows)
    ok = ~(capacity == 0)
    if profile.gender == "m":
        ok &= ~_take(index.women_only, rows)
    if profile.age is not None:
        with np.errstate(invalid="ignore"):
            ok &= ~(_take(index.age_min, rows) > profile.age)
            ok &= ~(_take(index.age_max, rows) < profile.age)
    if profile.availability is not None:
        schedule = _take(index.schedule, rows)
        shared = schedule @ profile.availability
        ok &= ~((_take(index.schedule_count, rows) > 0) & (shared == 0))
    if profile.max_km is not None:
        dist = distances(profile, index, rows) if dist is None else dist
        with np.errstate(invalid="ignore"):
            ok &= ~((dist > profile.max_km) & distance_reliable(profile, index, rows))
    return ok


def pair_features(profile: EncodedProfile, index: OfferIndex, rows=None):
    """Feature matrix for one person against (a subset of) the offers.

    Parameters
    ----------
    profile : EncodedProfile
    index : OfferIndex
    rows : array of int, optional
        Offer positions to compute; all offers when omitted.

    Returns
    -------
    X : ndarray of shape (n_offers, len(FEATURE_NAMES)), float32
    mask : ndarray of bool
        The hard-constraint mask for the same rows.
    """
    concepts = index.concepts if rows is None else index.concepts[rows]
    n = concepts.shape[0]
    X = np.zeros((n, len(FEATURE_NAMES)), dtype=np.float32)
    onorm = _take(index.concept_norm, rows)

    if profile.interest_norm > 0:
        dot = concepts @ profile.interest
        with np.errstate(divide="ignore", invalid="ignore"):
            X[:, _F["interest_cosine"]] = np.where(
                onorm > 0, dot / (onorm * profile.interest_norm), 0.0)
        X[:, _F["interest_shared"]] = np.minimum(dot, 1.0)
    if profile.profession_norm > 0:
        dot = concepts @ profile.profession
        with np.errstate(divide="ignore", invalid="ignore"):
            X[:, _F["profession_cosine"]] = np.where(
                onorm > 0, dot / (onorm * profile.profession_norm), 0.0)

    types = _take(index.type, rows)
    if profile.wants is not None:
        X[:, _F["type_wanted"]] = profile.wants[types]
        X[:, _F["type_not_wanted"]] = 1.0 - profile.wants[types]
    X[:, _F["type_implied"]] = profile.implied_types[types]
    X[:, _F["goal_fit"]] = profile.goal_types[types]

    count = _take(index.schedule_count, rows)
    flexible = count == 0
    X[:, _F["schedule_flexible"]] = flexible
    if profile.availability is None:
        X[:, _F["daypart_overlap"]] = 0.5
    else:
        shared = _take(index.schedule, rows) @ profile.availability
        X[:, _F["daypart_overlap"]] = np.where(flexible, 1.0, shared / np.maximum(count, 1))

    dist = distances(profile, index, rows)
    known = ~np.isnan(dist)
    X[:, _F["distance_km"]] = np.where(known, dist, UNKNOWN_DISTANCE_KM)
    X[:, _F["distance_known"]] = known
    X[:, _F["travel_feasible"]] = np.where(known, dist <= profile.reach_km, 0.5)
    X[:, _F["travel_excess"]] = np.where(
        known, np.clip((np.nan_to_num(dist) - profile.reach_km) / profile.reach_km, 0, 3), 0)

    min_level = _take(index.min_level, rows)
    if profile.level is not None:
        X[:, _F["level"]] = profile.level
        has_min = min_level >= 0
        X[:, _F["level_short"]] = np.where(has_min, np.maximum(min_level - profile.level, 0), 0)
        X[:, _F["level_ok"]] = has_min & (min_level <= profile.level)
    else:
        X[:, _F["level"]] = 1.5

    host = _take(index.host_languages, rows) @ profile.languages > 0
    X[:, _F["host_speaks_language"]] = host
    if profile.level is None or profile.level <= 1:
        X[:, _F["host_language_needed"]] = host

    childcare = _take(index.childcare, rows)
    if profile.needs_childcare:
        X[:, _F["childcare_fit"]] = childcare

    cost = _take(index.cost, rows)
    X[:, _F["cost_log"]] = np.log1p(np.nan_to_num(cost))
    X[:, _F["free"]] = cost == 0

    if profile.wants_language:
        X[:, _F["language_rich_for_goal"]] = _take(index.language_rich, rows)

    if index.sectors.shape[1] and profile.profession_sectors.any():
        sector = _take(index.sectors, rows) @ profile.profession_sectors
        X[:, _F["trade_match"]] = np.minimum(sector, 1.0) * _take(index.is_work, rows)

    if profile.age is not None:
        lo, hi = _take(index.age_min, rows), _take(index.age_max, rows)
        ranged = ~np.isnan(lo) | ~np.isnan(hi)
        X[:, _F["age_fit"]] = ranged

    capacity = _take(index.capacity, rows)
    X[:, _F["places_log"]] = np.log1p(np.nan_to_num(capacity, nan=1.0))
    opened = _take(index.open_suggestions, rows)
    X[:, _F["open_per_place"]] = opened / np.maximum(np.nan_to_num(capacity, nan=1.0), 1.0)

    first_type = _F[f"type={OFFER_TYPES[0]}"]
    X[:, first_type:first_type + len(OFFER_TYPES)] = _take(index.type_onehot, rows)
    return X, hard_mask(profile, index, rows, dist=dist)
