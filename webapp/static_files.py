"""Static files a phone downloads once: every ``url_for('static', ...)`` carries a content hash.

Without this, each page view makes the browser ask again for Bootstrap, the
CSS and the icon sprite (a round trip each, slow on a cheap phone on mobile
data). With ``?v=<hash>`` the file may be kept for a year: a changed file
gets a new hash, hence a new URL, so nobody is left with a stale copy.

The fonts are named from inside ``fonts.css``, so their URLs carry no hash;
they are kept for a week (`FONT_MAX_AGE`), long enough to matter, short
enough that a font update reaches everyone soon.

Flask asks for a file's cache lifetime with the *raw* requested name, before
``send_from_directory`` has checked it. So the name is joined with
``safe_join`` (no ``..``, no absolute paths), only regular files are read, a
file larger than `MAX_FINGERPRINT_BYTES` is never hashed, and hashing reads in
chunks: a request for ``/static/../../dev/zero`` must cost nothing.
"""

from __future__ import annotations

import hashlib
import os
import stat
from functools import lru_cache

from flask import Flask, current_app, g, request, url_for
from markupsafe import Markup
from werkzeug.security import safe_join

#: How long a browser may keep a fingerprinted file.
ONE_YEAR = 365 * 24 * 3600
#: How long a browser may keep a vendored font (see the module's docstring).
FONT_MAX_AGE = 7 * 24 * 3600
#: Larger files are served without a fingerprint (our largest vendored file is well under 1 MB).
MAX_FINGERPRINT_BYTES = 8 * 1024 * 1024
_CHUNK = 64 * 1024


@lru_cache(maxsize=256)
def _fingerprint(path: str, mtime_ns: int, size: int) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()[:12]


def fingerprint(filename: str) -> str | None:
    """Short hash of a static file's content, or None when it is not a servable static file."""
    path = safe_join(current_app.static_folder, filename)
    if path is None:
        return None
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FINGERPRINT_BYTES:
        return None
    try:
        return _fingerprint(path, info.st_mtime_ns, info.st_size)
    except OSError:
        return None


def add_fingerprint(endpoint: str | None, values: dict) -> None:
    if endpoint == "static" and "filename" in values and "v" not in values:
        version = fingerprint(values["filename"])
        if version:
            values["v"] = version


def max_age(filename: str) -> int | None:
    """Seconds a static file may be kept without asking again; None means ask every time."""
    version = request.args.get("v")
    if version and version == fingerprint(filename):
        return ONE_YEAR
    if filename.startswith("vendor/fonts/"):
        return FONT_MAX_AGE
    return None


def icon_sprite_url() -> str:
    """The pictogram sprite's URL, built once per request: a page can show a hundred pictograms."""
    if "icon_sprite_url" not in g:
        g.icon_sprite_url = url_for("static", filename="vendor/bootstrap-icons/sprite.svg")
    return g.icon_sprite_url


#: The one way a pictogram is drawn; ``flip`` mirrors an arrow for right-to-left reading (``.bi-flip``).
_ICON = Markup(
    '<svg class="{}" width="{}" height="{}" fill="currentColor" aria-hidden="true" focusable="false">'
    '<use href="{}#{}"/></svg>'
)


def icon(name: str, size: str = "1em", flip: bool = False) -> Markup:
    """A pictogram from the sprite, decorative (``aria-hidden``): the text beside it says it.

    A template global rather than a Jinja macro: a list of twenty offer cards draws about eighty
    pictograms, and a macro call costs some 20 µs where this costs one.
    """
    return _icon(icon_sprite_url(), name, size, flip)


@lru_cache(maxsize=1024)
def _icon(sprite: str, name: str, size: str, flip: bool) -> Markup:
    return _ICON.format("bi bi-flip" if flip else "bi", size, size, sprite, name)


def mark_immutable(response):
    """A fingerprinted URL never changes content: tell browsers not to revalidate at all."""
    if request.endpoint == "static" and response.cache_control.max_age == ONE_YEAR:
        response.cache_control.immutable = True
    return response


def init_app(app: Flask) -> None:
    app.url_defaults(add_fingerprint)
    # Flask asks this for every static file (Flask's documented hook; it is a method, so
    # an instance attribute overrides it for this app only).
    app.get_send_file_max_age = max_age
    app.after_request(mark_immutable)
