"""Pair features for (newcomer, offer) pairs, vectorised over offers and over people.

The offer side is encoded once into an `OfferIndex` (sparse concept matrix,
day-part matrix, positions, ...) and the people side into a `ProfileIndex`,
one row per record on each side. `pair_features` then yields one row per
(person, offer) pair with plain numpy/scipy operations that broadcast people
against offers, so one person against 10,000 offers and 2,000 people against
one offer both cost a few matrix products and no Python loop over records.

Both indexes are incremental (`matching.rows`): `upsert` and `remove` change
one record's row, so a web worker keeps one index warm and follows every edit
instead of re-reading every offer.

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
from .rows import Rows
from .schema import DAY_PARTS, GOALS, OFFER_TYPES, Profile, level_index

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


def travel_reach_km(mobility) -> float:
    """How far someone can reasonably travel by their fastest means (unknown: `UNKNOWN_REACH_KM`)."""
    return max((REACH_KM[m] for m in mobility or () if m in REACH_KM), default=UNKNOWN_REACH_KM)


def feature_schema() -> dict:
    """Names and version of the feature columns, stored with every model."""
    digest = hashlib.sha256(("|".join(FEATURE_NAMES) + f"#{FEATURE_VERSION}").encode()).hexdigest()[:16]
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
            (np.asarray(data, np.float32), np.asarray(indices, np.int32), np.asarray(indptr, np.int64)),
            shape=shape,
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
    return Vocabulary(ids, {cid: i for i, cid in enumerate(ids)}, concept_types, tuple(sectors), concept_sectors)


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


def _open_counts(offers, open_suggestions) -> np.ndarray:
    if open_suggestions is None:
        open_suggestions = [
            o.extra.get("open_suggestions", 0) if isinstance(o.extra.get("open_suggestions", 0), int | float) else 0
            for o in offers
        ]
    return np.asarray(open_suggestions, dtype=np.float64).reshape(len(offers))


def _host_language_matrix(offers) -> np.ndarray:
    col = {code: i for i, code in enumerate(HOST_LANGUAGES)}
    out = np.zeros((len(offers), len(HOST_LANGUAGES)), dtype=np.float32)
    for i, offer in enumerate(offers):
        for code in offer.host_languages or ():
            if code in col:
                out[i, col[code]] = 1.0
    return out


def _offer_columns(offers: list, open_suggestions=None, concepts=None) -> dict:
    """Every `OfferIndex` array for `offers`, one row each."""
    vocab = vocabulary()
    n = len(offers)
    if concepts is None:
        concepts = extract_many([o.text for o in offers]) if offers else []
    matrix = vocab.matrix(concepts)
    type_col = {t: i for i, t in enumerate(OFFER_TYPES)}
    types = np.array([type_col[o.type] for o in offers], dtype=np.int16)
    type_onehot = np.zeros((n, len(OFFER_TYPES)), dtype=np.float32)
    type_onehot[np.arange(n), types] = 1.0
    schedule = _daypart_matrix([o.schedule for o in offers])
    pos = np.array([position(o.lat, o.lon, o.kern, o.gemeente) for o in offers], dtype=np.float64).reshape(n, 3)
    return {
        "concepts": matrix,
        "concept_norm": _normalise_rows(matrix),
        # An offer's sectors are those of its concepts: a "kapsalon" taalstage
        # is in the hairdressing sector without anyone tagging it so.
        "sectors": np.minimum(np.asarray(matrix @ vocab.concept_sectors, dtype=np.float32), 1.0)
        if vocab.sectors
        else np.zeros((n, 0), np.float32),
        "type": types,
        "type_onehot": type_onehot,
        "is_work": np.isin(types, [type_col[t] for t in WORK_TYPES]),
        "schedule": schedule,
        "schedule_count": schedule.sum(axis=1),
        "lat": pos[:, 0].copy(),
        "lon": pos[:, 1].copy(),
        "precision": pos[:, 2].astype(np.int8),
        "min_level": _optional([level_index(o.min_dutch_level) for o in offers], -1),
        "host_languages": _host_language_matrix(offers),
        "capacity": _optional([o.capacity for o in offers]),
        "women_only": np.array([bool(o.women_only) for o in offers], dtype=bool),
        "age_min": _optional([o.age_min for o in offers]),
        "age_max": _optional([o.age_max for o in offers]),
        "childcare": _tristate([o.childcare for o in offers]),
        "cost": _optional([o.cost_eur for o in offers]),
        "language_rich": _tristate([o.language_rich for o in offers]),
        "open_suggestions": _open_counts(offers, open_suggestions),
    }


class OfferIndex(Rows):
    """The offer side of every pair feature, one row per offer, kept up to date one offer at a time.

    Parameters
    ----------
    offers : sequence of Offer
        Ids must be unique.
    open_suggestions : array-like of int, optional
        Open (undecided) suggestions per offer, in offer order. When omitted,
        each offer's ``extra["open_suggestions"]`` is used, else 0. Feeds the
        fair-spread re-ranking and the ``open_per_place`` feature.
    concepts : list of dict, optional
        Pre-extracted concepts per offer (saves time when the caller caches them).

    Attributes
    ----------
    ids : list of str
        Offer ids in index order (the order of the arrays).
    position : dict
        Offer id -> row.
    metadata : dict
        Free JSON-ready notes kept with a saved index (`matching.save_index`),
        e.g. up to which change the index is current.

    Notes
    -----
    After any sequence of `upsert`, `remove` and `set_open_suggestions`, every
    array equals that of a fresh ``OfferIndex`` over the same offers in index
    order (a new offer goes last, a replaced one keeps its row, the rows after
    a removed one move up), so ranking gives exactly the same result.
    """

    COLUMNS = (
        "concepts",
        "concept_norm",
        "sectors",
        "type",
        "type_onehot",
        "is_work",
        "schedule",
        "schedule_count",
        "lat",
        "lon",
        # How well each position is known (`matching.geo.EXACT` .. `UNKNOWN`):
        # a gemeente-seat guess feeds the soft distance features, never a hard limit.
        "precision",
        "min_level",
        "host_languages",
        "capacity",
        "women_only",
        "age_min",
        "age_max",
        "childcare",
        "cost",
        "language_rich",
        "open_suggestions",
    )
    RECORD = "offer"

    def __init__(self, offers, open_suggestions=None, concepts=None):
        offers = list(offers)
        self.metadata = {}
        self._set_rows([o.id for o in offers], _offer_columns(offers, open_suggestions, concepts))

    def upsert(self, offer, open_suggestions=None) -> None:
        """Add `offer`, or replace the offer with its id in place.

        Parameters
        ----------
        offer : Offer
        open_suggestions : int, optional
            Its open suggestions; when omitted, as in the constructor:
            ``offer.extra["open_suggestions"]``, else 0.
        """
        counts = None if open_suggestions is None else [open_suggestions]
        self._put(offer.id, _offer_columns([offer], counts))

    def set_open_suggestions(self, offer_id: str, count) -> bool:
        """Change one offer's open-suggestion count (fair spread); False for an unknown id."""
        row = self.position.get(offer_id)
        if row is None:
            return False
        counts = self.open_suggestions.copy()
        counts[row] = count
        self.open_suggestions = counts
        return True


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
    reach = travel_reach_km(profile.mobility)
    languages = np.array([code in (profile.languages or ()) for code in HOST_LANGUAGES], dtype=np.float32)
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
    prof_sectors = np.minimum(profession @ vocab.concept_sectors, 1.0) if vocab.sectors else np.zeros(0, np.float32)
    return EncodedProfile(
        id=profile.id,
        interest=interest,
        interest_norm=float(np.linalg.norm(interest)),
        profession=profession,
        profession_norm=float(np.linalg.norm(profession)),
        profession_sectors=prof_sectors.astype(np.float32),
        wants=wants,
        implied_types=implied.astype(np.float32),
        goal_types=goal_types,
        goal_of_type=goal_of_type,
        availability=availability,
        lat=lat,
        lon=lon,
        max_km=profile.max_km,
        reach_km=reach,
        level=level,
        languages=languages,
        gender=profile.gender,
        age=age,
        needs_childcare=profile.needs_childcare,
        wants_language=bool(wants_language),
        interest_concepts=interest_concepts,
        profession_concepts=profession_concepts,
        precision=precision,
    )


