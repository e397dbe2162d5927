"""Intake by a coordinator, the newcomer's own profile, consent."""

from __future__ import annotations

import factories as f

from webapp.audit.models import AuditEvent
from webapp.extensions import db
from webapp.newcomers.models import Consent, Newcomer


def _intake(g, **overrides):
    data = {
        "name": "Amal Haddad",
        "gemeente_id": g.id,
        "kern_id": g.kernen[1].id,
        "phone": "06 12345670",
        "email": "",
        "gender": "f",
        "birth_year": "1990",
        "languages": ["ar", "en"],
        "dutch_level": "A1",
        "leerroute": "b1",
        "interests": "أحب الخياطة والطبخ",
        "profession": "خياطة",
        "wants": ["cultuur", "taalcoach"],
        "goals": ["taal", "ontmoeten"],
        "pip_notes": "Taal eerst",
        "availability": ["tue-eve", "sat-am"],
        "mobility": ["bike"],
        "max_km": "8",
        "arrival_date": "2026-03-01",
        "notes": "Wil graag naaien.",
    }
    data.update(overrides)
    return data


def test_intake_creates_profile_with_audit_trail(client, auth):
    g = f.gemeente()
    auth.login(f.user("coordinator", gemeente=g))
    response = client.post("/coordinator/newcomers/new", data=_intake(g))
    assert response.status_code == 302
    n = db.session.query(Newcomer).one()
    assert (n.name, n.kern_id, n.dutch_level, n.leerroute) == ("Amal Haddad", g.kernen[1].id, "A1", "b1")
    assert n.interests == "أحب الخياطة والطبخ"
    assert n.availability == ["tue-eve", "sat-am"] and n.goals == ["taal", "ontmoeten"]
    assert n.pip_goals == {"notes": "Taal eerst"} and n.max_km == 8
    event = db.session.query(AuditEvent).filter_by(action="newcomer.create").one()
    assert "Amal" not in str(event.details)  # field names only, no personal data
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "أحب الخياطة والطبخ" in page


def test_intake_bad_input_writes_nothing(client, auth):
    g = f.gemeente()
    auth.login(f.user("coordinator", gemeente=g))
    for overrides in (
        {"name": ""},
        {"birth_year": "1850"},
        {"birth_year": "twintig"},
        {"dutch_level": "Z9"},
        {"availability": ["someday"]},
        {"kern_id": "99999"},
        {"email": "kapot@"},
        {"phone": "bel me"},
        {"arrival_date": "2999-01-01"},
        {"max_km": "-3"},
        {"languages": ["klingon"]},
    ):
        response = client.post("/coordinator/newcomers/new", data=_intake(g, **overrides))
        assert response.status_code == 200, overrides
        assert "invalid-feedback" in response.get_data(as_text=True), overrides
    assert db.session.query(Newcomer).count() == 0


def test_edit_profile_keeps_unknowns_unknown(client, auth):
    g = f.gemeente()
    n = f.newcomer(g, dutch_level="A2")
    auth.login(f.user("coordinator", gemeente=g))
    assert client.get(f"/coordinator/newcomers/{n.id}/edit").status_code == 200
    data = _intake(g, dutch_level="", gender="", leerroute="")
    assert client.post(f"/coordinator/newcomers/{n.id}/edit", data=data).status_code == 302
    assert n.dutch_level is None and n.gender is None


def test_consent_give_and_withdraw(client, auth):
    g = f.gemeente()
    n = f.newcomer(g)
    org = f.organisation(g, name="Taalpunt Dalfsen", kind="taalpunt")
    auth.login(f.user("coordinator", gemeente=g))
    client.post(f"/coordinator/newcomers/{n.id}/consents", data={"organisation_id": org.id, "scope": "contact"})
    consent = db.session.query(Consent).one()
    assert (consent.scope, consent.organisation_id) == ("contact", org.id)
    assert consent.recorded_by_id is not None
    client.post(f"/coordinator/newcomers/{n.id}/consents/{consent.id}/withdraw")
    assert consent.withdrawn_dt is not None
    # A partner from another gemeente cannot be chosen.
    other = f.organisation(f.gemeente("Assen", kernen=(("Assen", 53.0, 6.56),)))
    client.post(f"/coordinator/newcomers/{n.id}/consents", data={"organisation_id": other.id, "scope": "profile"})
    assert db.session.query(Consent).count() == 1


