"""Meedoen matching: rank offers for newcomers, and newcomers for offers.

A pure library (no Flask, SQLAlchemy or webapp imports) that the web app
calls through one thin service module::

    from matching import Offer, Profile, load_default

    ranker = load_default()                 # shipped model, or the rule prior
    index = ranker.index(offers)            # encode offers once
    for suggestion in ranker.rank(profile, index, top=10):
        suggestion.id, suggestion.score, suggestion.reasons   # Reason(key, params)

See ``docs/matching.md`` for the design and ``docs/matching-format.md`` for the
interchange format.
"""

from .assign import Assignment, assign_scores
from .features import FEATURE_NAMES, OfferIndex, encode_profile, feature_schema
from .io import InputError, load_jsonl, write_jsonl
from .model import GradedRelevanceRegressor, Ranker, Suggestion
from .persistence import ModelError, load, load_default, save
from .reasons import Reason, render
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


def assign(ranker: Ranker, profiles, offers, candidates: int = 20) -> list[Assignment]:
    """One proposal per newcomer, maximising total score without overbooking places.

    Parameters
    ----------
    ranker : Ranker
    profiles : sequence of Profile
    offers : sequence of Offer or OfferIndex
    candidates : int
        Each person's best offers considered (keeps the problem small).
    """
    index = offers if isinstance(offers, OfferIndex) else ranker.index(offers)
    scores, allowed = ranker.score_matrix(list(profiles), index)
    return assign_scores(scores, allowed, index.capacity, [p.id for p in profiles], index.ids,
                         candidates=candidates)


__all__ = [
    "DAY_PARTS", "DUTCH_LEVELS", "FEATURE_NAMES", "GOALS", "LABELS", "OFFER_TYPES",
    "Assignment", "GradedRelevanceRegressor", "InputError", "Judgment", "Label", "ModelError",
    "Offer", "OfferIndex", "Profile", "Ranker", "Reason", "RecordError", "Suggestion",
    "assign", "assign_scores", "encode_profile", "feature_schema", "load", "load_default",
    "load_jsonl", "render", "save", "write_jsonl",
]
