"""The learned model: a scikit-learn estimator on pair features.

`GradedRelevanceRegressor` is a plain scikit-learn estimator on the feature
matrix (it passes ``check_estimator``), so it can be cloned, cross-validated
and grid-searched like any other. It learns graded relevance pointwise
(rejected 0 < ignored 1 < approved 2 < started 3 < completed 4) with
gradient-boosted trees, weighting each newcomer equally so a few very active
profiles do not dominate.

It lives apart from `matching.ranker.Ranker`, which callers use, because
scikit-learn takes half a second to import: a web worker that only ranks
imports this module when it loads or trains a model, not with ``matching``.
Saved models refer to the class by this module's name, so it stays here.
"""

from __future__ import annotations

import numpy as np
from sklearn.base import BaseEstimator, RegressorMixin
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.utils.validation import check_is_fitted

from .features import FEATURES

try:  # scikit-learn >= 1.6
    from sklearn.utils.validation import validate_data
except ImportError:  # pragma: no cover - older scikit-learn

    def validate_data(estimator, X, y="no_validation", reset=True, **kwargs):
        return estimator._validate_data(X, y, reset=reset, **kwargs)


def monotonic_constraints(features=FEATURES) -> list[int]:
    """Per-column monotonic signs (`matching.features.FeatureSpec.monotonic`).

    More of a wish that matches or a feasible trip can never lower a score, a
    longer distance or a larger gap in Dutch level can never raise it. They
    keep the learned model sensible where labels are thin, and make it easier
    to explain.
    """
    return [spec.monotonic for spec in features]


class GradedRelevanceRegressor(RegressorMixin, BaseEstimator):
    """Pointwise learning-to-rank: boosted trees regress the graded label.

    Predictions are clipped to the range of labels seen in ``fit``: a grade
    above "completed" means nothing, and clipping keeps scores comparable
    across models.

    Parameters
    ----------
    max_iter : int, default=150
        Boosting rounds. Small on purpose: the shipped model must stay < 2 MB
        and rank 10,000 offers in a few milliseconds.
    learning_rate : float, default=0.1
    max_leaf_nodes : int, default=15
    min_samples_leaf : int, default=20
    l2_regularization : float, default=1.0
    monotonic_cst : array-like of int or None, default=None
        Per-feature monotonic constraint (see `monotonic_constraints`).
    random_state : int or None, default=0
    """

    def __init__(
        self,
        max_iter=150,
        learning_rate=0.1,
        max_leaf_nodes=15,
        min_samples_leaf=20,
        l2_regularization=1.0,
        monotonic_cst=None,
        random_state=0,
    ):
        self.max_iter = max_iter
        self.learning_rate = learning_rate
        self.max_leaf_nodes = max_leaf_nodes
        self.min_samples_leaf = min_samples_leaf
        self.l2_regularization = l2_regularization
        self.monotonic_cst = monotonic_cst
        self.random_state = random_state

    def fit(self, X, y, sample_weight=None):
        """Fit on a feature matrix and graded labels.

        Parameters
        ----------
        X : array-like of shape (n_pairs, n_features)
        y : array-like of shape (n_pairs,)
            Graded relevance.
        sample_weight : array-like of shape (n_pairs,), optional
            E.g. ``1 / pairs per newcomer`` so every person counts equally.

        Returns
        -------
        self
        """
        X, y = validate_data(self, X, y, y_numeric=True)
        monotonic = None
        if self.monotonic_cst is not None:
            monotonic = np.asarray(self.monotonic_cst)
            if monotonic.shape != (X.shape[1],):
                raise ValueError(f"monotonic_cst has {monotonic.size} entries for {X.shape[1]} features")
        self.estimator_ = HistGradientBoostingRegressor(
            max_iter=self.max_iter,
            learning_rate=self.learning_rate,
            max_leaf_nodes=self.max_leaf_nodes,
            min_samples_leaf=self.min_samples_leaf,
            l2_regularization=self.l2_regularization,
            monotonic_cst=monotonic,
            early_stopping=False,
            random_state=self.random_state,
        ).fit(X, y, sample_weight=sample_weight)
        self.y_min_, self.y_max_ = float(np.min(y)), float(np.max(y))
        self.n_iter_ = self.estimator_.n_iter_
        return self

    def predict(self, X):
        """Predicted graded relevance, clipped to the training label range."""
        check_is_fitted(self)
        X = validate_data(self, X, reset=False)
        return np.clip(self.estimator_.predict(X), self.y_min_, self.y_max_)


def group_weights(groups) -> np.ndarray:
    """Sample weights that give every newcomer the same total weight (mean 1)."""
    groups = np.asarray(groups)
    _, inverse, counts = np.unique(groups, return_inverse=True, return_counts=True)
    weights = 1.0 / counts[inverse]
    return weights * (len(groups) / weights.sum())
