"""Meedoen matching: rank offers for newcomers, and newcomers for offers.

A pure library (no Flask, SQLAlchemy or webapp imports) that the web app
calls through one thin service module::

    from matching import Offer, Profile, load_default

    ranker = load_default()                 # shipped model, or the rule prior
    index = ranker.index(offers)            # encode offers once, then keep it warm:
    index.upsert(offer)                     # add or replace one offer
    index.remove(offer_id)                  # False if it was not there
    for suggestion in ranker.rank(profile, index, top=10):
        suggestion.id, suggestion.score, suggestion.reasons   # Reason(key, params)

See ``docs/matching.md`` for the design and ``docs/matching-format.md`` for the
interchange format.

Importing the package is cheap (numpy and scipy.sparse): scikit-learn,
joblib and scipy.optimize load only when a model is loaded or trained, or an
assignment solved, so a worker that loads a saved index pays for them once,
in `load_default`.
"""

from .assign import Assignment, assign_scores
from .concepts import extract_concepts
from .features import FEATURE_NAMES, FEATURES, FeatureSpec, feature_schema
from .geo import Gazetteer, haversine_km
from .index_files import IndexFileError, load_index, save_index
from .io import InputError, load_jsonl, write_jsonl
from .offer_index import OfferIndex
from .pairs import Floors, Pair, all_pairs, pairs_for_offer, pairs_for_profile
from .persistence import ModelError, load, load_default, save
from .profile_index import ProfileIndex, encode_profile, travel_reach_km
from .ranker import Ranker, Suggestion
from .reasons import Reason, concept_label, render
from .schema import (
    DAY_PARTS,
    DUTCH_LEVELS,
    GOALS,
    LABELS,
    OFFER_TYPES,
    Judgment,
    Label,
    Offer,
    Profile,
    RecordError,
)


def __getattr__(name: str):
    # The estimator's module imports scikit-learn (half a second): only on use.
    if name == "GradedRelevanceRegressor":
        from .model import GradedRelevanceRegressor

        return GradedRelevanceRegressor
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def assign(ranker: Ranker, profiles, offers, candidates: int = 20) -> list[Assignment]:
    """One proposal per newcomer, maximising total score without overbooking places.

    Parameters
    ----------
    ranker : Ranker
    profiles : sequence of Profile, or ProfileIndex
    offers : sequence of Offer, or OfferIndex
    candidates : int
        Each person's best offers considered (keeps the problem small).
    """
    index = offers if isinstance(offers, OfferIndex) else ranker.index(offers)
    people = profiles if isinstance(profiles, ProfileIndex) else ranker.profile_index(profiles)
    scores, allowed = ranker.score_matrix(people, index)
    return assign_scores(scores, allowed, index.capacity, people.ids, index.ids, candidates=candidates)


__all__ = [
    "DAY_PARTS", "DUTCH_LEVELS", "FEATURES", "FEATURE_NAMES", "GOALS", "LABELS", "OFFER_TYPES",
    "Assignment", "FeatureSpec", "Floors", "Gazetteer", "GradedRelevanceRegressor", "IndexFileError",
    "InputError", "Judgment",
    "Label", "ModelError", "Offer", "OfferIndex", "Pair", "Profile", "ProfileIndex", "Ranker", "Reason",
    "RecordError", "Suggestion", "all_pairs", "assign", "assign_scores", "concept_label", "encode_profile",
    "extract_concepts", "feature_schema", "haversine_km", "load", "load_default", "load_index", "load_jsonl",
    "pairs_for_offer", "pairs_for_profile", "render", "save", "save_index", "travel_reach_km", "write_jsonl",
]  # fmt: skip
