"""Guessed positions never enforce a hard limit nor claim a distance; unknown times claim nothing."""

import warnings

import numpy as np

from matching import FEATURE_NAMES, Offer, OfferIndex, Profile, encode_profile
from matching.evaluate import violates
from matching.features import pair_features
from matching.geo import EXACT, KERN, SEAT, UNKNOWN, position, reliable
from matching.persistence import load_default
from matching.prior import prior_scores


def test_precision_says_how_a_position_was_found():
    assert position(52.5, 6.2, "Dalfsen")[2] == EXACT
    assert position(kern="Nieuwleusen")[2] == KERN
    assert position(kern="Nieuwleuzen", gemeente="Dalfsen")[2] == SEAT  # misspelled kern
    lat, lon, precision = position(kern="Nergens")
    assert precision == UNKNOWN and np.isnan(lat) and np.isnan(lon)
    assert list(reliable([UNKNOWN, SEAT, KERN, EXACT])) == [False, False, True, True]


def _far_offer(**where):
    return Offer.from_dict({"id": "assen", "type": "sport", "title": "Voetbal", "capacity": 3, **where})


def test_max_km_holds_between_known_kernen():
    person = Profile.from_dict({"id": "p", "kern": "Dalfsen", "max_km": 10})
    offer = _far_offer(kern="Assen")
    _, allowed = pair_features(encode_profile(person), OfferIndex([offer]))
    assert not allowed[0]
    assert violates(person, offer, 2026) == "max_km"


def test_a_gemeente_seat_guess_never_excludes_an_offer():
    # The person's kern is misspelled: Dalfsen's seat stands in, which is a guess,
    # so an offer in Assen is not forbidden on a distance we do not really know.
    person = Profile.from_dict({"id": "p", "kern": "Dalfsn", "gemeente": "Dalfsen", "max_km": 10})
    offer = _far_offer(kern="Assen")
    _, allowed = pair_features(encode_profile(person), OfferIndex([offer]))
    assert allowed[0]
    assert violates(person, offer, 2026) is None


def test_no_nearby_reason_from_a_guessed_position():
    ranker = load_default()
    guessed = Profile.from_dict({"id": "p", "interests": "voetbal", "gemeente": "Dalfsen", "languages": ["nl"]})
    offer = Offer.from_dict({"id": "o", "type": "sport", "title": "Voetbal", "kern": "Dalfsen", "capacity": 3})
    keys = {r.key for s in ranker.rank(guessed, [offer]) for r in s.reasons}
    assert "reason.nearby" not in keys
    known = Profile.from_dict({"id": "p", "interests": "voetbal", "kern": "Dalfsen", "languages": ["nl"]})
    keys = {r.key for s in ranker.rank(known, [offer]) for r in s.reasons}
    assert "reason.nearby" in keys


def test_no_schedule_reason_when_availability_is_unknown():
    ranker = load_default()
    offer = Offer.from_dict(
        {"id": "o", "type": "sport", "title": "Voetbal", "kern": "Dalfsen", "capacity": 3, "schedule": ["tue-eve"]}
    )
    unknown = Profile.from_dict({"id": "p", "interests": "voetbal", "kern": "Dalfsen"})
    keys = {r.key for s in ranker.rank(unknown, [offer]) for r in s.reasons}
    assert "reason.fits_schedule" not in keys
    free = Profile.from_dict({"id": "p", "interests": "voetbal", "kern": "Dalfsen", "availability": ["tue-eve"]})
    assert ranker.rank(free, [offer])[0].reasons  # known times can be a reason


def test_prior_is_finite_and_silent_for_extreme_features():
    X = np.full((3, len(FEATURE_NAMES)), 1e6, dtype=np.float64)
    X[1] = -1e6
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        scores = prior_scores(X)
    assert np.all(np.isfinite(scores)) and np.all((scores >= 0) & (scores <= 1))
