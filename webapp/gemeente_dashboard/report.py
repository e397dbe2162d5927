"""What the dashboard, the exports and the raadsrapportage show: sections of tables and charts.

Every number comes from a cell of a protected table (`indicators`), never from
arithmetic on shown numbers, except shares and changes of two shown counts.
A section is built once and rendered three ways: HTML (with charts), CSV and
XLSX, so all three always say the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from flask_babel import format_date, format_decimal, format_percent
from flask_babel import lazy_gettext as _l

from . import periods
from .disclosure import Figure
from .indicators import (
    ALL,
    DAY_BINS,
    FUNNEL_LABELS,
    FUNNEL_STAGES,
    HOSTING_TYPES,
    STOP_LABELS,
    STOP_REASONS,
    Figures,
    kern_node,
    org_node,
    type_node,
)
from .services import TARGETS

NOT_SHOWN = "–"


@dataclass(frozen=True)
class Filter:
    """One breakdown at a time: a kern, an offer type or an organisation (never two: see docs)."""

    kind: str | None = None
    key: int | str | None = None

    @property
    def node(self) -> tuple:
        if self.kind == "kern":
            return kern_node(self.key)
        if self.kind == "type":
            return type_node(self.key)
        if self.kind == "org":
            return org_node(self.key)
        return ALL

    @property
    def text(self) -> str:
        return "" if self.kind is None else f"{self.kind}:{'' if self.key is None else self.key}"

    @classmethod
    def parse(cls, text: str | None, scope) -> Filter | None:
        """``kern:3``, ``kern:`` (kern unknown), ``type:sport``, ``org:12``; None when it is not one of the scope's."""
        text = (text or "").strip()
        if not text:
            return cls()
        kind, _, key = text.partition(":")
        if kind == "type" and key in scope.types:
            return cls("type", key)
        if kind in ("kern", "org") and (key.isdigit() or (kind == "kern" and key == "")):
            value = int(key) if key else None
            known = [k for k, _n in scope.kernen] if kind == "kern" else [o for o, _n in scope.organisations]
            if value in known:
                return cls(kind, value)
        return None


@dataclass(frozen=True)
class Value:
    """A number that is not a count (a share, a median): None when what it is made of is not shown."""

    number: float | None
    unit: str  # "percent" or "days"

    @property
    def shown(self) -> bool:
        return self.number is not None

    def __str__(self) -> str:
        if self.number is None:
            return NOT_SHOWN
        if self.unit == "percent":
            return format_percent(self.number / 100, "#,##0%")
        return str(_l("%(days)s days", days=format_decimal(round(self.number))))


def share(part: Figure, whole: Figure) -> Value:
    if not (part.shown and whole.shown) or not whole.value:
        return Value(None, "percent")
    return Value(100 * part.value / whole.value, "percent")


@dataclass
class Sheet:
    """One table: a title, column headings, rows of labels, :class:`Figure` and :class:`Value` cells."""

    title: str
    columns: list[str]
    rows: list[list] = field(default_factory=list)


@dataclass
class Chart:
    """Data for one Chart.js chart; suppressed points are null and carry their text ("<5", "×")."""

    id: str
    kind: str  # "bar", "horizontal" or "percent"
    title: str
    labels: list[str]
    series: list[tuple[str, list]]  # (label, cells)

    def data(self) -> dict:
        return {
            "id": self.id,
            "kind": self.kind,
            "title": self.title,
            "labels": self.labels,
            "datasets": [
                {
                    "label": label,
                    "data": [
                        c.value if isinstance(c, Figure) and c.shown else (c.number if isinstance(c, Value) else None)
                        for c in cells
                    ],
                    "texts": [str(c) if c is not None else "" for c in cells],
                }
                for label, cells in self.series
            ],
        }


@dataclass
class Headline:
    key: str
    title: str
    current: Figure | Value
    previous: Figure | Value
    note: str = ""
    target: dict | None = None

    @property
    def change(self) -> str:
        now, before = _number(self.current), _number(self.previous)
        if now is None or before is None:
            return ""
        difference = now - before
        if isinstance(self.current, Value) and self.current.unit == "percent":
            return str(_l("%(change)s percentage points", change=format_decimal(round(difference), "+#,##0;-#,##0")))
        return format_decimal(round(difference), "+#,##0;-#,##0")


def _number(cell) -> float | None:
    if isinstance(cell, Figure):
        return cell.value if cell.shown else None
    return cell.number if cell is not None else None


