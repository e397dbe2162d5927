"""Registration, log in, password reset and invitation codes."""

from __future__ import annotations

import re

import factories as f
from texts import nl

from webapp import mail
from webapp.accounts.models import User
from webapp.extensions import db
from webapp.organisations.models import Organisation


def _register_data(gemeente, **overrides):
    data = {
        "display_name": "Sanne de Vries",
        "email": "Sanne@Club.example",
        "password": "lang-genoeg-1",
        "password_repeat": "lang-genoeg-1",
        "org_kind": "vereniging",
        "org_name": "VV Hoonhorst",
        "gemeente_id": gemeente.id,
        "org_description": "Voetbal",
    }
    data.update(overrides)
    return data


def test_register_provider_creates_pending_organisation(client):
    g = f.gemeente()
    response = client.post("/register", data=_register_data(g))
    assert response.status_code == 200 and 'id="registered"' in response.get_data(as_text=True)
    user = db.session.query(User).one()
    assert user.email == "sanne@club.example"
    assert user.has_role("provider")
    assert user.organisation.name == "VV Hoonhorst"
    assert user.organisation.moderation_status == "pending"


def test_a_new_account_works_only_after_its_address_is_confirmed(client):
    """Issue 9, finding 5: anyone could register and was logged in at once."""
    g = f.gemeente()
    client.post("/register", data=_register_data(g))
    assert client.get("/provider/offers").status_code == 302  # not logged in by registering
    login = {"login": "sanne@club.example", "password": "lang-genoeg-1"}
    refused = client.post("/login", data=login)
    assert refused.status_code == 200 and nl(
        "Please confirm your e-mail address first: open the link in the e-mail we sent you."
    ) in refused.get_data(as_text=True)
    [message] = mail.outbox()
    link = re.search(r"https?://\S+(/register/confirm/\S+)", message.get_content()).group(1)
    assert client.get(link).status_code == 302
    assert client.post("/login", data=login).status_code == 302
    assert client.get(link.replace("confirm/", "confirm/x")).status_code == 302  # a broken link: a message


def test_register_bad_input_writes_nothing(client):
    g = f.gemeente()
    cases = [
        {"email": "not-an-email"},
        {"password": "short", "password_repeat": "short"},
        {"password_repeat": "different-1234"},
        {"org_name": ""},
        {"gemeente_id": "999999"},
        {"org_kind": "bank"},
    ]
    for overrides in cases:
        response = client.post("/register", data=_register_data(g, **overrides))
        assert response.status_code == 200, overrides
        assert "invalid-feedback" in response.get_data(as_text=True), overrides
    assert db.session.query(User).count() == 0
    assert db.session.query(Organisation).count() == 0


def test_register_with_a_known_address_reveals_nothing(client):
    """The page is the same as for a new address; only the owner of the address hears of it."""
    g = f.gemeente()
    f.user("provider", email="sanne@club.example")
    response = client.post("/register", data=_register_data(g))
    new = client.post("/register", data=_register_data(g, email="nieuw@club.example", org_name="Andere club"))
    assert response.status_code == new.status_code == 200
    strip = re.compile(r'name="csrf_token"[^>]*>')
    assert strip.sub("", response.get_data(as_text=True)) == strip.sub("", new.get_data(as_text=True))
    assert db.session.query(User).count() == 2
    to_owner = [m for m in mail.outbox() if m["To"] == "sanne@club.example"]
    assert len(to_owner) == 1 and "/password/forgot" in to_owner[0].get_content()


def test_look_alike_organisation_names_are_refused(client):
    """Issue 9, finding 6: a copy of a partner's name (zero-width, bidi override, Cyrillic) showed twice."""
    g = f.gemeente()
    f.organisation(g, name="VluchtelingenWerk Dalfsen")
    for i, copy in enumerate(
        (
            "Vluchtelingenwerk dalfsen",
            "Vluchtelingen\u200bWerk Dalfsen",
            "\u202eVluchtelingenWerk Dalfsen",
            "Vluchtelingеnwerk Dalfsen",
        )
    ):
        response = client.post("/register", data=_register_data(g, email=f"x{i}@example.org", org_name=copy))
        assert response.status_code == 200 and 'id="registered"' not in response.get_data(as_text=True), copy
    assert db.session.query(Organisation).count() == 1


def test_easy_passwords_are_refused(client):
    g = f.gemeente()
    response = client.post("/register", data=_register_data(g, password="12345678", password_repeat="12345678"))
    assert nl("This password is too easy to guess. Use a short sentence of four or more words.") in response.get_data(
        as_text=True
    )
    assert db.session.query(User).count() == 0


