"""Every view is either public or guarded by a role; anonymous users and wrong roles are refused.

The test walks the whole URL map, so a new view that nobody classified fails here.
"""

from __future__ import annotations

import factories as f
import pytest
from werkzeug.routing.converters import AnyConverter

PUBLIC = {
    "static",
    "public.home",
    "offers.public_list",
    "offers.public_detail",
    "accounts.login",
    "accounts.register",
    "accounts.forgot_password",
    "accounts.reset_password",
    "newcomers.activate",
    "accounts.set_language",
}

#: Endpoint prefix -> the role it needs.
GUARDED = {
    "offers.provider_": "provider",
    "newcomers.my_": "newcomer",
    "newcomers.coordinator_": "coordinator",
    "matches.my_": "newcomer",
    "matches.provider_": "provider",
    "matches.coordinator_": "coordinator",
    "gemeente.admin_": "admin",  # before "gemeente.": administrators compare gemeenten
    "gemeente.": "gemeente",
    "admin.": "admin",
}

#: Any logged-in user may log out and read their own messages.
LOGGED_IN = {"accounts.logout", "notifications.inbox", "notifications.open_message", "notifications.read_all",
             "notifications.settings"}


def required_role(endpoint: str) -> str | None:
    for prefix, role in GUARDED.items():
        if endpoint.startswith(prefix):
            return role
    return None


def sample_url(app, rule) -> str:
    """A concrete path for a rule; ids need not exist because role checks come first."""
    values = {
        name: sorted(converter.items)[0] if isinstance(converter, AnyConverter) else 1
        for name, converter in rule._converters.items()
    }
    return app.url_map.bind("localhost").build(rule.endpoint, values)


def _rules(app):
    return [r for r in app.url_map.iter_rules() if r.endpoint != "static"]


def test_every_endpoint_is_classified(app):
    unclassified = [
        r.endpoint for r in _rules(app)
        if r.endpoint not in PUBLIC | LOGGED_IN and required_role(r.endpoint) is None
    ]
    assert unclassified == []


def _guarded_cases(app):
    for rule in _rules(app):
        role = required_role(rule.endpoint)
        if role:
            method = "GET" if "GET" in rule.methods else "POST"
            yield rule.endpoint, role, method, sample_url(app, rule)


def test_anonymous_is_sent_to_login(app, client):
    logged_in = [(r.endpoint, None, "GET" if "GET" in r.methods else "POST", sample_url(app, r))
                 for r in _rules(app) if r.endpoint in LOGGED_IN]
    assert len(logged_in) == len(LOGGED_IN)
    cases = list(_guarded_cases(app)) + logged_in
    assert len(cases) > 15
    for endpoint, _role, method, url in cases:
        response = client.open(url, method=method)
        assert response.status_code == 302, (endpoint, url, response.status_code)
        assert "/login" in response.headers["Location"], endpoint


@pytest.mark.parametrize("role", ["newcomer", "provider", "coordinator", "gemeente", "admin"])
def test_wrong_role_gets_403(app, client, auth, role):
    g = f.gemeente()
    org = f.organisation(g) if role == "provider" else None
    user = f.user(role, gemeente=g if role in ("coordinator", "gemeente") else None, organisation=org)
    auth.login(user)
    checked = 0
    for endpoint, needed, method, url in _guarded_cases(app):
        if needed == role:
            continue
        response = client.open(url, method=method)
        assert response.status_code == 403, (role, endpoint, url, response.status_code)
        checked += 1
    assert checked > 5


def test_public_pages_open_to_anonymous(client):
    g = f.gemeente()
    offer = f.offer(f.organisation(g))
    for url in ("/", "/offers", f"/offers/{offer.id}", "/login", "/register", "/password/forgot",
                "/activate"):
        assert client.get(url).status_code == 200, url


def test_provider_cannot_touch_another_organisations_offer(client, auth):
    g = f.gemeente()
    mine, theirs = f.organisation(g, name="Mijn club"), f.organisation(g, name="Andere club")
    offer = f.offer(theirs, title="Hun training")
    auth.login(f.user("provider", organisation=mine))
    assert client.get(f"/provider/offers/{offer.id}/edit").status_code == 404
    assert client.post(f"/provider/offers/{offer.id}/close").status_code == 404
    assert "Hun training" not in client.get("/provider/offers").get_data(as_text=True)
    from webapp.extensions import db
    db.session.refresh(offer)
    assert offer.status == "published"


def test_gemeente_user_sees_only_own_gemeente(client, auth):
    dalfsen = f.gemeente("Dalfsen")
    nijkerk = f.gemeente("Nijkerk", kernen=(("Nijkerk", 52.22, 5.48),))
    auth.login(f.user("gemeente", gemeente=dalfsen))
    assert client.get("/gemeente").status_code == 200
    assert client.get(f"/gemeente?gemeente={nijkerk.id}").status_code == 404
