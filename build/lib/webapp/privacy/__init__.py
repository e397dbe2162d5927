"""The newcomer's rights under the AVG: a copy of everything stored, erasure on request, retention.

This package gathers data from every other package (profile, consents, matches,
messages, the audit trail), so like the demo it sits above them all; nothing
imports it.
"""


def init_app(app) -> None:
    from . import commands, views

    app.register_blueprint(views.bp)
    commands.init_app(app)
