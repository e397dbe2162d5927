"""Pair features for (newcomer, offer) pairs, one table that says what each one means.

Every feature is one `FeatureSpec` in `FEATURES`: its name, its weight in the
rule prior (`matching.prior`), the direction the learned model must respect
(`matching.model`), and the reason it gives when it drives a score
(`matching.reasons`). Nothing else keeps a table keyed by feature name.

The two sides are encoded once, one row per record: offers into an
`matching.offer_index.OfferIndex`, people into a
`matching.profile_index.ProfileIndex`. `pair_features` broadcasts people
against offers with a few array operations, so one person against 10,000
offers and 2,000 people against one offer are the same code.

What comes first is what the person wrote (``wish_match``): the best match
between a wish and what an offer is about. A match with a wish for a child
counts only for an offer for children, and an offer for children only for
such a wish. A former trade counts in full when the person is looking for
work. Something refused or only watched rules an offer out. The wanted type
and the PIP goals come after, and break ties. Distance weighs at every
distance, in the bands of ``matching/data/travel.json``.

Hard constraints are a boolean mask (`hard_mask`), never a score: an offer
the person cannot attend must not be rescued by a high score elsewhere.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import scipy.sparse as sp

from .encoding import reading, vocabulary
from .geo import haversine_km, reliable
from .offer_index import OfferIndex
from .profile_index import ProfileIndex
from .schema import OFFER_TYPES

#: Multiplier on a former-trade match for someone who gives no sign of looking for work.
TRADE_WITHOUT_JOB_SEARCH = 0.15
#: A former trade in the same sector as a placement, but not its activity (a carpenter in a bicycle workshop).
SECTOR_MATCH = 0.5
#: Cost (EUR per month) above which an offer is expensive for anyone on a benefit,
#: and above which it is too much for someone short of money.
COST_HIGH, COST_FOR_SHORT_OF_MONEY = 30.0, 10.0
#: Distance assumed for the features when a position is unknown.
UNKNOWN_DISTANCE_KM = 10.0


@dataclass(frozen=True)
class FeatureSpec:
    """One feature column: what it weighs in the prior, its monotonic sign, the reason it gives.

    Attributes
    ----------
    name : str
    weight : float
        Points per unit in the rule prior; positive makes an offer a better suggestion.
    monotonic : int
        -1, 0 or 1: the learned model's score may only fall, do anything, or rise with it.
    reason : str or None
        Message key of the reason shown when this feature drives a score.
    """

    name: str
    weight: float = 0.0
    monotonic: int = 0
    reason: str | None = None


FEATURES = (
    # What the person wrote comes first: a match with what the offer is about.
    FeatureSpec("wish_match", 3.0, 1, "reason.shared_interest"),
    FeatureSpec("child_match", 3.0, 1, "reason.for_your_child"),
    FeatureSpec("trade_match", 2.6, 1, "reason.former_trade"),
    FeatureSpec("refused", -4.0, -1),
    FeatureSpec("watched", -2.5, -1),
    FeatureSpec("for_children_not_asked", -2.5, -1),
    FeatureSpec("need_not_stated", -2.0, -1),
    # Then what they (or their coordinator) ticked, and the personal plan.
    FeatureSpec("goal_match", 1.35, 1, "reason.fits_goal"),
    FeatureSpec("type_wanted", 0.5, 1, "reason.wanted_type"),
    FeatureSpec("type_wanted_open", 1.4, 1, "reason.wanted_type"),
    FeatureSpec("type_not_wanted", -0.3, -1),
    # Can they get there, at a time they are free? Distance counts at every distance.
    FeatureSpec("daypart_overlap", 0.2, 1, "reason.fits_schedule"),
    FeatureSpec("schedule_flexible"),
    FeatureSpec("distance_km", -0.03, -1),
    FeatureSpec("distance_known"),
    FeatureSpec("within_near", 0.3, 1, "reason.nearby"),
    FeatureSpec("beyond_near", -0.7, -1),
    FeatureSpec("beyond_reach", -1.0, -1),
    FeatureSpec("beyond_far", -2.5, -1),
    FeatureSpec("home_visit", 0.0, 0, "reason.home_visit"),
    # Can they take part with their Dutch, their children, their money?
    FeatureSpec("level_short_one", -1.0, -1),
    FeatureSpec("level_short_more", -3.0, -1),
    FeatureSpec("level_ok", 0.1, 1, "reason.level_fits"),
    FeatureSpec("host_speaks_language", 0.05, 0, "reason.host_speaks_language"),
    FeatureSpec("host_language_needed", 0.3, 1, "reason.host_speaks_language"),
    FeatureSpec("childcare_fit", 0.3, 1, "reason.childcare"),
    FeatureSpec("childcare_missing", -1.0, -1),
    FeatureSpec("cost_log", -0.05, -1),
    FeatureSpec("cost_high", -1.0, -1),
    FeatureSpec("cost_for_short_of_money", -1.0, -1),
    FeatureSpec("free", 0.05, 0, "reason.free"),
    # A language learner gains from a place where Dutch is really spoken.
    FeatureSpec("language_rich_for_goal", 0.2, 1, "reason.language_rich"),
    FeatureSpec("not_language_rich_for_learner", -1.0, -1),
    FeatureSpec("mixed_for_women_only_wish", -1.0, -1),
    FeatureSpec("women_only_for_wish", 0.3, 1, "reason.women_only"),
    FeatureSpec("age_fit", 0.1, 0, "reason.age_group"),
    FeatureSpec("outside_stated_ages", -2.5, -1),
    FeatureSpec("places_log", 0.02),
    FeatureSpec("open_per_place", -0.15, -1),
    *(FeatureSpec(f"type={t}") for t in OFFER_TYPES),
)
FEATURE_NAMES = tuple(spec.name for spec in FEATURES)
_F = {name: i for i, name in enumerate(FEATURE_NAMES)}
#: Version of the meaning of the columns above; bump it when a feature's
#: definition changes without its name changing, so old models refuse to load.
FEATURE_VERSION = 2


def feature_schema() -> dict:
    """Names and version of the feature columns, stored with every model."""
    digest = hashlib.sha256(("|".join(FEATURE_NAMES) + f"#{FEATURE_VERSION}").encode()).hexdigest()[:16]
    return {"version": FEATURE_VERSION, "names": list(FEATURE_NAMES), "hash": digest}


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


def best_match(vectors: np.ndarray, matrix: sp.csr_matrix) -> np.ndarray:
    """For each person and offer, the strongest single concept they share: ``max_c vectors[i, c] * matrix[j, c]``.

    One strong match is a match, however many other things either side
    mentions. `vectors` is (n_people, n_concepts), `matrix` a CSR matrix
    (n_offers, n_concepts); the result is (n_people, n_offers).
    """
    n, m = vectors.shape[0], matrix.shape[0]
    value = np.zeros((n, m), dtype=np.float32)
    used = np.flatnonzero(vectors.any(axis=1))
    if not matrix.nnz or not used.size:
        return value
    products = vectors[np.ix_(used, matrix.indices)] * matrix.data[None, :]
    filled = np.flatnonzero(np.diff(matrix.indptr) > 0)
    value[np.ix_(used, filled)] = np.maximum.reduceat(products, matrix.indptr[filled], axis=1)
    return value


def best_concept(vector: np.ndarray, matrix: sp.csr_matrix, row: int) -> int:
    """The concept column behind `best_match` of one person's vector with one offer's row (-1: none)."""
    start, end = matrix.indptr[row], matrix.indptr[row + 1]
    if start == end:
        return -1
    products = vector[matrix.indices[start:end]] * matrix.data[start:end]
    best = int(np.argmax(products))
    return int(matrix.indices[start + best]) if products[best] > 0 else -1


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
    n_offers = len(index) if rows is None else len(rows)
    X = np.zeros((len(people), n_offers, len(FEATURE_NAMES)), dtype=np.float32)
    _content_features(X, people, index, rows)
    _type_features(X, people, index, rows)
    dist = distances(people, index, rows)
    _place_features(X, people, index, rows, dist)
    _person_features(X, people, index, rows)
    _offer_features(X, index, rows)
    return X.reshape(-1, len(FEATURE_NAMES)), hard_mask(people, index, rows, dist=dist).ravel()


def _content_features(X, people, index, rows) -> None:
    """What the person wrote against what the offer is about."""
    concepts = index.concepts if rows is None else index.concepts[rows]
    activity = index.activity if rows is None else index.activity[rows]
    for_children = _take(index.for_children, rows)[None, :]
    is_work = _take(index.is_work, rows)[None, :]
    wish = best_match(people.wish, concepts)
    child = best_match(people.child, concepts)
    # An offer for children is for a child the person writes about, or for
    # the person when they are one; an adult's own wish does not make it theirs.
    minor = people.is_minor[:, None]
    X[..., _F["wish_match"]] = np.where(for_children & ~minor, 0.0, wish)
    X[..., _F["child_match"]] = np.where(for_children, child, 0.0)
    X[..., _F["for_children_not_asked"]] = for_children & ~minor & ~people.has_child_wish[:, None]
    trade = best_match(people.trade, activity)
    if index.sectors.shape[1]:
        sector = np.minimum(people.trade_sectors @ _take(index.sectors, rows).T, 1.0)
        trade = np.maximum(trade, SECTOR_MATCH * sector)
    scale = np.where(people.looking_for_work, 1.0, TRADE_WITHOUT_JOB_SEARCH)[:, None]
    X[..., _F["trade_match"]] = np.where(is_work, trade * scale, 0.0)
    X[..., _F["refused"]] = best_match(people.refuse, activity)
    is_sport = (_take(index.type, rows) == OFFER_TYPES.index("sport"))[None, :]
    X[..., _F["watched"]] = np.where(is_sport, best_match(people.watch, activity), 0.0)
    X[..., _F["goal_match"]] = best_match(people.goal, concepts)
    needs = _need_columns()
    if needs.size:
        offered = np.asarray((activity[:, needs] > 0).sum(axis=1)).ravel() > 0
        stated = (people.wish[:, needs] > 0).any(axis=1) | (people.child[:, needs] > 0).any(axis=1)
        X[..., _F["need_not_stated"]] = offered[None, :] & ~stated[:, None]


@lru_cache(maxsize=1)
def _need_columns() -> np.ndarray:
    """Concept columns of ``need_concepts`` (reading.json): offers only for people who have that need."""
    vocab = vocabulary()
    return np.array([vocab.index[c] for c in reading()["need_concepts"] if c in vocab.index], dtype=np.int64)


def _type_features(X, people, index, rows) -> None:
    types = _take(index.type, rows)
    wanted = people.wants[:, types]
    X[..., _F["type_wanted"]] = wanted
    X[..., _F["type_wanted_open"]] = people.open_wants[:, types]
    X[..., _F["type_not_wanted"]] = np.where(people.has_wants[:, None], 1.0 - wanted, 0.0)
    first_type = _F[f"type={OFFER_TYPES[0]}"]
    X[..., first_type : first_type + len(OFFER_TYPES)] = _take(index.type_onehot, rows)


def _place_features(X, people, index, rows, dist) -> None:
    """When and where: day parts, distance in the bands of the person's fastest means, home visits."""
    count = _take(index.schedule_count, rows)
    flexible = count == 0
    X[..., _F["schedule_flexible"]] = flexible
    overlap = np.where(flexible, 1.0, _shared_dayparts(people, index, rows) / np.maximum(count, 1))
    X[..., _F["daypart_overlap"]] = np.where(people.has_availability[:, None], overlap, 0.5)
    known = ~np.isnan(dist)
    km = np.nan_to_num(dist, nan=UNKNOWN_DISTANCE_KM)
    # A volunteer who comes to the person's home inside the gemeente the offer
    # serves: the distance to the organisation's address does not matter.
    home = _take(index.home_visit, rows)[None, :] & (people.gemeente[:, None] == _take(index.gemeente, rows)[None, :])
    home &= people.gemeente[:, None] != ""
    trip = known & ~home
    X[..., _F["home_visit"]] = home
    X[..., _F["distance_km"]] = np.where(home, 0.0, km)
    X[..., _F["distance_known"]] = known
    X[..., _F["within_near"]] = trip & (km <= people.near_km[:, None])
    X[..., _F["beyond_near"]] = trip & (km > people.near_km[:, None])
    X[..., _F["beyond_reach"]] = trip & (km > people.reach_km[:, None])
    X[..., _F["beyond_far"]] = trip & (km > people.far_km[:, None])


