"""Incremental indexes equal fresh ones, and saved indexes load only when they still fit."""

import dataclasses
import json
import subprocess
import sys

import numpy as np
import pytest
import scipy.sparse as sp

from matching import (
    IndexFileError,
    ModelError,
    OfferIndex,
    ProfileIndex,
    extract_concepts,
    load_default,
    load_index,
    save_index,
)
from matching.synthetic import generate


@pytest.fixture(scope="module")
def ranker():
    return load_default(year=2025)


@pytest.fixture(scope="module")
def data():
    return generate(n_profiles=120, n_offers=160, labels_per_profile=1, seed=8)


def assert_same_index(index, fresh):
    assert index.ids == fresh.ids
    assert index.position == fresh.position
    for name in type(index).COLUMNS:
        mine, theirs = getattr(index, name), getattr(fresh, name)
        if sp.issparse(mine):
            assert mine.shape == theirs.shape, name
            for part in ("indptr", "indices", "data"):
                np.testing.assert_array_equal(getattr(mine, part), getattr(theirs, part), err_msg=name)
        else:
            assert mine.dtype == theirs.dtype and mine.shape == theirs.shape, name
            np.testing.assert_array_equal(mine, theirs, err_msg=name)


def same_ranking(ranker, profiles, index, fresh):
    for profile in profiles:
        assert ranker.rank(profile, index, top=20) == ranker.rank(profile, fresh, top=20)


def test_offer_index_after_random_changes_equals_a_fresh_one(ranker, data):
    rng = np.random.default_rng(3)
    pool = data.offers
    index = ranker.index(pool[:60])
    current = {o.id: o for o in pool[:60]}
    counts = {o.id: float(o.extra.get("open_suggestions", 0)) for o in pool[:60]}
    for step in range(150):
        action = rng.choice(["add", "replace", "remove", "remove_unknown", "count"])
        if action == "add" or not current:
            offer = pool[int(rng.integers(60, len(pool)))]
            offer = dataclasses.replace(offer, id=f"new{step}")
            count = int(rng.integers(0, 5))
            index.upsert(offer, open_suggestions=count)
            current[offer.id], counts[offer.id] = offer, float(count)
        elif action == "replace":
            target = str(rng.choice(list(current)))
            offer = dataclasses.replace(pool[int(rng.integers(len(pool)))], id=target)
            index.upsert(offer)
            current[target] = offer
            counts[target] = float(offer.extra.get("open_suggestions", 0))
        elif action == "remove":
            target = str(rng.choice(list(current)))
            assert index.remove(target)
            del current[target], counts[target]
        elif action == "remove_unknown":
            assert not index.remove("never-indexed")
        else:
            target = str(rng.choice(list(current)))
            assert index.set_open_suggestions(target, 7)
            counts[target] = 7.0
        offers = [current[i] for i in index.ids]
        fresh = OfferIndex(offers, open_suggestions=[counts[i] for i in index.ids])
        assert_same_index(index, fresh)
        if step % 25 == 0:
            same_ranking(ranker, data.profiles[:8], index, fresh)
    same_ranking(ranker, data.profiles[:30], index, fresh)


def test_new_offers_go_last_replaced_ones_keep_their_place(ranker, data):
    a, b, c = data.offers[:3]
    index = ranker.index([a, b])
    index.upsert(c)
    index.upsert(dataclasses.replace(c, id=a.id))
    assert index.ids == [a.id, b.id, c.id]
    assert index.remove(a.id) and index.ids == [b.id, c.id] and index.position == {b.id: 0, c.id: 1}
    assert a.id not in index and c.id in index and len(index) == 2
    assert not index.set_open_suggestions(a.id, 3)


def test_indexing_leaves_the_garbage_collector_as_it_was(ranker, data):
    """The offers are read with the collector paused (`offer_index._read_offers`), never left off."""
    import gc

    assert gc.isenabled()
    ranker.index(data.offers[:20])
    assert gc.isenabled()
    gc.disable()
    try:
        ranker.index(data.offers[:20])
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_duplicate_ids_are_refused(data):
    with pytest.raises(ValueError, match="duplicate offer id"):
        OfferIndex([data.offers[0], data.offers[0]])


def test_profile_index_after_random_changes_equals_a_fresh_one(ranker, data):
    rng = np.random.default_rng(4)
    pool = data.profiles
    people = ranker.profile_index(pool[:40])
    current = {p.id: p for p in pool[:40]}
    for step in range(80):
        action = rng.choice(["add", "replace", "remove"])
        if action == "add" or len(current) < 2:
            profile = dataclasses.replace(pool[int(rng.integers(40, len(pool)))], id=f"new{step}")
            people.upsert(profile)
            current[profile.id] = profile
        elif action == "replace":
            target = str(rng.choice(list(current)))
            profile = dataclasses.replace(pool[int(rng.integers(len(pool)))], id=target)
            people.upsert(profile)
            current[target] = profile
        else:
            target = str(rng.choice(list(current)))
            assert people.remove(target) and not people.remove(target)
            del current[target]
        fresh = ranker.profile_index([current[i] for i in people.ids])
        assert_same_index(people, fresh)
    for offer in data.offers[:10]:
        expected = ranker.rank_candidates(offer, [current[i] for i in people.ids], top=10)
        assert ranker.rank_candidates(offer, people, top=10) == expected
        assert ranker.rank_candidates(offer, fresh, top=10) == expected


