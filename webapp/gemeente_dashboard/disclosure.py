"""Counts under 5 are never shown, and never follow from the figures around them.

Every figure of one indicator for one gemeente and year is a cell of one
:class:`Table`: a cube whose axes are trees (a year → quarters → months →
weeks; all → each type, each kern, each organisation; a count → its parts).
:meth:`Table.protect` decides once, for the whole table, which cells are shown,
so a cell reads the same on every page, filter and export.

Primary suppression: a count from 0 to 4 is shown as "<5". Secondary
suppression hides more cells ("×") until none of these rules is broken
(docs/indicators.md, "Privacy"):

1. a shown cell and a shown cell inside it never differ by 1 to 4 (the
   difference is the count of the complement: the other months, the other
   kernen, those who dropped out);
2. in every sum, the hidden parts never add up to 1 to 4;
3. no hidden cell ("<5" or "×") can be pinned to one value other than 0 by the
   sums it is in, knowing that "<5" means 0 to 4 and "×" means 5 or more: every
   cell's range is narrowed over every sum until nothing changes (interval
   propagation).

A broken rule is repaired by hiding the smallest shown part of the sum (or the
total, when no part is shown). A count of 0 is shown as "<5" but may follow
from other figures: an empty cell identifies nobody (the threshold rule DUO
and CBS use). Pure Python, no Flask: the tests and the bench call it directly.
"""

from __future__ import annotations

from collections import OrderedDict, deque
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from enum import IntEnum
from itertools import product

#: Counts below this are shown as "<5".
THRESHOLD = 5
#: Stands for "no upper bound" in the ranges of rule 3 (integers keep the arithmetic exact).
_INF = 1 << 60


class State(IntEnum):
    SHOWN = 0
    #: under the threshold: "<5"
    SMALL = 1
    #: 5 or more, hidden so that a small count cannot be worked out: "×"
    HIDDEN = 2


SMALL_TEXT = "<5"
HIDDEN_TEXT = "×"


@dataclass(frozen=True)
class Figure:
    """What a reader sees of one cell: the number, or why there is none."""

    state: State
    value: int | None = None

    @property
    def shown(self) -> bool:
        return self.state == State.SHOWN

    def __str__(self) -> str:
        if self.state == State.SMALL:
            return SMALL_TEXT
        if self.state == State.HIDDEN:
            return HIDDEN_TEXT
        return str(self.value)


class Axis:
    """A tree of nodes; a node may be split into several partitions (all → types, all → kernen).

    Nodes are any hashable values; tables work on their positions in ``nodes``.
    """

    def __init__(self, root, partitions: dict | None = None):
        self.root = root
        self.partitions = {node: [list(split) for split in splits] for node, splits in (partitions or {}).items()}
        parent = {child: node for node, splits in self.partitions.items() for split in splits for child in split}
        self.nodes = [root, *parent]
        self.position = {node: i for i, node in enumerate(self.nodes)}
        self._parent = [self.position[parent[node]] if node in parent else -1 for node in self.nodes]
        self._splits = [[] for _ in self.nodes]
        for node, splits in (partitions or {}).items():
            self._splits[self.position[node]] = [[self.position[c] for c in split] for split in splits]
        self._chains = [self._chain(i) for i in range(len(self.nodes))]

    def _chain(self, i: int) -> tuple[int, ...]:
        found = [i]
        while self._parent[i] >= 0:
            i = self._parent[i]
            found.append(i)
        return tuple(found)

    def leaves(self) -> list:
        """The nodes that are not split: on an axis with one partition per node, the atoms."""
        return [node for node in self.nodes if node not in self.partitions]

    def chain(self, node) -> list:
        """The node and every node above it, up to the root."""
        return [self.nodes[i] for i in self._chains[self.position[node]]]

    def containing(self, leaves: Iterable) -> set:
        """Every node that holds an atom lying in all of ``leaves`` (one leaf per partition)."""
        return {self.nodes[i] for leaf in leaves for i in self._chains[self.position[leaf]]}


class Protected:
    """The figures of a protected table, looked up by one node per axis."""

    def __init__(self, table: Table, figures: list[Figure]):
        self._table = table
        self._figures = figures

    def __getitem__(self, cell: tuple) -> Figure:
        return self._figures[self._table.cell_index(cell)]

    def items(self):
        for key, i in self._table.index.items():
            yield self._table.cell(key), self._figures[i]


