"""Matches between a newcomer and an offer: suggestions, the lifecycle, follow-ups and learning.

The only package that calls ``matching/`` (through `ranking`); it listens to
the other packages' signals instead of being imported by them.
"""


def init_app(app) -> None:
    from . import commands, reasons, search, suggestions, views

    app.register_blueprint(views.bp)
    views.init_app(app)
    reasons.init_app(app)
    suggestions.init_app(app)
    search.init_app(app)
    commands.init_app(app)
