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
    for cached in vars(concepts).values():  # as in a new process: no table, no word read yet
        if hasattr(cached, "cache_clear"):
            cached.cache_clear()
    gc.unfreeze()
    yield
    gc.unfreeze()  # the test process's later collections see every object again


@pytest.mark.no_db
def test_settle_builds_the_reading_tables_then_freezes_the_heap(unfrozen):
    assert gc.get_freeze_count() == 0
    workers.settle()
    assert concepts._index.cache_info().currsize == 1  # built now, not on a visitor's first search
    assert gc.get_freeze_count() > 10_000


@pytest.mark.no_db
def test_gunicorn_settles_each_worker_once_its_app_is_loaded(monkeypatch):
    settled = []
    monkeypatch.setattr(workers, "settle", lambda: settled.append(True))
    config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    config["post_worker_init"](SimpleNamespace(wsgi=object()))
    assert settled == [True]
