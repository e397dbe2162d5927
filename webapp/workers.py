"""What a gunicorn worker does once, after it has loaded the app and before its first request.

Python's garbage collector now and then walks every object the process holds, to find cycles.
A worker holds some 200,000 objects from the moment it starts (modules, templates, matching's
reading tables) and none of them ever becomes garbage, yet a full collection walked them all:
130 to 570 ms once every few hundred requests on the development machine, a request that
waits for it, and about 1 ms per request averaged over a busy worker. ``gc.freeze()`` moves
what exists now out of the collector's sight; what requests create is collected as before.

So the concept index that every search reads, built on first use, is built first
(:func:`webapp.matches.search.prepare`), and then the heap is frozen. Called from
``gunicorn.conf.py`` (``post_worker_init``), so it happens in each worker after the fork, for
the web server only: tests, the CLI and the job worker are left as they are.
"""

from __future__ import annotations

import gc

from .matches import search as matches_search


def settle() -> None:
    """Build the concept index, then freeze the heap (see the module's docstring)."""
    matches_search.prepare()
    gc.collect()
    gc.freeze()
