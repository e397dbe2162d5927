"""Inbox messages for the people who must act next, e-mailed in their own language through a real SMTP server."""

from __future__ import annotations

import factories as f
import pytest

from webapp.extensions import db
from webapp.matches import services
from webapp.matches.lifecycle import Role
from webapp.notifications.models import Notification


@pytest.fixture
def match(sink):
    g = f.gemeente()
    club = f.organisation(g, name="Bakkerij")
    provider = f.user("provider", organisation=club, email="bakker@example.org")
    provider.preferred_language = "ar"
    coordinator = f.user("coordinator", gemeente=g, email="coordinator@example.org")
    person = f.user("newcomer", phone="0614141414")
    newcomer = f.newcomer(g, name="Yonas Habte", user=person)
    offer = f.offer(club, title="Taalstage bakkerij", type="taalstage")
    db.session.commit()
    m = services.propose(services.Actor(coordinator, Role.COORDINATOR), newcomer, offer)
    db.session.commit()
    return m, provider, coordinator, person


def _kinds(user):
    return [n.kind for n in db.session.query(Notification).filter_by(user_id=user.id).order_by(Notification.id)]


def test_each_step_tells_who_acts_next_and_never_the_actor(match, sink):
    m, provider, coordinator, person = match
    assert _kinds(person) == ["match_proposed_for_you"]
    assert _kinds(coordinator) == []  # the coordinator proposed it
    services.approve(services.Actor(coordinator, Role.COORDINATOR), m, consent_given=True)
    db.session.commit()
    assert _kinds(provider) == ["match_approved_provider"]
    assert _kinds(person)[-1] == "match_approved_newcomer"
    services.accept(services.Actor(provider, Role.PROVIDER), m)
    db.session.commit()
    assert _kinds(person)[-1] == "match_accepted" and _kinds(coordinator) == ["match_accepted_coordinator"]


def test_mail_goes_out_in_the_readers_language(match, sink):
    m, provider, coordinator, _person = match
    services.approve(services.Actor(coordinator, Role.COORDINATOR), m, consent_given=True)
    db.session.commit()
    [mail] = [msg for msg in sink.messages if msg["To"] == "bakker@example.org"]
    assert any("\u0600" <= ch <= "\u06ff" for ch in mail["Subject"]), mail["Subject"]  # Arabic
    assert "Taalstage bakkerij" in mail.get_content() and "/provider/matches/" in mail.get_content()
    assert "Yonas" not in mail.get_content()  # no names in e-mail before the provider may know them
    note = db.session.query(Notification).filter_by(user_id=provider.id).one()
    assert note.emailed_dt is not None


def test_no_mail_for_those_who_switched_it_off(client, auth, match, sink):
    m, provider, coordinator, _person = match
    auth.login(provider)
    client.post("/inbox/settings", data={"weekly_digest": "y"})  # notify_by_email unticked
    auth.logout()
    assert provider.notify_by_email is False and provider.weekly_digest is True
    services.approve(services.Actor(coordinator, Role.COORDINATOR), m, consent_given=True)
    db.session.commit()
    assert not [msg for msg in sink.messages if msg["To"] == "bakker@example.org"]
    assert _kinds(provider) == ["match_approved_provider"]  # still in the inbox


def test_inbox_counts_opens_and_marks_read(client, auth, match):
    m, provider, coordinator, person = match
    services.approve(services.Actor(coordinator, Role.COORDINATOR), m, consent_given=True)
    db.session.commit()
    auth.login(person)
    page = client.get("/inbox").get_data(as_text=True)
    assert 'id="unread-count">2<' in page
    first = db.session.query(Notification).filter_by(user_id=person.id).first()
    opened = client.post(f"/inbox/{first.id}/open")
    assert opened.status_code == 302 and opened.headers["Location"].endswith("/me/matches")
    client.post("/inbox/read")
    assert 'id="unread-count"' not in client.get("/inbox").get_data(as_text=True)
    other = db.session.query(Notification).filter(Notification.user_id != person.id).first()
    assert client.post(f"/inbox/{other.id}/open").status_code == 404  # someone else's message


def test_weekly_digest_only_for_those_who_asked(runner, match, sink):
    m, _provider, _coordinator, person = match
    person.email, person.weekly_digest = "yonas@example.org", True
    db.session.commit()
    f.suggestion(m.newcomer, f.offer(m.offer.organisation, title="Nieuw aanbod", published_dt=m.created_dt))
    result = runner.invoke(args=["notifications", "digest"])
    assert "sent to 1 people" in result.output, result.output
    assert [msg for msg in sink.messages if msg["To"] == "yonas@example.org"]
    assert "sent to 0 people" in runner.invoke(args=["notifications", "digest"]).output  # once a week
