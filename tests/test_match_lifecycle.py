"""The match lifecycle through the services and the screens: steps, roles, scope, places, history."""

from __future__ import annotations

import factories as f
import pytest
from texts import nl

from webapp.audit.models import AuditEvent
from webapp.domain import Conflict, Forbidden, InvalidTransition, NotFound
from webapp.extensions import db
from webapp.matches import places, services
from webapp.matches.lifecycle import MATCH_LIFECYCLE, STEPS, MatchStatus, Role
from webapp.matches.models import FollowUp, Match, MatchEvent, Suggestion
from webapp.matches.services import Actor


@pytest.fixture
def world():
    """Dalfsen with a coordinator, a club with a provider, a newcomer with a login, a taalstage."""
    g = f.gemeente()
    club = f.organisation(g, name="VV Dalfsen")
    provider = f.user("provider", organisation=club, name="Piet Provider")
    coordinator = f.user("coordinator", gemeente=g, name="Carla")
    person = f.user("newcomer", phone="0611111111", name="Amal")
    newcomer = f.newcomer(g, name="Amal Haddad", user=person, phone="06-99887766")
    offer = f.offer(club, type="taalstage", capacity=1, title="Taalstage in de kantine")
    return {
        "g": g,
        "club": club,
        "provider": provider,
        "coordinator": coordinator,
        "person": person,
        "newcomer": newcomer,
        "offer": offer,
    }


def _actors(w):
    return (
        Actor(w["person"], Role.NEWCOMER),
        Actor(w["provider"], Role.PROVIDER),
        Actor(w["coordinator"], Role.COORDINATOR),
    )


def _statuses(match):
    db.session.expire_all()
    return [(e.from_status, e.to_status) for e in db.session.get(Match, match.id).events]


def test_the_whole_path_records_every_step(world):
    person, provider, coordinator = _actors(world)
    newcomer, offer = world["newcomer"], world["offer"]
    f.suggestion(newcomer, offer, 0.8, [{"key": "reason.free", "params": {}}])
    match = services.propose(person, newcomer, offer)
    db.session.commit()
    assert match.score == 0.8 and match.model_version == "prior" and match.reasons
    assert db.session.query(Suggestion).count() == 0  # acted upon: no longer a suggestion
    services.approve(coordinator, match, consent_given=True)
    db.session.commit()
    assert offer.places_taken == 1 and offer.places_left == 0
    services.accept(provider, match)
    db.session.commit()
    assert services.confirm_start(provider, match) is False
    assert services.confirm_start(coordinator, match) is True  # on the newcomer's behalf
    db.session.commit()
    assert match.status == MatchStatus.STARTED and match.started_dt is not None
    assert sorted(fu.kind for fu in match.follow_ups) == ["checkin", "evaluation_3m"]  # a taalstage
    services.end(provider, match, "completed")
    db.session.commit()
    assert match.status == MatchStatus.ENDED and match.reason_code == "completed"
    assert offer.places_taken == 0
    assert _statuses(match) == [
        (None, "suggested"),
        ("suggested", "proposed"),
        ("proposed", "approved"),
        ("approved", "accepted"),
        ("accepted", "started"),
        ("started", "ended"),
    ]
    roles = [e.actor_role for e in db.session.get(Match, match.id).events]
    assert roles == ["system", "newcomer", "coordinator", "provider", "coordinator", "provider"]
    assert all(f.done_dt for f in match.follow_ups)  # an ended match needs no visits
    actions = {a for (a,) in db.session.query(AuditEvent.action)}
    assert {"match.proposed", "match.approved", "match.accepted", "match.started", "match.ended"} <= actions


def test_every_step_in_the_table_is_a_machine_transition():
    assert {(s.frm, s.to) for s in STEPS} == set(MATCH_LIFECYCLE.transitions)
    assert not MATCH_LIFECYCLE.allows(MatchStatus.PROPOSED, MatchStatus.STARTED)
    assert not MATCH_LIFECYCLE.allows(MatchStatus.ENDED, MatchStatus.STARTED)


def test_impossible_steps_are_refused_with_a_message(world):
    person, provider, coordinator = _actors(world)
    match = services.propose(coordinator, world["newcomer"], world["offer"])
    db.session.commit()
    with pytest.raises(InvalidTransition):
        services.accept(provider, match)  # the coordinator has not approved yet
    db.session.rollback()
    with pytest.raises(Forbidden):
        services.approve(person, match, consent_given=True)  # a newcomer cannot approve
    db.session.rollback()
    with pytest.raises(Conflict):
        services.reject(coordinator, match, "no-such-reason")
    db.session.rollback()
    with pytest.raises(Conflict):  # approval needs consent for the organisation
        services.approve(coordinator, match)
    db.session.rollback()
    assert _statuses(match) == [(None, "proposed")]


