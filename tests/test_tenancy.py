"""A coordinator sees and changes only the newcomers of their own gemeente."""

from __future__ import annotations

import factories as f
import pytest

from webapp.extensions import db
from webapp.newcomers.models import Consent


@pytest.fixture
def two_gemeenten():
    dalfsen = f.gemeente("Dalfsen")
    nijkerk = f.gemeente("Nijkerk", kernen=(("Nijkerk", 52.2200, 5.4860), ("Hoevelaken", 52.1730, 5.4600)))
    return dalfsen, nijkerk


def test_list_shows_only_own_gemeente(client, auth, two_gemeenten):
    dalfsen, nijkerk = two_gemeenten
    f.newcomer(dalfsen, name="Amal Dalfsen")
    f.newcomer(nijkerk, name="Yonas Nijkerk")
    auth.login(f.user("coordinator", gemeente=dalfsen))
    page = client.get("/coordinator/newcomers").get_data(as_text=True)
    assert "Amal Dalfsen" in page
    assert "Yonas Nijkerk" not in page


def test_other_gemeente_newcomer_is_invisible_and_unchangeable(client, auth, two_gemeenten):
    dalfsen, nijkerk = two_gemeenten
    other = f.newcomer(nijkerk, name="Yonas Nijkerk", interests="ኩዕሶ እግሪ")
    org = f.organisation(nijkerk)
    auth.login(f.user("coordinator", gemeente=dalfsen))
    base = f"/coordinator/newcomers/{other.id}"
    assert client.get(base).status_code == 404
    assert client.get(base + "/edit").status_code == 404
    response = client.post(
        base + "/edit",
        data={
            "name": "Changed",
            "gemeente_id": dalfsen.id,
            "kern_id": dalfsen.kernen[0].id,
        },
    )
    assert response.status_code == 404
    assert client.post(base + "/invite").status_code == 404
    assert client.post(base + "/consents", data={"organisation_id": org.id, "scope": "profile"}).status_code == 404
    db.session.expire_all()
    assert other.name == "Yonas Nijkerk"
    assert other.gemeente_id == nijkerk.id
    assert other.invite_code_hash is None
    assert db.session.query(Consent).count() == 0


def test_coordinator_cannot_move_newcomer_into_foreign_gemeente(client, auth, two_gemeenten):
    dalfsen, nijkerk = two_gemeenten
    own = f.newcomer(dalfsen, name="Amal")
    auth.login(f.user("coordinator", gemeente=dalfsen))
    response = client.post(
        f"/coordinator/newcomers/{own.id}/edit",
        data={
            "name": "Amal",
            "gemeente_id": nijkerk.id,
            "kern_id": nijkerk.kernen[0].id,
        },
    )
    assert response.status_code == 200  # form shown again with an error
    assert "is-invalid" in response.get_data(as_text=True)
    db.session.expire_all()
    assert own.gemeente_id == dalfsen.id


def test_coordinator_of_two_gemeenten_sees_both(client, auth, two_gemeenten):
    dalfsen, nijkerk = two_gemeenten
    f.newcomer(dalfsen, name="Amal Dalfsen")
    f.newcomer(nijkerk, name="Yonas Nijkerk")
    coordinator = f.user("coordinator", gemeente=dalfsen)
    coordinator.grant("coordinator", nijkerk)
    db.session.commit()
    auth.login(coordinator)
    page = client.get("/coordinator/newcomers").get_data(as_text=True)
    assert "Amal Dalfsen" in page and "Yonas Nijkerk" in page
