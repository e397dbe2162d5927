"""A server worker builds its lazily made tables and freezes its heap before its first request."""

from __future__ import annotations

import gc
import runpy
from pathlib import Path
from types import SimpleNamespace

import pytest

from matching import concepts
from webapp import workers

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def unfrozen():
    concepts._index.cache_clear()
    gc.unfreeze()
    yield
    gc.unfreeze()  # the test process's later collections see every object again


def test_settle_builds_the_reading_tables_then_freezes_the_heap(app, unfrozen):
    assert gc.get_freeze_count() == 0
    workers.settle(app)
    assert concepts._index.cache_info().currsize == 1  # built now, not on a visitor's first search
    assert gc.get_freeze_count() > 10_000


@pytest.mark.no_db
def test_settle_with_gunicorns_error_app_still_freezes(unfrozen):
    """gunicorn serves a stand-in WSGI function when the app cannot be imported; no app context there."""
    workers.settle(lambda environ, start_response: [])
    assert gc.get_freeze_count() > 0


@pytest.mark.no_db
def test_gunicorn_settles_each_worker_once_its_app_is_loaded(monkeypatch):
    settled = []
    monkeypatch.setattr(workers, "settle", settled.append)
    config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    worker = SimpleNamespace(wsgi=object())
    config["post_worker_init"](worker)
    assert settled == [worker.wsgi]