def test_newcomer_edits_own_profile(client, auth):
    g = f.gemeente()
    user = f.user("newcomer", phone="0611111111")
    n = f.newcomer(g, user=user, interests="")
    auth.login(user)
    first = client.post("/me", data={"interests": "ኩዕሶ እግሪ ምጽዋት ይፈቱ", "wants": ["sport"]})
    assert first.headers["Location"].endswith("/me?step=times")  # the next step
    assert client.post("/me?step=times", data={"availability": ["sat-am"]}).status_code == 302
    last = client.post("/me?step=travel", data={"languages": ["ti"], "mobility": ["bike"]})
    assert last.headers["Location"].endswith("/me/suggestions")
    assert n.interests == "ኩዕሶ እግሪ ምጽዋት ይፈቱ" and n.wants == ["sport"]
    assert n.availability == ["sat-am"] and n.languages == ["ti"]  # each step keeps the others' answers
    assert client.post("/me?step=times", data={"availability": ["never"]}).status_code == 200
    assert n.availability == ["sat-am"]
    grid = client.get("/me?step=times").get_data(as_text=True)
    assert grid.count('type="checkbox" name="availability"') == 21 and 'value="sat-am" checked' in grid


def test_newcomer_sees_and_withdraws_own_consent_only(client, auth):
    g = f.gemeente()
    user = f.user("newcomer", phone="0611111111")
    mine, other = f.newcomer(g, user=user), f.newcomer(g)
    org = f.organisation(g, name="Taalpunt Dalfsen", kind="taalpunt")
    coordinator = f.user("coordinator", gemeente=g)
    given = [
        Consent(newcomer=n, organisation=org, scope="contact", recorded_by_id=coordinator.id) for n in (mine, other)
    ]
    db.session.add_all(given)
    db.session.commit()
    auth.login(user)
    page = client.get("/me").get_data(as_text=True)
    assert "Taalpunt Dalfsen" in page and f"/me/consents/{given[0].id}/withdraw" in page
    # Someone else's consent is not theirs to withdraw.
    assert client.post(f"/me/consents/{given[1].id}/withdraw").status_code == 404
    assert given[1].withdrawn_dt is None
    assert client.post(f"/me/consents/{given[0].id}/withdraw").status_code == 302
    assert given[0].withdrawn_dt is not None
    assert "Taalpunt Dalfsen" not in client.get("/me").get_data(as_text=True)


def test_newcomer_role_without_profile_gets_404(client, auth):
    auth.login(f.user("newcomer", phone="0622222222"))
    assert client.get("/me").status_code == 404


def test_coordinator_list_query_count_is_flat(client, auth, count_queries):
    g = f.gemeente()
    auth.login(f.user("coordinator", gemeente=g))
    f.newcomer(g)
    with count_queries() as few:
        client.get("/coordinator/newcomers")
    for _ in range(10):
        f.newcomer(g)
    with count_queries() as many:
        client.get("/coordinator/newcomers")
    assert many.count == few.count


