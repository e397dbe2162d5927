"""Limits on guessing that stay totals over all workers, also while the shared counter store is down.

Counters live in Redis in production, shared by every gunicorn worker. When Redis
cannot be reached, Flask-Limiter counts in each worker's memory instead; with
two workers an attacker would then get twice the tries. So while the store is
down each worker allows its share of a limit (`RATELIMIT_WORKERS`), and the
site says so in its log every minute and on ``/healthz``.
"""

from __future__ import annotations

import re
import time

from flask import current_app

from .extensions import limiter

_AMOUNT = re.compile(r"^\s*(\d+)\s+(.*)$")
_LAST_WARNING = "meedoen_rate_limit_warned"


def store_down() -> bool:
    """Whether Flask-Limiter has fallen back to memory (it keeps this flag itself)."""
    return bool(getattr(limiter, "_storage_dead", False))


def _share(limit: str, workers: int) -> str:
    found = _AMOUNT.match(limit)
    if not found:
        return limit
    return f"{max(1, int(found.group(1)) // workers)} {found.group(2)}"


def shared(limits: str):
    """A limit string (``"10 per minute;60 per hour"``) as Flask-Limiter's callable, split while degraded."""

    def provider() -> str:
        if not store_down():
            return limits
        _warn()
        workers = max(1, int(current_app.config.get("RATELIMIT_WORKERS", 2)))
        return ";".join(_share(part, workers) for part in limits.split(";"))

    return provider


def _warn() -> None:
    now = time.monotonic()
    if now - current_app.extensions.get(_LAST_WARNING, -60.0) >= 60:
        current_app.extensions[_LAST_WARNING] = now
        current_app.logger.error("Rate-limit store unreachable: counting per worker, each with its share")
