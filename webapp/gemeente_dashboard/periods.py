"""Reporting periods that nest: a year holds quarters, a quarter months, a month its week parts.

Only these periods exist, never free date ranges: two ranges a day apart
would give the figures of one day. Weeks are ISO weeks cut at the month's
first and last day, so every smaller period lies inside exactly one larger
one and the parts always add up to the whole (see docs/indicators.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from flask_babel import format_date
from flask_babel import lazy_gettext as _l

#: Kinds from the largest to the smallest; a period's children are of the next kind.
KINDS = ("year", "quarter", "month", "week")
KIND_LABELS = {"year": _l("Year"), "quarter": _l("Quarter"), "month": _l("Month"), "week": _l("Week")}

_PATTERNS = {
    "year": re.compile(r"(\d{4})"),
    "quarter": re.compile(r"(\d{4})-Q([1-4])"),
    "month": re.compile(r"(\d{4})-(0[1-9]|1[0-2])"),
}
#: Years a period may fall in: far enough back for any history, never a date overflow.
FIRST_YEAR, LAST_YEAR = 2000, 2999


@dataclass(frozen=True, order=True)
class Period:
    """``start`` inclusive, ``end`` exclusive; a week part also carries its ISO week number."""

    start: date
    end: date
    kind: str
    week: int = 0

    @property
    def key(self) -> str:
        if self.kind == "year":
            return f"{self.start.year}"
        if self.kind == "quarter":
            return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"
        if self.kind == "month":
            return f"{self.start:%Y-%m}"
        return f"{self.start:%Y-%m-%d}"

    @property
    def last_day(self) -> date:
        return self.end - timedelta(days=1)

    def label(self) -> str:
        if self.kind == "year":
            return str(self.start.year)
        if self.kind == "quarter":
            return str(_l("Q%(number)d %(year)d", number=(self.start.month - 1) // 3 + 1, year=self.start.year))
        if self.kind == "month":
            return format_date(self.start, "LLLL y")
        days = f"{self.start.day}" if self.start == self.last_day else f"{self.start.day}–{self.last_day.day}"
        return str(
            _l("week %(week)d (%(days)s %(month)s)", week=self.week, days=days, month=format_date(self.start, "LLL"))
        )

    def children(self) -> list[Period]:
        if self.kind == "year":
            return [quarter(self.start.year, q) for q in range(1, 5)]
        if self.kind == "quarter":
            return [month(self.start.year, m) for m in range(self.start.month, self.start.month + 3)]
        if self.kind == "month":
            return _week_parts(self)
        return []

    def previous(self) -> Period:
        return containing(self.kind, self.start - timedelta(days=1))

    def contains(self, other: Period) -> bool:
        return self.start <= other.start and other.end <= self.end

    def has_begun(self, today: date) -> bool:
        return self.start <= today

    def is_running(self, today: date) -> bool:
        return self.start <= today < self.end


def year(number: int) -> Period:
    return Period(date(number, 1, 1), date(number + 1, 1, 1), "year")


def quarter(number_year: int, number: int) -> Period:
    start = date(number_year, 3 * number - 2, 1)
    return Period(start, _add_months(start, 3), "quarter")


def month(number_year: int, number: int) -> Period:
    start = date(number_year, number, 1)
    return Period(start, _add_months(start, 1), "month")


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _week_parts(of_month: Period) -> list[Period]:
    parts, start = [], of_month.start
    while start < of_month.end:
        end = min(of_month.end, start + timedelta(days=7 - start.weekday()))
        parts.append(Period(start, end, "week", start.isocalendar().week))
        start = end
    return parts


def containing(kind: str, day: date) -> Period:
    """The period of ``kind`` that holds ``day``."""
    if kind == "year":
        return year(day.year)
    if kind == "quarter":
        return quarter(day.year, (day.month - 1) // 3 + 1)
    the_month = month(day.year, day.month)
    if kind == "month":
        return the_month
    return next(p for p in _week_parts(the_month) if p.start <= day < p.end)


def parse(text: str | None) -> Period | None:
    """``2026``, ``2026-Q3`` or ``2026-07``; anything else (or out of range) is None."""
    text = (text or "").strip()
    for kind, pattern in _PATTERNS.items():
        found = pattern.fullmatch(text)
        if not found:
            continue
        number_year = int(found.group(1))
        if not FIRST_YEAR <= number_year <= LAST_YEAR:
            return None
        if kind == "year":
            return year(number_year)
        if kind == "quarter":
            return quarter(number_year, int(found.group(2)))
        return month(number_year, int(found.group(2)))
    return None


def tree(of_year: int, today: date, weeks: bool = True) -> list[Period]:
    """Every period of a year that has begun by ``today``, largest first."""
    found, level = [], [year(of_year)]
    while level:
        level = [p for p in level if p.has_begun(today)]
        found.extend(level)
        level = [c for p in level for c in p.children() if weeks or c.kind != "week"]
    return found


def begun_children(period: Period, today: date) -> list[Period]:
    return [c for c in period.children() if c.has_begun(today)]


def descendants(period: Period, kind: str, today: date) -> list[Period]:
    """The begun periods of ``kind`` inside ``period``, in order (the series of a chart)."""
    level = [period]
    while level and level[0].kind != kind:
        level = [c for p in level for c in begun_children(p, today)]
    return level


def finer_kinds(period: Period) -> list[str]:
    """The kinds a period's series can be shown in."""
    return list(KINDS[KINDS.index(period.kind) + 1 :])


def choices(today: date, first_year: int) -> list[Period]:
    """Every selectable period from ``first_year`` to now, newest first: years, quarters, months."""
    found = []
    for number_year in range(today.year, first_year - 1, -1):
        found.append(year(number_year))
        found.extend(reversed([q for q in year(number_year).children() if q.has_begun(today)]))
        found.extend(reversed([m for q in year(number_year).children() for m in q.children() if m.has_begun(today)]))
    return found
