"""Production serving: two clients that send their request slowly do not keep a third one waiting."""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def gunicorn(tmp_path):
    """The app as `make serve` runs it (gunicorn.conf.py), with 1 worker so the slow clients would fill it."""
    port = _free_port()
    env = {
        **os.environ,
        "BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": "1",
        "GUNICORN_THREADS": "4",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'serve.sqlite'}",
        "SECRET_KEY": "s" * 40,
        "BACKGROUND_JOBS": "inline",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py", "webapp:create_app()"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    yield port
    process.terminate()
    process.wait(timeout=30)


@pytest.mark.no_db
def test_two_slow_clients_do_not_block_a_third_request(gunicorn):
    slow = []
    for _ in range(2):
        client = socket.create_connection(("127.0.0.1", gunicorn))
        client.sendall(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: ")  # and then nothing
        slow.append(client)
    time.sleep(0.5)
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", gunicorn, timeout=10)
    connection.request("GET", "/static/css/meedoen.css")
    response = connection.getresponse()
    response.read()
    connection.close()
    assert response.status == 200
    assert time.perf_counter() - started < 3
    for client in slow:
        client.close()


@pytest.mark.no_db
def test_the_web_bench_serves_with_single_threaded_sync_workers(monkeypatch):
    """gunicorn runs a sync worker with more than one thread as gthread; the config file asks for 16."""
    from gunicorn.app.wsgiapp import WSGIApplication

    monkeypatch.syspath_prepend(str(ROOT / "bench"))
    from web_bench import gunicorn_command

    monkeypatch.chdir(ROOT)  # where gunicorn finds gunicorn.conf.py, as the bench starts it
    monkeypatch.delenv("GUNICORN_CMD_ARGS", raising=False)
    monkeypatch.delenv("GUNICORN_THREADS", raising=False)  # the config file's own 16 threads
    command = gunicorn_command(8000)
    monkeypatch.setattr(sys, "argv", ["gunicorn", *command[command.index("gunicorn") + 1 :]])
    config = WSGIApplication("%(prog)s [OPTIONS] [APP_MODULE]").cfg
    assert config.worker_class.__name__ == "SyncWorker"
    assert config.workers == 2
