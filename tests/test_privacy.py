"""AVG: a copy of everything stored about a newcomer, erasure they ask for, and retention."""

from __future__ import annotations

import json
from datetime import timedelta

import factories as f

from webapp.audit.models import AuditEvent
from webapp.extensions import db
from webapp.newcomers.models import Newcomer
from webapp.notifications.models import Notification
from webapp.privacy import services
from webapp.privacy.models import ErasureRequest
from webapp.timeutil import utcnow


def _person(g=None):
    g = g or f.gemeente()
    login = f.user("newcomer", phone="0616161616")
    return g, login, f.newcomer(g, name="Amal Haddad", user=login, phone="06-11223344", notes="Intake 3 mei")


def test_a_newcomer_downloads_everything_stored_about_them(client, auth):
    g, login, newcomer = _person()
    club = f.organisation(g)
    f.started_match(
        f.user("coordinator", gemeente=g),
        f.user("provider", organisation=club),
        newcomer,
        f.offer(club, title="Koffie en Taal"),
    )
    auth.login(login)
    page = client.get("/me/data").get_data(as_text=True)
    assert "06-11223344" in page and "Koffie en Taal" in page
    download = client.get("/me/data.json")
    assert download.headers["Content-Disposition"].startswith("attachment")
    data = json.loads(download.get_data(as_text=True))
    assert data["profile"]["notes"] == "Intake 3 mei" and data["login"]["phone"] == "0616161616"
    assert data["matches"][0]["status"] == "started" and len(data["matches"][0]["history"]) >= 4
    assert {"consent.give", "newcomer.export"} <= {e["action"] for e in data["who_did_what"]}
    assert db.session.query(AuditEvent).filter_by(action="newcomer.export", subject_id=newcomer.id).count() == 2


def test_a_coordinator_exports_only_their_own_gemeente(client, auth):
    g, _login, newcomer = _person()
    other = f.gemeente("Nijkerk", kernen=(("Nijkerk", 52.2, 5.4),))
    auth.login(f.user("coordinator", gemeente=other))
    assert client.get(f"/coordinator/newcomers/{newcomer.id}/data.json").status_code == 404
    auth.logout()
    auth.login(f.user("coordinator", gemeente=g))
    assert json.loads(client.get(f"/coordinator/newcomers/{newcomer.id}/data.json").get_data())["profile"]


def test_a_newcomer_asks_for_erasure_and_the_coordinator_erases(client, auth):
    g, login, newcomer = _person()
    coordinator = f.user("coordinator", gemeente=g)
    auth.login(login)
    client.post("/me/erasure")
    client.post("/me/erasure")  # asked twice: one request
    assert db.session.query(ErasureRequest).count() == 1
    assert db.session.query(Notification).filter_by(user_id=coordinator.id, kind="erasure_requested").count() == 1
    client.post("/me/erasure/withdraw")
    client.post("/me/erasure")
    auth.logout()
    auth.login(coordinator)
    assert "Amal Haddad" in client.get("/coordinator/privacy").get_data(as_text=True)
    client.post(f"/coordinator/newcomers/{newcomer.id}/erase-request")  # not confirmed: nothing happens
    assert db.session.get(Newcomer, newcomer.id).erased_dt is None
    client.post(f"/coordinator/newcomers/{newcomer.id}/erase-request", data={"confirm": "y"})
    db.session.expire_all()
    erased = db.session.get(Newcomer, newcomer.id)
    assert erased.erased_dt is not None and erased.phone is None and erased.name == ""
    statuses = sorted(r.status for r in db.session.query(ErasureRequest))
    assert statuses == ["done", "withdrawn"]


def test_unused_profiles_are_flagged_after_a_year_and_erased_after_two(client, auth):
    g, login, newcomer = _person()
    fresh = f.newcomer(g, name="Nog actief")
    coordinator = f.user("coordinator", gemeente=g)
    old = utcnow() - timedelta(days=400)
    newcomer.updated_dt = old
    login.last_login_dt = old
    db.session.commit()
    db.session.execute(Newcomer.__table__.update().where(Newcomer.id == newcomer.id).values(updated_dt=old))
    db.session.commit()
    flagged = [n.id for n, _last in services.inactive([g.id])]
    assert flagged == [newcomer.id]
    assert services.erase_expired() == 0  # a year is not two
    assert services.erase_expired(now=utcnow() + timedelta(days=400)) == 1
    db.session.expire_all()
    assert db.session.get(Newcomer, newcomer.id).erased_dt is not None
    assert db.session.get(Newcomer, fresh.id).erased_dt is None
    auth.login(coordinator)
    client.post(f"/coordinator/newcomers/{fresh.id}/renew")
    assert services.inactive([g.id]) == []
