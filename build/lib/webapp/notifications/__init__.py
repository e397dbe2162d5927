"""Notifications: an in-app inbox and e-mail in the recipient's own language, sent from the job queue."""


def init_app(app) -> None:
    from . import commands, listeners, views

    app.register_blueprint(views.bp)
    views.init_app(app)
    listeners.init_app(app)
    commands.init_app(app)
