"""A backup restored into an empty database gives back every row."""

from __future__ import annotations

import os

import factories as f
import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from webapp import create_app
from webapp.extensions import db

TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL")


def _counts(engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            t.name: connection.execute(select(func.count()).select_from(t)).scalar() for t in db.metadata.sorted_tables
        }


@pytest.fixture
def empty_database(tmp_path):
    if not TEST_DATABASE_URL:
        yield f"sqlite:///{tmp_path / 'restored.sqlite'}"
        return
    url = make_url(TEST_DATABASE_URL)
    name = f"{url.database}_restore"
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        connection.execute(text(f"CREATE DATABASE {name}"))
    yield url.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    admin.dispose()


def test_backup_restores_into_an_empty_database(app, runner, tmp_path, empty_database):
    g = f.gemeente()
    club = f.organisation(g, name="Taalpunt")
    f.started_match(
        f.user("coordinator", gemeente=g),
        f.user("provider", organisation=club),
        f.newcomer(g, interests="كرة القدم"),
        f.offer(club),
    )
    db.session.commit()
    before = _counts(db.engine)
    target = tmp_path / "meedoen.backup"
    result = runner.invoke(args=["backup", str(target)])
    assert result.exit_code == 0, result.output
    assert runner.invoke(args=["backup", str(target)]).exit_code != 0  # never overwrites

    other = create_app({"SQLALCHEMY_DATABASE_URI": empty_database, "SECRET_KEY": "x" * 40, "BACKGROUND_JOBS": "inline"})
    other_runner = other.test_cli_runner()
    with other.app_context():  # the command works on the app of the context it runs in
        assert other_runner.invoke(args=["restore", str(target)]).exit_code != 0  # asks for --yes
        result = other_runner.invoke(args=["restore", str(target), "--yes"])
        assert result.exit_code == 0, result.output
        after = _counts(db.engine)
        names = db.session.execute(text("SELECT name FROM organisations")).scalars().all()
        db.session.remove()
        db.engine.dispose()
    assert after == before and "Taalpunt" in names
