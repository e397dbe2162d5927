"""Secondary suppression: worked examples, and random tables audited by linear programming.

The audit is the strongest check there is: for every hidden cell it asks a
linear program for the smallest and the largest value that agrees with every
shown figure and with what "<5" (0 to 4) and "×" (5 or more) say. A hidden cell
whose smallest and largest value are the same non-zero number has been
recovered.
"""

from __future__ import annotations

import random

import numpy as np
import pytest
from scipy.optimize import linprog

from webapp.gemeente_dashboard.disclosure import HIDDEN_TEXT, SMALL_TEXT, Axis, State, Table

pytestmark = pytest.mark.no_db

QUARTERS = ["Q1", "Q2", "Q3", "Q4"]


def _year_by_group(groups=("a", "b", "c")):
    time = Axis("year", {"year": [QUARTERS]})
    group = Axis("all", {"all": [list(groups)]})
    return time, group, Table([time, group])


def _fill(table, time, group, counts: dict):
    for (quarter, name), n in counts.items():
        table.add([time.chain(quarter), group.chain(name)], n)


def _shown(figures, cell):
    figure = figures[cell]
    return figure.value if figure.shown else str(figure)


def test_counts_under_five_read_as_small_and_zero_too():
    time, group, table = _year_by_group()
    _fill(table, time, group, {("Q1", "a"): 4, ("Q1", "b"): 5})
    figures = table.protect()
    assert str(figures[("Q1", "a")]) == SMALL_TEXT
    assert str(figures[("Q2", "c")]) == SMALL_TEXT  # zero: nobody can tell empty from small
    assert figures[("Q2", "c")].value is None


def test_all_of_a_year_in_one_quarter_shows_the_total():
    """The other quarters follow as 0, which identifies nobody; the total and the quarter stay."""
    time, group, table = _year_by_group()
    _fill(table, time, group, {("Q4", "a"): 5})
    figures = table.protect()
    assert _shown(figures, ("year", "all")) == 5
    assert _shown(figures, ("Q4", "all")) == 5
    assert _shown(figures, ("Q4", "a")) == 5


def test_a_period_with_three_matches():
    """Q1 has 3 and Q2 has 5: the year (8) minus Q2 would give Q1, so Q2 is hidden as well."""
    time, group, table = _year_by_group()
    _fill(table, time, group, {("Q1", "a"): 3, ("Q2", "a"): 5})
    figures = table.protect()
    assert _shown(figures, ("year", "all")) == 8
    assert _shown(figures, ("Q1", "all")) == SMALL_TEXT
    assert _shown(figures, ("Q2", "all")) == HIDDEN_TEXT
    assert _shown(figures, ("Q2", "a")) == HIDDEN_TEXT  # (Q2, a) is 5 too, and year - it = 3
    assert _shown(figures, ("year", "a")) == 8


def test_a_total_and_one_shown_part_never_differ_by_one_to_four():
    time, group, table = _year_by_group()
    _fill(table, time, group, {("Q1", "a"): 9, ("Q1", "b"): 2})
    figures = table.protect()
    assert _shown(figures, ("Q1", "all")) == 11
    assert _shown(figures, ("Q1", "a")) == HIDDEN_TEXT  # 11 - 9 would be b's 2


def test_two_parts_of_four_each_pin_unless_the_total_goes():
    """8 = 4 + 4 with only two parts: "<5" and "<5" adding up to 8 are both 4."""
    time = Axis("year", {"year": [["H1", "H2"]]})
    group = Axis("all", {"all": [["a", "b"]]})
    table = Table([time, group])
    table.add([time.chain("H1"), group.chain("a")], 4)
    table.add([time.chain("H1"), group.chain("b")], 4)
    figures = table.protect()
    assert figures[("H1", "all")].state == State.HIDDEN
    assert figures[("year", "a")].state == State.SMALL


