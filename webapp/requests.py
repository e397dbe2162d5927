"""Guards on every request that no single view should have to remember."""

from __future__ import annotations

from flask import abort, request
from werkzeug.routing import IntegerConverter


class IdConverter(IntegerConverter):
    """``<int:...>`` limited to what an id column holds, so /offers/99999999999 is a 404, not a 500."""

    def __init__(self, map, *args, **kwargs):  # noqa: A002  (werkzeug's name)
        kwargs.setdefault("max", 2**31 - 1)
        super().__init__(map, *args, **kwargs)


def refuse_nul_bytes():
    """PostgreSQL cannot store a NUL character; refuse it before any form or query sees it."""
    for values in (request.args, request.form):
        for value in values.values():
            if "\x00" in value:
                abort(400)


def security_headers(response):
    """No framing (clickjacking of approve/withdraw buttons), no MIME sniffing, no referrer leaks."""
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Content-Security-Policy", "frame-ancestors 'none'")
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    return response


def init_app(app) -> None:
    app.url_map.converters["int"] = IdConverter
    app.before_request(refuse_nul_bytes)
    app.after_request(security_headers)
