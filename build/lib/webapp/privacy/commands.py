"""``flask privacy retention``: erase the profiles nobody has used for two years (run it daily)."""

from __future__ import annotations

import click
from flask.cli import AppGroup

from . import services

privacy_cli = AppGroup("privacy", help="Retention of personal data.")


@privacy_cli.command("retention")
def retention_command() -> None:
    """Erase every profile without any activity for two years."""
    click.echo(f"{services.erase_expired()} profiles without activity for two years were erased.")


def init_app(app) -> None:
    app.cli.add_command(privacy_cli)
