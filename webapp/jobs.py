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


def connection() -> Redis:
    return Redis.from_url(current_app.config["REDIS_URL"])


def queue() -> Queue:
    return Queue(current_app.config["JOB_QUEUE"], connection=connection())


@click.command("worker")
@click.option("--burst", is_flag=True, help="Stop when the queue is empty instead of waiting for more.")
def worker_command(burst: bool) -> None:
    """Run the background worker (e-mail) until stopped."""
    # Jobs run in a fork of this process and so inherit its application context.
    Worker([queue()], connection=connection()).work(burst=burst, with_scheduler=True)


def init_app(app: Flask) -> None:
    app.cli.add_command(worker_command)