class Table:
    """Cells over the product of ``axes``; ``exists`` leaves some combinations out.

    ``distinct=True``: a cell counts distinct members (organisations), so its
    parts need not add up to it; only rule 1 applies, since a cell inside
    another holds a subset of its members.
    """

    def __init__(
        self,
        axes: list[Axis],
        exists: Callable[[tuple], bool] | None = None,
        distinct: bool = False,
        shape: Hashable | None = None,
    ):
        self.axes = axes
        self.distinct = distinct
        self._shape = _shape(self, exists, shape)
        self.index = self._shape.index
        self._members: list[set] = [set() for _ in self.index] if distinct else []
        self._counts = [0] * len(self.index)

    def __len__(self) -> int:
        return len(self.index)

    def cell_index(self, cell: tuple) -> int:
        return self.index[tuple(axis.position[node] for axis, node in zip(self.axes, cell, strict=True))]

    def cell(self, key: tuple) -> tuple:
        return tuple(axis.nodes[i] for axis, i in zip(self.axes, key, strict=True))

    def add(self, nodes_per_axis: Iterable[Iterable], count: int = 1, members: Iterable = ()) -> None:
        """Count an atom in every cell that holds it: per axis, the nodes that contain it.

        A distinct table adds ``members`` (organisations) to each cell's set instead of a count.
        """
        positions = [
            [axis.position[node] for node in nodes] for axis, nodes in zip(self.axes, nodes_per_axis, strict=True)
        ]
        for key in product(*positions):
            i = self.index.get(key)
            if i is None:
                continue
            if self.distinct:
                self._members[i].update(members)
            else:
                self._counts[i] += count

    def value(self, cell: tuple) -> int:
        i = self.cell_index(cell)
        return len(self._members[i]) if self.distinct else self._counts[i]

    def protect(self) -> Protected:
        """Every cell's :class:`Figure`, with secondary suppression applied to the whole table."""
        values = [len(m) for m in self._members] if self.distinct else list(self._counts)
        protector = _Protector(self, values)
        protector.run()
        small, hidden = Figure(State.SMALL), Figure(State.HIDDEN)
        return Protected(
            self,
            [
                Figure(State.SHOWN, v) if s == _SHOWN else small if s == _SMALL else hidden
                for v, s in zip(values, protector.state, strict=True)
            ],
        )

    def relations(self) -> list[tuple[int, list[int]]]:
        return self._shape.relations

    def holders(self) -> dict[int, list[int]]:
        return self._shape.holders


class _Shape:
    """What a table's cells are and how they hang together; it depends on the axes, never on the counts."""

    def __init__(self, table: Table, exists):
        axes = table.axes
        keys = product(*(range(len(axis.nodes)) for axis in axes))
        if exists is not None:
            keys = (k for k in keys if exists(tuple(axis.nodes[i] for axis, i in zip(axes, k, strict=True))))
        self.index = index = {key: i for i, key in enumerate(keys)}
        #: every sum: a cell and, per partition of one of its nodes, its parts
        self.relations = []
        if not table.distinct:
            for key, i in index.items():
                for position, axis in enumerate(axes):
                    for split in axis._splits[key[position]]:
                        parts = [index.get(key[:position] + (child,) + key[position + 1 :]) for child in split]
                        if None not in parts:
                            self.relations.append((i, parts))
        #: for every cell, the cells that hold it (on every axis the same node or one above it)
        self.holders = {}
        for key, i in index.items():
            chains = [axis._chains[n] for axis, n in zip(axes, key, strict=True)]
            self.holders[i] = [j for other in product(*chains) if (j := index.get(other)) is not None and j != i]
        self.in_relations: list[list[int]] = [[] for _ in index]
        for r, (total, parts) in enumerate(self.relations):
            for i in (total, *parts):
                self.in_relations[i].append(r)


#: Recent shapes by the caller's key: the same gemeente, year and day give the same shape on every request.
_SHAPES: OrderedDict = OrderedDict()
_SHAPES_KEPT = 64


