"""Bad input as a property: whatever is posted to any form or put in any query string, for any role,
the site answers without a 500, in the reader's language, and leaves the data consistent.

Hypothesis draws the bodies and query strings from every field name the forms have, with
values that break things: huge and empty strings, control and bidi characters, mixed
scripts, numbers where words go, SQL and HTML fragments. After each request the
invariants that a half-written change would break are checked. The budget is fixed and
the draw is derandomised, so CI runs the same examples every time.
"""

from __future__ import annotations

import inspect
import re

import factories as f
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from werkzeug.routing.converters import AnyConverter
from worlds import side

from webapp import forms as base_forms
from webapp.access import rule_for
from webapp.extensions import db
from webapp.matches.lifecycle import OCCUPYING
from webapp.matches.models import Match, MatchEvent
from webapp.offers.models import Offer

#: Examples per route: the fixed budget of the suite (about 40 s in all; the sweeps below add 80 s).
EXAMPLES = 15

NASTY = st.one_of(
    st.sampled_from([" ", "\t", " 1", "1 ", "\n", "\u00a0", "\u3000"]),  # blank, or a number with blanks
    st.text(max_size=30),
    st.text(alphabet=st.characters(categories=["Cc", "Cf", "Zs", "Mn", "So"]), max_size=20),
    st.sampled_from(
        [
            "",
            " ",
            "0",
            "-1",
            "1e309",
            "NaN",
            "sNaN",
            "9" * 40,
            "٣",
            "1.5",
            "true",
            "null",
            "'; DROP TABLE offers; --",
            "<script>alert(1)</script>",
            "\u202e0612345678",
            "a\u200bb",
            "كرة القدم",
            "ኩዕሶ እግሪ",
            "%(name)s",
            "{{7*7}}",
            "../../etc/passwd",
            "x" * 6000,
            "2026-02-30",
            "0202-05-01",
            "tue-eve",
            "A1",
            "sport",
            "approved",
        ]
    ),
)


def _field_names() -> list[str]:
    """Every field name any form of the site has, with the prefixes some pages use."""
    import webapp

    names = {
        "page",
        "q",
        "status",
        "type",
        "kern",
        "day",
        "part",
        "gemeente",
        "next",
        "lang",
        "reason",
        "remark",
        "reason_code",
        "consent",
        "confirm",
        "pairs",
        "types",
        "back",
    }
    for module in _form_modules(webapp):
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, base_forms.FlaskForm) and cls is not base_forms.FlaskForm:
                names.update(
                    name for name in dir(cls) if not name.startswith("_") and hasattr(getattr(cls, name), "field_class")
                )
    names.update({"password-current", "password-password", "password-password_repeat", "totp-code"})
    return sorted(names)


def _form_modules(package):
    import importlib
    import pkgutil

    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if info.name.endswith(".forms"):
            yield importlib.import_module(info.name)


FIELDS = _field_names()


def _consistent() -> None:
    """What a half-written change would break: places, match histories, offers' gemeente."""
    taken = dict(
        db.session.execute(
            select(Match.offer_id, func.count(Match.id))
            .where(Match.status.in_(list(OCCUPYING)))
            .group_by(Match.offer_id)
        ).all()
    )
    for offer_id, places in db.session.execute(select(Offer.id, Offer.places_taken)):
        held = taken.get(offer_id, 0)
        assert places == held, f"offer {offer_id}: {places} places taken, {held} held by matches"
    for match_id, status in db.session.execute(select(Match.id, Match.status)):
        last = db.session.scalar(
            select(MatchEvent.to_status)
            .where(MatchEvent.match_id == match_id)
            .order_by(MatchEvent.created_dt.desc(), MatchEvent.id.desc())
            .limit(1)
        )
        assert last == status, f"match {match_id} is {status} but its history ends at {last}"


@pytest.fixture
def world(app, monkeypatch):
    from webapp.extensions import limiter

    monkeypatch.setattr(limiter, "enabled", False)  # thousands of requests: the limits have their own tests
    people, ids = side("Dalfsen")
    side("Nijkerk")
    people["admin"] = f.user("admin")
    return people, ids


def _routes(app, method):
    for rule in app.url_map.iter_rules():
        if rule.endpoint != "static" and method in rule.methods:
            yield rule


def _url(app, rule, ids, data):
    values = {}
    for name, converter in rule._converters.items():
        if isinstance(converter, AnyConverter):
            values[name] = data.draw(st.sampled_from(sorted(converter.items)))
        elif name == "token":
            values[name] = data.draw(st.text(max_size=40).filter(lambda t: t and "/" not in t))
        else:
            values[name] = ids.get(name, 1)
    return app.url_map.bind("localhost").build(rule.endpoint, values)


