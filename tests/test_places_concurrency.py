"""Places never overbook, also when two people decide at the same moment in separate connections.

Each side runs in its own thread with its own application context, so its own
database session and connection, as two gunicorn workers would. On PostgreSQL
the second UPDATE waits for the first transaction's row lock and then finds no
place left; SQLite lets one writer in at a time. Either way exactly one wins,
and the other gets a clear message.
"""

from __future__ import annotations

import threading

import factories as f
import pytest

from webapp.accounts.models import User
from webapp.domain import Conflict
from webapp.extensions import db
from webapp.matches import places, services
from webapp.matches.lifecycle import MatchStatus, Role
from webapp.matches.models import Match, MatchEvent
from webapp.offers.models import Offer

pytestmark = pytest.mark.no_db  # the threads commit for real; this module cleans up itself


@pytest.fixture
def last_place(app):
    with app.app_context():
        g = f.gemeente()
        club = f.organisation(g)
        offer = f.offer(club, capacity=1)
        coordinators = [f.user("coordinator", gemeente=g) for _ in range(2)]
        providers = [f.user("provider", organisation=club) for _ in range(2)]
        people = [f.newcomer(g), f.newcomer(g)]
        boss = services.Actor(coordinators[0], Role.COORDINATOR)
        matches = [services.propose(boss, person, offer) for person in people]
        db.session.commit()
        ids = {
            "offer": offer.id,
            "matches": [m.id for m in matches],
            "coordinators": [u.id for u in coordinators],
            "providers": [u.id for u in providers],
        }
    yield ids
    with app.app_context():
        from webapp.extensions import delete_all_rows

        db.session.remove()
        with db.engine.begin() as connection:
            delete_all_rows(connection)


def _in_thread(app, work, results, index, before=None, name=None):
    def run():
        with app.app_context():
            try:
                if before:
                    before()
                work()
                db.session.commit()
                results[index] = "ok"
            except Conflict as error:
                db.session.rollback()
                results[index] = error
            finally:
                db.session.remove()

    thread = threading.Thread(target=run, name=name)
    thread.start()
    return thread


def _approve(user_id, match_id):
    def work():
        actor = services.Actor(db.session.get(User, user_id), Role.COORDINATOR)
        services.approve(actor, db.session.get(Match, match_id), consent_given=True)

    return work


def test_two_coordinators_approve_the_last_place_at_the_same_moment(app, last_place):
    start = threading.Barrier(2)
    results = [None, None]
    threads = [
        _in_thread(
            app, _approve(last_place["coordinators"][i], last_place["matches"][i]), results, i, before=start.wait
        )
        for i in range(2)
    ]
    for thread in threads:
        thread.join(30)
    assert sorted(map(str, results)).count("ok") == 1, results
    loser = next(r for r in results if r != "ok")
    assert loser.message is places.NO_PLACE
    with app.app_context():
        assert db.session.get(Offer, last_place["offer"]).places_taken == 1
        assert db.session.query(Match).filter_by(status=MatchStatus.APPROVED).count() == 1


def test_the_second_approval_waits_for_the_first_and_then_finds_no_place(app, last_place, monkeypatch):
    """Deterministic overlap: the first holds the offer's row while the second tries."""
    taken = threading.Event()
    original = places.take

    def take_and_hold(offer):
        original(offer)
        if threading.current_thread().name == "first":
            taken.set()
            threading.Event().wait(0.5)  # still inside the transaction, the row is locked

    monkeypatch.setattr(places, "take", take_and_hold)
    results = [None, None]
    first = _in_thread(app, _approve(last_place["coordinators"][0], last_place["matches"][0]), results, 0, name="first")
    taken.wait(10)
    second = _in_thread(app, _approve(last_place["coordinators"][1], last_place["matches"][1]), results, 1)
    first.join(30)
    second.join(30)
    assert results[0] == "ok" and isinstance(results[1], Conflict), results


def test_two_providers_accept_the_same_place_once(app, last_place):
    with app.app_context():
        coordinator = services.Actor(db.session.get(User, last_place["coordinators"][0]), Role.COORDINATOR)
        services.approve(coordinator, db.session.get(Match, last_place["matches"][0]), consent_given=True)
        db.session.commit()
    start = threading.Barrier(2)
    results = [None, None]

    def accept(user_id):
        def work():
            actor = services.Actor(db.session.get(User, user_id), Role.PROVIDER)
            services.accept(actor, db.session.get(Match, last_place["matches"][0]))

        return work

    threads = [_in_thread(app, accept(last_place["providers"][i]), results, i, before=start.wait) for i in range(2)]
    for thread in threads:
        thread.join(30)
    assert sorted(map(str, results)).count("ok") == 1, results
    with app.app_context():
        assert db.session.query(MatchEvent).filter_by(to_status=MatchStatus.ACCEPTED).count() == 1
        assert db.session.get(Offer, last_place["offer"]).places_taken == 1


def test_one_invitation_code_activates_one_login(app):
    """Issue 9, finding 6: the same code used at the same moment made two accounts (check-then-act)."""
    from webapp.extensions import delete_all_rows
    from webapp.newcomers import invitations
    from webapp.newcomers.models import Newcomer

    with app.test_request_context():
        g = f.gemeente()
        newcomer = f.newcomer(g)
        code = invitations.issue(newcomer)
        db.session.commit()
        newcomer_id = newcomer.id
    start = threading.Barrier(2)
    results = [None, None]

    def activate(number):
        def work():
            invitations.activate(
                code=code, login_kind="phone", phone=number, email="", password="lang genoeg wachtwoord"
            )

        return work

    try:
        threads = []
        for i, number in enumerate(("0611110000", "0622220000")):

            def run(i=i, number=number):
                with app.test_request_context():
                    try:
                        start.wait()
                        activate(number)()
                        db.session.commit()
                        results[i] = "ok"
                    except Conflict as error:
                        db.session.rollback()
                        results[i] = error

            threads.append(threading.Thread(target=run))
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert results.count("ok") == 1, results
        with app.app_context():
            assert db.session.query(User).filter(User.phone.in_(["0611110000", "0622220000"])).count() == 1
            assert db.session.get(Newcomer, newcomer_id).user_id is not None
    finally:
        with app.app_context():
            db.session.remove()
            with db.engine.begin() as connection:
                delete_all_rows(connection)
