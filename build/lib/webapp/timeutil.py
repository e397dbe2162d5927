"""Time helpers: timestamps are stored as naive UTC so SQLite and PostgreSQL agree."""

from datetime import UTC, date, datetime


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def today() -> date:
    return utcnow().date()