def test_actors_outside_their_scope_find_nothing(world):
    other_g = f.gemeente("Nijkerk", kernen=(("Nijkerk", 52.22, 5.48),))
    stranger = Actor(f.user("coordinator", gemeente=other_g), Role.COORDINATOR)
    other_club = Actor(f.user("provider", organisation=f.organisation(world["g"])), Role.PROVIDER)
    other_person = f.user("newcomer", phone="0622222222")
    f.newcomer(world["g"], user=other_person)
    _, _, coordinator = _actors(world)
    match = services.propose(coordinator, world["newcomer"], world["offer"])
    db.session.commit()
    for actor in (stranger, other_club, Actor(other_person, Role.NEWCOMER)):
        with pytest.raises(NotFound):
            services.get_match(actor, match.id)
        with pytest.raises(NotFound):
            services.approve(actor, match, consent_given=True)
        db.session.rollback()


def test_a_provider_proposes_only_suggested_people(world):
    _, provider, _ = _actors(world)
    with pytest.raises(NotFound):
        services.propose(provider, world["newcomer"], world["offer"])
    db.session.rollback()
    f.suggestion(world["newcomer"], world["offer"])
    match = services.propose(provider, world["newcomer"], world["offer"])
    assert match.source == "provider"


def test_the_last_place_goes_once(world):
    _, _, coordinator = _actors(world)
    other = f.newcomer(world["g"], name="Yonas")
    first = services.propose(coordinator, world["newcomer"], world["offer"])
    second = services.propose(coordinator, other, world["offer"])
    db.session.commit()
    services.approve(coordinator, first, consent_given=True)
    db.session.commit()
    with pytest.raises(Conflict) as refused:
        services.approve(coordinator, second, consent_given=True)
    assert refused.value.message is places.NO_PLACE
    db.session.rollback()
    assert db.session.get(Match, second.id).status == MatchStatus.PROPOSED
    services.decline(coordinator, first, "other_match")  # the place comes free again
    db.session.commit()
    services.approve(coordinator, second, consent_given=True)
    db.session.commit()
    assert world["offer"].places_taken == 1


def test_capacity_cannot_drop_below_the_people_taking_part(client, auth, world):
    _, _, coordinator = _actors(world)
    world["offer"].capacity = 2
    db.session.commit()
    match = services.propose(coordinator, world["newcomer"], world["offer"])
    services.approve(coordinator, match, consent_given=True)
    db.session.commit()
    auth.login(world["provider"])
    data = f.offer_form(world["g"].kernen[0], capacity="0")
    page = client.post(f"/provider/offers/{world['offer'].id}/edit", data=data)
    assert page.status_code == 200  # the form again, with a message
    data["capacity"] = "1"
    assert client.post(f"/provider/offers/{world['offer'].id}/edit", data=data).status_code == 302


def test_double_submitted_approval_makes_one_step(client, auth, world):
    _, _, coordinator = _actors(world)
    match = services.propose(coordinator, world["newcomer"], world["offer"])
    db.session.commit()
    auth.login(world["coordinator"])
    url = f"/coordinator/matches/{match.id}/approve"
    first = client.post(url, data={"consent": "y"}, follow_redirects=True)
    second = client.post(url, data={"consent": "y"}, follow_redirects=True)
    assert first.status_code == second.status_code == 200
    assert nl("This was already done.") in second.get_data(as_text=True)
    assert db.session.query(MatchEvent).filter_by(to_status="approved").count() == 1
    assert world["offer"].places_taken == 1


def test_double_submitted_yes_makes_one_match(client, auth, world):
    f.suggestion(world["newcomer"], world["offer"])
    auth.login(world["person"])
    url = f"/me/suggestions/{world['offer'].id}/yes"
    assert client.post(url).status_code == 302
    again = client.post(url, follow_redirects=True)
    assert again.status_code == 200
    assert db.session.query(Match).count() == 1 and db.session.query(MatchEvent).count() == 2


def test_provider_sees_contact_details_only_after_approval(client, auth, world):
    _, _, coordinator = _actors(world)
    f.suggestion(
        world["newcomer"],
        world["offer"],
        reasons=[{"key": "reason.shared_interest", "params": {"concept": "football"}}],
    )
    auth.login(world["provider"])
    candidates = client.get(f"/provider/offers/{world['offer'].id}/candidates").get_data(as_text=True)
    assert "Amal" in candidates and "Haddad" not in candidates and "99887766" not in candidates
    client.post(f"/provider/offers/{world['offer'].id}/candidates/{world['newcomer'].id}/propose")
    match = db.session.query(Match).one()
    before = client.get(f"/provider/matches/{match.id}").get_data(as_text=True)
    assert "99887766" not in before and "Haddad" not in before
    services.approve(coordinator, db.session.get(Match, match.id), consent_given=True)
    db.session.commit()
    after = client.get(f"/provider/matches/{match.id}").get_data(as_text=True)
    assert "06-99887766" in after and "Amal Haddad" in after
    views = db.session.query(AuditEvent).filter_by(action="newcomer.contact_view").all()
    assert len(views) == 1 and views[0].actor_id == world["provider"].id


