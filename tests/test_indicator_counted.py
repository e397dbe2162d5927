"""Counted tables kept in Redis: after a change the dashboard answers from the tables counted before,
says so, and the worker counts them again; exports never use them."""

from __future__ import annotations

import pickle

import factories as f
from rq import SimpleWorker
from test_indicator_pages import with_started_matches

from webapp.extensions import db

NOTE = 'id="counted-earlier"'


def _figure(page: str) -> str:
    start = page.index('id="fig-matches">')
    return page[start : start + 120]


def _work(queue) -> None:
    SimpleWorker([queue], connection=queue.connection).work(burst=True)


def test_after_a_change_the_page_shows_the_earlier_count_and_the_worker_counts_again(client, auth, redis_queue):
    g = f.gemeente()
    coordinator, provider, offer = with_started_matches(g, 5)
    auth.login(f.user("gemeente", gemeente=g))
    _work(redis_queue)  # the suggestions the matches asked for
    first = client.get("/gemeente").get_data(as_text=True)
    assert "<bdi>5</bdi>" in _figure(first) and NOTE not in first

    f.started_match(coordinator, provider, f.newcomer(g, name="Later"), offer)
    db.session.commit()
    _work(redis_queue)
    assert redis_queue.count == 0

    earlier = client.get("/gemeente").get_data(as_text=True)
    assert "<bdi>5</bdi>" in _figure(earlier)  # the tables counted before the change
    assert NOTE in earlier
    asked = redis_queue.count
    assert asked > 0
    client.get("/gemeente")
    assert redis_queue.count == asked  # one recount per table, however often the page is loaded

    _work(redis_queue)
    now = client.get("/gemeente").get_data(as_text=True)
    assert "<bdi>6</bdi>" in _figure(now) and NOTE not in now


def test_exports_never_use_a_table_counted_before_the_last_change(client, auth, redis_queue):
    g = f.gemeente()
    coordinator, provider, offer = with_started_matches(g, 5)
    auth.login(f.user("gemeente", gemeente=g))
    client.get("/gemeente")
    f.started_match(coordinator, provider, f.newcomer(g, name="Later"), offer)
    db.session.commit()
    _work(redis_queue)
    csv = client.get("/gemeente/export/matches_started.csv").get_data(as_text=True)
    assert ",6" in csv or ";6" in csv, csv[:400]


def test_redis_holds_only_what_may_be_shown(client, auth, redis_queue):
    """The copy in Redis has the figures after suppression and no raw counts."""
    g = f.gemeente()
    with_started_matches(g, 3)
    auth.login(f.user("gemeente", gemeente=g))
    client.get("/gemeente")
    stored = [
        pickle.loads(redis_queue.connection.get(k))
        for k in redis_queue.connection.scan_iter(f"meedoen:indicators:{redis_queue.name}:*")
        if not k.endswith(b":recount")
    ]
    assert stored
    for entry in stored:
        assert entry.indicator.table is None
        assert all(figure.value is None or figure.shown for figure in entry.indicator.figures.values())
        assert not any(figure.shown and figure.value == 3 for figure in entry.indicator.figures.values())
