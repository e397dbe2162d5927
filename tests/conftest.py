"""Shared fixtures: one schema per test session, emptied after every test.

``TEST_DATABASE_URL`` selects PostgreSQL (``make test`` runs the suite on both);
without it each session gets a fresh SQLite file.
"""

from __future__ import annotations

import contextvars
import os
import uuid
from pathlib import Path

import pytest
from flask import has_app_context
from flask.testing import FlaskClient
from redis import Redis
from redis.exceptions import RedisError
from rq import Queue
from sqlalchemy import event

from webapp import create_app
from webapp.extensions import db, delete_all_rows, limiter

TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL")


class IsolatedClient(FlaskClient):
    """Each request gets its own app context, ``g`` and database session, as in production.

    Without this, a request would reuse the test's app context and see, for example, the
    previous request's logged-in user. Committing first ends the test's own transaction,
    so SQLite is not locked and the test reads fresh rows after the request.
    """

    def open(self, *args, **kwargs):
        if has_app_context():  # not when following a redirect inside the isolated context
            db.session.commit()
        return contextvars.Context().run(super().open, *args, **kwargs)


@pytest.fixture(scope="session")
def app(tmp_path_factory):
    url = TEST_DATABASE_URL or "sqlite:///" + str(tmp_path_factory.mktemp("db") / "test.sqlite")
    app = create_app(
        {
            "TESTING": True,
            "SQLALCHEMY_DATABASE_URI": url,
            "WTF_CSRF_ENABLED": False,
            "SECRET_KEY": "test-secret-key",
            "MAIL_SERVER": "",
            "RATELIMIT_STORAGE_URI": "memory://",
            "SUGGESTION_INDEX_DIR": str(tmp_path_factory.mktemp("suggestion-index")),
            "BACKGROUND_JOBS": "inline",
        }
    )
    app.test_client_class = IsolatedClient
    with app.app_context():
        db.drop_all()
        db.create_all()
    yield app
    with app.app_context():
        db.session.remove()
        db.drop_all()
        db.engine.dispose()


@pytest.fixture(autouse=True)
def _clean_database(request, app):
    """Each test starts with an app context, empty tables and fresh rate-limit counters."""
    limiter.reset()
    if "no_db" in request.keywords:
        yield
        return
    with app.app_context():
        yield
        db.session.remove()
        with db.engine.begin() as connection:
            delete_all_rows(connection)
        app.extensions.get("meedoen_outbox", []).clear()
        forget_suggestion_index(app)


def forget_suggestion_index(app) -> None:
    """Tests empty the tables, so this process's warm index and its saved copy must go too."""
    app.extensions.pop("meedoen_engines", None)
    folder = Path(app.config["SUGGESTION_INDEX_DIR"])
    for path in folder.glob("*"):
        path.unlink()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


class AuthActions:
    def __init__(self, client):
        self._client = client

    def login(self, user, password="secret-password"):
        response = self._client.post("/login", data={"login": user.login_name, "password": password})
        assert response.status_code == 302, "log in failed"
        return response

    def logout(self):
        return self._client.post("/logout")


@pytest.fixture
def auth(client):
    return AuthActions(client)


@pytest.fixture
def count_queries(app):
    """Count SQL statements inside a ``with`` block, to catch N+1 pages."""

    class Counter:
        def __init__(self):
            self.count = 0

        def __enter__(self):
            event.listen(db.engine, "before_cursor_execute", self._hit)
            return self

        def __exit__(self, *exc):
            event.remove(db.engine, "before_cursor_execute", self._hit)

        def _hit(self, *args):
            self.count += 1

    return Counter


@pytest.fixture
def sink(app, monkeypatch):
    """A real SMTP server on loopback that the app sends to."""
    from smtp_sink import SmtpSink

    with SmtpSink() as server:
        monkeypatch.setitem(app.config, "MAIL_SERVER", "127.0.0.1")
        monkeypatch.setitem(app.config, "MAIL_PORT", server.port)
        yield server


#: The real Redis the queue tests use (a database of its own).
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@pytest.fixture
def redis_queue(app, monkeypatch):
    """The job queue on the real Redis: a queue (and key space) of its own, removed afterwards."""
    connection = Redis.from_url(REDIS_URL)
    try:
        connection.ping()
    except RedisError:
        pytest.fail(f"Redis is not running at {REDIS_URL}; start it (see README, 'The machine').")
    name = f"test-{uuid.uuid4().hex}"
    monkeypatch.setitem(app.config, "REDIS_URL", REDIS_URL)
    monkeypatch.setitem(app.config, "JOB_QUEUE", name)
    monkeypatch.setitem(app.config, "BACKGROUND_JOBS", "rq")
    queue = Queue(name, connection=connection)
    yield queue
    queue.delete(delete_jobs=True)
    for key in connection.scan_iter(f"meedoen:*:{name}:*"):
        connection.delete(key)


# -- Debian's Chromium for the browser tests -------------------------------------------------
# `playwright install` cannot download here, so the tests drive /usr/bin/chromium (`make chromium`
# installs it). A missing browser fails the tests, never skips them.

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"Chromium not found at {CHROMIUM}; install it with `make chromium`.")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
