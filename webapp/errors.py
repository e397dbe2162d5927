"""Translated error pages; a visitor never sees a traceback."""

from __future__ import annotations

from flask import render_template
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, default_exceptions

from .domain import DomainError
from .extensions import db


def _page(status: int, title: str, message: str):
    return render_template("errors/error.html", status=status, title=title, message=message), status


def handle_http(error: HTTPException):
    messages = {
        400: (_("Something in your request was not right"), _("Please go back and try again.")),
        403: (_("No access"), _("You do not have permission to see this page.")),
        404: (_("Page not found"), _("This page does not exist or has been removed.")),
        405: (_("Not allowed"), _("This action is not possible on this page.")),
        413: (_("Too large"), _("The file you sent is too large.")),
        415: (_("Not a form"), _("This page only accepts what its own form sends.")),
        429: (_("Too many requests"), _("Please wait a moment and try again.")),
    }
    title, message = messages.get(error.code, (_("Something went wrong"), _("Please go back and try again.")))
    return _page(error.code or 500, title, message)


def handle_csrf(error: CSRFError):
    return _page(
        400,
        _("This form has expired"),
        _("For your safety the form was not sent. Please open the page again and retry."),
    )


def handle_server_error(error: Exception):
    """Roll back whatever the failed request half-wrote and show a calm page (Flask logs it)."""
    db.session.rollback()
    return _page(
        500,
        _("Something went wrong on our side"),
        _("Nothing you entered was saved. Please try again later."),
    )


def handle_domain_error(error: DomainError):
    """A service refused; views that can do better (a flash message, a form error) catch it first."""
    db.session.rollback()
    if error.status_code in (403, 404):
        return handle_http_code(error.status_code)
    return _page(error.status_code, _("This is not possible"), str(error))


def handle_http_code(code: int):
    return handle_http(default_exceptions[code]())


def init_app(app) -> None:
    app.register_error_handler(CSRFError, handle_csrf)
    app.register_error_handler(DomainError, handle_domain_error)
    app.register_error_handler(HTTPException, handle_http)
    app.register_error_handler(500, handle_server_error)
