"""Mail goes out through the queue when it is on, and a broken mail server never breaks a page."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import factories as f
from rq import SimpleWorker

from webapp import mail

ROOT = Path(__file__).resolve().parent.parent


def _ask_reset(client):
    f.user("provider", email="a@example.org")
    response = client.post("/password/forgot", data={"email": "a@example.org"})
    assert response.status_code == 302
    return response


def test_direct_mail_reaches_the_server(client, sink):
    _ask_reset(client)
    [message] = sink.messages
    assert message["To"] == "a@example.org" and "/password/reset/" in message.get_content()


def test_mail_server_down_never_breaks_the_page(app, client, monkeypatch, caplog):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    monkeypatch.setitem(app.config, "MAIL_SERVER", "127.0.0.1")
    monkeypatch.setitem(app.config, "MAIL_PORT", closed_port)
    _ask_reset(client)
    assert "Could not send mail" in caplog.text


def test_queued_mail_waits_for_the_worker(app, client, sink, redis_queue):
    _ask_reset(client)
    assert sink.messages == [] and redis_queue.count == 1  # the page did not wait for SMTP
    SimpleWorker([redis_queue], connection=redis_queue.connection).work(burst=True)
    [message] = sink.messages
    assert "/password/reset/" in message.get_content()


def test_refused_mail_is_retried_later(app, client, sink, redis_queue):
    sink.refuse = True
    _ask_reset(client)
    SimpleWorker([redis_queue], connection=redis_queue.connection).work(burst=True)
    # The page queued the look-up; the look-up queued the mail, which the server refused.
    [delivery] = redis_queue.scheduled_job_registry.get_job_ids()
    job = redis_queue.fetch_job(delivery)
    assert job.get_status() == "scheduled" and job.retries_left == len(mail.RETRY_INTERVALS) - 1


def test_queue_down_sends_directly(app, client, sink, redis_queue, monkeypatch):
    monkeypatch.setitem(app.config, "REDIS_URL", "redis://127.0.0.1:1/0")
    _ask_reset(client)
    assert len(sink.messages) == 1


def test_hung_redis_costs_at_most_a_second(app, client, sink, redis_queue, monkeypatch):
    """A Redis that accepts connections but never answers must not hold the page for long."""
    import time

    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)  # the kernel accepts; nobody ever answers
        monkeypatch.setitem(app.config, "REDIS_URL", f"redis://127.0.0.1:{silent.getsockname()[1]}/0")
        started = time.perf_counter()
        _ask_reset(client)
        assert time.perf_counter() - started < 3
    assert len(sink.messages) == 1  # sent directly instead


def test_flask_worker_command_delivers(app, client, sink, redis_queue, tmp_path):
    """The real worker (forking per job) sends what the site queued."""
    _ask_reset(client)
    env = {
        **os.environ,
        "REDIS_URL": app.config["REDIS_URL"],
        "JOB_QUEUE": redis_queue.name,
        "MAIL_SERVER": "127.0.0.1",
        "MAIL_PORT": str(sink.port),
        "SECRET_KEY": app.config["SECRET_KEY"],
        "DATABASE_URL": app.config["SQLALCHEMY_DATABASE_URI"],
    }  # the worker looks the address up
    result = subprocess.run(
        [sys.executable, "-m", "flask", "--app", "webapp", "worker", "--burst"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert len(sink.messages) == 1 and redis_queue.count == 0
