"""Differencing: no pair of figures a gemeente user can see gives away a count that is hidden.

Every figure the site shows is a cell of one of the protected tables (the
pages and exports only look cells up), so the test walks every table of the
fixture of `test_indicators` (two years of Dalfsen and Nijkerk) and every pair
of shown cells one of which lies inside the other: a total and its parts, a
period and its sub-periods, a filter and its complement, a funnel stage and
the next, and every combination. What a cell covers is worked out here from
its definition, independently of `disclosure.Axis`: days for periods, the
offers' (type, kern, organisation) for breakdowns, outcomes for the stages.

For such a pair the difference is the count of what lies in the one and not
the other. It must be 0 or at least 5, and when that remainder is exactly
another cell that is hidden, it must be 0. The matches table is also audited
by linear programming over all of its sums at once.
"""

from __future__ import annotations

from datetime import date, timedelta
from itertools import product

import numpy as np
import pytest
from scipy.optimize import linprog
from test_indicators import TODAY, build

from webapp.gemeente_dashboard import periods
from webapp.gemeente_dashboard.disclosure import State
from webapp.gemeente_dashboard.indicators import HOSTING_TYPES, STOP_REASONS, YEARLY, Figures, Scope

#: What each outcome node of an indicator covers, as a set of the finest outcomes.
_FUNNEL_LEAVES = {"not_proposed", "not_approved", "not_started", "not_going", "going"}
OUTCOMES = {
    "funnel": {
        "suggested": _FUNNEL_LEAVES,
        "proposed": _FUNNEL_LEAVES - {"not_proposed"},
        "approved": {"not_started", "not_going", "going"},
        "started": {"not_going", "going"},
        **{leaf: {leaf} for leaf in _FUNNEL_LEAVES},
    },
    "after_six_months": {
        "newcomers": {(a, c) for a in (1, 0) for c in (1, 0)},
        "active": {(1, 0), (1, 1)},
        "not_active": {(0, 0), (0, 1)},
        "club": {(0, 1), (1, 1)},
        "not_club": {(0, 0), (1, 0)},
    },
    "first_match": {"newcomers": set(range(5)), **{i: {i} for i in range(5)}},
    "stop_reasons": {"ended": set(STOP_REASONS), **{r: {r} for r in STOP_REASONS}},
}


class Regions:
    """What a node of any axis covers, from the definitions in docs/indicators.md."""

    def __init__(self, scope: Scope):
        self.combos = list(product(scope.types, [k for k, _n in scope.kernen], [o for o, _n in scope.organisations]))

    def node(self, key: str, position: int, node):
        if isinstance(node, periods.Period):
            last = min(node.last_day, TODAY)
            return frozenset(range(node.start.toordinal(), last.toordinal() + 1))
        if isinstance(node, tuple):  # a breakdown: the offers' (type, kern, organisation) it holds
            kind, value = node
            field = {"type": 0, "kern": 1, "org": 2}.get(kind)
            if key == "employers" and position == 1:  # the hosting types' own axis
                return frozenset(HOSTING_TYPES if kind == "all" else [value])
            return frozenset(c for c in self.combos if field is None or c[field] == value)
        return frozenset(OUTCOMES[key][node])


def _tables(world):
    for gemeente in (world.dalfsen, world.nijkerk):
        figures = Figures(Scope.load(gemeente), TODAY)
        for year in (2024, 2025):
            for key in YEARLY:
                yield key, figures.scope, figures.of(key, periods.year(year))
        day = date(2025, 1, 31)
        while day <= date(2025, 12, 31):
            yield "waiting_list", figures.scope, figures.waiting_on(periods.containing("month", day))[1]
            day = (day + timedelta(days=1)).replace(day=28) + timedelta(days=4)
            day = day - timedelta(days=day.day)


