"""The access matrix (`webapp/access.py`) covers every route, and every route keeps to it.

Generated from the URL map and the matrix, so a new route is tested the day it is added:

* every route is in the matrix, and the matrix names no route that is gone;
* an anonymous visitor is sent to log in on every route that is not public;
* every role that a route does not name gets 403;
* object level: every role a route does name, pointed at objects of another
  gemeente, organisation or newcomer, gets 404 and changes nothing; pointed at
  its own objects, it gets its page.
"""

from __future__ import annotations

import factories as f
import pytest
from sqlalchemy import func, select
from werkzeug.routing.converters import AnyConverter
from worlds import side, user_for

from webapp.access import ACCESS, ANY_USER, rule_for
from webapp.extensions import db
from webapp.matches.models import Match, MatchEvent
from webapp.newcomers.models import Consent, Newcomer
from webapp.notifications.models import Notification
from webapp.offers.models import Offer

ROLES = ("newcomer", "provider", "coordinator", "gemeente", "admin", "translator")


@pytest.fixture(autouse=True)
def _many_log_ins(monkeypatch):
    """These tests log in hundreds of times; the guessing limits are tested in test_rate_limits."""
    from webapp.extensions import limiter

    monkeypatch.setattr(limiter, "enabled", False)


def _rules(app):
    return [r for r in app.url_map.iter_rules() if r.endpoint != "static"]


def _method(rule) -> str:
    return "GET" if "GET" in rule.methods else "POST"


def _url(app, rule, ids: dict) -> str:
    values = {}
    for name, converter in rule._converters.items():
        if isinstance(converter, AnyConverter):
            values[name] = sorted(converter.items)[0]
        elif name == "token":
            values[name] = "not-a-token"
        else:
            values[name] = ids.get(name, 1)
    return app.url_map.bind("localhost").build(rule.endpoint, values)


def test_every_route_is_in_the_matrix_and_only_those(app):
    endpoints = {r.endpoint for r in app.url_map.iter_rules()}
    assert sorted(endpoints - set(ACCESS)) == []
    assert sorted(set(ACCESS) - endpoints) == []


def test_a_route_missing_from_the_matrix_is_refused(app, client, monkeypatch):
    monkeypatch.delitem(ACCESS, "offers.public_list")
    assert client.get("/offers").status_code == 403


def test_anonymous_visitors_are_sent_to_log_in(app, client):
    checked = 0
    for rule in _rules(app):
        if rule_for(rule.endpoint).is_public:
            continue
        response = client.open(_url(app, rule, {}), method=_method(rule))
        assert response.status_code == 302, (rule.endpoint, response.status_code)
        assert "/login" in response.headers["Location"], rule.endpoint
        checked += 1
    assert checked > 50


@pytest.mark.parametrize("role", ROLES)
def test_roles_a_route_does_not_name_get_403(app, client, auth, role):
    g = f.gemeente()
    auth.login(user_for(role, g, f.organisation(g)))
    checked = 0
    for rule in _rules(app):
        needed = rule_for(rule.endpoint).roles
        if rule_for(rule.endpoint).is_public or needed == ANY_USER or role in needed:
            continue
        response = client.open(_url(app, rule, {}), method=_method(rule))
        assert response.status_code == 403, (role, rule.endpoint, response.status_code)
        checked += 1
    assert checked > 5


# -- object level -----------------------------------------------------------------------

#: The URL values a scope protects; the others (an offer anyone may join) are the actor's own in both runs.
SCOPED = {
    "self": {"match_id", "consent_id"},
    "organisation": {"offer_id", "match_id", "newcomer_id"},
    "gemeente": {"newcomer_id", "match_id", "follow_up_id", "consent_id"},
    "own_messages": {"notification_id"},
    "gemeente_offers": {"offer_id", "translation_id"},
}


def _state():
    return (
        db.session.scalar(select(func.count(MatchEvent.id))),
        tuple(db.session.scalars(select(Match.status).order_by(Match.id))),
        tuple(db.session.scalars(select(Offer.status).order_by(Offer.id))),
        db.session.scalar(select(func.count(Consent.id)).where(Consent.withdrawn_dt.is_(None))),
        db.session.scalar(select(func.count(Newcomer.id)).where(Newcomer.erased_dt.isnot(None))),
        db.session.scalar(select(func.count(Notification.id)).where(Notification.read_dt.isnot(None))),
    )


def test_no_role_reaches_objects_outside_its_scope(app, client, auth):
    """A provider on another club's offer, a coordinator on another gemeente's newcomer, a newcomer on
    someone else's match or consent, anyone on someone else's message: 404, and nothing changes."""
    mine, my_ids = side("Dalfsen")
    _theirs, their_ids = side("Nijkerk")
    checked = 0
    for rule in _rules(app):
        access = rule_for(rule.endpoint)
        scoped = SCOPED.get(access.scope, set()) & set(rule.arguments)
        if not scoped:
            continue
        roles = access.roles or {"newcomer", "provider", "coordinator"}
        for role in sorted(roles & set(mine)):
            ids = {**my_ids, **{name: their_ids[name] for name in scoped}}
            auth.login(mine[role])
            before = _state()
            response = client.open(_url(app, rule, ids), method=_method(rule), data={"consent": "y", "confirm": "y"})
            assert response.status_code == 404, (role, rule.endpoint, response.status_code)
            assert _state() == before, (role, rule.endpoint)
            auth.logout()
            checked += 1
    assert checked >= 25  # every scoped route, for every role it names


def test_every_role_reaches_its_own_pages(app, client, auth):
    mine, my_ids = side("Dalfsen")
    side("Nijkerk")
    checked = 0
    for rule in _rules(app):
        access = rule_for(rule.endpoint)
        if _method(rule) != "GET" or access.is_public or "token" in rule.arguments:
            continue
        for role in sorted((access.roles or set(mine)) & set(mine)):
            auth.login(mine[role])
            response = client.get(_url(app, rule, my_ids))
            assert response.status_code in (200, 302), (role, rule.endpoint, response.status_code)
            auth.logout()
            checked += 1
    assert checked > 30


def test_public_pages_open_to_anonymous(client):
    g = f.gemeente()
    offer = f.offer(f.organisation(g))
    for url in (
        "/",
        "/offers",
        f"/offers/{offer.id}",
        "/login",
        "/register",
        "/password/forgot",
        "/activate",
        "/healthz",
    ):
        assert client.get(url).status_code == 200, url


def test_gemeente_user_sees_only_own_gemeente(client, auth):
    dalfsen = f.gemeente("Dalfsen")
    nijkerk = f.gemeente("Nijkerk", kernen=(("Nijkerk", 52.22, 5.48),))
    auth.login(f.user("gemeente", gemeente=dalfsen))
    assert client.get("/gemeente").status_code == 200
    assert client.get(f"/gemeente?gemeente={nijkerk.id}").status_code == 404