def _stack(vectors, width: int, dtype=np.float32) -> np.ndarray:
    return np.array(list(vectors), dtype=dtype).reshape(-1, width)


def _profile_columns(people: list[EncodedProfile]) -> dict:
    """Every `ProfileIndex` array for encoded `people`, one row each.

    Unknowns become a flag or NaN (``has_wants``, ``level``...) so that one
    vectorised formula serves people who said something and people who did not.
    """
    n_types, n_days = len(OFFER_TYPES), len(DAY_PARTS)
    goal_col = {g: i for i, g in enumerate(GOALS)}
    return {
        "interest": _stack((p.interest for p in people), len(vocabulary().ids)),
        "interest_norm": np.array([p.interest_norm for p in people], dtype=np.float32),
        "profession": _stack((p.profession for p in people), len(vocabulary().ids)),
        "profession_norm": np.array([p.profession_norm for p in people], dtype=np.float32),
        "profession_sectors": _stack((p.profession_sectors for p in people), len(vocabulary().sectors)),
        "has_wants": np.array([p.wants is not None for p in people], dtype=bool),
        "wants": _stack((np.zeros(n_types) if p.wants is None else p.wants for p in people), n_types),
        "implied_types": _stack((p.implied_types for p in people), n_types),
        "goal_types": _stack((p.goal_types for p in people), n_types),
        "goal_of_type": _stack(
            ([-1 if g is None else goal_col[g] for g in p.goal_of_type] for p in people), n_types, np.int8
        ),
        "has_availability": np.array([p.availability is not None for p in people], dtype=bool),
        "availability": _stack(
            (np.zeros(n_days) if p.availability is None else p.availability for p in people), n_days
        ),
        "lat": np.array([p.lat for p in people], dtype=np.float64),
        "lon": np.array([p.lon for p in people], dtype=np.float64),
        "precision": np.array([p.precision for p in people], dtype=np.int8),
        "max_km": _optional([p.max_km for p in people]),
        "reach_km": np.array([p.reach_km for p in people], dtype=np.float64),
        "level": _optional([p.level for p in people]),
        "languages": _stack((p.languages for p in people), len(HOST_LANGUAGES)),
        "is_male": np.array([p.gender == "m" for p in people], dtype=bool),
        "age": _optional([p.age for p in people]),
        "needs_childcare": np.array([p.needs_childcare is True for p in people], dtype=bool),
        "wants_language": np.array([p.wants_language for p in people], dtype=bool),
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

    Attributes
    ----------
    ids, position, metadata
        As for `OfferIndex`; the same order guarantee holds after `upsert` and `remove`.
    """

    COLUMNS = (
        "interest",
        "interest_norm",
        "profession",
        "profession_norm",
        "profession_sectors",
        "has_wants",
        "wants",
        "implied_types",
        "goal_types",
        # Per offer type, the goal (index into `matching.schema.GOALS`) it serves, or -1.
        "goal_of_type",
        "has_availability",
        "availability",
        "lat",
        "lon",
        "precision",
        "max_km",
        "reach_km",
        "level",
        "languages",
        "is_male",
        "age",
        "needs_childcare",
        "wants_language",
    )
    RECORD = "profile"
    SAVED = ("metadata", "year")

    def __init__(self, profiles, year: int | None = None):
        self.year = year
        self.metadata = {}
        people = [self._encode(p) for p in profiles]
        self._set_rows([p.id for p in people], _profile_columns(people))

    def _encode(self, profile) -> EncodedProfile:
        return profile if isinstance(profile, EncodedProfile) else encode_profile(profile, self.year)

    def upsert(self, profile) -> None:
        """Add `profile` (a Profile or EncodedProfile), or replace the profile with its id in place."""
        encoded = self._encode(profile)
        self._put(encoded.id, _profile_columns([encoded]))


def _people(profile) -> ProfileIndex:
    return profile if isinstance(profile, ProfileIndex) else ProfileIndex([profile])


def _take(array, rows):
    return array if rows is None else array[rows]


def distances(profile, index: OfferIndex, rows=None) -> np.ndarray:
    """Great-circle km, people x offers; NaN where either side is unknown.

    Parameters
    ----------
    profile : EncodedProfile or ProfileIndex
    index : OfferIndex
    rows : array of int, optional
        Offer positions; all offers when omitted.

    Returns
    -------
    ndarray of shape (n_people, n_offers)
    """
    people = _people(profile)
    return haversine_km(people.lat[:, None], people.lon[:, None], _take(index.lat, rows), _take(index.lon, rows))


def distance_reliable(profile, index: OfferIndex, rows=None) -> np.ndarray:
    """True where both positions are exact or a known kern, so the distance is no guess.

    Only such distances may enforce ``max_km`` or be shown as "nearby"; a
    gemeente's seat standing in for an unknown kern may only weigh softly.
    Same shapes as `distances`.
    """
    people = _people(profile)
    return reliable(people.precision)[:, None] & reliable(_take(index.precision, rows))


def _shared_dayparts(people: ProfileIndex, index: OfferIndex, rows) -> np.ndarray:
    return people.availability @ _take(index.schedule, rows).T


def hard_mask(profile, index: OfferIndex, rows=None, dist=None) -> np.ndarray:
    """True where an offer is allowed for a person (see the hard constraints), people x offers.

    An offer is excluded when it is full, women-only for a man, outside its
    age range, at no shared day-part, or beyond the person's ``max_km`` (only
    when both positions are exact or a known kern, never from a gemeente-seat
    guess). Unknown values never exclude: missing means unknown, not no.
    """
    people = _people(profile)
    ok = np.repeat(~(_take(index.capacity, rows) == 0)[None, :], len(people), axis=0)
    ok &= ~(people.is_male[:, None] & _take(index.women_only, rows))
    age = people.age[:, None]
    with np.errstate(invalid="ignore"):
        ok &= ~(_take(index.age_min, rows) > age)
        ok &= ~(_take(index.age_max, rows) < age)
    shared = _shared_dayparts(people, index, rows)
    ok &= ~(people.has_availability[:, None] & (_take(index.schedule_count, rows) > 0) & (shared == 0))
    dist = distances(people, index, rows) if dist is None else dist
    with np.errstate(invalid="ignore"):
        ok &= ~((dist > people.max_km[:, None]) & distance_reliable(people, index, rows))
    return ok


def _concept_dot(concepts: sp.csr_matrix, vectors: np.ndarray) -> np.ndarray:
    """Offers' concept rows dotted with people's concept vectors: (n_people, n_offers)."""
    return np.asarray(concepts @ vectors.T).T


def pair_features(profile, index: OfferIndex, rows=None):
    """Feature matrix for people against (a subset of) the offers.

    Parameters
    ----------
    profile : EncodedProfile or ProfileIndex
        One person, or many.
    index : OfferIndex
    rows : array of int, optional
        Offer positions to compute; all offers when omitted.

    Returns
    -------
    X : ndarray of shape (n_people * n_offers, len(FEATURE_NAMES)), float32
        Person-major: the first person against every offer, then the next.
    mask : ndarray of bool, shape (n_people * n_offers,)
        The hard-constraint mask for the same rows.
    """
    people = _people(profile)
    concepts = index.concepts if rows is None else index.concepts[rows]
    X = np.zeros((len(people), concepts.shape[0], len(FEATURE_NAMES)), dtype=np.float32)
    _interest_features(X, people, index, concepts, rows)
    _type_features(X, people, index, rows)
    dist = distances(people, index, rows)
    _place_features(X, people, index, rows, dist)
    _person_features(X, people, index, rows)
    _offer_features(X, index, rows)
    return X.reshape(-1, len(FEATURE_NAMES)), hard_mask(people, index, rows, dist=dist).ravel()


def _interest_features(X, people, index, concepts, rows) -> None:
    onorm = _take(index.concept_norm, rows)
    for vectors, norms, cosine, shared in (
        (people.interest, people.interest_norm, "interest_cosine", "interest_shared"),
        (people.profession, people.profession_norm, "profession_cosine", None),
    ):
        dot = _concept_dot(concepts, vectors)
        norm = norms[:, None]
        with np.errstate(divide="ignore", invalid="ignore"):
            X[..., _F[cosine]] = np.where((onorm > 0) & (norm > 0), dot / (onorm * norm), 0.0)
        if shared:
            X[..., _F[shared]] = np.minimum(dot, 1.0)
    if index.sectors.shape[1]:
        sector = people.profession_sectors @ _take(index.sectors, rows).T
        X[..., _F["trade_match"]] = np.minimum(sector, 1.0) * _take(index.is_work, rows)


def _type_features(X, people, index, rows) -> None:
    types = _take(index.type, rows)
    wanted = people.wants[:, types]
    X[..., _F["type_wanted"]] = wanted
    X[..., _F["type_not_wanted"]] = np.where(people.has_wants[:, None], 1.0 - wanted, 0.0)
    X[..., _F["type_implied"]] = people.implied_types[:, types]
    X[..., _F["goal_fit"]] = people.goal_types[:, types]
    first_type = _F[f"type={OFFER_TYPES[0]}"]
    X[..., first_type : first_type + len(OFFER_TYPES)] = _take(index.type_onehot, rows)


def _place_features(X, people, index, rows, dist) -> None:
    """When and where: day parts, distance and whether the trip is feasible."""
    count = _take(index.schedule_count, rows)
    flexible = count == 0
    X[..., _F["schedule_flexible"]] = flexible
    overlap = np.where(flexible, 1.0, _shared_dayparts(people, index, rows) / np.maximum(count, 1))
    X[..., _F["daypart_overlap"]] = np.where(people.has_availability[:, None], overlap, 0.5)
    known = ~np.isnan(dist)
    reach = people.reach_km[:, None]
    X[..., _F["distance_km"]] = np.where(known, dist, UNKNOWN_DISTANCE_KM)
    X[..., _F["distance_known"]] = known
    X[..., _F["travel_feasible"]] = np.where(known, dist <= reach, 0.5)
    X[..., _F["travel_excess"]] = np.where(known, np.clip((np.nan_to_num(dist) - reach) / reach, 0, 3), 0)


def _person_features(X, people, index, rows) -> None:
    """Dutch level, host languages, childcare, language practice and age."""
    level = people.level[:, None]
    level_known = ~np.isnan(level)
    min_level = _take(index.min_level, rows)
    has_min = min_level >= 0
    X[..., _F["level"]] = np.where(level_known, level, 1.5)
    with np.errstate(invalid="ignore"):
        X[..., _F["level_short"]] = np.where(has_min & level_known, np.maximum(min_level - level, 0), 0)
        X[..., _F["level_ok"]] = has_min & (min_level <= level)
        beginner = ~level_known | (level <= 1)
    host = people.languages @ _take(index.host_languages, rows).T > 0
    X[..., _F["host_speaks_language"]] = host
    X[..., _F["host_language_needed"]] = host & beginner
    X[..., _F["childcare_fit"]] = np.where(people.needs_childcare[:, None], _take(index.childcare, rows), 0)
    X[..., _F["language_rich_for_goal"]] = np.where(people.wants_language[:, None], _take(index.language_rich, rows), 0)
    ranged = ~np.isnan(_take(index.age_min, rows)) | ~np.isnan(_take(index.age_max, rows))
    X[..., _F["age_fit"]] = ranged & ~np.isnan(people.age)[:, None]


def _offer_features(X, index, rows) -> None:
    """What the offer costs and how crowded it is: the same for every person."""
    cost = _take(index.cost, rows)
    X[..., _F["cost_log"]] = np.log1p(np.nan_to_num(cost))
    X[..., _F["free"]] = cost == 0
    capacity = np.nan_to_num(_take(index.capacity, rows), nan=1.0)
    X[..., _F["places_log"]] = np.log1p(capacity)
    X[..., _F["open_per_place"]] = _take(index.open_suggestions, rows) / np.maximum(capacity, 1.0)
