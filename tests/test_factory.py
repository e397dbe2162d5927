"""The app factory and its configuration."""

from __future__ import annotations

import pytest

from webapp import create_app
from webapp.access import ACCESS, PUBLIC, Rule
from webapp.config import ConfigError, database_url


def test_testing_flag(app):
    assert app.testing
    assert not create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://"}).testing


def test_default_database_is_sqlite_under_instance(monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    app = create_app()
    assert app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite:///")
    assert app.config["SQLALCHEMY_DATABASE_URI"].endswith("instance/meedoen.sqlite")


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgresql://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
        ("sqlite:////tmp/x.sqlite", "sqlite:////tmp/x.sqlite"),
    ],
)
def test_database_url_normalisation(raw, expected):
    assert database_url(raw, "/instance") == expected


def test_environment_is_read(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgresql://postgres@127.0.0.1/test")
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/3")
    monkeypatch.setenv("MAIL_SERVER", "smtp.example.org")
    app = create_app()
    assert app.config["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://postgres@127.0.0.1/test"
    assert app.config["REDIS_URL"].endswith("/3")
    assert app.config["MAIL_SERVER"] == "smtp.example.org"


@pytest.mark.parametrize("key", [None, "short", "dev-only-not-secret"])
def test_production_refuses_weak_secret(monkeypatch, key):
    monkeypatch.setenv("MEEDOEN_ENV", "production")
    if key is None:
        monkeypatch.delenv("SECRET_KEY", raising=False)
    else:
        monkeypatch.setenv("SECRET_KEY", key)
    with pytest.raises(ConfigError):
        create_app()


def test_production_starts_with_real_secret(monkeypatch):
    monkeypatch.setenv("MEEDOEN_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", "x" * 48)
    app = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://"})
    assert app.config["SESSION_COOKIE_SECURE"] is True


def test_proxy_count_trusts_forwarded_address(monkeypatch):
    monkeypatch.setenv("PROXY_COUNT", "1")
    app = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://"})

    @app.route("/_addr")
    def addr():
        from flask import request

        return request.remote_addr

    monkeypatch.setitem(ACCESS, "addr", Rule(PUBLIC))  # a route of this test only

    response = app.test_client().get("/_addr", headers={"X-Forwarded-For": "203.0.113.9"})
    assert response.get_data(as_text=True) == "203.0.113.9"


def test_pages_carry_a_strict_content_security_policy_and_personal_pages_are_not_stored(client, auth):
    """Issue 9, finding 6: no CSP beyond frame-ancestors, no no-store, an inline onchange handler."""
    import factories as f

    page = client.get("/offers")
    policy = page.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "default-src 'self'" in policy and "object-src 'none'" in policy
    assert "onchange=" not in page.get_data(as_text=True) and "<script>" not in page.get_data(as_text=True)
    assert page.headers.get("Cache-Control") != "no-store"
    auth.login(f.user("coordinator", gemeente=f.gemeente()))
    personal = client.get("/coordinator/newcomers")
    assert personal.headers["Cache-Control"] == "no-store"


def test_production_sends_hsts(monkeypatch, tmp_path):
    from webapp import create_app

    app = create_app(
        {
            "ENV_NAME": "production",
            "SECRET_KEY": "x" * 40,
            "BACKGROUND_JOBS": "inline",
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'p.sqlite'}",
        }
    )
    response = app.test_client().get("/static/css/meedoen.css")
    response.close()
    assert response.headers["Strict-Transport-Security"].startswith("max-age=31536000")


@pytest.mark.no_db
def test_a_threaded_worker_keeps_one_database_connection_per_thread(monkeypatch):
    """16 threads and SQLAlchemy's default 5 kept connections: a busy worker kept opening new ones."""
    from sqlalchemy.pool import QueuePool

    monkeypatch.setenv("GUNICORN_THREADS", "16")
    app = create_app({"SQLALCHEMY_DATABASE_URI": "postgresql+psycopg://postgres@127.0.0.1:5432/test"})
    with app.app_context():
        from webapp.extensions import db

        pool = db.engine.pool
    assert isinstance(pool, QueuePool) and pool.size() == 16
    monkeypatch.setenv("GUNICORN_THREADS", "1")
    options = create_app({"SQLALCHEMY_DATABASE_URI": "postgresql+psycopg://h/db"}).config["SQLALCHEMY_ENGINE_OPTIONS"]
    assert options["pool_size"] == 5  # a sync worker keeps SQLAlchemy's own default
    options = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://"}).config["SQLALCHEMY_ENGINE_OPTIONS"]
    assert "pool_size" not in options and options["pool_pre_ping"]


def _pg_settings(app, *names, dispose=True):
    """``SHOW`` of each setting on a connection that is not the engine's first, after a rollback;
    ``None`` on SQLite (no planner costs).

    The engine's first connection is committed by SQLAlchemy's own first-connect set-up, so a
    setting made in an open transaction would survive there and be lost on every other one.
    """
    from sqlalchemy import text

    from webapp.extensions import db

    with app.app_context():
        engine = db.engine
        if engine.dialect.name != "postgresql":
            return None
        with engine.connect() as first, engine.connect() as second:
            first.execute(text("SELECT 1"))
            second.execute(text("SELECT 1"))
            second.rollback()  # ends the transaction the connection opened in, as each request's end does
            shown = tuple(second.execute(text(f"SHOW {name}")).scalar() for name in names)
        if dispose:
            engine.dispose()
        return shown


def test_postgresql_plans_for_data_in_memory(app):
    """random_page_cost 1.1 on every connection (a search joined its hits by scanning every offer at 4)."""
    assert _pg_settings(app, "random_page_cost", dispose=False) in (None, ("1.1",))


def test_the_planner_cost_keeps_the_options_of_the_database_url(monkeypatch):
    """Set on the connection, not as a start-up option that would replace the URL's ``options``."""
    from tests.conftest import TEST_DATABASE_URL

    url = (TEST_DATABASE_URL or "sqlite://") + ("?options=-c%20statement_timeout%3D5000" if TEST_DATABASE_URL else "")
    app = create_app({"SQLALCHEMY_DATABASE_URI": url})
    assert _pg_settings(app, "random_page_cost", "statement_timeout") in (None, ("1.1", "5s"))
    assert "connect_args" not in app.config["SQLALCHEMY_ENGINE_OPTIONS"]
    monkeypatch.setenv("PG_RANDOM_PAGE_COST", "")
    assert _pg_settings(create_app({"SQLALCHEMY_DATABASE_URI": url}), "random_page_cost") in (None, ("4",))


@pytest.mark.no_db
@pytest.mark.parametrize("cost", ["fast", "0", "-1", "nan", "1e-320", "inf"])
def test_a_planner_cost_that_postgresql_would_refuse_is_refused_at_start(monkeypatch, cost):
    monkeypatch.setenv("PG_RANDOM_PAGE_COST", cost)
    with pytest.raises(ConfigError, match="PG_RANDOM_PAGE_COST"):
        create_app({"SQLALCHEMY_DATABASE_URI": "postgresql+psycopg://h/db"})


@pytest.mark.no_db
@pytest.mark.parametrize("threads", ["abc", "4.0", "0", ""])
def test_a_thread_count_that_is_not_a_whole_number_is_refused_at_start(monkeypatch, threads):
    monkeypatch.setenv("GUNICORN_THREADS", threads)
    with pytest.raises(ConfigError, match="GUNICORN_THREADS"):
        create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://"})


@pytest.mark.no_db
def test_a_pool_class_from_the_config_gets_no_pool_size():
    from sqlalchemy.pool import NullPool

    app = create_app(
        {"SQLALCHEMY_DATABASE_URI": "postgresql+psycopg://h/db", "SQLALCHEMY_ENGINE_OPTIONS": {"poolclass": NullPool}}
    )
    assert "pool_size" not in app.config["SQLALCHEMY_ENGINE_OPTIONS"]
