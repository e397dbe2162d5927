"""Odd or hostile input gets a calm 400/404 or a form error, never a 500, and writes nothing."""

from __future__ import annotations

import re

import factories as f
import pytest

from webapp.extensions import db
from webapp.newcomers.models import Consent
from webapp.offers.models import Offer


def test_huge_ids_are_404(client, auth):
    g = f.gemeente()
    for url in ("/offers/2147483648", "/offers/99999999999999999999"):
        assert client.get(url).status_code == 404, url
    auth.login(f.user("coordinator", gemeente=g))
    assert client.get("/coordinator/newcomers/99999999999999999999").status_code == 404


def test_nul_byte_is_refused(client):
    f.gemeente()
    assert client.post("/login", data={"login": "a\x00b@x.nl", "password": "x"}).status_code == 400
    assert client.get("/offers?q=a%00b").status_code == 400


def test_pager_ignores_url_for_keywords(client):
    g = f.gemeente()
    org = f.organisation(g)
    for i in range(25):
        f.offer(org, title=f"Training {i}")
    for query in ("endpoint=x", "_method=POST", "_external=1&_anchor=evil", "_scheme=javascript"):
        response = client.get(f"/offers?{query}")
        assert response.status_code == 200, query
        pager = re.findall(r'href="([^"]*page=2[^"]*)"', response.get_data(as_text=True))
        assert pager, query
        for href in pager:
            assert href.startswith("/offers?") and "#" not in href and "_" not in href, href


def test_non_finite_numbers_are_form_errors(client, auth):
    g = f.gemeente()
    auth.login(f.user("provider", organisation=f.organisation(g)))
    for value in ("sNaN", "NaN", "Infinity", "-inf"):
        response = client.post(
            "/provider/offers/new", data=f.offer_form(g.kernen[0], cost_eur=value, hours_per_week=value)
        )
        assert response.status_code == 200, value
        assert "invalid-feedback" in response.get_data(as_text=True), value
    assert db.session.query(Offer).count() == 0


def test_rejecting_an_organisation_takes_its_offers_offline(client, auth):
    g = f.gemeente()
    org = f.organisation(g)
    offer = f.offer(org, title="Lookalike training")
    auth.login(f.user("admin", email="admin@example.org"))
    client.post(f"/admin/organisations/{org.id}/reject")  # no reason: refused, nothing changes
    assert offer.status == "published" and org.moderation_status == "approved"
    client.post(f"/admin/organisations/{org.id}/reject", data={"reason": "Lijkt op een bestaande partner"})
    assert offer.status == "pending" and org.moderation_note == "Lijkt op een bestaande partner"
    assert "Lookalike training" not in client.get("/offers").get_data(as_text=True)
    client.post(f"/admin/organisations/{org.id}/approve")  # a mistake put right: the offers come back
    assert offer.status == "published"


def test_consent_only_for_approved_partners_and_once(client, auth):
    g = f.gemeente()
    n = f.newcomer(g)
    vetted = f.organisation(g, name="Taalpunt", kind="taalpunt")
    lookalike = f.organisation(g, name="Gemeente Dalfsen (nep)", kind="gemeente", approved=False)
    auth.login(f.user("coordinator", gemeente=g))
    page = client.get(f"/coordinator/newcomers/{n.id}").get_data(as_text=True)
    assert "Taalpunt" in page and "(nep)" not in page
    url = f"/coordinator/newcomers/{n.id}/consents"
    client.post(url, data={"organisation_id": lookalike.id, "scope": "profile"})
    client.post(url, data={"organisation_id": vetted.id, "scope": "profile"})
    client.post(url, data={"organisation_id": vetted.id, "scope": "profile"})
    assert [(c.organisation_id, c.scope) for c in db.session.query(Consent)] == [(vetted.id, "profile")]


def test_security_headers(client):
    response = client.get("/")
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_phone_with_0031_is_the_same_account(client):
    f.user("newcomer", phone="0612345678")
    response = client.post("/login", data={"login": "0031 6 12345678", "password": f.PASSWORD})
    assert response.status_code == 302


