"""``flask backup FILE`` and ``flask restore FILE``: the whole database, in the database's own format.

PostgreSQL: ``pg_dump --format=custom`` and ``pg_restore --clean`` (consistent
while the site runs, restorable into an empty database). SQLite: the SQLite
backup API (a consistent copy of the open file). A backup holds personal data:
store it encrypted and as briefly as the retention policy allows (docs/privacy.md).
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext
from sqlalchemy.engine import make_url

from .extensions import db


def _libpq_url(url) -> str:
    """pg_dump speaks libpq: ``postgresql://`` without SQLAlchemy's driver name."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def _sqlite_path(url) -> str:
    if not url.database or url.database == ":memory:":
        raise click.ClickException("An in-memory SQLite database cannot be backed up.")
    return url.database


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise click.ClickException(f"{name} is not installed (Debian: apt-get install postgresql-client).")
    return path


def backup(target: Path) -> None:
    url = make_url(current_app.config["SQLALCHEMY_DATABASE_URI"])
    if url.get_backend_name() == "postgresql":
        subprocess.run(
            [_tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges", f"--file={target}", _libpq_url(url)],
            check=True,
        )
        return
    db.session.remove()
    with sqlite3.connect(_sqlite_path(url)) as source, sqlite3.connect(target) as copy:
        source.backup(copy)


def restore(source: Path) -> None:
    url = make_url(current_app.config["SQLALCHEMY_DATABASE_URI"])
    db.session.remove()
    db.engine.dispose()
    if url.get_backend_name() == "postgresql":
        subprocess.run(
            [
                _tool("pg_restore"),
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                f"--dbname={_libpq_url(url)}",
                str(source),
            ],
            check=True,
        )
        return
    with sqlite3.connect(source) as backup_file, sqlite3.connect(_sqlite_path(url)) as live:
        backup_file.backup(live)


@click.command("backup")
@click.argument("target", type=click.Path(dir_okay=False, writable=True, path_type=Path))
@with_appcontext
def backup_command(target: Path) -> None:
    """Write a backup of the whole database to TARGET."""
    if target.exists():
        raise click.ClickException(f"{target} exists already; choose a new file name.")
    try:
        backup(target)
    except subprocess.CalledProcessError as error:
        raise click.ClickException(f"The backup failed (exit status {error.returncode}).") from error
    click.echo(f"Backup written to {target} ({target.stat().st_size // 1024} KB). It holds personal data.")


@click.command("restore")
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--yes", is_flag=True, help="Confirm that the current data is to be replaced.")
@with_appcontext
def restore_command(source: Path, yes: bool) -> None:
    """Replace the whole database by the backup in SOURCE."""
    if not yes:
        raise click.ClickException("This replaces every row in the database. Run it again with --yes.")
    try:
        restore(source)
    except (subprocess.CalledProcessError, sqlite3.DatabaseError) as error:
        raise click.ClickException(f"The restore failed: {error}") from error
    click.echo(f"Database restored from {source}.")


def init_app(app) -> None:
    app.cli.add_command(backup_command)
    app.cli.add_command(restore_command)
