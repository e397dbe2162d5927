"""``flask notifications digest``: the weekly e-mail with new suggestions, for those who asked for it."""

from __future__ import annotations

import click
from flask.cli import AppGroup

from . import digest

notifications_cli = AppGroup("notifications", help="Messages and e-mail.")


@notifications_cli.command("digest")
def digest_command() -> None:
    """Send the weekly digest (run it once a week, e.g. from cron)."""
    sent = digest.send_all()
    click.echo(f"Weekly digest sent to {sent} people.")


def init_app(app) -> None:
    app.cli.add_command(notifications_cli)