def test_nested_pairs_over_two_levels():
    """A year of 12 and one of its months' 10 must not both show: the other months would be 2."""
    time = Axis("year", {"year": [["Q1", "Q2"]], "Q1": [["jan", "feb"]], "Q2": [["apr", "may"]]})
    group = Axis("all", {"all": [["a", "b"]]})
    table = Table([time, group])
    table.add([time.chain("jan"), group.chain("a")], 10)
    table.add([time.chain("apr"), group.chain("b")], 2)
    figures = table.protect()
    shown = {cell: f.value for cell, f in figures.items() if f.shown}
    for (t1, g1), v1 in shown.items():
        for (t2, g2), v2 in shown.items():
            inside = t2 in time.chain(t1) and g2 in group.chain(g1) and (t1, g1) != (t2, g2)
            assert not (inside and 0 < v2 - v1 < 5), ((t1, g1), (t2, g2))


def test_distinct_counts_only_nest():
    """Organisations hosting: a year holds each quarter's organisations, parts need not add up."""
    time, group, _unused = _year_by_group()
    table = Table([time, group], distinct=True)
    for quarter in QUARTERS:
        for org in range(6):
            table.add([time.chain(quarter), group.chain("a")], members=[org])
    table.add([time.chain("Q4"), group.chain("a")], members=[99])
    figures = table.protect()
    assert table.value(("year", "a")) == 7 and table.value(("Q1", "a")) == 6
    assert figures[("year", "a")].shown
    assert not figures[("Q1", "a")].shown  # 7 - 6: one organisation hosted only later


# -- the audit ------------------------------------------------------------------------------------


def _lp_audit(time, groups, table, figures):
    """Every hidden cell's range over all shown figures, by linear programming; returns recovered cells."""
    splits = [split for parts in groups.partitions.values() for split in parts]
    atoms = [(t, combo) for t in time.leaves() for combo in _combos(splits)]
    cells = [cell for cell, _f in figures.items()]

    def row(cell):
        t, g = cell
        return [1.0 if cell_holds(t, g, atom) else 0.0 for atom in atoms]

    def cell_holds(t, g, atom):
        at, combo = atom
        return t in time.chain(at) and (g == groups.root or g in combo)

    a_eq, b_eq, a_ub, b_ub = [], [], [], []
    for cell in cells:
        f = figures[cell]
        r = row(cell)
        if f.shown:
            a_eq.append(r)
            b_eq.append(f.value)
        elif f.state == State.SMALL:
            a_ub.append(r)
            b_ub.append(4)
        else:
            a_ub.append([-x for x in r])
            b_ub.append(-5)
    recovered = []
    for cell in cells:
        f = figures[cell]
        if f.shown:
            continue
        objective = np.array(row(cell))
        ranges = []
        for sign in (1, -1):
            result = linprog(
                sign * objective,
                A_ub=a_ub or None,
                b_ub=b_ub or None,
                A_eq=a_eq or None,
                b_eq=b_eq or None,
                bounds=(0, None),
                method="highs",
            )
            assert result.status in (0, 3), result.message  # 3: unbounded, a hidden cell with no upper end
            ranges.append(sign * result.fun if result.status == 0 else np.inf)
        low, high = ranges
        if high - low < 0.5 and table.value(cell) > 0:
            recovered.append((cell, table.value(cell), str(f)))
    return recovered


def _combos(splits):
    combos = [()]
    for split in splits:
        combos = [c + (node,) for c in combos for node in split]
    return combos


@pytest.mark.parametrize("seed", range(12))
def test_random_tables_leak_nothing_an_lp_can_find(seed):
    """Quarters x (three groups and, crossing them, two kernen): sparse small counts, as in a small gemeente."""
    rng = random.Random(seed)
    time = Axis("year", {"year": [QUARTERS]})
    groups = Axis("all", {"all": [["a", "b", "c"], ["x", "y"]]})
    table = Table([time, groups])
    for _ in range(rng.randint(3, 14)):
        quarter, a, k = rng.choice(QUARTERS), rng.choice("abc"), rng.choice("xy")
        table.add([time.chain(quarter), groups.containing([a, k])], rng.choice([1, 1, 2, 3, 5, 8]))
    figures = table.protect()
    assert _lp_audit(time, groups, table, figures) == []