def _who(rule, people):
    access = rule_for(rule.endpoint)
    if access.is_public:
        return [None, *people.values()]
    return [user for role, user in people.items() if not access.roles or role in access.roles]


def _check(response) -> None:
    assert response.status_code < 500, response.get_data()[:500]
    if response.mimetype == "text/html":
        page = response.get_data(as_text=True)
        assert "Traceback" not in page
        for english in ("This field is required.", "Not a valid", "Invalid Choice"):
            assert english not in page  # WTForms' own untranslated messages never reach a reader


_INPUT_NAME = re.compile(r'<(?:input|select|textarea)[^>]*\bname="([^"]+)"')


def _as(client, user) -> None:
    """Log in without the password check (it is slow on purpose); `test_accounts` tests the real one."""
    import time

    with client.session_transaction() as session:
        session.clear()
        if user is not None:
            session.update(
                {"_user_id": user.get_id(), "_fresh": True, "_auth_at": int(time.time()), "_seen_at": int(time.time())}
            )


def _page_fields(client, user, url) -> list[str]:
    """The field names the page at ``url`` itself shows."""
    _as(client, user)
    response = client.get(url)
    page = response.get_data(as_text=True) if response.mimetype == "text/html" else ""  # a download has no fields
    found = sorted(set(_INPUT_NAME.findall(page)) - {"csrf_token"})
    response.close()
    return found


def _endpoints(method: str) -> list[str]:
    from webapp import create_app

    app = create_app({"SECRET_KEY": "x" * 40, "SQLALCHEMY_DATABASE_URI": "sqlite://"})
    return sorted({r.endpoint for r in app.url_map.iter_rules() if r.endpoint != "static" and method in r.methods})


def _rule(app, endpoint):
    return next(r for r in app.url_map.iter_rules() if r.endpoint == endpoint)


def _fuzz(app, client, auth, world, endpoint, method, examples):
    people, ids = world
    rule = _rule(app, endpoint)
    users = _who(rule, people)
    fields = {}

    @given(data=st.data())
    @settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    def run(data):
        user = data.draw(st.sampled_from(users))
        url = _url(app, rule, ids, data)
        key = (user.id if user else None, url.rsplit("/", 1)[0] if method == "POST" else url)
        if key not in fields:
            fields[key] = _page_fields(client, user, key[1] if method == "GET" else url) or FIELDS
        own = st.sampled_from(fields[key])
        values = st.one_of(NASTY, st.lists(NASTY, max_size=3))
        body = st.one_of(
            st.dictionaries(own, values, min_size=1, max_size=1),  # one field at a time
            st.dictionaries(st.one_of(own, st.sampled_from(FIELDS)), values, max_size=8),
        )
        _as(client, user)
        if method == "POST":
            response = client.post(url, data=data.draw(body))
        else:
            response = client.get(url, query_string=data.draw(body))
        response.close()
        _check(response)
        _consistent()

    run()


@pytest.mark.parametrize("endpoint", _endpoints("POST"))
def test_any_body_posted_to_any_form(app, client, auth, world, endpoint):
    _fuzz(app, client, auth, world, endpoint, "POST", EXAMPLES)


@pytest.mark.parametrize("endpoint", _endpoints("GET"))
def test_any_query_string_on_any_page(app, client, auth, world, endpoint):
    _fuzz(app, client, auth, world, endpoint, "GET", EXAMPLES)


#: The values that most often break a field on their own, tried on every field of every page.
HARD = [" ", "\t", "1 ", "-1", "0", "9" * 40, "NaN", "x" * 6000, "\u202e<b>", "'--", "[]", "٣"]


def _sweep(app, client, world, method):
    people, ids = world
    for rule in sorted(_routes(app, method), key=lambda r: r.endpoint):
        for user in _who(rule, people)[:2]:
            url = _plain_url(app, rule, ids)
            page = url.rsplit("/", 1)[0] if method == "POST" else url
            for field in _page_fields(client, user, page) or ["q"]:
                for value in HARD:
                    _as(client, user)
                    response = (
                        client.post(url, data={field: value})
                        if method == "POST"
                        else client.get(url, query_string={field: value})
                    )
                    response.close()
                    assert response.status_code < 500, (rule.endpoint, field, value)
        _consistent()


def _plain_url(app, rule, ids):
    values = {
        name: sorted(c.items)[0]
        if isinstance(c, AnyConverter)
        else "not-a-token"
        if name == "token"
        else ids.get(name, 1)
        for name, c in rule._converters.items()
    }
    return app.url_map.bind("localhost").build(rule.endpoint, values)


def test_each_field_of_each_page_with_each_hard_value(app, client, world):
    _sweep(app, client, world, "GET")


def test_each_field_of_each_form_posted_with_each_hard_value(app, client, world):
    _sweep(app, client, world, "POST")
