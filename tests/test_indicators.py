"""The gemeente dashboard: own gemeente only, and no count under 5 is ever shown."""

from __future__ import annotations

import factories as f

from webapp.extensions import db
from webapp.gemeente_dashboard.indicators import overview, suppress
from webapp.matches.models import Match


def test_suppress():
    assert [suppress(n) for n in (0, 1, 4, 5, 12)] == [None, None, None, 5, 12]


def test_overview_counts_and_suppression(client, auth):
    g = f.gemeente()
    org = f.organisation(g)
    offer = f.offer(org, capacity=20)
    for i in range(6):
        n = f.newcomer(g)
        db.session.add(Match(newcomer=n, offer=offer, status="started" if i < 3 else "suggested"))
    for _ in range(5):
        f.offer(org, type="taalcoach")
    db.session.commit()
    figures = overview(g.id)
    assert figures["newcomers"] == 6
    assert figures["matches_started"] is None  # 3 started: suppressed
    assert dict(figures["offers_by_type"]) == {"sport": None, "taalcoach": 5}

    auth.login(f.user("gemeente", gemeente=g))
    page = client.get("/gemeente").get_data(as_text=True)
    assert 'id="fig-newcomers">6<' in page
    assert 'id="fig-matches">&lt; 5<' in page