@dataclass
class Section:
    key: str
    title: str
    definition: str
    applies: bool = True
    sheets: list[Sheet] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)


#: Which filters each indicator can be broken down by (see docs/indicators.md).
APPLIES = {
    "matches_started": {None, "kern", "type", "org"},
    "after_six_months": {None, "kern"},
    "first_match": {None, "kern"},
    "waiting_list": {None, "kern"},
    "employers": {None, "kern", "type"},
    "new_offers": {None, "kern", "type"},
    "funnel": {None, "kern", "type"},
    "stop_reasons": {None, "kern", "type"},
}

SECTION_TITLES = {
    "matches_started": _l("Matches started"),
    "after_six_months": _l("Six months after arrival"),
    "first_match": _l("Days from arrival to a first match"),
    "waiting_list": _l("Taalcoach waiting list"),
    "employers": _l("Employers hosting a taalstage or werkervaringsplek"),
    "new_offers": _l("New offers per kern"),
    "funnel": _l("From suggestion to a match that lasts"),
    "stop_reasons": _l("Why matches ended"),
}

DEFINITIONS = {
    "matches_started": _l(
        "Matches whose start both sides confirmed in the period, by the offer's type, kern and organisation."
    ),
    "after_six_months": _l(
        "Adult newcomers whose day six months after arrival falls in the period: who had a "
        "taalstage, werkervaringsplek, volunteer work, work or study going on that day, and who "
        "was in a club or weekly activity with Dutch residents."
    ),
    "first_match": _l(
        "Newcomers whose first match since arrival started in the period, and how many days after arrival it started."
    ),
    "waiting_list": _l(
        "Newcomers who asked for a taalcoach and had none on the period's last day (today for the "
        "running period), and how long they had waited."
    ),
    "employers": _l(
        "Organisations with a taalstage or werkervaringsplek going on in the period. One organisation "
        "can host both, so the parts need not add up."
    ),
    "new_offers": _l("Offers first published in the period, by the kern where they take place."),
    "funnel": _l(
        "Matches first put forward in the period, and how far they got. The last stage counts only "
        "matches that started at least three months ago."
    ),
    "stop_reasons": _l("Matches that ended in the period, by reason."),
}

#: The order of the sections on the page and in the raadsrapportage.
ORDER = list(SECTION_TITLES)


