"""Pair features and hard-constraint masks."""

import numpy as np
import pytest

from matching import FEATURE_NAMES, OfferIndex, encode_profile
from matching.features import pair_features
from matching.geo import KERNEN, haversine_km, locate

F = {name: i for i, name in enumerate(FEATURE_NAMES)}


def test_gazetteer_distances_are_real():
    dalfsen, nieuwleusen = KERNEN["dalfsen"], KERNEN["nieuwleusen"]
    km = haversine_km(*dalfsen, *nieuwleusen)
    assert 7 < km < 11
    assert 45 < haversine_km(*dalfsen, *KERNEN["assen"]) < 60
    assert locate(52.0, 5.0, "Dalfsen") == (52.0, 5.0)  # coordinates win over the kern
    assert locate(kern="Onbekend", gemeente="Aa en Hunze") == KERNEN["gieten"]
    assert np.isnan(locate(kern="Nergens")[0])


def test_hard_mask(profile, offers):
    index = OfferIndex(offers)
    X, allowed = pair_features(encode_profile(profile, year=2025), index)
    allowed = dict(zip(index.ids, allowed, strict=True))
    assert allowed["voetbal"] and allowed["kapper"]
    assert not allowed["naaien"]  # women only
    assert not allowed["vol"]  # capacity 0
    assert not allowed["ver"]  # beyond max_km
    assert not allowed["jong"]  # 35 is outside 16..23


def test_schedule_without_shared_day_part_is_masked(offers):
    from matching import Profile

    p = Profile.from_dict({"id": "p", "availability": ["sun-pm"]})
    _, allowed = pair_features(encode_profile(p), OfferIndex(offers))
    assert not allowed[0]  # voetbal is on tuesday evening only
    assert allowed[2]  # no schedule = flexible


def test_features_are_vectorised_and_sensible(profile, offers):
    index = OfferIndex(offers)
    X, _ = pair_features(encode_profile(profile, year=2025), index)
    assert X.shape == (len(offers), len(FEATURE_NAMES)) and X.dtype == np.float32
    row = {oid: X[i] for i, oid in enumerate(index.ids)}
    assert row["voetbal"][F["interest_cosine"]] > 0.5
    assert row["voetbal"][F["interest_cosine"]] > row["kapper"][F["interest_cosine"]]
    assert row["kapper"][F["host_language_needed"]] == 1
    assert row["voetbal"][F["travel_feasible"]] == pytest.approx(0.5) or \
        row["voetbal"][F["distance_known"]] == 1
    assert row["ver"][F["distance_km"]] > 40


def test_subset_rows_match_full_matrix(profile, offers):
    index = OfferIndex(offers)
    encoded = encode_profile(profile, year=2025)
    full, mask = pair_features(encoded, index)
    rows = np.array([4, 1])
    part, part_mask = pair_features(encoded, index, rows)
    np.testing.assert_array_equal(part, full[rows])
    np.testing.assert_array_equal(part_mask, mask[rows])
