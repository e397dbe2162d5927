"""Saving and loading indexes: plain numpy arrays in one ``.npz`` file, and JSON; never a pickle.

A web worker loads a saved `OfferIndex` (or `ProfileIndex`) at start instead
of reading every offer through the ORM and encoding it again. The file holds
the index's arrays and, as JSON, its ids and what the arrays were computed
with: the taxonomy (one added synonym changes concepts), the feature schema
and the encoding (gazetteer, column tables, `INDEX_VERSION`). A file made
with anything else is refused, naming what differs, because its rows would
quietly disagree with freshly encoded ones.

``np.load(allow_pickle=False)`` reads nothing but arrays, so a file from
elsewhere cannot run code; every array is checked for shape, type and range
before an index is built from it.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import tempfile
import zipfile

import numpy as np
import scipy.sparse as sp

from .encoding import HOST_LANGUAGES, LANGUAGE_TYPES, WORK_TYPES, reading, travel_bands
from .features import feature_schema
from .geo import EXACT, UNKNOWN, default_gazetteer
from .meaning import cue_table
from .offer_index import BODY_WEIGHT, BREADTH_FREE, OfferIndex
from .persistence import ModelError
from .profile_index import ProfileIndex
from .schema import DAY_PARTS, DUTCH_LEVELS, GOALS, OFFER_TYPES
from .taxonomy import taxonomy_hash

FORMAT = "meedoen-matching-index"
#: Bump when a record is encoded differently while the taxonomy, the feature
#: schema and the tables in `encoding_hash` stay the same (a change to concept
#: extraction, or to what a column means), so old files are refused.
INDEX_VERSION = 5
KINDS = {"offers": OfferIndex, "profiles": ProfileIndex}
#: Columns used as positions into a table: a value outside would fail at ranking time.
RANGES = {"type": (0, len(OFFER_TYPES) - 1), "goal_of_type": (-1, len(GOALS) - 1), "precision": (UNKNOWN, EXACT)}
_WHAT = {
    "taxonomy": "taxonomy",
    "feature_schema": "feature schema",
    "encoding": "encoding (gazetteer, column tables or INDEX_VERSION)",
}


class IndexFileError(ModelError):
    """A saved index cannot be used: missing, unreadable, not an index, or made by another version.

    For another taxonomy, feature schema or encoding the message names what
    differs and says that the index must be rebuilt.
    """


def encoding_hash() -> str:
    """Short hash of the tables that turn a record into index rows, besides taxonomy and features.

    Only indexes built with the default gazetteer can be saved and loaded.
    """
    rules = reading()
    tables = {
        "version": INDEX_VERSION,
        **default_gazetteer().table(),
        "host_languages": HOST_LANGUAGES,
        "day_parts": DAY_PARTS,
        "offer_types": OFFER_TYPES,
        "dutch_levels": DUTCH_LEVELS,
        "goals": GOALS,
        "type_concepts": rules["type_concepts"],
        "goal_concepts": rules["goal_concepts"],
        "need_concepts": rules["need_concepts"],
        "generic_concepts": rules["generic_concepts"],
        "generic_for_a_child_only": rules["generic_for_a_child_only"],
        "venue_words": sorted(rules["venue_words"]),
        "offer_cues": {name: sorted(cues.by_first.items()) for name, cues in rules["offer_cues"].items()},
        "roles": cue_table(),
        "travel_bands": travel_bands(),
        "body_weight": BODY_WEIGHT,
        "breadth_free": BREADTH_FREE,
        "language_types": LANGUAGE_TYPES,
        "work_types": WORK_TYPES,
    }
    return hashlib.sha256(json.dumps(tables, sort_keys=True).encode()).hexdigest()[:16]


def index_hashes() -> dict:
    """What a saved index must have been made with to be loaded by this version."""
    return {"taxonomy": taxonomy_hash(), "feature_schema": feature_schema()["hash"], "encoding": encoding_hash()}


def save_index(index: OfferIndex | ProfileIndex, path) -> None:
    """Write `index` to `path` (an ``.npz`` file, whatever its name), replacing it atomically.

    The new file is written beside `path` and renamed over it, so a worker
    loading meanwhile reads the old file or the new one, never half of one.

    Parameters
    ----------
    index : OfferIndex or ProfileIndex
        Its ``metadata`` (JSON-ready) is saved with it.
    path : str or path-like
    """
    kind = next((k for k, cls in KINDS.items() if isinstance(index, cls)), None)
    if kind is None:
        raise TypeError(f"not an OfferIndex or ProfileIndex: {type(index).__name__}")
    meta = {
        "format": FORMAT,
        "kind": kind,
        **index_hashes(),
        "saved_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "ids": index.ids,
        **{name: getattr(index, name) for name in index.SAVED},
    }
    arrays = {"meta": np.frombuffer(json.dumps(meta, ensure_ascii=False).encode(), dtype=np.uint8)}
    for name in index.COLUMNS:
        value = getattr(index, name)
        if sp.issparse(value):
            arrays.update(
                {f"{name}.data": value.data, f"{name}.indices": value.indices, f"{name}.indptr": value.indptr}
            )
        else:
            arrays[name] = value
    path = os.fspath(path)
    fd, partial = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(path)), prefix=".index-", suffix=".npz")
    try:
        with os.fdopen(fd, "wb") as handle:
            np.savez(handle, **arrays)
        os.replace(partial, path)
    except BaseException:
        os.unlink(partial)
        raise


def load_index(path) -> OfferIndex | ProfileIndex:
    """Read an index written by `save_index`: an `OfferIndex` or a `ProfileIndex`, as saved.

    Raises
    ------
    IndexFileError
        For a missing or unreadable file, a file that is not a Meedoen index,
        or an index made with another taxonomy, feature schema or encoding
        (rebuild it with `Ranker.index` or `Ranker.profile_index`).
    """
    path = os.fspath(path)
    if not os.path.isfile(path):
        raise IndexFileError(f"{path}: index file not found")
    arrays = _read(path)
    meta = _meta(path, arrays.pop("meta", None))
    cls = KINDS[meta["kind"]]
    columns = _columns(path, cls, arrays, len(meta["ids"]))
    index = cls.__new__(cls)
    index.gazetteer = default_gazetteer()
    for name in cls.SAVED:
        setattr(index, name, meta.get(name))
    try:
        index._set_rows(meta["ids"], columns)
    except ValueError as exc:  # duplicate ids
        raise IndexFileError(f"{path}: not a usable index ({exc})") from None
    return index


def _read(path: str) -> dict:
    try:
        loaded = np.load(path, allow_pickle=False)
        if not isinstance(loaded, np.lib.npyio.NpzFile):  # a bare .npy array
            raise IndexFileError(f"{path}: not a Meedoen matching index")
        with loaded:
            return {name: loaded[name] for name in loaded.files}
    except (OSError, ValueError, EOFError, zipfile.BadZipFile) as exc:
        raise IndexFileError(f"{path}: not a readable index file ({type(exc).__name__})") from None


def _meta(path: str, raw) -> dict:
    try:
        meta = json.loads(raw.tobytes().decode()) if raw is not None and raw.dtype == np.uint8 else None
    except (UnicodeDecodeError, json.JSONDecodeError):
        meta = None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT or meta.get("kind") not in KINDS:
        raise IndexFileError(f"{path}: not a Meedoen matching index")
    differs = [
        f"another {_WHAT[key]} ({meta.get(key)}; this version of matching has {expected})"
        for key, expected in index_hashes().items()
        if meta.get(key) != expected
    ]
    if differs:
        raise IndexFileError(
            f"{path}: the index was built with {' and '.join(differs)}; "
            "rebuild it (Ranker.index or Ranker.profile_index) and save it again"
        )
    ids, metadata, year = meta.get("ids"), meta.get("metadata"), meta.get("year")
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        raise IndexFileError(f"{path}: not a usable index (ids are not a list of strings)")
    if not isinstance(metadata, dict) or not (year is None or (isinstance(year, int) and not isinstance(year, bool))):
        raise IndexFileError(f"{path}: not a usable index (metadata or year malformed)")
    return meta


def _columns(path: str, cls, arrays: dict, n: int) -> dict:
    """The saved arrays, each checked against what a fresh (empty) index of `cls` holds."""
    reference = cls([])
    columns = {}
    for name in cls.COLUMNS:
        expected = getattr(reference, name)
        value = _csr(path, name, arrays, n, expected) if sp.issparse(expected) else arrays.get(name)
        if value is None or value.dtype != expected.dtype or value.shape != (n, *expected.shape[1:]):
            raise IndexFileError(f"{path}: not a usable index (column {name!r} is missing or malformed)")
        low, high = RANGES.get(name, (None, None))
        if low is not None and value.size and (value.min() < low or value.max() > high):
            raise IndexFileError(f"{path}: not a usable index (column {name!r} out of range)")
        columns[name] = value
    return columns


def _csr(path: str, name: str, arrays: dict, n: int, expected) -> sp.csr_matrix | None:
    parts = [arrays.get(f"{name}.{part}") for part in ("data", "indices", "indptr")]
    if any(part is None or part.ndim != 1 for part in parts):
        return None
    try:
        matrix = sp.csr_matrix(tuple(parts), shape=(n, expected.shape[1]))
        matrix.check_format(full_check=True)
    except ValueError as exc:
        raise IndexFileError(f"{path}: not a usable index (column {name!r}: {exc})") from None
    return matrix