def test_private_volunteer_contact_hidden_from_anonymous(client, auth):
    g = f.gemeente()
    org = f.organisation(g, name="Petra de Vries", kind="particulier")
    offer = f.offer(org, contact_email="petra@thuis.example", contact_phone="0611122233")
    page = client.get(f"/offers/{offer.id}").get_data(as_text=True)
    assert "petra@thuis.example" not in page and "0611122233" not in page
    auth.login(f.user("coordinator", gemeente=g))
    assert "petra@thuis.example" in client.get(f"/offers/{offer.id}").get_data(as_text=True)


def test_unparseable_fields_get_our_own_message_in_tigrinya(client, auth):
    """WTForms has no Tigrinya catalog; its parse errors must still reach a ti reader in ti."""
    from flask_babel import force_locale, gettext

    g = f.gemeente()
    auth.login(f.user("provider", organisation=f.organisation(g)))
    response = client.post(
        "/provider/offers/new",
        headers={"Accept-Language": "ti"},
        data=f.offer_form(g.kernen[0], type="geen-type", capacity="drie"),
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    with force_locale("ti"):
        whole, choose = gettext("Please enter a whole number."), gettext("Please choose one of the options.")
        between = gettext("Enter a number between %(min)s and %(max)s.", min=1, max=500)
    assert whole != "Please enter a whole number." and whole in page
    assert between not in page  # one message for one mistake
    assert choose in page
    assert "Not a valid" not in page
    assert db.session.query(Offer).count() == 0


def test_typo_dates_are_refused(client, auth):
    """A year typed as 0202 or 2206 is a typo, not a plan; the form says which dates are fine."""
    g = f.gemeente()
    auth.login(f.user("provider", organisation=f.organisation(g)))
    base = f.offer_form(g.kernen[0])
    for field, value in (("start_date", "0202-05-01"), ("end_date", "2206-05-01")):
        response = client.post("/provider/offers/new", data={**base, field: value})
        assert response.status_code == 200, value
        assert "2000" in response.get_data(as_text=True), value  # the earliest date is named
        assert "is-invalid" in response.get_data(as_text=True), value
    assert db.session.query(Offer).count() == 0
    assert client.post("/provider/offers/new", data={**base, "start_date": "2027-01-04"}).status_code == 302


def test_oversized_request_is_a_translated_413(client):
    response = client.post("/login", data={"login": "a" * (2 * 1024 * 1024), "password": "x"})
    assert response.status_code == 413
    assert "<html" in response.get_data(as_text=True) and "Traceback" not in response.get_data(as_text=True)


@pytest.mark.parametrize(
    "body",
    [
        {"json": {"login": "a\u0000b", "password": ["x"]}},
        {"data": '{"login": "x"}', "content_type": "text/plain"},
    ],
)
def test_bodies_that_are_no_form_are_refused_before_any_form(client, body):
    """Issue 9, finding 6: JSON bodies fed to forms, and NUL bytes in them, gave 500s."""
    for path in ("/login", "/register", "/password/forgot", "/activate"):
        response = client.post(path, **body)
        assert response.status_code == 415, path
        assert "Traceback" not in response.get_data(as_text=True)


def test_a_file_part_in_a_text_field_is_refused(client):
    import io

    for path, field in (("/login", "login"), ("/register", "display_name"), ("/activate", "code")):
        response = client.post(path, data={field: (io.BytesIO(b"x" * 10), "a.txt")}, content_type="multipart/form-data")
        assert response.status_code == 400, path


def test_what_a_visitor_types_is_escaped_in_every_form_message(client, auth):
    """Issue 9, finding 6: a lazily translated error holding the typed value was treated as safe HTML."""
    person = f.user("newcomer", phone="0612121212")
    f.newcomer(f.gemeente(), user=person)
    auth.login(person)
    payload = "<script>alert(1)</script>"
    page = client.post("/me", data={"wants": [payload]}).get_data(as_text=True)
    assert payload not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