def test_erasure_removes_personal_data_and_keeps_the_figures(client, auth):
    from webapp.accounts.models import User
    from webapp.audit.models import AuditEvent
    from webapp.matches.models import Match

    g = f.gemeente()
    user = f.user("newcomer", phone="0633333333")
    n = f.newcomer(
        g,
        user=user,
        name="Selam Tesfay",
        interests="ኩዕሶ እግሪ",
        notes="Heeft twee kinderen",
        email="selam@example.org",
        phone="0633333333",
        birth_year=1990,
    )
    org = f.organisation(g, name="Taalpunt Dalfsen", kind="taalpunt")
    offer = f.offer(org)
    db.session.add_all(
        [
            Consent(newcomer=n, organisation=org, scope="contact"),
            Match(newcomer=n, offer=offer, status="started", source="coordinator"),
        ]
    )
    db.session.commit()
    coordinator = f.user("coordinator", gemeente=g)
    auth.login(coordinator)

    # Without the confirmation nothing happens.
    response = client.post(f"/coordinator/newcomers/{n.id}/erase", data={})
    assert response.status_code == 400 and n.erased_dt is None and n.name == "Selam Tesfay"

    response = client.post(f"/coordinator/newcomers/{n.id}/erase", data={"confirm": "y"})
    assert response.status_code == 302
    db.session.refresh(n)
    assert n.erased_dt is not None and n.gemeente_id == g.id
    assert (n.name, n.interests, n.notes, n.email, n.phone, n.birth_year, n.kern_id) == (
        "",
        "",
        "",
        None,
        None,
        None,
        None,
    )
    assert n.active_consents == []
    assert db.session.query(Match).filter_by(newcomer_id=n.id).count() == 1  # still counted
    login = db.session.get(User, user.id)
    assert (login.phone, login.email, login.is_active_account, login.grants) == (None, None, False, [])
    event = db.session.query(AuditEvent).filter_by(action="newcomer.erase").one()
    assert "Selam" not in str(event.details)

    page = client.get("/coordinator/newcomers").get_data(as_text=True)
    assert "Selam" not in page
    assert client.get(f"/coordinator/newcomers/{n.id}").status_code == 404
    auth.logout()
    assert client.post("/login", data={"login": "0633333333", "password": f.PASSWORD}).status_code == 200


def test_erasure_is_limited_to_the_coordinators_gemeente(client, auth):
    g, other = f.gemeente(), f.gemeente("Assen", kernen=(("Assen", 53.0, 6.56),))
    n = f.newcomer(other, name="Amal")
    auth.login(f.user("coordinator", gemeente=g))
    assert client.post(f"/coordinator/newcomers/{n.id}/erase", data={"confirm": "y"}).status_code == 404
    assert n.erased_dt is None and n.name == "Amal"


def test_opening_the_invitation_address_again_makes_no_new_code(client, auth):
    """Issue 9, finding 7: a reload made a new code (the one handed over died) or answered 405."""
    g = f.gemeente()
    newcomer = f.newcomer(g)
    auth.login(f.user("coordinator", gemeente=g))
    first = client.post(f"/coordinator/newcomers/{newcomer.id}/invite", follow_redirects=True)
    code_hash = newcomer.invite_code_hash
    assert 'id="invite-code"' in first.get_data(as_text=True)
    again = client.get(f"/coordinator/newcomers/{newcomer.id}/invite", follow_redirects=True)
    assert again.status_code == 200 and 'id="invite-code"' not in again.get_data(as_text=True)
    reloaded = client.get(f"/coordinator/newcomers/{newcomer.id}")
    assert 'id="invite-code"' not in reloaded.get_data(as_text=True)  # shown once
    db.session.refresh(newcomer)
    assert newcomer.invite_code_hash == code_hash


def test_a_text_of_exactly_the_allowed_length_is_kept_with_its_line_breaks(client, auth):
    """Issue 9, finding 7: browsers send a line break as two characters, so an allowed text was refused."""
    person = f.user("newcomer", phone="0619191919")
    newcomer = f.newcomer(f.gemeente(), user=person)
    auth.login(person)
    text = ("a" * 99 + "\r\n") * 20  # 2,000 characters as typed (100 per line), 2,020 as sent
    assert client.post("/me", data={"interests": text}).status_code == 302
    db.session.refresh(newcomer)
    assert len(newcomer.interests) == 1999 and "\r" not in newcomer.interests  # the last break is trimmed
    too_long = client.post("/me", data={"interests": "b" * 2001}).get_data(as_text=True)
    assert "2001" in too_long and "maxlength" not in too_long.split('name="interests"')[1].split(">")[0]


def test_the_demo_shows_its_mails_in_the_terminal(client, caplog):
    """Issue 9, finding 7: in `make demo` the reset link appeared nowhere."""
    f.user("provider", email="a@example.org")
    client.post("/password/forgot", data={"email": "a@example.org"})
    assert "/password/reset/" in caplog.text
