"""Scored pairs for a table of suggestions: both directions in one pass, or one subject at a time.

A web app that stores suggestions needs each person's best offers *and* each
offer's best candidates, and must keep both right when one person or one offer
changes, without ranking everyone again:

* `all_pairs` scores every person against every offer once and keeps the
  union of each person's best ``per_profile`` offers and each offer's best
  ``per_offer`` people, with the score each list was cut at (its *floor*);
* `pairs_for_profile` gives one person's best offers plus their pair with every
  offer whose floor they now beat, so they enter that offer's list too;
* `pairs_for_offer` does the same for one offer.

Scores are those of `Ranker.rank` (two-stage blend, fair spread). Reasons are
computed only for the pairs returned.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from .features import pair_features
from .offer_index import OfferIndex
from .profile_index import ProfileIndex
from .reasons import Reason, explain
from .rerank import spread_factor

#: At most this many pairs beyond a subject's own list (offers it enters, or people it reaches).
MAX_EXTRA = 200


@dataclass(frozen=True)
class Pair:
    """One scored (person, offer) pair with the reasons for it."""

    profile: str
    offer: str
    score: float
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class Floors:
    """Where each list was cut: the score a newcomer must beat to enter it (-inf: the list is not full)."""

    profiles: dict[str, float]
    offers: dict[str, float]


def _person_scores(ranker, people: ProfileIndex, position: int, offers: OfferIndex):
    """One person's scores against every offer, as `Ranker.rank` computes them, and the features."""
    person = people.take([position])
    scores, allowed, X = ranker._scores(person, offers, ranker.candidates)  # noqa: SLF001  (same package)
    if ranker.spread:
        scores = scores * spread_factor(offers.open_suggestions, offers.capacity, ranker.spread)
    return np.where(allowed, scores, -np.inf), person, X


def _top(values: np.ndarray, k: int) -> np.ndarray:
    """Positions of the `k` best finite values, best first (ties: position order)."""
    finite = np.flatnonzero(np.isfinite(values))
    if k <= 0 or finite.size == 0:
        return finite[:0]
    if finite.size > k:
        finite = finite[np.argpartition(-values[finite], k - 1)[:k]]
    return finite[np.lexsort((finite, -values[finite]))]


def _floor(values: np.ndarray, k: int) -> float:
    chosen = _top(values, k)
    return float(values[chosen[-1]]) if chosen.size >= k else -np.inf


def _beating(values: np.ndarray, floors: np.ndarray | None, own: np.ndarray) -> np.ndarray:
    """Positions (not in `own`) whose value beats their floor, the best `MAX_EXTRA` of them."""
    if floors is None:
        return own[:0]
    beats = np.isfinite(values) & (values > floors)
    beats[own] = False
    extra = np.flatnonzero(beats)
    if extra.size > MAX_EXTRA:
        extra = extra[np.argpartition(-values[extra], MAX_EXTRA - 1)[:MAX_EXTRA]]
    return extra


def _floors_of(ids, floors: Mapping[str, float] | None) -> np.ndarray | None:
    """Floors in index order; an id the mapping lacks has a list that is not full (-inf).

    None (no floors known) adds no pairs beyond the subject's own list.
    """
    if floors is None:
        return None
    return np.array([floors.get(i, -np.inf) for i in ids], dtype=np.float64)


