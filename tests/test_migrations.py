"""Migrations: upgrade, downgrade, upgrade again on an empty database; models and migrations agree.

Runs on a database of its own (a temporary SQLite file, or ``<test database>_migrations`` next
to the PostgreSQL test database), so it never disturbs the suite's schema.
"""

from __future__ import annotations

import os

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from webapp import create_app
from webapp.extensions import db
from webapp.offers import search_schema

TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL")


@pytest.fixture
def empty_database_url(tmp_path):
    if not TEST_DATABASE_URL:
        yield f"sqlite:///{tmp_path}/migrations.sqlite"
        return
    url = make_url(TEST_DATABASE_URL)
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    name = f"{url.database}_migrations"  # next to the test database: parallel runs keep apart
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {name}"))
        connection.execute(text(f"CREATE DATABASE {name}"))
    yield url.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    admin.dispose()


@pytest.mark.no_db
def test_upgrade_downgrade_upgrade_and_no_drift(empty_database_url):
    app = create_app({"SQLALCHEMY_DATABASE_URI": empty_database_url, "SECRET_KEY": "x"})
    with app.app_context():
        upgrade()
        assert "offers" in inspect(db.engine).get_table_names()
        downgrade(revision="base")
        assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
        upgrade()
        with db.engine.connect() as connection:
            context = MigrationContext.configure(
                connection,
                opts={"compare_type": True, "render_as_batch": True, "include_object": search_schema.include_object},
            )
            diff = compare_metadata(context, db.metadata)
        assert diff == []
        db.engine.dispose()


def _search_index(connection) -> tuple[bool, str]:
    """Whether ``offers`` has the kept document, and the definition of the search index."""
    column = connection.execute(
        text("SELECT count(*) FROM information_schema.columns WHERE table_name = 'offers' AND column_name = :c"),
        {"c": search_schema.PG_COLUMN},
    ).scalar()
    index = connection.execute(text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_offers_search'")).scalar()
    return bool(column), index or ""


def _tables_and_offer_columns(connection) -> tuple[list, list]:
    found = inspect(connection)
    return found.get_table_names(), [(c["name"], str(c["type"])) for c in found.get_columns("offers")]


@pytest.mark.no_db
def test_the_kept_search_document_comes_and_goes_with_its_migration(empty_database_url):
    """0012 puts PostgreSQL's index on the kept column and its downgrade gives 0011's index on
    the expression; on SQLite, whose FTS5 table holds its own copy of the text, it changes nothing."""
    app = create_app({"SQLALCHEMY_DATABASE_URI": empty_database_url, "SECRET_KEY": "x"})
    with app.app_context():
        postgresql = db.engine.dialect.name == "postgresql"
        upgrade()
        with db.engine.connect() as connection:
            if postgresql:
                column, index = _search_index(connection)
                assert column and index.endswith("USING gin (search_document) WITH (fastupdate=off)")
            at_head = _tables_and_offer_columns(connection)
        downgrade(revision="0011_typo_words_by_letter")
        with db.engine.connect() as connection:
            if postgresql:
                column, index = _search_index(connection)
                assert not column and "setweight(to_tsvector('meedoen_dutch'::regconfig" in index
                assert "fastupdate=off" in index
            else:
                assert _tables_and_offer_columns(connection) == at_head
                assert "offer_fts" in at_head[0]
        upgrade()
        if postgresql:
            with db.engine.connect() as connection:
                assert _search_index(connection)[0]
        db.engine.dispose()
