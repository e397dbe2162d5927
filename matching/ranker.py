"""`Ranker`: what callers use to rank offers for newcomers and newcomers for offers.

It turns records into features, masks hard constraints, blends the learned
model (`matching.model`) with the rule-based prior while labels are few,
applies the fair spread and attaches reasons. Importing it does not import
scikit-learn: a fitted model brings its own classes when it is loaded, and
`Ranker.fit` imports the estimator when it trains one.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .features import _F, FEATURE_NAMES, FEATURES, pair_features
from .geo import Gazetteer, default_gazetteer
from .offer_index import OfferIndex
from .prior import WEIGHT_VECTOR, prior_scores
from .profile_index import EncodedProfile, ProfileIndex, encode_profile
from .reasons import Reason, explain, render
from .rerank import spread_factor
from .schema import MAX_GRADE, Offer, Profile

#: Pairs scored per model call in `Ranker.score_matrix`: large enough that the
#: call overhead vanishes, small enough that a block's features stay in cache.
PREDICT_BLOCK_ROWS = 4096


@dataclass(frozen=True)
class Suggestion:
    """One ranked item: the id of an offer (or of a profile, for candidates)."""

    id: str
    score: float
    reasons: tuple[Reason, ...] = ()

    def to_dict(self, key: str = "offer", lang: str | None = None) -> dict:
        """JSON-ready form; with `lang`, reasons rendered as text, else as keys."""
        if lang is None:
            reasons = [r.to_dict() for r in self.reasons]
        else:
            reasons = [render(r, lang) for r in self.reasons]
        return {key: self.id, "score": round(self.score, 4), "reasons": reasons}


class Ranker:
    """Rank offers for newcomers (and newcomers for offers).

    Parameters
    ----------
    model : GradedRelevanceRegressor or None
        A fitted model, or None to use the rule-based prior alone.
    n_labels : int
        Labels the model was trained on; sets the blend weight.
    prior_strength : float, default=500
        Labels at which model and prior weigh equally: the model's weight is
        ``n_labels / (n_labels + prior_strength)``. With a few dozen decisions
        the prior still dominates; with thousands the model does.
    spread : float, default=0.1
        Fair-spread strength (see `matching.rerank`); 0 turns it off.
    year : int, optional
        Year for ages (default: this year).
    metadata : dict, optional
        Training metadata (kept by `matching.persistence`).
    gazetteer : Gazetteer, optional
        Where kernen are, for records without coordinates (default:
        `matching.geo.default_gazetteer`).
    candidates : int or None, default=400
        Two-stage ranking in `rank`: the prior scores every allowed offer (cheap,
        vectorised), the learned model re-scores only the best `candidates` of
        them. Boosted trees cost a few microseconds per row, too much for
        10,000 offers within 15 ms; offers outside the prior's best 400 do not
        reach a top 20 in practice (see docs/benchmarks.md). None scores all.
    """

    def __init__(
        self,
        model=None,
        n_labels=0,
        prior_strength=500.0,
        spread=0.1,
        year=None,
        metadata=None,
        candidates=400,
        gazetteer=None,
    ):
        self.candidates = candidates
        self.gazetteer = gazetteer
        self.model = model
        self.n_labels = n_labels
        self.prior_strength = prior_strength
        self.spread = spread
        self.year = year
        self.metadata = dict(metadata or {})

    def __repr__(self) -> str:
        kind = "prior only" if self.model is None else f"model on {self.n_labels} labels"
        return f"<Ranker {kind}, model weight {self.model_weight:.2f}>"

    @property
    def model_weight(self) -> float:
        """Share of the learned model in the blended score (0 without a model)."""
        if self.model is None or self.n_labels <= 0:
            return 0.0
        return self.n_labels / (self.n_labels + self.prior_strength)

    # -- training ---------------------------------------------------------

    def training_matrix(self, profiles, offers, labels):
        """Features, grades and groups for labelled pairs.

        Pairs whose profile or offer is unknown are skipped. Loops over
        profiles (not offers): each person's labelled offers are one
        vectorised call.
        """
        index = offers if isinstance(offers, OfferIndex) else self.index(offers)
        by_profile: dict[str, list] = {}
        for label in labels:
            if label.offer in index.position:
                by_profile.setdefault(label.profile, []).append(label)
        blocks, grades, groups = [], [], []
        for profile in profiles:
            mine = by_profile.get(profile.id)
            if not mine:
                continue
            encoded = self._encoded(profile)
            rows = np.array([index.position[lab.offer] for lab in mine])
            X, _ = pair_features(encoded, index, rows)
            blocks.append(X)
            grades.extend(lab.grade for lab in mine)
            groups.extend([profile.id] * len(mine))
        if not blocks:
            return (np.zeros((0, len(FEATURE_NAMES)), np.float32), np.zeros(0), np.zeros(0))
        return np.vstack(blocks), np.asarray(grades, dtype=np.float64), np.asarray(groups)

    def fit(self, profiles, offers, labels, **model_params) -> Ranker:
        """Train the learned model on labelled pairs and return self.

        Parameters
        ----------
        profiles : sequence of Profile
        offers : sequence of Offer or OfferIndex
        labels : sequence of Label
        **model_params
            Passed to `GradedRelevanceRegressor`.
        """
        from .model import GradedRelevanceRegressor, group_weights, monotonic_constraints

        X, y, groups = self.training_matrix(profiles, offers, labels)
        if len(y) == 0:
            raise ValueError("no labelled pair matches the given profiles and offers")
        params = {"monotonic_cst": monotonic_constraints(), **model_params}
        self.model = GradedRelevanceRegressor(**params).fit(X, y, sample_weight=group_weights(groups))
        self.n_labels = int(len(y))
        counts = Counter(int(g) for g in y)
        self.metadata.update(
            {
                "label_counts": {str(g): counts.get(g, 0) for g in range(MAX_GRADE + 1)},
                "n_labels": self.n_labels,
                "n_profiles": int(len(np.unique(groups))),
            }
        )
        return self

    # -- scoring ----------------------------------------------------------

    def index(self, offers, open_suggestions=None) -> OfferIndex:
        """Encode offers once; pass the result to `rank` for many profiles.

        The index follows edits one offer at a time (`OfferIndex.upsert`,
        `OfferIndex.remove`, `OfferIndex.set_open_suggestions`) and can be
        saved and loaded (`matching.save_index`, `matching.load_index`).
        """
        return OfferIndex(offers, open_suggestions=open_suggestions, gazetteer=self._gazetteer)

    def profile_index(self, profiles) -> ProfileIndex:
        """Encode profiles once (ages as of this ranker's `year`); pass the result to `rank_candidates`."""
        return ProfileIndex(profiles, year=self.year, gazetteer=self._gazetteer)

    @property
    def _gazetteer(self) -> Gazetteer:
        return self.gazetteer or default_gazetteer()

    def scores(self, profile: Profile | EncodedProfile, index: OfferIndex, candidates: int | None = None):
        """Blended scores (0..1, before fair spread) for every offer.

        With `candidates`, only the prior's best `candidates` allowed offers get
        the learned part; the others keep only the prior's share
        ``(1 - model_weight) * prior``, which puts them below the re-scored ones.

        Returns
        -------
        scores : ndarray of float
        allowed : ndarray of bool
            Hard-constraint mask; scores of forbidden offers are meaningless.
        X : ndarray
            The pair features (for reasons or diagnostics).
        encoded : EncodedProfile
        """
        encoded = self._encoded(profile)
        scores, allowed, X = self._scores(ProfileIndex([encoded]), index, candidates)
        return scores, allowed, X, encoded

    def _scores(self, person: ProfileIndex, index: OfferIndex, candidates: int | None):
        X, allowed = pair_features(person, index)
        prior = prior_scores(X)
        rows = np.flatnonzero(allowed) if candidates else np.arange(len(X))
        if candidates and rows.size > candidates:
            rows = rows[np.argpartition(-prior[rows], candidates - 1)[:candidates]]
        return self._blend(X, prior, rows), allowed, X

    def _blend(self, X: np.ndarray, prior: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """Prior and learned scores mixed by `model_weight`; only `rows` get the learned part."""
        weight = self.model_weight
        if weight == 0 or not len(X):
            return prior
        scores = (1.0 - weight) * prior
        if rows.size:
            with _single_thread():
                learned = self.model.predict(X[rows])
            scores[rows] += weight * learned / MAX_GRADE
        return np.clip(scores, 0.0, 1.0)

    def contributions(self, X: np.ndarray) -> np.ndarray:
        """What each feature added to each row's score, for the reasons: rows x features, in prior points.

        The prior's part is exact (weight x value). The learned model's part
        is what its prediction loses when a feature that gives a reason is
        set to 0 (one grade counted as one point, about a step between the
        prior's tiers), blended by `model_weight`: the reasons follow
        whichever scorer ranked.
        """
        points = X * WEIGHT_VECTOR
        weight = self.model_weight
        if weight == 0 or not len(X):
            return points
        learned = np.zeros_like(points)
        with _single_thread():
            base = self.model.predict(X)
            for name in _REASON_FEATURES:
                column = _F[name]
                present = np.flatnonzero(X[:, column] != 0)
                if present.size:
                    without = X[present].copy()
                    without[:, column] = 0
                    learned[present, column] = base[present] - self.model.predict(without)
        return (1.0 - weight) * points + weight * learned

    def rank(self, profile, offers, top: int = 10, reasons: bool = True) -> list[Suggestion]:
        """The best `top` offers for one person, best first, hard constraints respected.

        Parameters
        ----------
        profile : Profile or EncodedProfile
        offers : OfferIndex or sequence of Offer
            Pass an `OfferIndex` when ranking many profiles against the same offers.
        top : int
        reasons : bool
            Skip reasons when only the order is needed (evaluation, assignment).
        """
        index = offers if isinstance(offers, OfferIndex) else self.index(offers)
        person = ProfileIndex([self._encoded(profile)])
        scores, allowed, X = self._scores(person, index, self.candidates)
        if self.spread:
            scores = scores * spread_factor(index.open_suggestions, index.capacity, self.spread)
        rows = _top_rows(scores, allowed, top)
        explained = [()] * len(rows)
        if reasons and len(rows):
            explained = explain(person, index, [(0, r) for r in rows], X[rows], self.contributions(X[rows]))
        return [Suggestion(index.ids[r], float(scores[r]), why) for r, why in zip(rows, explained, strict=True)]

    def score_matrix(self, profiles, index: OfferIndex):
        """Scores (after fair spread) and masks for many profiles: (n_profiles, n_offers).

        Parameters
        ----------
        profiles : ProfileIndex or sequence of Profile or EncodedProfile
        index : OfferIndex

        Profiles are scored in blocks of about `PREDICT_BLOCK_ROWS` pairs, so a
        few offers against many people (a provider's candidates) costs one
        model call per block instead of one per person.
        """
        people = self._people(profiles)
        n, m = len(people), len(index)
        scores = np.zeros((n, m), dtype=np.float32)
        allowed = np.zeros((n, m), dtype=bool)
        factor = spread_factor(index.open_suggestions, index.capacity, self.spread) if self.spread else 1.0
        block = max(1, PREDICT_BLOCK_ROWS // max(m, 1))
        for start in range(0, n, block):
            stop = min(start + block, n)
            X, ok = pair_features(people if block >= n else people.take(slice(start, stop)), index)
            blended = self._blend(X, prior_scores(X), np.flatnonzero(ok))
            scores[start:stop] = blended.reshape(stop - start, m) * factor
            allowed[start:stop] = ok.reshape(stop - start, m)
        return scores, allowed

    def _encoded(self, profile) -> EncodedProfile:
        if isinstance(profile, EncodedProfile):
            return profile
        return encode_profile(profile, self.year, self._gazetteer)

    def _people(self, profiles) -> ProfileIndex:
        return profiles if isinstance(profiles, ProfileIndex) else self.profile_index(profiles)

    def rank_candidates(self, offer: Offer, profiles, top: int = 10, reasons: bool = True) -> list[Suggestion]:
        """The best `top` newcomers for one offer, best first (the provider's view).

        Parameters
        ----------
        offer : Offer
        profiles : ProfileIndex or sequence of Profile
            Pass a `ProfileIndex` (`profile_index`) when ranking many offers
            against the same people: it encodes them once.
        top : int
        reasons : bool
        """
        people = self._people(profiles)
        index = self.index([offer])
        scores, allowed = self.score_matrix(people, index)
        rows = _top_rows(scores[:, 0], allowed[:, 0], top)
        explained = [()] * len(rows)
        if reasons and len(rows):
            shown = people.take(rows)
            X, _ = pair_features(shown, index)
            explained = explain(shown, index, [(k, 0) for k in range(len(rows))], X, self.contributions(X))
        return [Suggestion(people.ids[r], float(scores[r, 0]), why) for r, why in zip(rows, explained, strict=True)]


#: Features that give a reason (`matching.features.FeatureSpec.reason`).
_REASON_FEATURES = tuple(spec.name for spec in FEATURES if spec.reason)


@lru_cache(maxsize=1)
def _threadpools():
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def _single_thread():
    """Run OpenMP code on one thread.

    Predicting a few hundred rows is far shorter than waking OpenMP workers; on
    a busy 2-core server the workers' spin-waiting turned a 6 ms prediction
    into a p95 of 600 ms. One thread is faster and, above all, steady.
    """
    return _threadpools().limit(limits=1, user_api="openmp")


def _top_rows(scores: np.ndarray, allowed: np.ndarray, top: int) -> np.ndarray:
    """Positions of the `top` best allowed scores, best first (ties: input order)."""
    candidates = np.flatnonzero(allowed)
    if top <= 0 or candidates.size == 0:
        return candidates[:0]
    values = scores[candidates]
    if candidates.size > top:
        keep = np.argpartition(-values, top - 1)[:top]
        candidates, values = candidates[keep], values[keep]
    order = np.lexsort((candidates, -values))
    return candidates[order]