class Dashboard:
    """All sections for a gemeente, a period and a filter."""

    def __init__(
        self, figures: Figures, period: periods.Period, chosen: Filter, by: str | None, targets: dict[str, float | None]
    ):
        self.figures = figures
        self.scope = figures.scope
        self.today = figures.today
        self.period = period
        self.previous = period.previous()
        self.filter = chosen
        kinds = periods.finer_kinds(period)
        if chosen.kind is not None and "week" in kinds:
            kinds.remove("week")  # weeks only for the whole gemeente: per kern nearly all would be under 5
        self.series_kinds = kinds or [period.kind]
        default = "month" if "month" in self.series_kinds else self.series_kinds[0]
        self.by = by if by in self.series_kinds else default
        self.targets = targets

    @property
    def running(self) -> bool:
        return self.period.is_running(self.today)

    def applies(self, key: str) -> bool:
        if self.filter.kind not in APPLIES[key]:
            return False
        return not (key == "employers" and self.filter.kind == "type" and self.filter.key not in HOSTING_TYPES)

    def section(self, key: str) -> Section:
        section = Section(key, str(SECTION_TITLES[key]), str(DEFINITIONS[key]), self.applies(key))
        if section.applies:
            getattr(self, f"_{key}")(section)
        return section

    def sections(self) -> list[Section]:
        return [self.section(key) for key in ORDER]

    # -- helpers ------------------------------------------------------------------------------

    def _cell(self, key: str, period: periods.Period, *nodes) -> Figure:
        return self.figures.of(key, period).get(period, *nodes)

    def _series(self, period: periods.Period) -> list[periods.Period]:
        return periods.descendants(period, self.by, self.today) if self.by != period.kind else [period]

    def _two_periods(self, title: str, rows: list[tuple[str, Figure | Value, Figure | Value]]) -> Sheet:
        sheet = Sheet(title, ["", self.period.label(), self.previous.label()])
        sheet.rows = [[label, now, before] for label, now, before in rows]
        return sheet

    def _target(self, key: str, cell: Figure | Value, per_year: bool = False) -> dict | None:
        value, definition = self.targets.get(key), TARGETS[key]
        if value is None or (per_year and self.period.kind != "year"):
            return None
        number = _number(cell)
        shown_target = format_percent(value / 100, "#,##0%") if definition.unit == "percent" else format_decimal(value)
        result = {
            "key": key,
            "label": str(definition.label),
            "value": value,
            "text": shown_target,
            "at_least": definition.at_least,
            "progress": None,
            "met": None,
        }
        if number is not None:
            if definition.at_least:
                result["progress"] = 100 if value == 0 else min(100, round(100 * number / value))
                result["met"] = number >= value
            else:
                result["progress"] = 100 if number <= value else round(100 * value / number)
                result["met"] = number <= value
        return result

    # -- the sections ---------------------------------------------------------------------------

    def headlines(self) -> list[Headline]:
        node, p, q = self.filter.node, self.period, self.previous
        found = []
        if self.applies("matches_started"):
            now, before = self._cell("matches_started", p, node), self._cell("matches_started", q, node)
            found.append(
                Headline(
                    "matches_started",
                    str(_l("Matches started")),
                    now,
                    before,
                    target=self._target("matches_per_year", now, per_year=True),
                )
            )
        if self.applies("after_six_months"):
            shares = {}
            for name in ("active", "club"):
                shares[name] = [
                    share(
                        self._cell("after_six_months", period, node, name),
                        self._cell("after_six_months", period, node, "newcomers"),
                    )
                    for period in (p, q)
                ]
            found.append(
                Headline(
                    "active",
                    str(_l("Active six months after arrival")),
                    *shares["active"],
                    target=self._target("active_after_six_months", shares["active"][0]),
                )
            )
            found.append(
                Headline(
                    "club",
                    str(_l("In a club or weekly activity with Dutch residents")),
                    *shares["club"],
                    target=self._target("club_after_six_months", shares["club"][0]),
                )
            )
        if self.applies("first_match"):
            medians = [self._median("first_match", period, node) for period in (p, q)]
            found.append(
                Headline(
                    "first_match",
                    str(_l("Median days from arrival to a first match")),
                    *medians,
                    target=self._target("days_to_first_match", medians[0]),
                )
            )
        if self.applies("waiting_list"):
            (day, now), (_, before) = self.figures.waiting_on(p), self.figures.waiting_on(q)
            current = now.get(node)
            found.append(
                Headline(
                    "waiting_list",
                    str(_l("Waiting for a taalcoach")),
                    current,
                    before.get(node),
                    note=str(_l("on %(day)s", day=format_date(day))),
                    target=self._target("taalcoach_waiting", current),
                )
            )
        if self.applies("employers"):
            cell = self._employer_cell
            now, before = cell(p), cell(q)
            found.append(
                Headline(
                    "employers",
                    str(_l("Employers hosting a taalstage or werkervaringsplek")),
                    now,
                    before,
                    target=self._target("employers_per_year", now, per_year=True),
                )
            )
        return found

    def _median(self, key: str, period: periods.Period, node) -> Value:
        spread = self.figures.of(key, period).spread(period, node, "newcomers")
        return Value(spread["median"] if spread else None, "days")

    def _matches_started(self, section: Section) -> None:
        node, p, q = self.filter.node, self.period, self.previous
        now, before = self._series(p), self._series(q)
        rows = []
        for i in range(max(len(now), len(before))):
            rows.append(
                [
                    now[i].label() if i < len(now) else "",
                    self._cell("matches_started", now[i], node) if i < len(now) else None,
                    before[i].label() if i < len(before) else "",
                    self._cell("matches_started", before[i], node) if i < len(before) else None,
                ]
            )
        rows.append(
            [
                str(_l("Total")),
                self._cell("matches_started", p, node),
                str(_l("Total")),
                self._cell("matches_started", q, node),
            ]
        )
        kind = str(periods.KIND_LABELS[self.by])
        section.sheets.append(
            Sheet(str(_l("Matches started per %(kind)s", kind=kind.lower())), [kind, p.label(), kind, q.label()], rows)
        )
        section.charts.append(
            Chart(
                "chart-matches",
                "bar",
                section.sheets[0].title,
                [r[0] for r in rows[:-1]],  # the period's own labels; the previous lines up
                [(p.label(), [r[1] for r in rows[:-1]]), (q.label(), [r[3] for r in rows[:-1]])],
            )
        )
        if self.filter.kind is not None:
            return
        by_type = [type_node(t) for t in self.scope.types]
        for title, nodes in (
            (_l("By offer type"), by_type),
            (_l("By kern of the offer"), [kern_node(k) for k, _n in self.scope.kernen]),
            (_l("By organisation"), [org_node(o) for o, _n in self.scope.organisations]),
        ):
            section.sheets.append(
                self._two_periods(
                    str(title),
                    [
                        (self.scope.label(n), self._cell("matches_started", p, n), self._cell("matches_started", q, n))
                        for n in nodes
                    ],
                )
            )
        section.charts.append(
            Chart(
                "chart-matches-type",
                "horizontal",
                str(_l("By offer type")),
                [self.scope.label(n) for n in by_type],
                [(p.label(), [self._cell("matches_started", p, n) for n in by_type])],
            )
        )

    def _after_six_months(self, section: Section) -> None:
        node = self.filter.node
        parts = periods.begun_children(self.period, self.today) if self.period.kind != "month" else []
        periods_shown = [*parts, self.period, self.previous]
        sheet = Sheet(
            str(_l("Six months after arrival")),
            [
                str(_l("Period")),
                str(_l("Newcomers")),
                str(_l("Active")),
                str(_l("Active (%)")),
                str(_l("In a club or weekly activity")),
                str(_l("In a club or weekly activity (%)")),
            ],
        )
        for period in periods_shown:
            cells = {
                name: self._cell("after_six_months", period, node, name) for name in ("newcomers", "active", "club")
            }
            label = period.label() if period != self.period else str(_l("%(period)s (total)", period=period.label()))
            sheet.rows.append(
                [
                    label,
                    cells["newcomers"],
                    cells["active"],
                    share(cells["active"], cells["newcomers"]),
                    cells["club"],
                    share(cells["club"], cells["newcomers"]),
                ]
            )
        section.sheets.append(sheet)
        targets = [self.targets.get("active_after_six_months"), self.targets.get("club_after_six_months")]
        series = [
            (self.period.label(), [sheet.rows[-2][3], sheet.rows[-2][5]]),
            (self.previous.label(), [sheet.rows[-1][3], sheet.rows[-1][5]]),
        ]
        if any(t is not None for t in targets):
            series.append((str(_l("Target")), [Value(t, "percent") for t in targets]))
        section.charts.append(
            Chart(
                "chart-six-months",
                "percent",
                str(_l("Share of newcomers")),
                [str(_l("Active")), str(_l("In a club or weekly activity"))],
                series,
            )
        )

    def _first_match(self, section: Section) -> None:
        node, p, q = self.filter.node, self.period, self.previous
        sheet = Sheet(
            str(_l("Days from arrival to a first match")),
            [
                str(_l("Period")),
                str(_l("Newcomers")),
                str(_l("Median")),
                str(_l("25th percentile")),
                str(_l("75th percentile")),
            ],
        )
        for period in (p, q):
            indicator = self.figures.of("first_match", period)
            spread = indicator.spread(period, node, "newcomers") or {}
            sheet.rows.append(
                [
                    period.label(),
                    indicator.get(period, node, "newcomers"),
                    *(Value(spread.get(k), "days") for k in ("median", "p25", "p75")),
                ]
            )
        section.sheets.append(sheet)
        bins = self._two_periods(
            str(_l("How long it took")),
            [
                (str(label), self._cell("first_match", p, node, i), self._cell("first_match", q, node, i))
                for i, (_upper, label) in enumerate(DAY_BINS)
            ],
        )
        section.sheets.append(bins)
        section.charts.append(
            Chart(
                "chart-first-match",
                "bar",
                bins.title,
                [r[0] for r in bins.rows],
                [(p.label(), [r[1] for r in bins.rows]), (q.label(), [r[2] for r in bins.rows])],
            )
        )

    def _waiting_list(self, section: Section) -> None:
        (day, now), (day_before, before) = self.figures.waiting_on(self.period), self.figures.waiting_on(self.previous)
        nodes = [self.filter.node] if self.filter.kind else [ALL, *(kern_node(k) for k, _n in self.scope.kernen)]
        sheet = Sheet(
            str(_l("Taalcoach waiting list")),
            [
                str(_l("Kern")),
                str(_l("Waiting on %(day)s", day=format_date(day))),
                str(_l("Median wait")),
                str(_l("Waiting on %(day)s", day=format_date(day_before))),
                str(_l("Median wait")),
            ],
        )
        for node in nodes:
            medians = [Value((w.spread(node) or {}).get("median"), "days") for w in (now, before)]
            sheet.rows.append([self.scope.label(node), now.get(node), medians[0], before.get(node), medians[1]])
        section.sheets.append(sheet)

    def _employer_cell(self, period: periods.Period, hosting=ALL, kern=None) -> Figure:
        if self.filter.kind == "type":
            hosting = self.filter.node
        kern = kern if kern is not None else (self.filter.node if self.filter.kind == "kern" else ALL)
        return self._cell("employers", period, hosting, kern)

    def _employers(self, section: Section) -> None:
        p, q = self.period, self.previous
        hosting = [ALL] if self.filter.kind == "type" else [ALL, *(type_node(t) for t in HOSTING_TYPES)]
        section.sheets.append(
            self._two_periods(
                str(_l("By type")),
                [
                    (
                        str(_l("Taalstage or werkervaringsplek")) if h == ALL else self.scope.label(h),
                        self._employer_cell(p, h),
                        self._employer_cell(q, h),
                    )
                    for h in hosting
                ],
            )
        )
        if self.filter.kind is None:
            section.sheets.append(
                self._two_periods(
                    str(_l("By kern of the offer")),
                    [
                        (
                            self.scope.label(kern_node(k)),
                            self._employer_cell(p, ALL, kern_node(k)),
                            self._employer_cell(q, ALL, kern_node(k)),
                        )
                        for k, _n in self.scope.kernen
                    ],
                )
            )

    def _new_offers(self, section: Section) -> None:
        p, q = self.period, self.previous
        kind = self.filter.kind
        if kind == "kern":
            rows = [
                (
                    self.scope.label(type_node(t)),
                    self._cell("new_offers", p, self.filter.node, type_node(t)),
                    self._cell("new_offers", q, self.filter.node, type_node(t)),
                )
                for t in self.scope.types
            ]
            rows.append(
                (
                    str(_l("Total")),
                    self._cell("new_offers", p, self.filter.node, ALL),
                    self._cell("new_offers", q, self.filter.node, ALL),
                )
            )
            section.sheets.append(self._two_periods(str(_l("By offer type")), rows))
            return
        column = self.filter.node if kind == "type" else ALL
        rows = [
            (
                self.scope.label(kern_node(k)),
                self._cell("new_offers", p, kern_node(k), column),
                self._cell("new_offers", q, kern_node(k), column),
            )
            for k, _n in self.scope.kernen
        ]
        rows.append(
            (str(_l("Total")), self._cell("new_offers", p, ALL, column), self._cell("new_offers", q, ALL, column))
        )
        section.sheets.append(self._two_periods(str(_l("By kern")), rows))

    def _funnel(self, section: Section) -> None:
        node, p, q = self.filter.node, self.period, self.previous
        sheet = Sheet(
            str(_l("Stages")),
            [
                str(_l("Stage")),
                p.label(),
                str(_l("Share of the stage before")),
                q.label(),
                str(_l("Share of the stage before")),
            ],
        )
        before = {}
        for stage in FUNNEL_STAGES:
            cells = [self._cell("funnel", period, node, stage) for period in (p, q)]
            shares = [share(c, before[i]) if before else Value(None, "percent") for i, c in enumerate(cells)]
            sheet.rows.append([str(FUNNEL_LABELS[stage]), cells[0], shares[0], cells[1], shares[1]])
            before = dict(enumerate(cells))
        section.sheets.append(sheet)
        section.charts.append(
            Chart(
                "chart-funnel",
                "bar",
                sheet.title,
                [r[0] for r in sheet.rows],
                [(p.label(), [r[1] for r in sheet.rows]), (q.label(), [r[3] for r in sheet.rows])],
            )
        )

    def _stop_reasons(self, section: Section) -> None:
        node, p, q = self.filter.node, self.period, self.previous
        rows = [
            (str(STOP_LABELS[r]), self._cell("stop_reasons", p, node, r), self._cell("stop_reasons", q, node, r))
            for r in STOP_REASONS
        ]
        rows.append(
            (
                str(_l("Ended in total")),
                self._cell("stop_reasons", p, node, "ended"),
                self._cell("stop_reasons", q, node, "ended"),
            )
        )
        sheet = self._two_periods(str(_l("Reasons")), rows)
        section.sheets.append(sheet)
        section.charts.append(
            Chart(
                "chart-stop-reasons",
                "horizontal",
                sheet.title,
                [r[0] for r in rows[:-1]],
                [(p.label(), [r[1] for r in rows[:-1]])],
            )
        )


def default_period(today: date) -> periods.Period:
    return periods.containing("year", today)
