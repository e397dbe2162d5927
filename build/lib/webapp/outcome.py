"""How a view ends a change: commit and say so, or roll back and show the refusal where it happened.

Only a :class:`~webapp.domain.Conflict` (a rule of the data: no place left, already
done) becomes a message; anything else is a real error and reaches the error page.
"""

from __future__ import annotations

from flask import flash

from .domain import Conflict
from .extensions import db


def done(message: str) -> None:
    db.session.commit()
    flash(message, "success")


def refused(error: Conflict) -> None:
    db.session.rollback()
    flash(str(error), "warning")
