"""Meedoen web app: ``create_app`` builds a configured Flask application."""

from __future__ import annotations

import os

from flask import Flask
from flask_babel.speaklater import LazyString
from werkzeug.middleware.proxy_fix import ProxyFix

from . import config as app_config
from . import database


def create_app(test_config: dict | None = None) -> Flask:
    app = Flask(__name__, instance_relative_config=True)
    app.config.update(app_config.DEFAULTS)
    app.config.update(app_config.from_environment(app.instance_path))
    if test_config:
        app.config.update(test_config)
    app_config.check(app.config)
    app.config["SQLALCHEMY_ENGINE_OPTIONS"] = database.engine_options(app.config)
    os.makedirs(app.instance_path, exist_ok=True)
    if app.config["PROXY_COUNT"]:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=app.config["PROXY_COUNT"], x_proto=app.config["PROXY_COUNT"])

    register_extensions(app)
    register_blueprints(app)
    register_errorhandlers(app)
    register_commands(app)
    register_template_globals(app)
    return app


def register_extensions(app: Flask) -> None:
    from . import access, i18n, jobs, models, paths, requests, static_files  # noqa: F401  (models: every table)
    from .accounts import login
    from .extensions import babel, csrf, db, limiter, migrate

    db.init_app(app)
    database.init_app(app)
    migrate.init_app(
        app,
        db,
        directory=paths.bundled("migrations"),
        render_as_batch=True,  # SQLite can only ALTER through table copies
        compare_type=True,
    )
    csrf.init_app(app)
    babel.init_app(
        app,
        locale_selector=i18n.select_locale,
        default_translation_directories=paths.bundled("translations"),
    )
    static_files.init_app(app)
    requests.init_app(app)  # before the blueprints: their rules use the bounded id converter
    login.init_app(app)
    access.init_app(app)  # after the session checks: a session that just ended is anonymous here
    limiter.init_app(app)
    i18n.init_app(app)
    jobs.init_app(app)


def register_blueprints(app: Flask) -> None:
    """Each domain's views; `matches` and `notifications` also connect their signal receivers."""
    from . import matches, notifications, privacy
    from .accounts.views import bp as accounts_bp
    from .admin.views import bp as admin_bp
    from .gemeente_dashboard.views import bp as gemeente_bp
    from .newcomers.views import bp as newcomers_bp
    from .offers.translation_views import bp as translations_bp
    from .offers.views import bp as offers_bp
    from .public.views import bp as public_bp

    for blueprint in (public_bp, accounts_bp, offers_bp, translations_bp, newcomers_bp, gemeente_bp, admin_bp):
        app.register_blueprint(blueprint)
    matches.init_app(app)
    notifications.init_app(app)
    privacy.init_app(app)


def register_errorhandlers(app: Flask) -> None:
    from . import errors

    errors.init_app(app)


def register_commands(app: Flask) -> None:
    from . import backup
    from .demo import commands as demo_commands

    demo_commands.init_app(app)
    backup.init_app(app)


def _plain(value):
    """Every ``{{ value }}`` as plain text: a lazily translated string says it is safe HTML
    (it has ``__html__``), so a message holding what a visitor typed would not be escaped."""
    return str(value) if isinstance(value, LazyString) else value


def register_template_globals(app: Flask) -> None:
    """Globals, not context processors, so imported macros see them too."""
    app.jinja_env.finalize = _plain
    from . import static_files, vocab
    from .offers import cards as offer_cards
    from .offers.translations import text as offer_text
    from .pagination import page_url

    app.jinja_env.globals.update(vocab=vocab, page_url=page_url, icon=static_files.icon, offer_text=offer_text)
    offer_cards.init_app(app)