def test_register_message_is_translated(app, client):
    g = f.gemeente()
    client.post("/language", data={"lang": "nl"})
    response = client.post("/register", data=_register_data(g, email="kapot"))
    page = response.get_data(as_text=True)
    english = "Please enter a valid e-mail address."
    assert nl(english) in page and english not in page
    assert 'lang="nl"' in page


def test_login_by_email_or_phone_and_logout(client, auth):
    u = f.user("newcomer", phone="0612345678")
    response = client.post("/login", data={"login": "06 12 34 56 78", "password": f.PASSWORD})
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/me")
    assert client.post("/logout").status_code == 302
    assert client.get("/me").status_code == 302
    assert u.last_login_dt is not None


def test_login_wrong_password(client):
    f.user("provider", email="a@example.org")
    response = client.post("/login", data={"login": "a@example.org", "password": "wrong"})
    assert response.status_code == 200
    assert nl("E-mail, phone number or password is not correct.") in response.get_data(as_text=True)


def test_login_ignores_offsite_next(client):
    f.user("admin", email="a@example.org")
    response = client.post("/login?next=https://evil.example/", data={"login": "a@example.org", "password": f.PASSWORD})
    assert response.headers["Location"] == "/admin/"


def test_inactive_user_cannot_log_in(client):
    u = f.user("admin", email="a@example.org")
    u.is_active_account = False
    db.session.commit()
    response = client.post("/login", data={"login": "a@example.org", "password": f.PASSWORD})
    assert response.status_code == 200


def test_password_reset_flow(app, client):
    f.user("provider", email="a@example.org")
    # A forged Host header must not end up in the link (it would send the token elsewhere).
    response = client.post("/password/forgot", data={"email": "a@example.org"}, base_url="http://evil.example")
    assert response.status_code == 302
    [message] = mail.outbox()
    link = re.search(r"https?://[^\s]+", message.get_content()).group(0)
    assert link.startswith(app.config["BASE_URL"] + "/password/reset/")
    path = link[len(app.config["BASE_URL"]) :]
    assert client.get(path).status_code == 200
    response = client.post(path, data={"password": "nieuw-wachtwoord", "password_repeat": "nieuw-wachtwoord"})
    assert response.status_code == 302
    login = client.post("/login", data={"login": "a@example.org", "password": "nieuw-wachtwoord"})
    assert login.status_code == 302
    # The token dies with the old password.
    assert client.get(path).status_code == 302


def test_password_reset_ends_every_other_session(app, client):
    """A reset after a lost phone must log the phone out."""
    from webapp.accounts.tokens import reset_token

    user = f.user("provider", organisation=f.organisation(f.gemeente()), email="a@example.org")
    lost_phone = app.test_client()
    lost_phone.post("/login", data={"login": "a@example.org", "password": f.PASSWORD})
    assert lost_phone.get("/provider/offers").status_code == 200
    path = f"/password/reset/{reset_token(user)}"
    client.post(path, data={"password": "nieuw-wachtwoord", "password_repeat": "nieuw-wachtwoord"})
    response = lost_phone.get("/provider/offers")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_deactivated_account_loses_its_sessions(client, auth):
    user = f.user("provider", organisation=f.organisation(f.gemeente()), email="a@example.org")
    auth.login(user)
    assert client.get("/provider/offers").status_code == 200
    user.is_active_account = False
    db.session.commit()
    assert client.get("/provider/offers").status_code == 302


def test_reset_link_does_not_carry_the_password_hash(client):
    import base64

    from webapp.accounts.tokens import reset_token

    user = f.user("provider", email="a@example.org")
    payload = reset_token(user).split(".")[0]
    decoded = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)).decode()
    assert user.password_hash[-8:] not in decoded and "scrypt" not in decoded


def test_password_reset_unknown_address_reveals_nothing(client):
    response = client.post("/password/forgot", data={"email": "nobody@example.org"})
    assert response.status_code == 302
    assert mail.outbox() == []


def test_bad_reset_token(client):
    response = client.get("/password/reset/not-a-token")
    assert response.status_code == 302
    assert "/password/forgot" in response.headers["Location"]


def _invite(client, auth, newcomer, coordinator):
    auth.login(coordinator)
    page = client.post(f"/coordinator/newcomers/{newcomer.id}/invite", follow_redirects=True).get_data(as_text=True)
    code = re.search(r'id="invite-code">([A-Z0-9-]+)<', page).group(1)
    auth.logout()
    return code


def test_invitation_code_activates_newcomer_login(client, auth):
    g = f.gemeente()
    newcomer = f.newcomer(g, name="Amal")
    code = _invite(client, auth, newcomer, f.user("coordinator", gemeente=g))
    assert newcomer.invite_code_hash and code not in newcomer.invite_code_hash
    response = client.post(
        "/activate",
        data={
            "code": code.lower().replace("-", " "),
            "login_kind": "phone",
            "phone": "06-11122233",
            "password": "mijn-wachtwoord",
            "password_repeat": "mijn-wachtwoord",
        },
    )
    assert response.status_code == 302
    db.session.expire_all()
    assert newcomer.user.phone == "0611122233"
    assert newcomer.user.has_role("newcomer")
    assert newcomer.invite_code_hash is None
    assert client.get("/me").status_code == 200


