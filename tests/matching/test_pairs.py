"""Pairs for a table of suggestions: the same lists as ranking each side, cut at known floors."""

from __future__ import annotations

import numpy as np
import pytest

from matching import Ranker, all_pairs, load_jsonl, pairs_for_offer, pairs_for_profile


@pytest.fixture(scope="module")
def world(request):
    from pathlib import Path

    data = Path(__file__).resolve().parent.parent / "data"
    profiles = load_jsonl(data / "eval_profiles.jsonl", "profile")
    offers = load_jsonl(data / "eval_offers.jsonl", "offer")
    ranker = Ranker(year=2025)
    return ranker, ranker.profile_index(profiles), ranker.index(offers), profiles, offers


def test_each_persons_list_is_their_ranking(world):
    ranker, people, index, profiles, _ = world
    pairs, floors = all_pairs(ranker, people, index, per_profile=5, per_offer=3)
    by_person = {}
    for pair in pairs:
        by_person.setdefault(pair.profile, []).append(pair)
    for profile in profiles[:20]:
        ranked = ranker.rank(profile, index, top=5, reasons=False)
        mine = sorted(by_person.get(profile.id, []), key=lambda p: -p.score)
        assert {s.id for s in ranked} <= {p.offer for p in mine}
        scores = {p.offer: p.score for p in mine}
        for s in ranked:
            assert scores[s.id] == pytest.approx(s.score, abs=1e-6)
        assert floors.profiles[profile.id] == pytest.approx(ranked[-1].score, abs=1e-6)


def test_each_offers_list_is_its_best_people(world):
    ranker, people, index, _, offers = world
    pairs, floors = all_pairs(ranker, people, index, per_profile=5, per_offer=3)
    scores, allowed = ranker.score_matrix(people, index)
    for j, offer in enumerate(offers[:20]):
        column = np.where(allowed[:, j], scores[:, j], -np.inf)
        best = sorted(column[np.isfinite(column)], reverse=True)[:3]  # ties may pick either person
        stored = sorted((p.score for p in pairs if p.offer == offer.id), reverse=True)[:3]
        assert stored == pytest.approx(best, abs=1e-5), offer.id
        if len(best) == 3:
            assert floors.offers[offer.id] == pytest.approx(np.sort(column)[-3], abs=1e-5)
        else:
            assert floors.offers[offer.id] == -np.inf


def test_pairs_come_with_reasons_and_respect_exclusions(world):
    ranker, people, index, profiles, _ = world
    someone = profiles[0].id
    first = pairs_for_profile(ranker, someone, people, index, top=5)
    assert len(first) == 5 and all(p.reasons for p in first[:3])
    excluded = {first[0].offer}
    again = pairs_for_profile(ranker, someone, people, index, top=5, exclude=excluded)
    assert excluded.isdisjoint(p.offer for p in again)
    _, floors = all_pairs(ranker, people, index, per_profile=5, per_offer=3, exclude={(someone, first[0].offer)})
    assert all(p.offer != first[0].offer for p in again)
    assert isinstance(floors.offers, dict)


def test_a_person_enters_the_lists_whose_floor_they_beat(world):
    ranker, people, index, profiles, _ = world
    someone = profiles[3].id
    low = {oid: -1.0 for oid in index.ids}  # every list would take them
    high = {oid: 2.0 for oid in index.ids}  # no list would
    own = pairs_for_profile(ranker, someone, people, index, top=4, offer_floors=high)
    more = pairs_for_profile(ranker, someone, people, index, top=4, offer_floors=low)
    assert len(own) == 4 and len(more) > len(own)
    assert [p.offer for p in more[:4]] == [p.offer for p in own]


def test_an_offers_pairs_match_rank_candidates(world):
    ranker, people, index, _, offers = world
    offer = offers[5]
    pairs = pairs_for_offer(ranker, offer.id, index, people, top=4)
    expected = ranker.rank_candidates(offer, people, top=4, reasons=False)
    assert [p.profile for p in pairs] == [s.id for s in expected]
    assert all(p.offer == offer.id for p in pairs)
    assert pairs_for_offer(ranker, "no-such-offer", index, people, top=4) == []
    assert pairs_for_profile(ranker, "no-such-person", people, index, top=4) == []
