"""Administrator screens: gemeenten, kernen, organisations, users and moderation."""

from __future__ import annotations

import factories as f
import pytest
from texts import nl

from webapp.accounts.models import RoleGrant
from webapp.extensions import db
from webapp.gemeenten.models import Gemeente, Kern


@pytest.fixture
def admin(client, auth):
    user = f.user("admin", email="admin@example.org")
    auth.login(user)
    return user


def test_pages_render(client, admin):
    g = f.gemeente()
    f.organisation(g)
    for url in (
        "/admin/",
        "/admin/gemeenten",
        f"/admin/gemeenten/{g.id}/kernen",
        "/admin/organisations",
        "/admin/users",
        f"/admin/users/{admin.id}",
        "/admin/moderation",
    ):
        assert client.get(url).status_code == 200, url


def test_add_gemeente_and_duplicate(client, admin):
    assert client.post("/admin/gemeenten", data={"name": "Tynaarlo"}).status_code == 302
    response = client.post("/admin/gemeenten", data={"name": "Tynaarlo"})
    assert response.status_code == 200
    assert nl("A municipality with this name already exists.") in response.get_data(as_text=True)
    assert db.session.query(Gemeente).count() == 1


def test_add_kern_validates_coordinates(client, admin):
    g = f.gemeente()
    url = f"/admin/gemeenten/{g.id}/kernen"
    assert client.post(url, data={"name": "Vries", "lat": "53.07", "lon": "6.58"}).status_code == 302
    for bad in ({"lat": "0", "lon": "0"}, {"lat": "noord", "lon": "6"}, {"name": "Dalfsen"}):
        data = {"name": "Lemelerveld", "lat": "52.44", "lon": "6.33", **bad}
        assert client.post(url, data=data).status_code == 200, bad
    assert db.session.query(Kern).count() == 3
    assert client.get("/admin/gemeenten/9999/kernen").status_code == 404


def test_moderate_offer_and_organisation(client, admin):
    g = f.gemeente()
    org = f.organisation(g, approved=False)
    offer = f.offer(org, status="pending", title="Wachtend aanbod")
    assert "Wachtend aanbod" in client.get("/admin/moderation").get_data(as_text=True)
    client.post(f"/admin/moderation/{offer.id}/publish")
    assert offer.status == "published" and offer.published_dt is not None
    client.post(f"/admin/organisations/{org.id}/approve")
    assert org.moderation_status == "approved"
    assert client.post("/admin/moderation/9999/publish").status_code == 404


def test_grant_scoped_role_needs_gemeente(client, admin):
    g = f.gemeente()
    user = f.user(email="new@example.org")
    url = f"/admin/users/{user.id}"
    response = client.post(url, data={"role": "coordinator", "gemeente_id": "0"})
    assert response.status_code == 200
    assert db.session.query(RoleGrant).filter_by(user_id=user.id).count() == 0
    client.post(url, data={"role": "coordinator", "gemeente_id": str(g.id)})
    assert user.gemeente_ids("coordinator") == {g.id}
    grant = db.session.query(RoleGrant).filter_by(user_id=user.id).one()
    client.post(f"{url}/grants/{grant.id}/revoke")
    assert not user.has_role("coordinator")
