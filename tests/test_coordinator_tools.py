"""The coordinator's batch proposals (within the places), taalcoach waiting list and follow-up list."""

from __future__ import annotations

from datetime import timedelta

import factories as f

from webapp.extensions import db
from webapp.matches import services
from webapp.matches.lifecycle import MatchStatus, Role
from webapp.matches.models import Match
from webapp.newcomers import services as newcomer_services
from webapp.timeutil import today


def test_batch_plan_respects_places_and_sends_only_what_was_kept(client, auth):
    g = f.gemeente()
    club = f.organisation(g)
    coordinator = f.user("coordinator", gemeente=g)
    small, large = f.offer(club, capacity=1, title="Een plek"), f.offer(club, capacity=2, title="Twee plekken")
    people = [f.newcomer(g, name=f"Persoon {i}") for i in range(4)]
    for i, person in enumerate(people):
        f.suggestion(person, small, 0.9 - i * 0.01)
        f.suggestion(person, large, 0.5)
    busy = f.newcomer(g, name="Heeft al iets")
    f.suggestion(busy, small, 0.99)
    services.propose(services.Actor(coordinator, Role.COORDINATOR), busy, large)
    db.session.commit()
    auth.login(coordinator)
    page = client.get("/coordinator/assign?types=sport").get_data(as_text=True)
    pairs = [p for p in page.split('name="pairs" value="')[1:]]
    chosen = [p.split('"')[0] for p in pairs]
    assert len(chosen) == 3  # one small place, two large ones: the fourth person waits
    assert f"{busy.id}-" not in " ".join(chosen)
    assert sum(c.endswith(f"-{small.id}") for c in chosen) == 1
    response = client.post("/coordinator/assign/send", data={"types": ["sport"], "pairs": chosen[:2]})
    assert response.status_code == 302
    assert db.session.query(Match).filter_by(status=MatchStatus.PROPOSED).count() == 3  # two new, one before


def test_waiting_list_is_ordered_by_waiting_time_and_drops_who_has_a_coach(client, auth):
    g = f.gemeente()
    coordinator = f.user("coordinator", gemeente=g)
    early, late, served = (f.newcomer(g, name=n) for n in ("Eerste", "Laatste", "Heeft coach"))
    for person, days in ((late, 10), (early, 100), (served, 200)):
        newcomer_services.update(person, {"wants": ["taalcoach"]})
        person.wants_since = {"taalcoach": (today() - timedelta(days=days)).isoformat()}
    coach = f.offer(f.organisation(g), type="taalcoach", title="Taalcoach")
    actor = services.Actor(coordinator, Role.COORDINATOR)
    match = services.propose(actor, served, coach)
    services.approve(actor, match, consent_given=True)
    db.session.commit()
    auth.login(coordinator)
    page = client.get("/coordinator/waiting-list").get_data(as_text=True)
    assert page.index("Eerste") < page.index("Laatste") and "Heeft coach" not in page


def test_follow_ups_are_listed_most_overdue_first_and_done_from_the_list(client, auth):
    g = f.gemeente()
    club = f.organisation(g)
    coordinator = f.user("coordinator", gemeente=g)
    match = f.started_match(
        coordinator, f.user("provider", organisation=club), f.newcomer(g, name="Amal"), f.offer(club, type="taalstage")
    )
    checkin = next(fu for fu in match.follow_ups if fu.kind == "checkin")
    checkin.due_date = today() - timedelta(days=3)
    db.session.commit()
    auth.login(coordinator)
    page = client.get("/coordinator/tasks").get_data(as_text=True)
    assert "border-danger" in page and page.index("Amal") > 0
    response = client.post(
        f"/coordinator/tasks/{checkin.id}",
        data={f"t{checkin.id}-outcome": "going_well", f"t{checkin.id}-notes": "Gaat goed"},
    )
    assert response.status_code == 302
    db.session.refresh(checkin)
    assert checkin.outcome == "going_well" and checkin.done_dt is not None
