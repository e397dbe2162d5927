"""Guards on every request that no single view should have to remember."""

from __future__ import annotations

from flask import abort, current_app, request, session
from werkzeug.routing import IntegerConverter


class IdConverter(IntegerConverter):
    """``<int:...>`` limited to what an id column holds, so /offers/99999999999 is a 404, not a 500."""

    def __init__(self, map, *args, **kwargs):  # noqa: A002  (werkzeug's name)
        kwargs.setdefault("max", 2**31 - 1)
        super().__init__(map, *args, **kwargs)


#: The only bodies a page of this site posts: HTML forms. There is no upload and no JSON API.
FORM_TYPES = {"", "application/x-www-form-urlencoded", "multipart/form-data"}


def refuse_unexpected_bodies():
    """A JSON body would reach the forms with numbers, lists and NUL bytes, and a file part would
    reach a text field as a file object: refuse both before any form sees them (415 and 400)."""
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return
    if request.mimetype not in FORM_TYPES:
        abort(415)
    if request.files:
        abort(400)


def refuse_nul_bytes():
    """PostgreSQL cannot store a NUL character; refuse it before any form or query sees it."""
    for values in (request.args, request.form):
        for value in values.values():
            if "\x00" in value:
                abort(400)


#: Everything comes from this site: no inline script or style, no plugins, no framing, forms post here.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


def security_headers(response):
    """No framing (clickjacking of approve buttons), no script from elsewhere, no MIME sniffing, no
    referrer leaks; pages seen logged in (personal data) are never stored by a browser or proxy."""
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    if current_app.config.get("ENV_NAME") == "production":
        response.headers.setdefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
    if request.endpoint != "static" and "_user_id" in session:
        response.headers["Cache-Control"] = "no-store"
        response.vary.add("Cookie")
    return response


def init_app(app) -> None:
    app.url_map.converters["int"] = IdConverter
    app.before_request(refuse_unexpected_bodies)
    app.before_request(refuse_nul_bytes)
    app.after_request(security_headers)
