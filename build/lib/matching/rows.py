"""Records kept as rows of named arrays, changed one record at a time.

Both sides of the ranker keep one row per record in a set of arrays
(`matching.features.OfferIndex`, `matching.features.ProfileIndex`). A web
worker keeps one such index warm and follows every edit, so an edit must cost
one row, not a rebuild: `Rows` replaces, appends or deletes one record's row
in every array at once and keeps the ids and their positions in step.

Order is part of the contract: a new record goes last, a replaced one keeps
its place and the records after a removed one move up. The arrays then equal
those of a fresh index built over the same records in index order, so a
ranking (whose ties fall by position) comes out the same either way.

A change builds new arrays instead of writing into the old ones, so whoever
holds an array from before keeps a consistent old copy. A reader that reads
several arrays while another thread changes the index can still mix old and
new rows: a multi-threaded server serialises changes and ranking (one lock).
"""

from __future__ import annotations

import copy

import numpy as np
import scipy.sparse as sp


class Rows:
    """Ids, their positions and the per-record arrays named in `COLUMNS`."""

    #: The per-record arrays (numpy arrays or CSR matrices), first axis = record.
    COLUMNS: tuple[str, ...] = ()
    #: What one record is called in messages.
    RECORD = "record"
    #: Other attributes (JSON-ready) that a saved index keeps.
    SAVED: tuple[str, ...] = ("metadata",)

    def _set_rows(self, ids, columns: dict) -> None:
        ids = list(ids)
        position = {rid: i for i, rid in enumerate(ids)}
        if len(position) != len(ids):
            duplicate = next(rid for i, rid in enumerate(ids) if position[rid] != i)
            raise ValueError(f"duplicate {self.RECORD} id {duplicate!r}")
        self.ids, self.position = ids, position
        for name in self.COLUMNS:
            setattr(self, name, columns[name])

    def __len__(self) -> int:
        return len(self.ids)

    def __contains__(self, record_id) -> bool:
        return record_id in self.position

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {len(self)} {self.RECORD}s>"

    def _put(self, record_id: str, columns: dict) -> None:
        """Replace the row of `record_id` by the one-row `columns`, or append it."""
        row = self.position.get(record_id)
        if row is None:
            self._splice(len(self.ids), len(self.ids), columns)
            self.position[record_id] = len(self.ids)
            self.ids.append(record_id)
        else:
            self._splice(row, row + 1, columns)

    def remove(self, record_id: str) -> bool:
        """Remove one record; the records after it move up one place.

        Returns
        -------
        bool
            False, with nothing changed, when `record_id` is not in the index:
            removing what is already gone (a draft never indexed, a second
            delete event) is not an error.
        """
        row = self.position.get(record_id)
        if row is None:
            return False
        self._splice(row, row + 1, None)
        del self.ids[row]
        del self.position[record_id]
        for i in range(row, len(self.ids)):
            self.position[self.ids[i]] = i
        return True

    def take(self, rows):
        """A copy holding only the records at `rows` (positions or a slice), in that order."""
        subset = copy.copy(self)
        ids = self.ids[rows] if isinstance(rows, slice) else [self.ids[r] for r in rows]
        subset._set_rows(ids, {name: getattr(self, name)[rows] for name in self.COLUMNS})
        return subset

    def _splice(self, start: int, stop: int, columns: dict | None) -> None:
        # All new arrays first, then assign: a failure leaves the index as it was.
        new = {
            name: _splice(getattr(self, name), start, stop, None if columns is None else columns[name])
            for name in self.COLUMNS
        }
        for name, array in new.items():
            setattr(self, name, array)


def _splice(array, start: int, stop: int, block):
    """`array` with rows `start:stop` replaced by `block` (None: removed)."""
    if sp.issparse(array):
        return _splice_csr(array, start, stop, block)
    if block is None:
        return np.concatenate([array[:start], array[stop:]])
    return np.concatenate([array[:start], block, array[stop:]])


def _splice_csr(matrix: sp.csr_matrix, start: int, stop: int, block) -> sp.csr_matrix:
    if block is None:
        block = sp.csr_matrix((0, matrix.shape[1]), dtype=matrix.dtype)
    lo, hi = matrix.indptr[start], matrix.indptr[stop]
    indptr = np.concatenate(
        [matrix.indptr[: start + 1], block.indptr[1:] + lo, matrix.indptr[stop + 1 :] - hi + lo + block.nnz]
    )
    indices = np.concatenate([matrix.indices[:lo], block.indices, matrix.indices[hi:]])
    data = np.concatenate([matrix.data[:lo], block.data, matrix.data[hi:]])
    return sp.csr_matrix((data, indices, indptr), shape=(len(indptr) - 1, matrix.shape[1]))
