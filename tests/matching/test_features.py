"""Pair features and hard-constraint masks."""

import numpy as np

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
    assert row["voetbal"][F["wish_match"]] == 1.0  # football, from Arabic, in the offer's title
    assert row["kapper"][F["wish_match"]] == 0
    assert row["kapper"][F["trade_match"]] > 0  # a barber, a taalstage in a hair salon
    assert row["voetbal"][F["trade_match"]] == 0  # a trade counts only for work placements
    assert row["kapper"][F["host_language_needed"]] == 1
    # Nieuwleusen is about 9 km from Dalfsen: past the 7 km a bike ride is free, within 12 km.
    assert row["voetbal"][F["distance_known"]] == 1 and 7 < row["voetbal"][F["distance_km"]] < 12
    assert row["voetbal"][F["beyond_near"]] == 1 and row["voetbal"][F["beyond_reach"]] == 0
    assert row["ver"][F["distance_km"]] > 40 and row["ver"][F["beyond_far"]] == 1


def test_soft_reach_respects_max_km(offers):
    from matching import Profile

    index = OfferIndex(offers)
    free = Profile.from_dict({"id": "a", "kern": "Dalfsen", "mobility": ["car"]})
    limited = Profile.from_dict({"id": "b", "kern": "Dalfsen", "mobility": ["car"], "max_km": 8})
    row = index.position["voetbal"]
    assert pair_features(encode_profile(free), index)[0][row, F["beyond_near"]] == 0
    X, allowed = pair_features(encode_profile(limited), index)
    assert X[row, F["beyond_near"]] == 1 and X[row, F["beyond_far"]] == 1 and not allowed[row]


def test_roles_change_what_a_mention_does(offers):
    from matching import Profile

    index = OfferIndex(offers)
    row = index.position["voetbal"]
    wants = Profile.from_dict({"id": "a", "interests": "Ik wil voetballen"})
    refuses = Profile.from_dict({"id": "b", "interests": "Ik heb geen interesse in voetbal, ik wil koken"})
    watches = Profile.from_dict({"id": "c", "interests": "I like to watch football on tv"})
    child = Profile.from_dict({"id": "d", "interests": "my son wants to play football"})
    assert pair_features(encode_profile(wants), index)[0][row, F["wish_match"]] == 1
    X = pair_features(encode_profile(refuses), index)[0]
    assert X[row, F["wish_match"]] == 0 and X[row, F["refused"]] == 1
    assert pair_features(encode_profile(watches), index)[0][row, F["watched"]] == 1
    X = pair_features(encode_profile(child), index)[0]
    assert X[row, F["wish_match"]] == 0 and X[row, F["child_match"]] == 0  # an adult team is not for the son


def test_subset_rows_match_full_matrix(profile, offers):
    index = OfferIndex(offers)
    encoded = encode_profile(profile, year=2025)
    full, mask = pair_features(encoded, index)
    rows = np.array([4, 1])
    part, part_mask = pair_features(encoded, index, rows)
    np.testing.assert_array_equal(part, full[rows])
    np.testing.assert_array_equal(part_mask, mask[rows])


def test_ages_stated_in_a_title_weigh_when_the_fields_give_none():
    from matching import Offer, Profile, Ranker
    from matching.features import _F, pair_features

    kids = Offer.from_dict({"id": "k", "type": "sport", "title": "Voetbal kinderen (6-11 jaar)", "kern": "Dalfsen"})
    seniors = Offer.from_dict({"id": "s", "type": "sport", "title": "Walking football 55+", "kern": "Dalfsen"})
    family = Offer.from_dict({"id": "f", "type": "gezin", "title": "VoorleesExpress (2-8 jaar)", "kern": "Dalfsen"})
    ranker = Ranker(year=2025)
    person = Profile.from_dict({"id": "p", "interests": "football", "kern": "Dalfsen", "birth_year": 2009})
    X, allowed = pair_features(ranker._encoded(person), ranker.index([kids, seniors, family]))
    assert X[:, _F["outside_stated_ages"]].tolist() == [1.0, 1.0, 0.0]  # a family service names the children's ages
    assert allowed.all()  # soft only: the hard limits are the fields'
