"""The app as ``bench/web_bench.py`` serves it: the real app plus one bare route to compare with.

The bare route returns a few bytes without touching the database or a
template, so the ratio "page / bare route" says what a page costs beyond
Flask, gunicorn and the network, on the same machine in the same run.
"""

from __future__ import annotations

from webapp import create_app
from webapp.access import ACCESS, PUBLIC, Rule

app = create_app({"WTF_CSRF_ENABLED": False, "RATELIMIT_ENABLED": False})


ACCESS["bare"] = Rule(PUBLIC)  # this process only: every route must be in the access matrix


@app.route("/_bench/bare")
def bare():
    return "ok"