def test_candidates_come_with_reasons(ranker, data):
    people = ranker.profile_index(data.profiles)
    ranking = ranker.rank_candidates(data.offers[0], people, top=10)
    assert ranking and ranking[0].reasons
    assert [s.score for s in ranking] == sorted((s.score for s in ranking), reverse=True)


# --- saved indexes -------------------------------------------------------------


def test_saved_offer_index_loads_equal_and_ranks_the_same(ranker, data, tmp_path):
    index = ranker.index(data.offers)
    index.set_open_suggestions(data.offers[3].id, 4)
    index.metadata["as_of"] = "change 1234"
    path = tmp_path / "offers.index"  # any name: no ".npz" is appended
    save_index(index, path)
    loaded = load_index(path)
    assert isinstance(loaded, OfferIndex) and loaded.metadata == {"as_of": "change 1234"}
    assert_same_index(loaded, index)
    same_ranking(ranker, data.profiles[:10], loaded, index)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["offers.index"]
    loaded.upsert(dataclasses.replace(data.offers[0], id="after-load"))
    assert loaded.ids[-1] == "after-load"


def test_saved_profile_index_keeps_its_year(ranker, data, tmp_path):
    people = ranker.profile_index(data.profiles)
    save_index(people, tmp_path / "people.npz")
    loaded = load_index(tmp_path / "people.npz")
    assert isinstance(loaded, ProfileIndex) and loaded.year == 2025
    assert_same_index(loaded, people)
    offer = data.offers[5]
    assert ranker.rank_candidates(offer, loaded) == ranker.rank_candidates(offer, people)


def _rewrite(path, change_meta=None, change_arrays=None):
    with np.load(path) as npz:
        arrays = {name: npz[name] for name in npz.files}
    meta = json.loads(arrays["meta"].tobytes())
    if change_meta:
        change_meta(meta)
    arrays["meta"] = np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8)
    if change_arrays:
        change_arrays(arrays)
    with open(path, "wb") as handle:
        np.savez(handle, **arrays)


@pytest.mark.parametrize(
    ("key", "words"),
    [("taxonomy", "another taxonomy"), ("feature_schema", "another feature schema"), ("encoding", "another encoding")],
)
def test_index_of_another_taxonomy_or_schema_is_refused(data, tmp_path, key, words):
    path = tmp_path / "offers.npz"
    save_index(OfferIndex(data.offers[:5]), path)
    _rewrite(path, change_meta=lambda meta: meta.update({key: "0123456789abcdef"}))
    with pytest.raises(IndexFileError, match=f"{words}.*0123456789abcdef.*rebuild") as caught:
        load_index(path)
    assert isinstance(caught.value, ModelError)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda a: a.pop("lat"), "column 'lat'"),
        (lambda a: a.update(lat=a["lat"].astype(np.float32)), "column 'lat'"),
        (lambda a: a.update(type=a["type"] + 100), "column 'type' out of range"),
        (lambda a: a.update({"concepts.indices": a["concepts.indices"] + 10_000}), "column 'concepts'"),
        (lambda a: a.update(meta=np.array([1.5])), "not a Meedoen matching index"),
    ],
)
def test_malformed_index_files_are_refused(data, tmp_path, change, message):
    path = tmp_path / "offers.npz"
    save_index(OfferIndex(data.offers[:5]), path)
    _rewrite(path, change_arrays=change)
    with pytest.raises(IndexFileError, match=message):
        load_index(path)


def test_unreadable_files_are_refused_without_running_code(tmp_path):
    with pytest.raises(IndexFileError, match="not found"):
        load_index(tmp_path / "missing.npz")
    garbage = tmp_path / "garbage.npz"
    garbage.write_bytes(b"not a zip file")
    with pytest.raises(IndexFileError, match="not a readable index file"):
        load_index(garbage)
    bare = tmp_path / "bare.npy"
    np.save(bare, np.arange(3))
    with pytest.raises(IndexFileError, match="not a Meedoen matching index"):
        load_index(bare)
    pickled = tmp_path / "pickled.npz"
    np.savez(pickled, meta=np.array([{"format": "x"}], dtype=object))  # an object array is a pickle
    with pytest.raises(IndexFileError, match="not a readable index file"):
        load_index(pickled)


def test_save_index_refuses_other_objects(tmp_path):
    with pytest.raises(TypeError):
        save_index({"ids": []}, tmp_path / "x.npz")


# --- the package's surface ---------------------------------------------------------


def test_extract_concepts_is_exported_for_search():
    assert extract_concepts("Voetbalvereniging zoekt spelers")["football"] == 1.0


def test_import_is_cheap():
    """A worker pays for scikit-learn, joblib and scipy.optimize only when it loads a model."""
    code = (
        "import sys, matching; print(sorted(m for m in ('sklearn', 'joblib', 'scipy.optimize', 'pandas') "
        "if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
