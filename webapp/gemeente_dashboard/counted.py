"""Counted indicator tables, kept so that a dashboard load does not count them again.

Counting a gemeente's tables for a year view takes about 1.5 s with 5,000
newcomers and 50,000 matches (grouped queries and the secondary suppression,
docs/benchmarks.md); looking them up takes milliseconds. So tables are kept
with the `indicators.version` they were counted at:

- with the embedded job runner (``BACKGROUND_JOBS=inline``) in the process,
  and a table counted before the last change is counted again at once;
- with the job queue (``rq``) in Redis, shared by every worker. There the
  dashboard page may show a table counted before the last change, says so and
  at what time, and hands the recount to the worker (once per table, however
  many people load the page): the first load after a change answers as fast
  as any other, and the next shows the new figures. Exports and the
  raadsrapportage never take a table counted before the last change.

Only what may be shown goes into Redis (`Indicator.published`): each cell's
figure after suppression, never a raw count.
"""

from __future__ import annotations

import gc
import hashlib
import pickle
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date, datetime

from flask import current_app
from redis.exceptions import RedisError

from .. import jobs
from ..timeutil import utcnow

#: Tables kept per process with the embedded runner (a few per gemeente, year and period).
_KEPT_HERE = 64
#: How long Redis keeps a table nobody reads (two days: every day counts its own tables again).
_KEPT_SHARED_S = 2 * 24 * 3600
#: How long a recount is taken to be under way before another request may ask for it again.
_RECOUNT_CLAIM_S = 120
_PREFIX = "meedoen:indicators:"

_here: OrderedDict = OrderedDict()


@dataclass
class Counted:
    """A table with what it was counted from: the figures' version, the day and the moment."""

    version: tuple
    today: date
    counted_at: datetime
    indicator: object

    def is_current(self, version: tuple, today: date) -> bool:
        return self.version == version and self.today == today


def shared() -> bool:
    """True when tables live in Redis and a worker can count them in the background."""
    return jobs.uses_queue()


def _name(key: tuple) -> str:
    """Beside the site's job queue: two sites sharing one Redis (staging, production) never mix tables."""
    digest = hashlib.sha256(repr(key).encode()).hexdigest()
    return f"{_PREFIX}{current_app.config['JOB_QUEUE']}:{digest}"


def get(key: tuple, version: tuple, today: date) -> Counted | None:
    """The table last counted for ``key``: this process's copy when it is current, else Redis's."""
    found = _here.get(key)
    if found is not None:
        _here.move_to_end(key)
    if not shared() or (found is not None and found.is_current(version, today)):
        return found
    try:
        raw = jobs.connection().get(_name(key))
    except RedisError:
        current_app.logger.warning("Redis unreachable: counting indicator tables in the request")
        return None
    if not raw:
        return None
    found = _loads(raw)
    _keep_here(key, found)
    return found


def _loads(raw: bytes) -> Counted:
    """Unpickle without the garbage collector: a table is thousands of small objects, and collections
    triggered on the way made loading it ten times slower (15 ms instead of 1.6 ms)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(raw)  # noqa: S301  # nosec B301 - only this module writes these keys, in our own Redis
    finally:
        if was_enabled:
            gc.enable()


def _keep_here(key: tuple, entry: Counted) -> None:
    _here[key] = entry
    _here.move_to_end(key)
    while len(_here) > _KEPT_HERE:
        _here.popitem(last=False)


def put(key: tuple, version: tuple, today: date, indicator) -> None:
    if not shared():
        _keep_here(key, Counted(version, today, utcnow(), indicator))
        return
    entry = Counted(version, today, utcnow(), indicator.published())
    _keep_here(key, entry)
    try:
        jobs.connection().set(_name(key), pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL), ex=_KEPT_SHARED_S)
    except RedisError:
        current_app.logger.warning("Redis unreachable: indicator table not kept")


def recount_later(keys: list[tuple], today: date) -> None:
    """Ask the worker to count these tables again: one job, for those nobody asked for in the last minutes."""
    try:
        with jobs.connection().pipeline() as pipe:
            for key in keys:
                pipe.set(_name(key) + ":recount", 1, nx=True, ex=_RECOUNT_CLAIM_S)
            claimed = [key for key, fresh in zip(keys, pipe.execute(), strict=True) if fresh]
    except RedisError:
        return
    if claimed:
        jobs.enqueue("webapp.gemeente_dashboard.counted.recount", claimed, today.isoformat(), job_timeout=600)


def recount(keys: list[tuple], today: str) -> None:
    """The job: count the tables again and keep them (each key as `Figures` names it: gemeente, table, shape)."""
    from ..extensions import db
    from ..gemeenten.models import Gemeente
    from .indicators import Figures, Scope

    figures = {}
    for key in keys:
        if key[0] not in figures:
            gemeente = db.session.get(Gemeente, key[0])
            figures[key[0]] = gemeente and Figures(Scope.load(gemeente), date.fromisoformat(today))
        if figures[key[0]] is not None:
            figures[key[0]].count(key[1:-1])
        try:
            jobs.connection().delete(_name(key) + ":recount")
        except RedisError:
            pass


def forget_here() -> None:
    """Drop the tables kept in this process (tests)."""
    _here.clear()
