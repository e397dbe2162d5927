"""Static files a phone downloads once: every ``url_for('static', ...)`` carries a content hash.

Without this, each page view makes the browser ask again for Bootstrap, the
fonts and the icon sprite (a round trip each, slow on a cheap phone on mobile
data). With ``?v=<hash>`` the file may be kept for a year: a changed file
gets a new hash, hence a new URL, so nobody is left with a stale copy.
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache

from flask import Flask, current_app, request

#: How long a browser may keep a fingerprinted file.
ONE_YEAR = 365 * 24 * 3600


@lru_cache(maxsize=256)
def _fingerprint(path: str, mtime_ns: int) -> str:
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()[:12]


def fingerprint(filename: str) -> str | None:
    """Short hash of a static file's content, or None when there is no such file."""
    path = os.path.join(current_app.static_folder, filename)
    try:
        return _fingerprint(path, os.stat(path).st_mtime_ns)
    except (OSError, ValueError):
        return None


def add_fingerprint(endpoint: str | None, values: dict) -> None:
    if endpoint == "static" and "filename" in values and "v" not in values:
        version = fingerprint(values["filename"])
        if version:
            values["v"] = version


def cache_fingerprinted(response):
    """Keep a file for a year when its URL names the current content."""
    if (request.endpoint == "static" and response.status_code == 200
            and request.args.get("v") == fingerprint(request.view_args.get("filename", ""))):
        response.cache_control.public = True
        response.cache_control.max_age = ONE_YEAR
        response.cache_control.immutable = True
    return response


def init_app(app: Flask) -> None:
    app.url_defaults(add_fingerprint)
    app.after_request(cache_fingerprinted)
