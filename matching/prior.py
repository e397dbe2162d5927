"""The transparent rule-based prior: hand-set weights on the pair features.

Before a gemeente has recorded enough decisions there is nothing to learn
from, so the ranker starts from rules a coordinator can read and argue with:
what the person wrote first, then the kind of offer asked for and the plan's
goals, then reachability, the Dutch level and the rest. The weights live with
the features they weigh (`matching.features.FEATURES`). The learned model is blended in as labels come
(see `matching.ranker.Ranker`). The same weights tell which features drove a
score, which is where the reasons shown to users come from.
"""

from __future__ import annotations

import numpy as np
from scipy.special import expit

from .features import FEATURES

#: Centre of the logistic: an offer with no evidence either way scores low.
BIAS = -2.5

#: Points per unit of each feature (`matching.features.FEATURES`), in column order.
WEIGHT_VECTOR = np.array([spec.weight for spec in FEATURES], dtype=np.float32)


def contributions(X: np.ndarray) -> np.ndarray:
    """Points each feature adds to each row (rows x features); the basis of reasons."""
    return X * WEIGHT_VECTOR


def prior_scores(X: np.ndarray) -> np.ndarray:
    """Scores in 0..1 from the hand-set weights (logistic of the weighted sum)."""
    # expit, not 1/(1+exp(-z)): stays finite and warning-free for any z.
    return expit(X @ WEIGHT_VECTOR + BIAS)