def test_wrong_or_reused_invitation_code(client, auth):
    g = f.gemeente()
    newcomer = f.newcomer(g)
    code = _invite(client, auth, newcomer, f.user("coordinator", gemeente=g))
    data = {
        "code": "ABCD-EFGH",
        "login_kind": "phone",
        "phone": "0611122233",
        "password": "mijn-wachtwoord",
        "password_repeat": "mijn-wachtwoord",
    }
    response = client.post("/activate", data=data)
    assert response.status_code == 200
    assert nl("This invitation code is not valid. Ask your coordinator for a new one.") in response.get_data(
        as_text=True
    )
    assert db.session.query(User).filter(User.phone == "0611122233").count() == 0
    assert client.post("/activate", data={**data, "code": code}).status_code == 302
    client.post("/logout")
    again = client.post("/activate", data={**data, "code": code, "phone": "0699999999"})
    assert again.status_code == 200
    assert db.session.query(User).filter(User.phone == "0699999999").count() == 0


def test_language_choice_is_remembered_per_user(client, auth):
    u = f.user("admin", email="a@example.org")
    auth.login(u)
    response = client.post("/language", data={"lang": "ar", "next": "/admin/"})
    assert response.headers["Location"] == "/admin/"
    db.session.expire_all()
    assert u.preferred_language == "ar"
    auth.logout()
    fresh = client.application.test_client()  # another browser, no choice made there
    fresh.post("/login", data={"login": "a@example.org", "password": f.PASSWORD})
    assert 'lang="ar" dir="rtl"' in fresh.get("/admin/").get_data(as_text=True)


def test_language_switch_rejects_unknown(client):
    assert client.post("/language", data={"lang": "xx"}).status_code == 400


def test_password_forms_reject_bad_input(client):
    user = f.user("provider", email="a@example.org")
    response = client.post("/password/forgot", data={"email": "geen adres"})
    assert response.status_code == 200 and "invalid-feedback" in response.get_data(as_text=True)
    from webapp.accounts.tokens import reset_token

    path = f"/password/reset/{reset_token(user)}"
    old_hash = user.password_hash
    for data in (
        {"password": "kort", "password_repeat": "kort"},
        {"password": "lang-genoeg-1", "password_repeat": "anders-123"},
    ):
        response = client.post(path, data=data)
        assert response.status_code == 200 and "invalid-feedback" in response.get_data(as_text=True)
    assert user.password_hash == old_hash


def test_a_session_copied_before_log_out_no_longer_works(client, auth):
    """Issue 9, finding 4: logging out used to leave a copied cookie valid for 31 days."""
    g = f.gemeente()
    coordinator = f.user("coordinator", gemeente=g)
    auth.login(coordinator)
    assert client.get("/coordinator/newcomers").status_code == 200
    copied = client.get_cookie("session").value
    auth.logout()
    client.set_cookie("session", copied)
    response = client.get("/coordinator/newcomers")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_sessions_end_when_idle_or_too_old(app, client, auth, monkeypatch):
    import time as clock

    user = f.user("provider", organisation=f.organisation(f.gemeente()), email="a@example.org")
    now = clock.time()
    auth.login(user)
    monkeypatch.setattr("time.time", lambda: now + app.config["SESSION_IDLE_MINUTES"] * 60 - 30)
    assert client.get("/provider/offers").status_code == 200  # still within the idle time
    monkeypatch.setattr("time.time", lambda: now + app.config["SESSION_IDLE_MINUTES"] * 60 * 2 + 60)
    assert client.get("/provider/offers").status_code == 302  # away too long
    later = now + 100_000
    monkeypatch.setattr("time.time", lambda: later)
    auth.login(user)
    statuses = []
    for hour in range(1, app.config["SESSION_MAX_HOURS"] + 2):  # busy all day, never idle: the absolute limit
        monkeypatch.setattr("time.time", lambda hour=hour: later + hour * 3600)
        statuses.append(client.get("/provider/offers").status_code)
    assert statuses[:-2] == [200] * (len(statuses) - 2) and statuses[-1] == 302


def _code(secret, offset=0):
    import time

    import pyotp

    return pyotp.TOTP(secret).at(time.time() + offset * 30)