def test_newcomer_sees_only_own_matches(client, auth, world):
    _, _, coordinator = _actors(world)
    other_person = f.user("newcomer", phone="0633333333")
    other = f.newcomer(world["g"], name="Someone Else", user=other_person)
    theirs = services.propose(coordinator, other, world["offer"])
    db.session.commit()
    auth.login(world["person"])
    assert "Taalstage in de kantine" not in client.get("/me/matches").get_data(as_text=True)
    assert client.post(f"/me/matches/{theirs.id}/stop").status_code == 404


def test_coordinator_queue_shows_only_own_gemeente(client, auth, world):
    _, _, coordinator = _actors(world)
    services.propose(coordinator, world["newcomer"], world["offer"])
    nijkerk = f.gemeente("Nijkerk", kernen=(("Nijkerk", 52.22, 5.48),))
    theirs = f.newcomer(nijkerk, name="Yonas Nijkerk")
    services.propose(Actor(f.user("coordinator", gemeente=nijkerk), Role.COORDINATOR), theirs, world["offer"])
    db.session.commit()
    auth.login(world["coordinator"])
    page = client.get("/coordinator/matches").get_data(as_text=True)
    assert "Amal Haddad" in page and "Yonas Nijkerk" not in page
    match = db.session.query(Match).filter_by(newcomer_id=theirs.id).one()
    assert client.get(f"/coordinator/matches/{match.id}").status_code == 404
    assert client.post(f"/coordinator/matches/{match.id}/approve", data={"consent": "y"}).status_code == 404


def test_follow_ups_extend_a_taalstage_and_end_it(world):
    _, _provider, coordinator = _actors(world)
    match = f.started_match(world["coordinator"], world["provider"], world["newcomer"], world["offer"])
    evaluation = next(fu for fu in match.follow_ups if fu.kind == "evaluation_3m")
    assert (evaluation.due_date - match.started_dt.date()).days == 91
    services.complete_follow_up(coordinator, evaluation.id, "extend", "Gaat goed")
    db.session.commit()
    six = db.session.query(FollowUp).filter_by(match_id=match.id, kind="evaluation_6m").one()
    assert (six.due_date - match.started_dt.date()).days == 182
    with pytest.raises(Conflict):
        services.complete_follow_up(coordinator, evaluation.id, "extend")
    db.session.rollback()
    services.complete_follow_up(coordinator, six.id, "work_or_study")
    db.session.commit()
    assert match.status == MatchStatus.ENDED and match.reason_code == "work_or_study"


def test_newcomer_answers_a_suggestion(client, auth, world):
    other_offer = f.offer(world["club"], title="Koffie en Taal", type="taalcafe")
    for offer in (world["offer"], other_offer):
        f.suggestion(world["newcomer"], offer)
    auth.login(world["person"])
    assert client.post(f"/me/suggestions/{other_offer.id}/later").status_code == 302
    page = client.get("/me/suggestions").get_data(as_text=True)
    assert "Koffie en Taal" not in page and "Taalstage in de kantine" in page
    client.post(f"/me/suggestions/{world['offer'].id}/no")
    match = db.session.query(Match).one()
    assert match.status == MatchStatus.DECLINED and match.reason_code == "not_interested"
    assert "Taalstage in de kantine" not in client.get("/me/suggestions").get_data(as_text=True)


def test_places_are_held_only_from_approval_to_the_end(world):
    _, provider, coordinator = _actors(world)
    world["offer"].capacity = 2
    db.session.commit()
    people = [world["newcomer"], *(f.newcomer(world["g"]) for _ in range(3))]
    matches = [services.propose(coordinator, n, world["offer"]) for n in people]
    services.approve(coordinator, matches[0], consent_given=True)
    services.approve(coordinator, matches[1], consent_given=True)
    services.accept(provider, matches[1])
    services.reject(coordinator, matches[2], "level")
    db.session.commit()
    assert world["offer"].places_taken == 2 and world["offer"].places_left == 0 and not world["offer"].is_open
    services.decline(provider, matches[0], "no_places")
    db.session.commit()
    assert world["offer"].places_taken == 1 and world["offer"].is_open
