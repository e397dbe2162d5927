"""What both sides of a pair are encoded with: the concept vocabulary, the reading rules and small array helpers.

The taxonomy becomes matrices once per process (`vocabulary`); the rules of
``matching/data/reading.json`` (what each offer type is about, what each PIP
goal asks for, the offer cues) and ``matching/data/travel.json`` (how far a
trip is fine by each means) are read once (`reading`, `travel_bands`). The
offer side (`matching.offer_index`) and the people side
(`matching.profile_index`) both build on them, so a concept column or a type
column means the same on both sides.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np
import scipy.sparse as sp

from .concepts import concept, concept_ids
from .normalise import words
from .schema import DAY_PARTS, GOALS, OFFER_TYPES

#: Column of each offer type in every type-shaped array.
TYPE_COLUMN = {t: i for i, t in enumerate(OFFER_TYPES)}
#: Offer types that exist to practise Dutch.
LANGUAGE_TYPES = ("taalcoach", "taalcafe", "taalstage")
#: Offer types where a former trade or a wished-for job matters.
WORK_TYPES = ("taalstage", "werkervaringsplek", "vrijwilligerswerk")
#: Languages a host may speak, as columns of a small boolean matrix. Dutch is
#: left out on purpose: every host speaks it, so it says nothing.
HOST_LANGUAGES = ("ar", "ti", "fa", "so", "en", "ku", "tr", "fr", "de", "am", "ps", "uk", "ru")


@dataclass(frozen=True)
class Vocabulary:
    """The concept taxonomy as matrices: concepts x offer types and concepts x sectors."""

    ids: tuple[str, ...]
    index: dict
    concept_types: np.ndarray
    sectors: tuple[str, ...]
    concept_sectors: np.ndarray
    #: Concepts that have narrower ones ("sport", "work"): a wish, not an activity.
    broad: np.ndarray

    def vector(self, weights: dict[str, float]) -> np.ndarray:
        """Dense confidence vector over concepts; unknown ids are ignored."""
        out = np.zeros(len(self.ids), dtype=np.float32)
        for cid, value in weights.items():
            j = self.index.get(cid)
            if j is not None:
                out[j] = max(out[j], value)
        return out

    def matrix(self, rows: list[dict[str, float]]) -> sp.csr_matrix:
        """Sparse matrix, one row per dict of concept confidences."""
        indptr, indices, data = [0], [], []
        for weights in rows:
            for cid, value in weights.items():
                j = self.index.get(cid)
                if j is not None:
                    indices.append(j)
                    data.append(value)
            indptr.append(len(indices))
        matrix = sp.csr_matrix(
            (np.asarray(data, np.float32), np.asarray(indices, np.int32), np.asarray(indptr, np.int64)),
            shape=(len(rows), len(self.ids)),
        )
        matrix.sum_duplicates()
        return matrix

    @property
    def fingerprint(self) -> str:
        """Short hash of the concept ids, stored with a model for traceability."""
        return hashlib.sha256("|".join(self.ids).encode()).hexdigest()[:16]


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """Build (once per process) the matrices of the shared concept taxonomy."""
    ids = tuple(concept_ids())
    concept_types = np.zeros((len(ids), len(OFFER_TYPES)), dtype=np.float32)
    sectors = sorted({s for cid in ids for s in (concept(cid).sectors or ())})
    sector_col = {s: i for i, s in enumerate(sectors)}
    concept_sectors = np.zeros((len(ids), len(sectors)), dtype=np.float32)
    parents = {concept(cid).parent for cid in ids}
    for i, cid in enumerate(ids):
        c = concept(cid)
        for t in c.offer_types or ():
            if t in TYPE_COLUMN:
                concept_types[i, TYPE_COLUMN[t]] = 1.0
        for s in c.sectors or ():
            concept_sectors[i, sector_col[s]] = 1.0
    broad = np.array([cid in parents for cid in ids], dtype=bool)
    return Vocabulary(ids, {cid: i for i, cid in enumerate(ids)}, concept_types, tuple(sectors), concept_sectors, broad)


@lru_cache(maxsize=1)
def reading() -> dict:
    """The reading rules of ``matching/data/reading.json``, each list of offer cues as a `PhraseSet`."""
    raw = json.loads(resources.files("matching").joinpath("data/reading.json").read_text("utf-8"))
    unknown = set(raw["type_concepts"]) ^ set(OFFER_TYPES) | set(raw["goal_concepts"]) - set(GOALS)
    if unknown:
        raise ValueError(f"reading.json: unknown or missing offer types or goals {sorted(unknown)}")
    return {
        **raw,
        "venue_words": frozenset(w for v in raw.get("venue_words", ()) for w in words(v)),
        "offer_cues": {name: PhraseSet(tuple(words(c)) for c in cues) for name, cues in raw["offer_cues"].items()},
    }


@lru_cache(maxsize=1)
def travel_bands() -> dict:
    """``{mode: (near, reach, far)}`` km from ``matching/data/travel.json``, and ``"unknown"``: the mode assumed."""
    raw = json.loads(resources.files("matching").joinpath("data/travel.json").read_text("utf-8"))
    bands = {mode: (b["near"], b["reach"], b["far"]) for mode, b in raw["bands"].items()}
    return {**bands, "unknown": bands[raw["unknown"]]}


class PhraseSet:
    """Phrases (tuples of normalised words) looked up in a text's words: one dictionary probe per word."""

    def __init__(self, phrases):
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            if phrase:
                self.by_first.setdefault(phrase[0], []).append(phrase)
        #: The one-word phrases, and the longer ones by their first two words (the words after those).
        #: Cues begin with common words ("bij", "met", "groep"): the second word rules out nearly
        #: every place without slicing the text.
        self._single = frozenset(first for first, found in self.by_first.items() if any(len(p) == 1 for p in found))
        self._by_pair: dict[str, dict[str, list[tuple[str, ...]]]] = {}
        for first, found in self.by_first.items():
            if first not in self._single:
                for phrase in found:
                    self._by_pair.setdefault(first, {}).setdefault(phrase[1], []).append(phrase[2:])

    def found_in(self, tokens: list[str], present: set[str] | None = None) -> bool:
        """True when one of the phrases occurs in `tokens` as whole words in a row.

        ``present`` is ``set(tokens)``, for a caller that looks for several phrase sets in the same words.
        """
        # One set intersection finds the first words present (most texts have none); only their
        # places are then looked at, found by list.index rather than a Python loop over every word.
        present = set(tokens) if present is None else present
        if not self._single.isdisjoint(present):
            return True
        end = len(tokens) - 1
        for first in self._by_pair.keys() & present:
            by_second = self._by_pair[first]
            start = tokens.index(first)
            while start < end:
                rests = by_second.get(tokens[start + 1])
                if rests is not None and any(tuple(tokens[start + 2 : start + 2 + len(r)]) == r for r in rests):
                    return True
                try:
                    start = tokens.index(first, start + 1)
                except ValueError:
                    break
        return False


def daypart_matrix(lists) -> np.ndarray:
    """One row per list of day parts, one column per `matching.schema.DAY_PARTS` entry."""
    col = {d: i for i, d in enumerate(DAY_PARTS)}
    out = np.zeros((len(lists), len(DAY_PARTS)), dtype=np.float32)
    for i, parts in enumerate(lists):
        for part in parts or ():
            out[i, col[part]] = 1.0
    return out


def tristate(values) -> np.ndarray:
    """True -> 1, False -> -1, unknown -> 0: "missing means unknown, never no"."""
    return np.array([0 if v is None else (1 if v else -1) for v in values], dtype=np.int8)


def optional(values, fill=np.nan) -> np.ndarray:
    """Floats with `fill` for unknown (None) values."""
    return np.array([fill if v is None else v for v in values], dtype=np.float64)


def stack(vectors, width: int, dtype=np.float32) -> np.ndarray:
    """Rows of equal `width` as one 2-D array (also for no rows at all)."""
    return np.array(list(vectors), dtype=dtype).reshape(-1, width)
