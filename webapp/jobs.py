"""Background jobs on Redis (RQ): work that must neither hold up nor break a page.

Sending mail is the first such job. A visitor who asks for a reset link should
get the same quick answer whether the mail server is slow, down or fine (a slow
answer would also tell an attacker which addresses have an account).

Run the worker next to gunicorn with ``flask --app webapp worker`` (``make worker``).
"""

from __future__ import annotations

import click
from flask import Flask, current_app
from redis import Redis
from rq import Queue, Worker

#: Seconds to wait for Redis before giving up: a page must not hang on a sick Redis.
REDIS_TIMEOUT = 1.0


def connection() -> Redis:
    """One client (and connection pool) per app and Redis URL, with short timeouts."""
    url = current_app.config["REDIS_URL"]
    clients = current_app.extensions.setdefault("meedoen_redis", {})
    if url not in clients:
        clients[url] = Redis.from_url(url, socket_connect_timeout=REDIS_TIMEOUT,
                                      socket_timeout=REDIS_TIMEOUT, retry=None)
    return clients[url]


def queue(redis: Redis | None = None) -> Queue:
    return Queue(current_app.config["JOB_QUEUE"], connection=redis or connection())


@click.command("worker")
@click.option("--burst", is_flag=True, help="Stop when the queue is empty instead of waiting for more.")
def worker_command(burst: bool) -> None:
    """Run the background worker (e-mail) until stopped."""
    # Jobs run in a fork of this process and so inherit its application context. The worker
    # waits on Redis far longer than a page may, so it gets a client without short timeouts.
    redis = Redis.from_url(current_app.config["REDIS_URL"])
    Worker([queue(redis)], connection=redis).work(burst=burst, with_scheduler=True)


def init_app(app: Flask) -> None:
    app.cli.add_command(worker_command)