def pairs_for_profile(
    ranker,
    profile_id: str,
    people: ProfileIndex,
    offers: OfferIndex,
    top: int,
    offer_floors: Mapping[str, float] | None = None,
    exclude=(),
) -> list[Pair]:
    """One person's best `top` offers, and every offer whose floor they beat.

    Parameters
    ----------
    ranker : Ranker
    profile_id : str
        Must be in `people`.
    people : ProfileIndex
    offers : OfferIndex
    top : int
    offer_floors : mapping of offer id to float, optional
        The score at which each offer's candidate list is cut (see `Floors`);
        without it, only the person's own list is returned.
    exclude : collection of offer ids
        Offers never to pair with this person (they already have a match).

    Returns
    -------
    list of Pair, the person's own list first, best first.
    """
    if profile_id not in people or not len(offers):
        return []
    scores, person, X = _person_scores(ranker, people, people.position[profile_id], offers)
    for offer_id in exclude:
        if offer_id in offers:
            scores[offers.position[offer_id]] = -np.inf
    own = _top(scores, top)
    rows = np.concatenate([own, _beating(scores, _floors_of(offers.ids, offer_floors), own)])
    reasons = explain(person, offers, [(0, r) for r in rows], X[rows], ranker.contributions(X[rows]))
    return [Pair(profile_id, offers.ids[r], float(scores[r]), why) for r, why in zip(rows, reasons, strict=True)]


def pairs_for_offer(
    ranker,
    offer_id: str,
    offers: OfferIndex,
    people: ProfileIndex,
    top: int,
    profile_floors: Mapping[str, float] | None = None,
    exclude=(),
) -> list[Pair]:
    """One offer's best `top` people, and every person whose floor it beats (see `pairs_for_profile`)."""
    if offer_id not in offers or not len(people):
        return []
    one = offers.take([offers.position[offer_id]])
    scores, allowed = ranker.score_matrix(people, one)
    values = np.where(allowed[:, 0], scores[:, 0], -np.inf).astype(np.float64)
    for profile_id in exclude:
        if profile_id in people:
            values[people.position[profile_id]] = -np.inf
    own = _top(values, top)
    rows = np.concatenate([own, _beating(values, _floors_of(people.ids, profile_floors), own)])
    if not rows.size:
        return []
    shown = people.take(rows)
    X, _ = pair_features(shown, one)
    reasons = explain(shown, one, [(k, 0) for k in range(len(rows))], X, ranker.contributions(X))
    return [Pair(people.ids[r], offer_id, float(values[r]), why) for r, why in zip(rows, reasons, strict=True)]


def all_pairs(
    ranker, people: ProfileIndex, offers: OfferIndex, per_profile: int, per_offer: int, exclude=()
) -> tuple[list[Pair], Floors]:
    """Every person's best offers and every offer's best people, in one pass over the score matrix.

    Parameters
    ----------
    exclude : collection of (profile id, offer id)
        Pairs never to return (they already have a match).

    Returns
    -------
    pairs : list of Pair
        Each pair once, grouped by person.
    floors : Floors
    """
    n, m = len(people), len(offers)
    if not n or not m:
        return [], Floors({i: -np.inf for i in people.ids}, {i: -np.inf for i in offers.ids})
    matrix = np.empty((n, m), dtype=np.float32)
    for i in range(n):
        matrix[i] = _person_scores(ranker, people, i, offers)[0]
    for profile_id, offer_id in exclude:
        if profile_id in people and offer_id in offers:
            matrix[people.position[profile_id], offers.position[offer_id]] = -np.inf
    keep = np.zeros((n, m), dtype=bool)
    profile_floors, offer_floors = {}, {}
    for i, profile_id in enumerate(people.ids):
        keep[i, _top(matrix[i], per_profile)] = True
        profile_floors[profile_id] = _floor(matrix[i], per_profile)
    for j, offer_id in enumerate(offers.ids):
        column = matrix[:, j]
        keep[_top(column, per_offer), j] = True
        offer_floors[offer_id] = _floor(column, per_offer)
    pairs = []
    for i, profile_id in enumerate(people.ids):
        rows = np.flatnonzero(keep[i])
        if not rows.size:
            continue
        person = people.take([i])
        X, _ = pair_features(person, offers, rows)
        reasons = explain(person, offers, [(0, r) for r in rows], X, ranker.contributions(X))
        pairs.extend(
            Pair(profile_id, offers.ids[r], float(matrix[i, r]), why) for r, why in zip(rows, reasons, strict=True)
        )
    return pairs, Floors(profile_floors, offer_floors)
