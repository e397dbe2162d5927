"""Providers post offers; the public list shows published ones with filters and fuzzy search."""

from __future__ import annotations

import factories as f

from webapp.audit.models import AuditEvent
from webapp.extensions import db
from webapp.offers import search
from webapp.offers.models import Offer


def test_approved_organisation_publishes_directly(client, auth):
    g = f.gemeente()
    org = f.organisation(g, approved=True)
    auth.login(f.user("provider", organisation=org))
    response = client.post("/provider/offers/new", data=f.offer_form(g.kernen[1]))
    assert response.status_code == 302
    offer = db.session.query(Offer).one()
    assert offer.status == "published" and offer.published_dt is not None
    assert offer.schedule == ["tue-eve"] and offer.tags == ["volleybal", "sport"]
    assert offer.gemeente_id == g.id and offer.kern_id == g.kernen[1].id
    assert db.session.query(AuditEvent).filter_by(action="offer.create").count() == 1
    assert "Volleybal voor iedereen" in client.get("/offers").get_data(as_text=True)


def test_new_organisation_waits_for_moderation(client, auth):
    g = f.gemeente()
    org = f.organisation(g, approved=False)
    auth.login(f.user("provider", organisation=org))
    client.post("/provider/offers/new", data=f.offer_form(g.kernen[0]))
    offer = db.session.query(Offer).one()
    assert offer.status == "pending"
    assert "Volleybal voor iedereen" not in client.get("/offers").get_data(as_text=True)
    assert client.get(f"/offers/{offer.id}").status_code == 200  # own organisation may look
    auth.logout()
    assert client.get(f"/offers/{offer.id}").status_code == 404


def test_draft_is_not_public(client, auth):
    g = f.gemeente()
    auth.login(f.user("provider", organisation=f.organisation(g)))
    data = f.offer_form(g.kernen[0])
    del data["publish"]
    client.post("/provider/offers/new", data=data)
    assert db.session.query(Offer).one().status == "draft"


def test_bad_offer_input_writes_nothing(client, auth):
    g = f.gemeente()
    other = f.gemeente("Nijkerk", kernen=(("Nijkerk", 52.22, 5.48),))
    auth.login(f.user("provider", organisation=f.organisation(g)))
    cases = [
        {"title": ""},
        {"capacity": "0"},
        {"capacity": "veel"},
        {"type": "casino"},
        {"schedule": ["mon-night"]},
        {"age_min": "30", "age_max": "20"},
        {"start_date": "2026-05-01", "end_date": "2026-04-01"},
        {"kern_id": str(other.kernen[0].id)},  # outside the organisation's gemeente
        {"contact_email": "geen-email"},
        {"cost_eur": "-5"},
    ]
    for overrides in cases:
        response = client.post("/provider/offers/new", data=f.offer_form(g.kernen[0], **overrides))
        assert response.status_code == 200, overrides
        assert "invalid-feedback" in response.get_data(as_text=True), overrides
    assert db.session.query(Offer).count() == 0


def test_edit_and_close(client, auth):
    g = f.gemeente()
    org = f.organisation(g)
    offer = f.offer(org, title="Oud")
    auth.login(f.user("provider", organisation=org))
    assert client.get(f"/provider/offers/{offer.id}/edit").status_code == 200
    response = client.post(f"/provider/offers/{offer.id}/edit", data=f.offer_form(g.kernen[0], title="Nieuwe titel"))
    assert response.status_code == 302
    assert offer.title == "Nieuwe titel" and offer.status == "published"
    client.post(f"/provider/offers/{offer.id}/close")
    assert offer.status == "closed"
    assert "Nieuwe titel" not in client.get("/offers").get_data(as_text=True)


def _public_offers(g):
    org = f.organisation(g, name="VV Nieuwleusen")
    return {
        "voetbal": f.offer(
            org, kern=g.kernen[1], title="Voetbalvereniging zoekt spelers", type="sport", schedule=["sat-am"]
        ),
        "naai": f.offer(
            org,
            kern=g.kernen[0],
            title="Naaiatelier in de Kulturhus",
            type="cultuur",
            schedule=["wed-pm"],
            description="Kleding maken en herstellen.",
        ),
        "koffie": f.offer(
            org,
            kern=g.kernen[0],
            title="Koffie en Taal in de Kapel",
            type="taalcafe",
            schedule=[],
            description="Flexibel: kom wanneer je wilt.",
        ),
        "verborgen": f.offer(org, title="Interne training", is_public=False),
    }