def _problems(key, scope, indicator):
    regions = Regions(scope)
    cells = []
    for cell, figure in indicator.figures.items():
        box = tuple(regions.node(key, i, node) for i, node in enumerate(cell))
        cells.append((cell, box, figure, indicator.table.value(cell)))
    hidden = {}
    for cell, box, figure, value in cells:
        if not figure.shown:
            hidden.setdefault(box, []).append((cell, value))
    shown = [c for c in cells if c[2].shown]
    problems, pairs = [], 0
    for a_cell, a_box, _fa, a_value in shown:
        for b_cell, b_box, _fb, b_value in shown:
            if a_cell == b_cell or not all(b <= a for a, b in zip(a_box, b_box, strict=True)):
                continue
            pairs += 1
            remainder = a_value - b_value
            if 0 < remainder < 5:
                problems.append(("difference under 5", key, a_cell, b_cell, remainder))
            differing = [i for i, (a, b) in enumerate(zip(a_box, b_box, strict=True)) if a != b]
            if len(differing) == 1 and remainder > 0:
                i = differing[0]
                rest = tuple(a - b if j == i else a for j, (a, b) in enumerate(zip(a_box, b_box, strict=True)))
                for c_cell, c_value in hidden.get(rest, []):
                    problems.append(("hidden cell recovered", key, a_cell, b_cell, c_cell, c_value))
    return problems, pairs


@pytest.fixture
def world(monkeypatch):
    monkeypatch.setattr("webapp.matches.suggestions.refresh", lambda *args, **kwargs: None)
    return build()


def test_no_pair_of_shown_figures_gives_away_a_hidden_count(world):
    problems, pairs_checked, small = [], 0, 0
    for key, scope, indicator in _tables(world):
        found, pairs = _problems(key, scope, indicator)
        problems += found
        pairs_checked += pairs
        small += sum(f.state == State.SMALL and indicator.table.value(c) > 0 for c, f in indicator.figures.items())
    assert problems == []
    assert small > 300  # the fixture is full of counts from 1 to 4
    assert pairs_checked > 500


def test_the_matches_table_survives_a_linear_programming_audit(world):
    """All sums at once: no hidden count of 2025's matches in Dalfsen has only one possible value."""
    scope = Scope.load(world.dalfsen)
    indicator = Figures(scope, TODAY).of("matches_started", periods.year(2025))
    regions = Regions(scope)
    offers = sorted(
        {(o.type, o.kern_id, o.organisation_id) for o in world.offers.values() if o.gemeente_id == world.dalfsen.id}
    )
    weeks = [p for p in periods.tree(2025, TODAY) if p.kind == "week"]
    atoms = [(regions.node("matches_started", 0, week), combo) for week in weeks for combo in offers]
    cells = list(indicator.figures.items())

    def row(cell):
        days, combos = (regions.node("matches_started", i, node) for i, node in enumerate(cell))
        return [1.0 if week <= days and combo in combos else 0.0 for week, combo in atoms]

    rows = {cell: row(cell) for cell, _f in cells}
    a_eq = [rows[c] for c, f in cells if f.shown]
    b_eq = [f.value for c, f in cells if f.shown]
    a_ub = [rows[c] if f.state == State.SMALL else [-x for x in rows[c]] for c, f in cells if not f.shown]
    b_ub = [4 if f.state == State.SMALL else -5 for c, f in cells if not f.shown]
    recovered = []
    for cell, figure in cells:
        if figure.shown or indicator.table.value(cell) == 0:
            continue
        ends = []
        for sign in (1, -1):
            result = linprog(
                sign * np.array(rows[cell]),
                A_ub=a_ub,
                b_ub=b_ub,
                A_eq=a_eq,
                b_eq=b_eq,
                bounds=(0, None),
                method="highs",
            )
            assert result.status in (0, 3), result.message  # 3: unbounded, a hidden cell with no upper end
            ends.append(sign * result.fun if result.status == 0 else np.inf)
        if ends[1] - ends[0] < 0.5:
            recovered.append((cell, indicator.table.value(cell)))
    assert recovered == []
