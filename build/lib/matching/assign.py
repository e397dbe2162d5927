"""Batch assignment for coordinators: one proposal per newcomer, places never overbooked.

Ranking answers "what suits this person"; a coordinator filling a round of
taalstages also needs "who goes where" so that two people are not both sent
to the last place. This maximises the total score over all newcomers with
`scipy.optimize.linear_sum_assignment`, each offer expanded into as many
columns as it has places.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: Offers with unknown capacity are treated as having this many places.
UNKNOWN_CAPACITY = 1


@dataclass(frozen=True)
class Assignment:
    """The proposal for one newcomer; ``offer`` is None when nothing fits."""

    profile: str
    offer: str | None
    score: float


def assign_scores(
    scores: np.ndarray, allowed: np.ndarray, capacity: np.ndarray, profile_ids, offer_ids, candidates: int = 20
) -> list[Assignment]:
    """Solve the assignment for a score matrix.

    Parameters
    ----------
    scores : ndarray of shape (n_profiles, n_offers)
    allowed : ndarray of bool, same shape
        Hard-constraint mask; a forbidden pair is never assigned.
    capacity : ndarray of shape (n_offers,)
        Places per offer (NaN = unknown, see `UNKNOWN_CAPACITY`).
    candidates : int
        Each person's best `candidates` allowed offers enter the problem, plus
        further offers in score order until their places could seat everyone:
        keeps it small for 10,000 offers and loses nothing (the result is the
        same as solving the full problem).

    Returns
    -------
    list of Assignment, in profile order.
    """
    scores = np.where(allowed, scores, -np.inf)
    n_profiles, n_offers = scores.shape
    if n_profiles == 0 or n_offers == 0:
        return [Assignment(pid, None, 0.0) for pid in profile_ids]
    all_places = np.nan_to_num(np.asarray(capacity, dtype=np.float64), nan=UNKNOWN_CAPACITY)
    all_places = np.clip(all_places, 0, n_profiles).astype(int)
    # Each person keeps their best allowed offers with free places until those
    # places could seat everybody (and at least `candidates` offers). This is
    # exact: whoever ends up elsewhere always finds a free place among their
    # kept offers that scores at least as well, so nothing is lost.
    usable = np.isfinite(scores) & (all_places > 0)[None, :]
    order = np.argsort(np.where(usable, -scores, np.inf), axis=1, kind="stable")
    ordered_places = np.where(np.take_along_axis(usable, order, axis=1), all_places[order], 0)
    before = np.cumsum(ordered_places, axis=1) - ordered_places
    rank = np.arange(n_offers)[None, :]
    keep = np.take_along_axis(usable, order, axis=1) & ((before < n_profiles) | (rank < candidates))
    cols = np.unique(order[keep])
    places = all_places[cols]
    column_offer = np.repeat(cols, places)
    if column_offer.size == 0:
        return [Assignment(pid, None, 0.0) for pid in profile_ids]
    sub = scores[:, column_offer]
    # Infeasible pairs cost nothing but are dropped afterwards; a dummy column
    # per person lets someone stay unassigned rather than force a bad pair.
    feasible = np.isfinite(sub)
    cost = np.where(feasible, -sub, 0.0)
    cost = np.hstack([cost, np.zeros((n_profiles, n_profiles))])
    # Imported here: scipy.optimize alone takes 0.3 s to import, and a web
    # worker that only ranks should not pay for it with ``import matching``.
    from scipy.optimize import linear_sum_assignment

    rows, chosen = linear_sum_assignment(cost)
    result = [Assignment(pid, None, 0.0) for pid in profile_ids]
    for r, c in zip(rows, chosen, strict=True):
        if c < column_offer.size and feasible[r, c]:
            offer = column_offer[c]
            result[r] = Assignment(profile_ids[r], offer_ids[offer], float(scores[r, offer]))
    return result
