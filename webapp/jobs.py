"""Background jobs: work that must neither hold up nor break a page, and the worker that runs it.

Two runners, one API (``BACKGROUND_JOBS`` in the config):

* ``rq``: jobs go to Redis (RQ) and ``flask worker`` runs them. On whenever
  ``REDIS_URL`` is set in the environment, and in production.
* ``inline``: the embedded default (``make demo`` on a bare machine). A job
  runs at once, in this process, in an application context of its own.

Jobs are named by their dotted path (``"webapp.mail.deliver"``) and always run
through :func:`run`, which gives each job a fresh application context and so
its own database session; a job never sees a half-finished request.

:func:`after_commit` holds a job back until the current transaction commits
(and drops it on rollback), so a worker never reads data that is not there yet.
Run the worker next to gunicorn with ``flask --app webapp worker`` (``make worker``).
"""

from __future__ import annotations

import importlib
from functools import lru_cache

import click
from flask import Flask, current_app, has_app_context
from redis import Redis
from redis.exceptions import RedisError
from rq import Queue, Worker
from sqlalchemy import event

from .extensions import db

#: Seconds to wait for Redis before giving up: a page must not hang on a sick Redis.
REDIS_TIMEOUT = 1.0
_PENDING = "meedoen_after_commit_jobs"


def connection() -> Redis:
    """One client (and connection pool) per app and Redis URL, with short timeouts."""
    url = current_app.config["REDIS_URL"]
    clients = current_app.extensions.setdefault("meedoen_redis", {})
    if url not in clients:
        clients[url] = Redis.from_url(
            url, socket_connect_timeout=REDIS_TIMEOUT, socket_timeout=REDIS_TIMEOUT, retry=None
        )
    return clients[url]


def queue(redis: Redis | None = None) -> Queue:
    return Queue(current_app.config["JOB_QUEUE"], connection=redis or connection())


def uses_queue() -> bool:
    return current_app.config.get("BACKGROUND_JOBS") == "rq"


def enqueue(path: str, *args, **options) -> None:
    """Run the job at ``path`` in the background now (see the module docstring).

    ``options`` are RQ's (``retry``, ``failure_ttl``, ``job_id``); the inline
    runner ignores them. When Redis cannot be reached the job runs inline, so
    nothing is lost while Redis is down.
    """
    if uses_queue():
        try:
            queue().enqueue(run, path, *args, **options)
            return
        except RedisError:
            current_app.logger.exception("Job queue unreachable; running %s here", path)
    _run_inline(path, args)


def after_commit(path: str, *args, **options) -> None:
    """Like :func:`enqueue`, once the current transaction has committed; the same job at most once."""
    pending = db.session().info.setdefault(_PENDING, {})
    pending.setdefault((path, args), options)


def _run_inline(path: str, args: tuple) -> None:
    try:
        run(path, *args)
    except Exception:
        if current_app.testing:
            raise
        current_app.logger.exception("Background job %s failed", path)


def _commit_done(session) -> None:
    for (path, args), options in session.info.pop(_PENDING, {}).items():
        enqueue(path, *args, **options)


def _rolled_back(session, previous_transaction) -> None:
    session.info.pop(_PENDING, None)


def run(path: str, *args, **kwargs):
    """Run one job in an application context of its own (also the entry point RQ calls)."""
    module_name, _, name = path.rpartition(".")
    func = getattr(importlib.import_module(module_name), name)
    app = current_app._get_current_object() if has_app_context() else worker_app()
    with app.app_context():
        return func(*args, **kwargs)


@lru_cache(maxsize=1)
def worker_app() -> Flask:
    """The app a plain ``rq worker`` process runs its jobs in, built once per process."""
    from . import create_app

    return create_app()


@click.command("worker")
@click.option("--burst", is_flag=True, help="Stop when the queue is empty instead of waiting for more.")
def worker_command(burst: bool) -> None:
    """Run the background worker (suggestions, notifications, e-mail) until stopped."""
    # The worker waits on Redis far longer than a page may, so it gets a client without
    # short timeouts. Jobs run in a fork of this process, inside this app (see `run`).
    redis = Redis.from_url(current_app.config["REDIS_URL"])
    Worker([queue(redis)], connection=redis).work(burst=burst, with_scheduler=True)


def _listen_once() -> None:
    """Session events are global to the session class, so they are registered once per process."""
    if not event.contains(db.session, "after_commit", _commit_done):
        event.listen(db.session, "after_commit", _commit_done)
        event.listen(db.session, "after_soft_rollback", _rolled_back)


def init_app(app: Flask) -> None:
    app.cli.add_command(worker_command)
    _listen_once()
