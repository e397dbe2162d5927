"""Configuration read from the environment, so the same code runs in demo, test and production."""

from __future__ import annotations

import os
from pathlib import Path

#: Placeholder key for local demo use; production refuses to start with it.
DEV_SECRET_KEY = "dev-only-not-secret"


def database_url(raw: str | None, instance_path: str) -> str:
    """Return an SQLAlchemy URL; the default is an SQLite file under ``instance/``.

    Hosting platforms hand out ``postgresql://`` (or the legacy ``postgres://``)
    URLs; we only ship the psycopg 3 driver, so the dialect is made explicit.
    """
    if not raw:
        return "sqlite:///" + str(Path(instance_path) / "meedoen.sqlite")
    for prefix in ("postgres://", "postgresql://"):
        if raw.startswith(prefix):
            return "postgresql+psycopg://" + raw[len(prefix) :]
    return raw


def background_jobs_default(env) -> str:
    """RQ as soon as Redis is configured (or in production), else run jobs inline."""
    return "rq" if env.get("REDIS_URL") or env.get("MEEDOEN_ENV") == "production" else "inline"


def from_environment(instance_path: str) -> dict:
    """Collect every setting the app reads from the environment."""
    env = os.environ
    return {
        "ENV_NAME": env.get("MEEDOEN_ENV", "development"),
        "SECRET_KEY": env.get("SECRET_KEY", DEV_SECRET_KEY),
        "SQLALCHEMY_DATABASE_URI": database_url(env.get("DATABASE_URL"), instance_path),
        # Links in e-mails are built from this, never from the request's Host header.
        "BASE_URL": env.get("BASE_URL", "http://127.0.0.1:5000").rstrip("/"),
        "REDIS_URL": env.get("REDIS_URL", "redis://127.0.0.1:6379/0"),
        "MAIL_SERVER": env.get("MAIL_SERVER", ""),
        "MAIL_PORT": int(env.get("MAIL_PORT", "25") or 25),
        "MAIL_USERNAME": env.get("MAIL_USERNAME", ""),
        "MAIL_PASSWORD": env.get("MAIL_PASSWORD", ""),
        "MAIL_USE_TLS": env.get("MAIL_USE_TLS", "").lower() in {"1", "true", "yes"},
        # `rq`: background jobs (suggestions, notifications, mail) go to Redis for `flask worker`;
        # `inline`: they run in this process (the embedded default, no Redis needed).
        "BACKGROUND_JOBS": env.get("BACKGROUND_JOBS", background_jobs_default(env)),
        "JOB_QUEUE": env.get("JOB_QUEUE", "meedoen"),
        # Where a worker keeps its saved suggestion index; default: instance/suggestion-index.
        "SUGGESTION_INDEX_DIR": env.get("SUGGESTION_INDEX_DIR", ""),
        # Offer cards each worker keeps drawn (webapp/offers/cards.py), 2-4 KB each; 0: none.
        "OFFER_CARDS_KEPT": int(env.get("OFFER_CARDS_KEPT", "4096") or 0),
        # What PostgreSQL assumes a read from a random place costs, against 1 for the next page
        # (`webapp.database`); empty leaves the server's own setting.
        "PG_RANDOM_PAGE_COST": env.get("PG_RANDOM_PAGE_COST", "1.1"),
        # Requests one worker serves at once (gunicorn.conf.py); its connection pool keeps as many.
        "WORKER_THREADS": env.get("GUNICORN_THREADS", "16"),
        "MAIL_DEFAULT_SENDER": env.get("MAIL_DEFAULT_SENDER", "Meedoen <noreply@meedoen.example>"),
        "SESSION_COOKIE_SECURE": env.get("MEEDOEN_ENV") == "production",
        # Coordinators, gemeente staff and administrators log in with a code from an app too.
        "REQUIRE_TWO_FACTOR": env.get(
            "REQUIRE_TWO_FACTOR", "1" if env.get("MEEDOEN_ENV") == "production" else ""
        ).lower()
        in {"1", "true", "yes"},
        # Behind nginx or a load balancer: how many proxies set X-Forwarded-For, so rate limits
        # count the visitor's address and not the proxy's.
        "PROXY_COUNT": int(env.get("PROXY_COUNT", "0") or 0),
        # gunicorn workers counting rate limits in memory while Redis is down (each gets its share).
        "RATELIMIT_WORKERS": int(env.get("WEB_CONCURRENCY", "2") or 2),
        # Counters must be shared by all gunicorn workers in production, hence Redis there.
        "RATELIMIT_STORAGE_URI": env.get(
            "RATELIMIT_STORAGE_URI",
            env.get("REDIS_URL", "redis://127.0.0.1:6379/0") if env.get("MEEDOEN_ENV") == "production" else "memory://",
        ),
    }


DEFAULTS = {
    "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
    "SESSION_COOKIE_HTTPONLY": True,
    "SESSION_COOKIE_SAMESITE": "Lax",
    "REMEMBER_COOKIE_HTTPONLY": True,
    "WTF_CSRF_TIME_LIMIT": None,
    "BABEL_DEFAULT_LOCALE": "nl",
    "BABEL_DEFAULT_TIMEZONE": "Europe/Amsterdam",
    "PASSWORD_RESET_MAX_AGE": 3600,
    # No uploads anywhere: a larger body is an attack or a mistake (413, translated page).
    "MAX_CONTENT_LENGTH": 1024 * 1024,
    # Redis down: count in this process's memory rather than refuse every log-in with a 500.
    "RATELIMIT_IN_MEMORY_FALLBACK_ENABLED": True,
    "INVITE_VALID_DAYS": 30,
    # A session ends after this long without a request, and this long after the log-in.
    "SESSION_IDLE_MINUTES": 120,
    "SESSION_MAX_HOURS": 12,
    # Decisions needed before a model trained on them is tried (`webapp.matches.learning`).
    "MIN_LABELS": 200,
}


def _number_between(value, low, high, kind) -> bool:
    try:
        return low <= kind(value) <= high
    except (TypeError, ValueError):
        return False


class ConfigError(RuntimeError):
    """Raised when the app would start in an unsafe or unusable state."""


def check(config) -> None:
    """Refuse an unknown job runner, a planner cost or thread count that is not a number, and
    production with the placeholder or a short secret key."""
    if config.get("BACKGROUND_JOBS") not in ("rq", "inline"):
        raise ConfigError("BACKGROUND_JOBS must be 'rq' or 'inline'.")
    cost = config.get("PG_RANDOM_PAGE_COST")
    if cost and not _number_between(cost, 0.01, 1000, float):
        raise ConfigError(
            f"PG_RANDOM_PAGE_COST must be a number from 0.01 to 1000 (such as 1.1) or empty, not {cost!r}."
        )
    threads = config.get("WORKER_THREADS")
    if not _number_between(threads, 1, 1024, int):
        raise ConfigError(f"GUNICORN_THREADS must be a whole number from 1 to 1024, not {threads!r}.")
    if config.get("ENV_NAME") != "production":
        return
    key = config.get("SECRET_KEY") or ""
    if key == DEV_SECRET_KEY or len(key) < 32:
        raise ConfigError(
            "SECRET_KEY must be set to a random value of at least 32 characters "
            "when MEEDOEN_ENV=production (e.g. python -c 'import secrets; print(secrets.token_hex(32))')."
        )
