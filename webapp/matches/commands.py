"""``flask matching ...``: recompute suggestions, retrain on decisions, send the weekly digest."""

from __future__ import annotations

import click
from flask.cli import AppGroup

from ..extensions import db
from . import learning, search, suggestions

matching_cli = AppGroup("matching", help="Suggestions and the ranking model.")


@matching_cli.command("recompute")
def recompute_command() -> None:
    """Recompute every stored suggestion (after an import, or nightly); offers get their search concepts."""
    search.backfill()
    db.session.commit()
    done = suggestions.recompute_all()
    click.echo(f"Suggestions recomputed for {done['newcomers']} newcomers and {done['offers']} offers.")


@matching_cli.command("refresh")
def refresh_command() -> None:
    """Recompute only what changed since the last run."""
    done = suggestions.refresh()
    click.echo(
        f"Refreshed {done['newcomers']} newcomers and {done['offers']} offers"
        + (" (full recompute)." if done["full"] else ".")
    )


@matching_cli.command("retrain")
def retrain_command() -> None:
    """Train on the coordinators' decisions; promote the model only if it is not worse."""
    result = learning.retrain()
    click.echo(result["note"])


def init_app(app) -> None:
    app.cli.add_command(matching_cli)