def _shape(table: Table, exists, key: Hashable | None) -> _Shape:
    if key is None:
        return _Shape(table, exists)
    found = _SHAPES.get(key)
    if found is None:
        found = _SHAPES[key] = _Shape(table, exists)
        while len(_SHAPES) > _SHAPES_KEPT:
            _SHAPES.popitem(last=False)
    else:
        _SHAPES.move_to_end(key)
    return found


_SHOWN, _SMALL, _HIDDEN = int(State.SHOWN), int(State.SMALL), int(State.HIDDEN)


class _Protector:
    """Applies the three rules of the module docstring to one table, until none is broken.

    ``lo`` and ``hi`` are what a reader knows of each cell: its value when shown,
    0 to 4 for "<5", 5 or more for "×".
    """

    def __init__(self, table: Table, values: list[int]):
        self.table = table
        self.values = values
        self.state = [_SHOWN if v >= THRESHOLD else _SMALL for v in values]
        self.lo = [v if v >= THRESHOLD else 0 for v in values]
        self.hi = [v if v >= THRESHOLD else THRESHOLD - 1 for v in values]
        self.relations = table.relations()
        self.in_relations = table._shape.in_relations

    def run(self) -> None:
        self._nested_pairs()
        pending = deque(range(len(self.relations)))
        while True:
            self._repair_sums(pending)
            broken = self._audit()
            if not broken:
                return
            for i in broken:
                pending.extend(self.in_relations[i])

    def _hide(self, i: int) -> int:
        self.state[i] = _HIDDEN
        self.lo[i], self.hi[i] = THRESHOLD, _INF
        return i

    # rule 1 -----------------------------------------------------------------------------

    def _nested_pairs(self) -> None:
        """Hiding only removes pairs, so one pass over every shown cell and its holders suffices."""
        holders = self.table.holders()
        for i in sorted(holders, key=lambda i: len(holders[i])):
            if self.state[i] != _SHOWN:
                continue
            for j in holders[i]:
                if self.state[j] == _SHOWN and 0 < self.values[j] - self.values[i] < THRESHOLD:
                    self._hide(i)
                    break

    # rules 2 and 3, one sum at a time ---------------------------------------------------------

    def _repair_sums(self, pending: deque) -> None:
        while pending:
            r = pending.popleft()
            total, parts = self.relations[r]
            if not self._sum_broken(total, parts, self.lo, self.hi):
                continue
            hidden = self._repair(total, parts)
            if hidden is not None:
                pending.extend(self.in_relations[hidden])
                pending.append(r)

    def _sum_broken(self, total: int, parts: list[int], lo: list[int], hi: list[int]) -> bool:
        """Rules 2 and 3 for one sum, with the ranges ``lo``..``hi`` of each cell."""
        unknown = [p for p in parts if lo[p] != hi[p]]
        known_sum = sum(lo[p] for p in parts if lo[p] == hi[p])
        total_lo, total_hi = lo[total], hi[total]
        if not unknown:
            # The total follows from its parts: harmless only if it is not hidden for a reason.
            return total_lo != total_hi and self.state[total] != _SHOWN
        rest_lo, rest_hi = max(0, total_lo - known_sum), total_hi - known_sum
        if rest_lo == rest_hi and 0 < rest_lo < THRESHOLD:
            return True  # rule 2
        lows = [lo[p] for p in unknown]
        highs = [hi[p] for p in unknown]
        low_sum, infinite = sum(lows), sum(h >= _INF for h in highs)
        finite_high = sum(h for h in highs if h < _INF)
        for part_lo, part_hi in zip(lows, highs, strict=True):
            others_hi = _INF if infinite - (part_hi >= _INF) > 0 else finite_high - (part_hi if part_hi < _INF else 0)
            low = max(part_lo, rest_lo - others_hi)
            high = min(part_hi, rest_hi - (low_sum - part_lo))
            if low == high and low > 0:
                return True  # rule 3
        return False

    def _repair(self, total: int, parts: list[int]) -> int | None:
        """Hide the smallest shown part, preferring one that no other sum would give away at once."""
        shown = [p for p in parts if self.state[p] == _SHOWN]
        if shown:
            return self._hide(min(shown, key=lambda p: (self._exposed(p, total), self.values[p], p)))
        if self.state[total] == _SHOWN:
            return self._hide(total)
        return None

    def _exposed(self, cell: int, total: int) -> bool:
        """Whether hiding ``cell`` leaves it pinned by another sum whose other cells are all shown."""
        state = self.state
        for r in self.in_relations[cell]:
            other_total, other_parts = self.relations[r]
            if other_total == total and cell in other_parts:
                continue  # the sum being repaired
            if all(state[j] == _SHOWN for j in (other_total, *other_parts) if j != cell):
                return True
        return False

    # rule 3 over the whole table ----------------------------------------------------------------

    def _audit(self) -> list[int]:
        """Narrow every cell's range over every sum; repair where a hidden count is pinned.

        Returns the cells hidden by the repairs (empty when the table is safe).
        """
        lo, hi = list(self.lo), list(self.hi)
        # Only hidden cells have ranges to narrow: a sum of shown cells teaches nothing.
        state = self.state
        queued = [any(state[i] != _SHOWN for i in (total, *parts)) for total, parts in self.relations]
        pending = deque(r for r, waiting in enumerate(queued) if waiting)
        while pending:
            r = pending.popleft()
            queued[r] = False
            total, parts = self.relations[r]
            changed = _narrow(total, parts, lo, hi)
            for i in changed:
                for other in self.in_relations[i]:
                    if not queued[other]:
                        queued[other] = True
                        pending.append(other)

        # Repair every broken sum found in this pass, one cell each, then narrow again from the start
        # (ranges change with every repair). A sum next to one just repaired waits for the next pass.
        hidden, touched = [], set()
        for r, (total, parts) in enumerate(self.relations):
            if r in touched or all(state[i] == _SHOWN for i in parts) and state[total] == _SHOWN:
                continue
            pinned = [i for i in (total, *parts) if self.state[i] != _SHOWN and lo[i] == hi[i] > 0]
            if not pinned and not self._sum_broken(total, parts, lo, hi):
                continue
            repaired = self._repair(total, parts)
            if repaired is None:
                repaired = self._repair_around(pinned or [total, *parts], lo, hi)
            if repaired is not None:
                hidden.append(repaired)
                for i in (total, *parts, repaired):
                    touched.update(self.in_relations[i])
        return hidden

    def _repair_around(self, cells: list[int], lo: list[int], hi: list[int]) -> int | None:
        """Nothing to hide in the sum itself: hide the smallest shown cell of a sum one step further."""
        seen, layer = set(cells), list(cells)
        while layer:
            candidates, next_layer = [], []
            for i in layer:
                for r in self.in_relations[i]:
                    total, parts = self.relations[r]
                    for j in (total, *parts):
                        if j in seen:
                            continue
                        seen.add(j)
                        if self.state[j] == _SHOWN:
                            candidates.append(j)
                        elif lo[j] == hi[j]:
                            next_layer.append(j)
            if candidates:
                return self._hide(min(candidates, key=lambda j: (self.values[j], j)))
            layer = next_layer
        return None


def _narrow(total: int, parts: list[int], lo: list[int], hi: list[int]) -> list[int]:
    """One sum: tighten the total to what the parts allow and each part to what the rest allow."""
    changed = []
    low_sum = finite_high = infinite = 0
    for p in parts:
        low_sum += lo[p]
        if hi[p] >= _INF:
            infinite += 1
        else:
            finite_high += hi[p]
    if low_sum > lo[total]:
        lo[total] = low_sum
        changed.append(total)
    if not infinite and finite_high < hi[total]:
        hi[total] = finite_high
        changed.append(total)
    total_lo, total_hi = lo[total], hi[total]
    for p in parts:
        p_lo, p_hi = lo[p], hi[p]
        unbounded = p_hi >= _INF
        others_high = _INF if infinite - unbounded > 0 else finite_high - (0 if unbounded else p_hi)
        new_lo = max(p_lo, total_lo - others_high)
        new_hi = min(p_hi, total_hi - (low_sum - p_lo)) if total_hi < _INF else p_hi
        if new_lo != p_lo or new_hi != p_hi:
            lo[p], hi[p] = new_lo, new_hi
            changed.append(p)
    return changed