def _person_features(X, people, index, rows) -> None:
    """Dutch level, host languages, childcare, money, language practice, women-only and age."""
    level = people.level[:, None]
    level_known = ~np.isnan(level)
    min_level = _take(index.min_level, rows)
    has_min = min_level >= 0
    with np.errstate(invalid="ignore"):
        short = np.where(has_min & level_known, np.maximum(min_level - level, 0), 0)
        X[..., _F["level_ok"]] = has_min & (min_level <= level)
        beginner = ~level_known | (level <= 1)
    X[..., _F["level_short_one"]] = short == 1
    X[..., _F["level_short_more"]] = short >= 2
    host = people.languages @ _take(index.host_languages, rows).T > 0
    X[..., _F["host_speaks_language"]] = host
    X[..., _F["host_language_needed"]] = host & beginner
    childcare = _take(index.childcare, rows)[None, :]
    covered = (childcare > 0) | _take(index.children_welcome | index.home_visit | index.for_children, rows)[None, :]
    covered = covered | (_take(index.type, rows) == OFFER_TYPES.index("gezin"))[None, :]
    needs = people.needs_childcare[:, None]
    X[..., _F["childcare_fit"]] = needs & covered
    X[..., _F["childcare_missing"]] = needs & ~covered
    cost = np.nan_to_num(_take(index.cost, rows))[None, :]
    X[..., _F["cost_high"]] = np.broadcast_to(cost > COST_HIGH, X.shape[:2])
    X[..., _F["cost_for_short_of_money"]] = people.short_of_money[:, None] & (cost > COST_FOR_SHORT_OF_MONEY)
    rich = _take(index.language_rich, rows)[None, :]
    learner = people.wants_language[:, None]
    X[..., _F["language_rich_for_goal"]] = learner & (rich > 0)
    X[..., _F["not_language_rich_for_learner"]] = learner & (rich < 0) & _take(index.is_work, rows)[None, :]
    women_only = _take(index.women_only, rows)[None, :]
    wish = people.women_only_wish[:, None]
    X[..., _F["mixed_for_women_only_wish"]] = wish & ~women_only
    X[..., _F["women_only_for_wish"]] = wish & women_only
    ranged = ~np.isnan(_take(index.age_min, rows)) | ~np.isnan(_take(index.age_max, rows))
    X[..., _F["age_fit"]] = ranged & ~np.isnan(people.age)[:, None]
    age = people.age[:, None]
    with np.errstate(invalid="ignore"):
        outside = (_take(index.stated_age_min, rows) > age) | (_take(index.stated_age_max, rows) < age)
    X[..., _F["outside_stated_ages"]] = outside


def _offer_features(X, index, rows) -> None:
    """What the offer costs and how crowded it is: the same for every person."""
    cost = _take(index.cost, rows)
    X[..., _F["cost_log"]] = np.log1p(np.nan_to_num(cost))
    X[..., _F["free"]] = cost == 0
    capacity = np.nan_to_num(_take(index.capacity, rows), nan=1.0)
    X[..., _F["places_log"]] = np.log1p(capacity)
    X[..., _F["open_per_place"]] = _take(index.open_suggestions, rows) / np.maximum(capacity, 1.0)
