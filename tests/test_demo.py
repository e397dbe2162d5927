"""The demo command loads Dalfsen, Nijkerk and Assen with real-looking multilingual data."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from webapp.demo.commands import DEMO_ACCOUNTS, DEMO_PASSWORD
from webapp.extensions import db
from webapp.gemeenten.models import Gemeente, Kern
from webapp.matches.lifecycle import MatchStatus
from webapp.matches.models import FollowUp, Match, Suggestion
from webapp.newcomers.models import Newcomer
from webapp.notifications.models import Notification
from webapp.offers.models import Offer
from webapp.timeutil import today
from webapp.vocab import OFFER_TYPES

SCRIPTS = {
    "arabic": re.compile(r"[\u0600-\u06FF]"),
    "ethiopic": re.compile(r"[\u1200-\u137F]"),
}


def test_demo_loads_everything(runner, client):
    result = runner.invoke(args=["demo"])
    assert result.exit_code == 0, result.output
    for login, _name, _roles, _org in DEMO_ACCOUNTS:
        assert login in result.output
    assert DEMO_PASSWORD in result.output

    kernen = set(db.session.scalars(select(Kern.name)))
    assert {"Dalfsen", "Nieuwleusen", "Lemelerveld", "Hoonhorst", "Nijkerk", "Assen"} <= kernen
    assert db.session.scalar(select(func.count(Gemeente.id))) >= 3
    offers = db.session.scalars(select(Offer)).all()
    assert len(offers) >= 60
    assert {o.type for o in offers} == set(OFFER_TYPES)
    newcomers = db.session.scalars(select(Newcomer)).all()
    assert len(newcomers) >= 40
    texts = " ".join(n.interests for n in newcomers)
    for name, pattern in SCRIPTS.items():
        assert len(pattern.findall(texts)) > 50, name
    assert sum(1 for n in newcomers if n.interests.isascii()) >= 5  # Somali, English, Dutch

    for login, _name, _roles, _org in DEMO_ACCOUNTS:
        response = client.post("/login", data={"login": login, "password": DEMO_PASSWORD})
        assert response.status_code == 302, login
        client.post("/logout")

    # The README's tour: the demo newcomer sees a consent and can withdraw it.
    client.post("/login", data={"login": "0612345678", "password": DEMO_PASSWORD})
    assert 'id="my-consents"' in client.get("/me").get_data(as_text=True)
    assert client.get("/me/suggestions").get_data(as_text=True).count('data-answer="yes"') >= 5
    assert 'data-status="accepted"' in client.get("/me/matches").get_data(as_text=True)


def test_demo_has_matches_in_every_state_follow_ups_and_messages(runner):
    assert runner.invoke(args=["demo"]).exit_code == 0
    statuses = set(db.session.scalars(select(Match.status)))
    assert statuses >= set(MatchStatus) - {MatchStatus.SUGGESTED}
    assert db.session.scalar(select(func.count(Suggestion.id))) > 500
    overdue = db.session.scalar(
        select(func.count(FollowUp.id)).where(FollowUp.done_dt.is_(None), FollowUp.due_date < today())
    )
    assert overdue >= 2
    assert db.session.scalar(select(func.count(Notification.id))) >= 10
    for match in db.session.scalars(select(Match)):
        assert match.events, match  # every match has its history


def test_demo_refuses_to_load_twice_and_resets(runner):
    assert runner.invoke(args=["demo"]).exit_code == 0
    again = runner.invoke(args=["demo"])
    assert again.exit_code == 1
    assert "--reset" in again.output
    count = db.session.scalar(select(func.count(Offer.id)))
    assert runner.invoke(args=["demo", "--reset"]).exit_code == 0
    db.session.expire_all()
    assert db.session.scalar(select(func.count(Offer.id))) == count


def test_demo_has_translations_and_a_translator(runner, client):
    from webapp.offers.models import OfferTranslation

    assert runner.invoke(args=["demo"]).exit_code == 0
    rows = db.session.scalars(select(OfferTranslation)).all()
    assert {(t.lang, t.status) for t in rows} >= {("ar", "approved"), ("ti", "approved"), ("ti", "pending")}
    client.post("/login", data={"login": "vertaler@dalfsen.example", "password": DEMO_PASSWORD})
    assert 'class="card mb-3 translate-item"' in client.get("/translate").get_data(as_text=True)
    client.post("/logout")
    client.post("/language", data={"lang": "ar"})
    assert 'lang="ar" dir="rtl">مدرّب لغة' in client.get("/offers").get_data(as_text=True)
    client.post("/login", data={"login": "coordinator@dalfsen.example", "password": DEMO_PASSWORD})
    assert "ጉጅለ ልምምድ" in client.get("/coordinator/translations").get_data(as_text=True)