def test_coordinators_set_up_and_use_the_two_step_log_in(app, client, monkeypatch):
    monkeypatch.setitem(app.config, "REQUIRE_TWO_FACTOR", True)
    coordinator = f.user("coordinator", gemeente=f.gemeente(), email="c@example.org")
    first = client.post("/login", data={"login": "c@example.org", "password": f.PASSWORD})
    assert first.headers["Location"].endswith("/login/code")
    assert client.get("/coordinator/newcomers").status_code == 302  # nothing before the second step
    page = client.get("/login/code").get_data(as_text=True)
    secret = re.search(r'id="totp-secret">([A-Z2-7]+)<', page).group(1)
    assert client.post("/login/code", data={"code": "000000"}).status_code == 200
    assert client.post("/login/code", data={"code": _code(secret)}).status_code == 302
    assert client.get("/coordinator/newcomers").status_code == 200
    db.session.refresh(coordinator)
    assert coordinator.totp_secret == secret
    used = _code(secret)
    client.post("/logout")
    client.post("/login", data={"login": "c@example.org", "password": f.PASSWORD})
    assert client.post("/login/code", data={"code": used}).status_code == 200  # a code works once
    assert client.post("/login/code", data={"code": _code(secret, 1)}).status_code == 302


def test_others_may_switch_the_two_step_log_in_on_and_off(client, auth):
    user = f.user("provider", organisation=f.organisation(f.gemeente()), email="p@example.org")
    auth.login(user)
    page = client.get("/account").get_data(as_text=True)
    secret = re.search(r'<code dir="ltr">([A-Z2-7]+)</code>', page).group(1)
    client.post("/account", data={"totp-code": _code(secret)})
    db.session.refresh(user)
    assert user.totp_secret == secret
    client.post("/account", data={"totp-code": _code(secret, 1)})
    db.session.refresh(user)
    assert user.totp_secret is None


def test_an_easy_password_of_a_coordinator_must_be_changed_at_once(client):
    """Issue 9, finding 6: "12345678" was accepted for coordinators."""
    coordinator = f.user("coordinator", gemeente=f.gemeente(), email="c@example.org")
    coordinator.set_password("12345678")
    db.session.commit()
    response = client.post("/login", data={"login": "c@example.org", "password": "12345678"})
    assert response.headers["Location"].endswith("/account")
    assert client.get("/coordinator/newcomers").headers["Location"].endswith("/account")
    weak = client.post(
        "/account",
        data={
            "password-current": "12345678",
            "password-password": "abcdefgh1234",
            "password-password_repeat": "abcdefgh1234",
        },
    )
    assert weak.status_code == 200
    strong = "Drie koeien in de wei bij Dalfsen"
    client.post(
        "/account",
        data={"password-current": "12345678", "password-password": strong, "password-password_repeat": strong},
    )
    assert client.get("/coordinator/newcomers").status_code == 200


def test_guessing_does_not_lock_out_a_browser_that_logged_in_before(client):
    """Issue 9, finding 6: 30 wrong passwords locked the real user out for an hour."""
    f.user("provider", organisation=f.organisation(f.gemeente()), email="p@example.org")
    assert client.post("/login", data={"login": "p@example.org", "password": f.PASSWORD}).status_code == 302
    client.post("/logout")
    device = client.get_cookie("meedoen_device").value
    attacker = client.application.test_client()
    for i in range(31):
        attacker.post(
            "/login",
            data={"login": "p@example.org", "password": "wrong"},
            environ_base={"REMOTE_ADDR": f"10.7.{i // 200}.{i % 200}"},
        )
    assert (
        attacker.post(
            "/login", data={"login": "p@example.org", "password": f.PASSWORD}, environ_base={"REMOTE_ADDR": "10.7.9.9"}
        ).status_code
        == 429
    )
    client.set_cookie("meedoen_device", device)
    assert (
        client.post(
            "/login", data={"login": "p@example.org", "password": f.PASSWORD}, environ_base={"REMOTE_ADDR": "10.8.0.1"}
        ).status_code
        == 302
    )


def test_a_language_chosen_on_the_log_in_page_wins_over_the_saved_one(client):
    """Issue 8: a language chosen on the login page was overridden by the saved preference."""
    user = f.user("provider", email="t@example.org")
    user.preferred_language = "nl"
    db.session.commit()
    client.post("/language", data={"lang": "ti"})
    client.post("/login", data={"login": "t@example.org", "password": f.PASSWORD})
    assert 'lang="ti"' in client.get("/provider/offers").get_data(as_text=True)
    db.session.refresh(user)
    assert user.preferred_language == "ti"  # and it is remembered from now on
    client.post("/logout")
    other = client.application.test_client()
    other.set_cookie("meedoen_lang", "ar")  # the browser's remembered choice, nobody logged in
    assert 'lang="ar"' in other.get("/", headers={"Accept-Language": "en"}).get_data(as_text=True)
