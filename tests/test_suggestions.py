"""Suggestions are stored and kept fresh by the services' signals; pages only read them."""

from __future__ import annotations

import factories as f
import pytest

from webapp.extensions import db
from webapp.matches import ranking, suggestions
from webapp.matches.models import Suggestion, SuggestionRun
from webapp.newcomers import services as newcomers
from webapp.offers import services as offers


@pytest.fixture
def place():
    g = f.gemeente()
    club = f.organisation(g, name="Sportclub")
    provider = f.user("provider", organisation=club)
    football = f.offer(
        club, title="Voetbal voor iedereen", description="Elke zaterdag voetballen op het veld.", tags=["voetbal"]
    )
    sewing = f.offer(
        club, title="Naaiatelier", type="cultuur", description="Samen kleding naaien en herstellen.", tags=["naaien"]
    )
    return g, club, provider, football, sewing


def _best_offer(newcomer):
    best = suggestions.for_newcomer(newcomer.id, limit=1)
    return best[0].offer_id if best else None


def test_a_profile_edit_moves_the_suggestions(place):
    g, _club, _provider, football, sewing = place
    person = f.newcomer(g, interests="")
    newcomers.update(person, {"interests": "أحب كرة القدم كثيرا"})
    db.session.commit()
    assert _best_offer(person) == football.id
    newcomers.update(person, {"interests": "أحب الخياطة"})
    db.session.commit()
    assert _best_offer(person) == sewing.id
    stored = db.session.query(Suggestion).filter_by(newcomer_id=person.id).all()
    assert stored and all(s.model_version == ranking.PRIOR and s.reasons for s in stored)


def test_a_new_offer_reaches_the_people_it_suits(place):
    g, club, provider, _football, _sewing = place
    person = f.newcomer(g, interests="")
    newcomers.update(person, {"interests": "I love cooking for many people"})
    db.session.commit()
    values = {
        "kind": "aanbod",
        "type": "ontmoeting",
        "title": "Samen koken in het buurthuis",
        "description": "Elke week koken we met de buurt en eten we samen.",
        "tags": ["koken"],
        "kern_id": g.kernen[0].id,
        "schedule": [],
        "capacity": 4,
        "contact_name": "Jan",
    }
    cooking = offers.create(provider, values, publish=True)
    db.session.commit()
    assert _best_offer(person) == cooking.id
    assert person.id in [s.newcomer_id for s in suggestions.for_offer(cooking.id)]


def test_closed_offers_and_erased_people_leave_the_lists(place):
    g, _club, _provider, football, _sewing = place
    person = f.newcomer(g, interests="")
    newcomers.update(person, {"interests": "voetbal"})
    db.session.commit()
    assert football.id in [s.offer_id for s in suggestions.for_newcomer(person.id)]
    offers.close(football)
    db.session.commit()
    assert football.id not in [s.offer_id for s in suggestions.for_newcomer(person.id)]
    assert db.session.query(Suggestion).filter_by(offer_id=football.id).count() == 0
    newcomers.erase(person)
    db.session.commit()
    assert db.session.query(Suggestion).filter_by(newcomer_id=person.id).count() == 0


def test_pages_never_rank(client, auth, place, monkeypatch):
    g, _club, provider, football, _sewing = place
    person_login = f.user("newcomer", phone="0612121212")
    person = f.newcomer(g, interests="", user=person_login)
    newcomers.update(person, {"interests": "voetbal"})
    db.session.commit()

    def no_ranking(*args, **kwargs):
        raise AssertionError("a page ranked")

    monkeypatch.setattr(ranking.Engine, "pairs_for_newcomer", no_ranking)
    monkeypatch.setattr(ranking.Engine, "pairs_for_offer", no_ranking)
    monkeypatch.setattr(ranking.Engine, "all_pairs", no_ranking)
    auth.login(person_login)
    assert "Voetbal voor iedereen" in client.get("/me/suggestions").get_data(as_text=True)
    auth.logout()
    auth.login(provider)
    assert client.get(f"/provider/offers/{football.id}/candidates").status_code == 200


def test_a_new_worker_starts_from_the_saved_index_and_catches_up(app, place):
    g, _club, _provider, football, sewing = place
    person = f.newcomer(g, interests="")
    newcomers.update(person, {"interests": "voetbal"})
    db.session.commit()
    app.extensions.pop("meedoen_engines")  # a new process: nothing warm
    engine = ranking.engine()
    assert engine._load_saved() and str(football.id) in engine.offers.ids
    newcomers.update(person, {"interests": "kleding naaien"})  # changed after the index was saved
    db.session.commit()
    assert _best_offer(person) == sewing.id


def test_full_recompute_marks_every_subject(place):
    g, *_rest = place
    people = [f.newcomer(g, interests=text) for text in ("voetbal", "naaien", "koken")]
    result = suggestions.recompute_all()
    assert result == {"newcomers": 3, "offers": 2, "full": True}
    assert db.session.query(SuggestionRun).count() == 5
    assert all(suggestions.for_newcomer(p.id) for p in people)
    assert suggestions.refresh() == {"newcomers": 0, "offers": 0, "full": False}  # nothing is stale


def test_match_pages_issue_the_same_number_of_queries_for_more_rows(client, auth, count_queries, place):
    """No N+1: ten times the suggestions, proposals and candidates cost no extra queries."""
    from webapp.matches import services
    from webapp.matches.lifecycle import Role

    g, club, provider, football, _sewing = place
    person_login = f.user("newcomer", phone="0613131313")
    person = f.newcomer(g, user=person_login)
    coordinator = f.user("coordinator", gemeente=g)
    counts = []
    for size in (2, 12):
        while len(suggestions.for_newcomer(person.id, limit=50)) < size:
            f.suggestion(person, f.offer(club))
        while len(suggestions.for_offer(football.id)) < size:
            f.suggestion(f.newcomer(g), football)
        actor = services.Actor(coordinator, Role.COORDINATOR)
        while db.session.query(services.Match).count() < size:
            services.propose(actor, f.newcomer(g), f.offer(club))
            db.session.commit()
        measured = []
        for user, url in (
            (person_login, "/me/suggestions"),
            (provider, f"/provider/offers/{football.id}/candidates"),
            (coordinator, "/coordinator/matches"),
        ):
            auth.login(user)
            with count_queries() as counter:
                assert client.get(url).status_code == 200
            measured.append(counter.count)
            auth.logout()
        counts.append(measured)
    assert counts[0] == counts[1], counts