def _titles(client, query=""):
    page = client.get("/offers" + query).get_data(as_text=True)
    page = page.split('id="offer-list"', 1)[1] if 'id="offer-list"' in page else ""
    return {
        t
        for t in (
            "Voetbalvereniging zoekt spelers",
            "Naaiatelier in de Kulturhus",
            "Koffie en Taal in de Kapel",
            "Interne training",
        )
        if t in page
    }


def test_public_list_filters(client):
    g = f.gemeente()
    offers = _public_offers(g)
    assert _titles(client) == {
        "Voetbalvereniging zoekt spelers",
        "Naaiatelier in de Kulturhus",
        "Koffie en Taal in de Kapel",
    }
    assert _titles(client, "?type=cultuur") == {"Naaiatelier in de Kulturhus"}
    assert _titles(client, f"?kern={g.kernen[1].id}") == {"Voetbalvereniging zoekt spelers"}
    # Flexible offers (no schedule) fit every time.
    assert _titles(client, "?day=sat&part=am") == {"Voetbalvereniging zoekt spelers", "Koffie en Taal in de Kapel"}
    assert _titles(client, "?part=pm") == {"Naaiatelier in de Kulturhus", "Koffie en Taal in de Kapel"}
    assert client.get(f"/offers/{offers['verborgen'].id}").status_code == 404


def test_typo_tolerant_search(client):
    g = f.gemeente()
    _public_offers(g)
    assert _titles(client, "?q=fotbal") == {"Voetbalvereniging zoekt spelers"}
    assert _titles(client, "?q=voetbal") == {"Voetbalvereniging zoekt spelers"}
    assert _titles(client, "?q=naaien") == {"Naaiatelier in de Kulturhus"}
    assert _titles(client, "?q=kofie+taal") == {"Koffie en Taal in de Kapel"}
    assert _titles(client, "?q=xylofoon") == set()


def test_bad_filters_are_ignored_with_a_message(client):
    f.gemeente()
    response = client.get("/offers?type=casino&kern=abc", follow_redirects=True)
    assert response.status_code == 200
    assert client.get("/offers?page=abc").status_code == 200
    assert client.get("/offers?page=-5").status_code == 200


def test_fold_strips_accents():
    assert search.fold("Café CRÈCHE") == "cafe creche"


def test_list_query_count_does_not_grow_with_offers(client, count_queries):
    g = f.gemeente()
    org = f.organisation(g)
    f.offer(org)
    with count_queries() as few:
        client.get("/offers")
    for _ in range(15):
        f.offer(org)
    with count_queries() as many:
        client.get("/offers")
    assert many.count == few.count


def test_pages_keep_filters_in_every_language(client):
    g = f.gemeente()
    org = f.organisation(g)
    for i in range(45):
        f.offer(org, title=f"Taalmaatje {i:02d}", type="maatje")
    for lang in ("nl", "ar", "ti"):
        client.post("/language", data={"lang": lang})
        first = client.get("/offers?type=maatje")
        assert first.status_code == 200, lang
        page = first.get_data(as_text=True)
        assert "/offers?type=maatje&amp;page=2" in page
        third = client.get("/offers?type=maatje&page=3").get_data(as_text=True)
        assert third.count("Taalmaatje") == 5
        assert "page=2" in third and "page=4" not in third


def test_a_private_volunteers_contact_details_stay_private(client, auth):
    """Issue 9, finding 5: any logged-in user saw a private volunteer's e-mail and phone."""
    g = f.gemeente()
    volunteer = f.organisation(g, name="Henk Bosch", kind="particulier")
    offer = f.offer(volunteer, contact_name="Henk", contact_email="henk@privé.example", contact_phone="06-55554444")
    someone = [
        f.user("provider", organisation=f.organisation(g)),
        f.user("newcomer", phone="0677777777"),
        f.user("coordinator", gemeente=f.gemeente("Nijkerk", kernen=(("Nijkerk", 52.2, 5.4),))),
    ]
    for user in [None, *someone]:
        if user:
            auth.login(user)
        page = client.get(f"/offers/{offer.id}").get_data(as_text=True)
        assert "55554444" not in page and "henk@" not in page, user
        if user:
            auth.logout()
    for user in (f.user("coordinator", gemeente=g), f.user("provider", organisation=volunteer)):
        auth.login(user)
        assert "06-55554444" in client.get(f"/offers/{offer.id}").get_data(as_text=True)
        auth.logout()
