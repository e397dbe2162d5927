"""Date arithmetic that SQLite and PostgreSQL spell differently, so both count the same days."""

from __future__ import annotations

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import Date, Integer


class six_months_after(FunctionElement):  # noqa: N801  (reads as a SQL function)
    """The same day number six calendar months later, or the last day of a shorter month (31 Aug → 28 Feb)."""

    type = Date()
    inherit_cache = True


@compiles(six_months_after, "postgresql")
def _six_months_pg(element, compiler, **kw):
    return f"CAST({compiler.process(element.clauses, **kw)} + INTERVAL '6 months' AS DATE)"


@compiles(six_months_after, "sqlite")
def _six_months_sqlite(element, compiler, **kw):
    # SQLite's '+6 months' runs on into the next month (31 Aug → 3 Mar); clip to the month's end.
    day = compiler.process(element.clauses, **kw)
    return f"min(date({day}, '+6 months'), date({day}, 'start of month', '+7 months', '-1 day'))"


class days_between(FunctionElement):  # noqa: N801
    """Whole days from the first date or time to the second (their dates, not their hours)."""

    type = Integer()
    inherit_cache = True


@compiles(days_between, "postgresql")
def _days_pg(element, compiler, **kw):
    start, end = (compiler.process(c, **kw) for c in element.clauses)
    return f"(CAST({end} AS DATE) - CAST({start} AS DATE))"


@compiles(days_between, "sqlite")
def _days_sqlite(element, compiler, **kw):
    start, end = (compiler.process(c, **kw) for c in element.clauses)
    return f"CAST(julianday(date({end})) - julianday(date({start})) AS INTEGER)"
