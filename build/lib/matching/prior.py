"""The transparent rule-based prior: hand-set weights on the pair features.

Before a gemeente has recorded enough decisions there is nothing to learn
from, so the ranker starts from rules a coordinator can read and argue with:
shared interests first, then the kind of offer asked for, reachability, the
Dutch level and the rest. The learned model is blended in as labels come
(see `matching.ranker.Ranker`). The same weights tell which features drove a
score, which is where the reasons shown to users come from.
"""

from __future__ import annotations

import numpy as np
from scipy.special import expit

from .features import FEATURE_NAMES

#: Weight per feature; features not listed weigh 0. Positive = makes an offer
#: a better suggestion. Read as "one unit of this is worth w points".
WEIGHTS = {
    # What the person wrote about themselves matters most.
    "interest_cosine": 2.2,
    "interest_shared": 1.0,
    "profession_cosine": 0.8,
    # What they (or their coordinator) asked for.
    "type_wanted": 1.6,
    "type_not_wanted": -0.6,
    "type_implied": 0.9,
    "goal_fit": 0.6,
    # Can they get there, at a time they are free?
    "daypart_overlap": 0.5,
    "travel_feasible": 0.9,
    "travel_excess": -0.6,
    "distance_km": -0.02,
    # Can they take part with their Dutch; is there help in their language?
    "level_short": -0.7,
    "level_ok": 0.2,
    "host_language_needed": 0.5,
    "host_speaks_language": 0.1,
    "childcare_fit": 0.6,
    "cost_log": -0.25,
    "free": 0.1,
    # A language learner gains from a place where Dutch is really spoken.
    "language_rich_for_goal": 0.6,
    # A former trade opens a taalstage or werkervaringsplek in the same sector.
    "trade_match": 1.4,
    "age_fit": 0.2,
    "places_log": 0.05,
    "open_per_place": -0.15,
}
#: Centre of the logistic: an offer with no evidence either way scores low.
BIAS = -2.0

WEIGHT_VECTOR = np.array([WEIGHTS.get(name, 0.0) for name in FEATURE_NAMES], dtype=np.float32)


def contributions(X: np.ndarray) -> np.ndarray:
    """Points each feature adds to each row (rows x features); the basis of reasons."""
    return X * WEIGHT_VECTOR


def prior_scores(X: np.ndarray) -> np.ndarray:
    """Scores in 0..1 from the hand-set weights (logistic of the weighted sum)."""
    # expit, not 1/(1+exp(-z)): stays finite and warning-free for any z.
    return expit(X @ WEIGHT_VECTOR + BIAS)
