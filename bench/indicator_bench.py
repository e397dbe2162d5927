"""Benchmark of the gemeente dashboard on PostgreSQL: a gemeente with 5,000 newcomers and 50,000 matches.

Run: ``.venv/bin/python bench/indicator_bench.py`` (``--quick`` for a smoke run). Set
``BENCH_DATABASE_URL`` to a database of your own; it is dropped and made again.

For each size (1,000 newcomers with 10,000 matches, then 5,000 with 50,000, so the
growth shows) it migrates an empty database and seeds it in bulk: one gemeente
with four kernen, 200 organisations, 2,000 offers of every type and newcomers
who arrived over three and a half years, with matches in every status and
their events (suggested, proposed, approved, accepted, started, ended,
declined, rejected) at dates that follow each other. Then it serves the app
with gunicorn (2 sync workers, as `bench/web_bench.py`) and times each page
with sequential requests: the dashboard for this year, for the running
quarter, filtered by one organisation, and the raadsrapportage as XLSX. Each
page is timed with each job runner (``--runners``): ``inline`` counts a table
that is out of date in the request; ``rq`` (an RQ worker beside gunicorn, Redis)
shows the tables counted before and has the worker count them again
(`webapp/gemeente_dashboard/counted.py`). Per runner, each page is timed right
after a change on the site (a newcomer saved: every table is out of date), again
with nothing changed in between, and (``rq``) how long the worker then takes
until the new figures are there. The last lines are one per
size, page and case::

    SIZE RUNNER PAGE CASE p50_ms=N p95_ms=N
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from sqlalchemy import create_engine, insert, select, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from web_bench import PASSWORD, Client, fresh_database, seed_gemeente, sequential, serve  # noqa: E402

from webapp.vocab import OFFER_TYPES  # noqa: E402

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/meedoen_indicator_bench"
#: Every offer type the site knows, in its own order (``webapp.vocab``).
TYPES = list(OFFER_TYPES)
#: How far matches get: (final status, share, end reason).
OUTCOMES = [
    ("declined_suggestion", 0.15, "not_interested"),
    ("rejected", 0.10, "schedule"),
    ("proposed", 0.05, None),
    ("approved", 0.03, None),
    ("accepted", 0.02, None),
    ("declined", 0.05, "no_places"),
    ("started", 0.25, None),
    ("completed", 0.14, "completed"),
    ("stopped", 0.12, "stopped"),
    ("work_or_study", 0.05, "work_or_study"),
    ("no_show", 0.04, "no_show"),
]
BATCH = 5000
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")


def _at(day: date, rng: random.Random) -> datetime:
    return datetime(day.year, day.month, day.day, rng.randint(8, 20), rng.randint(0, 59))


def seed(app, n_newcomers: int, n_matches: int, today: date) -> dict:
    """Bulk inserts with Core; returns the logins and ids the pages need."""
    from werkzeug.security import generate_password_hash

    from webapp.accounts.models import RoleGrant, User
    from webapp.extensions import db
    from webapp.matches.models import Match, MatchEvent
    from webapp.newcomers.models import Newcomer
    from webapp.offers.models import Offer
    from webapp.organisations.models import Organisation

    rng = random.Random(11)
    now = datetime.combine(today, datetime.min.time()) + timedelta(hours=7)
    start = today - timedelta(days=int(3.5 * 365))
    with app.app_context():
        session = db.session
        gemeente_id, kern_ids = seed_gemeente(session)
        org_ids = (
            session.execute(
                insert(Organisation).returning(Organisation.id),
                [
                    {
                        "name": f"Organisatie {i}",
                        "kind": ("werkgever", "vereniging", "welzijn", "kerk")[i % 4],
                        "gemeente_id": gemeente_id,
                        "description": "",
                        "moderation_status": "approved",
                        "created_dt": now,
                    }
                    for i in range(200)
                ],
            )
            .scalars()
            .all()
        )
        offers = [
            {
                "kind": "aanbod",
                "type": TYPES[i % len(TYPES)],
                "title": f"Aanbod {i}",
                "description": "",
                "tags": [],
                "organisation_id": org_ids[i % len(org_ids)],
                "gemeente_id": gemeente_id,
                "kern_id": kern_ids[i % 4] if i % 50 else None,
                "schedule": [],
                "host_languages": [],
                "capacity": 100,
                "places_taken": 0,
                "women_only": False,
                "childcare": False,
                "cost_eur": 0,
                "language_rich": rng.random() < 0.8,
                "is_public": True,
                "contact_name": "",
                "status": "published",
                "review_note": "",
                "created_dt": now,
                "updated_dt": now,
                "published_dt": _at(start + timedelta(days=rng.randint(-200, 3 * 365)), rng),
            }
            for i in range(2000)
        ]
        offer_ids = session.execute(insert(Offer).returning(Offer.id), offers).scalars().all()
        offer_types = {oid: o["type"] for oid, o in zip(offer_ids, offers, strict=True)}
        people = []
        for i in range(n_newcomers):
            arrival = start + timedelta(days=rng.randint(0, int(3.4 * 365)))
            wants = ["taalcoach"] if rng.random() < 0.2 else []
            since = {"taalcoach": (arrival + timedelta(days=rng.randint(0, 60))).isoformat()} if wants else {}
            people.append(
                {
                    "gemeente_id": gemeente_id,
                    "kern_id": kern_ids[i % 4] if i % 40 else None,
                    "name": f"Nieuwkomer {i}",
                    "languages": ["ar"],
                    "interests": "",
                    "profession": "",
                    "wants": wants,
                    "wants_since": since,
                    "goals": [],
                    "pip_goals": {},
                    "availability": [],
                    "mobility": [],
                    "notes": "",
                    "birth_year": rng.randint(1960, 2007) if rng.random() < 0.97 else 2014,
                    "arrival_date": arrival,
                    "created_dt": now,
                    "updated_dt": now,
                }
            )
        newcomer_ids = []
        for first in range(0, len(people), BATCH):
            newcomer_ids += (
                session.execute(insert(Newcomer).returning(Newcomer.id), people[first : first + BATCH]).scalars().all()
            )
        arrivals = {nid: p["arrival_date"] for nid, p in zip(newcomer_ids, people, strict=True)}
        matches, plans, pairs = [], [], set()
        weights = [share for _name, share, _reason in OUTCOMES]
        while len(matches) < n_matches:
            newcomer_id, offer_id = rng.choice(newcomer_ids), rng.choice(offer_ids)
            if (newcomer_id, offer_id) in pairs:
                continue
            pairs.add((newcomer_id, offer_id))
            outcome, _share, reason = rng.choices(OUTCOMES, weights)[0]
            row, steps = _lifecycle(rng, arrivals[newcomer_id], today, outcome, reason)
            if row is None:
                continue
            matches.append({"newcomer_id": newcomer_id, "offer_id": offer_id, "reasons": [], **row})
            plans.append(steps)
        for first in range(0, len(matches), BATCH):
            ids = session.execute(insert(Match).returning(Match.id), matches[first : first + BATCH]).scalars().all()
            events = [
                {
                    "match_id": match_id,
                    "from_status": frm,
                    "to_status": to,
                    "actor_role": role,
                    "reason_code": code,
                    "reason": "",
                    "created_dt": when,
                }
                for match_id, steps in zip(ids, plans[first : first + BATCH], strict=True)
                for frm, to, role, code, when in steps
            ]
            for part in range(0, len(events), BATCH):
                session.execute(insert(MatchEvent), events[part : part + BATCH])
        uid = session.execute(
            insert(User)
            .values(
                email="beleid@bench.example",
                display_name="Beleid",
                password_hash=generate_password_hash(PASSWORD),
                is_active_account=True,
                created_dt=now,
                email_confirmed_dt=now,
            )
            .returning(User.id)
        ).scalar()
        session.execute(insert(RoleGrant).values(user_id=uid, role="gemeente", gemeente_id=gemeente_id))
        session.commit()
        # Autovacuum analyses tables this size within a minute of loading them; do it now.
        session.execute(db.text("ANALYZE"))
        session.commit()
        n_events = session.scalar(select(db.func.count()).select_from(MatchEvent))
        busiest = session.execute(
            select(Offer.organisation_id, db.func.count())
            .join(Match)
            .group_by(Offer.organisation_id)
            .order_by(db.func.count().desc())
            .limit(1)
        ).first()
    return {
        "login": "beleid@bench.example",
        "organisation_id": busiest[0],
        "events": n_events,
        "types": len(set(offer_types.values())),
    }


def _lifecycle(rng, arrival: date, today: date, outcome: str, reason):
    """A match's columns and its events, each step a few days after the one before, never after today."""
    created = arrival + timedelta(days=rng.randint(0, 700))
    if created > today:
        return None, None
    moments = [created]
    for gap in (rng.randint(1, 20), rng.randint(1, 10), rng.randint(3, 30), rng.randint(7, 400)):
        moments.append(moments[-1] + timedelta(days=gap))
    when = [_at(day, rng) for day in moments]
    reached = sum(day <= today for day in moments)  # how many of created/approved/accepted/started/ended
    suggested = rng.random() < 0.7 or outcome == "declined_suggestion"
    steps = [(None, "suggested", "system", None, when[0])] if suggested else []
    row = {
        "source": "system" if outcome == "declined_suggestion" else "coordinator",
        "created_dt": when[0],
        "updated_dt": when[0],
        "status": "proposed",
        "reason_code": None,
    }
    if outcome == "declined_suggestion":
        steps.append(("suggested", "declined", "newcomer", reason, when[0]))
        return {**row, "status": "declined", "reason_code": reason}, steps
    steps.append(("suggested" if suggested else None, "proposed", "coordinator", None, when[0]))
    if outcome == "rejected":
        steps.append(("proposed", "rejected", "coordinator", reason, when[0]))
        return {**row, "status": "rejected", "reason_code": reason}, steps
    plan = {"proposed": 1, "approved": 2, "accepted": 3, "declined": 3, "no_show": 3, "started": 4}.get(outcome, 5)
    stages = min(plan, reached)
    status = "proposed"
    for number, (to, column) in enumerate(
        (("approved", "approved_dt"), ("accepted", None), ("started", "started_dt"), ("ended", "ended_dt")), start=1
    ):
        if number >= stages:
            break
        steps.append(
            (
                status,
                to,
                "coordinator" if to == "approved" else "provider" if to == "accepted" else "system",
                reason if to == "ended" else None,
                when[number],
            )
        )
        status = to
        row["updated_dt"] = when[number]
        if column:
            row[column] = when[number]
    if outcome in ("declined", "no_show") and stages == plan:
        final = "declined" if outcome == "declined" else "ended"
        steps.append((status, final, "provider", reason, when[stages]))
        row.update({"updated_dt": when[stages], "reason_code": reason})
        if final == "ended":
            row["ended_dt"] = when[stages]
        status = final
    elif status == "ended":
        row["reason_code"] = reason
    row["status"] = status
    return row, steps


def _drained(queue) -> None:
    """Wait until the worker has done every job asked for (the recounts)."""
    from rq.registry import StartedJobRegistry

    started = StartedJobRegistry(queue.name, connection=queue.connection)
    while queue.count or started.count:
        time.sleep(0.05)


def _pages(url, index_dir, ids, n_newcomers, n_matches, quarter, jobs, requests, cold_requests) -> list[tuple]:
    """Time every page with one job runner: ``inline`` counts in the request, ``rq`` in the worker."""
    from redis import Redis
    from rq import Queue

    name = f"bench-indicators-{os.getpid()}"
    env = {"BACKGROUND_JOBS": jobs, "REDIS_URL": REDIS_URL, "JOB_QUEUE": name}
    queue = Queue(name, connection=Redis.from_url(REDIS_URL))
    worker = None
    if jobs == "rq":
        worker = subprocess.Popen(
            [sys.executable, "-m", "flask", "worker"],
            cwd=ROOT,
            env={
                **os.environ,
                "DATABASE_URL": url,
                "SECRET_KEY": "bench-" + "x" * 40,
                "SUGGESTION_INDEX_DIR": index_dir,
                "FLASK_APP": "webapp",
                **env,
            },
        )
    process, port = serve(url, index_dir, env)
    results = []
    try:
        client = Client(port)
        client.login(ids["login"])
        pages = {
            "dashboard_year": "/gemeente",
            "dashboard_quarter": f"/gemeente?period={quarter}",
            "dashboard_organisation": f"/gemeente?filter=org:{ids['organisation_id']}",
            "raadsrapportage_xlsx": "/gemeente/raadsrapportage.xlsx",
        }
        bump = create_engine(make_url(url))
        for name_, path in pages.items():
            cold, recounts = [], []
            sequential(client, path, 1)  # the tables exist: a first load of the day counts in the request
            for _ in range(cold_requests):
                with bump.begin() as connection:  # any change on the site: every table is out of date
                    connection.execute(
                        text("UPDATE newcomers SET updated_dt = now() WHERE id = (SELECT min(id) FROM newcomers)")
                    )
                cold += sequential(client, path, 1)
                if worker is not None:
                    began = time.perf_counter()
                    _drained(queue)
                    recounts.append((time.perf_counter() - began) * 1000)
            sequential(client, path, 3)  # both workers have read the tables since the last change
            warm = sequential(client, path, requests)
            for kind, times in (("after a change", cold), ("again", warm), ("recounted by the worker", recounts)):
                if not times:
                    continue
                p50, p95 = np.percentile(times, 50), np.percentile(times, 95)
                results.append((n_newcomers, f"{jobs} {name_} {kind.replace(' ', '_')}", p50, p95))
                print(
                    f"{n_newcomers} newcomers / {n_matches} matches, jobs {jobs}, {name_} ({path}), {kind}: "
                    f"p50 {p50:.0f} ms, p95 {p95:.0f} ms over {len(times)} requests"
                )
        bump.dispose()
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
        if worker is not None:
            worker.send_signal(signal.SIGTERM)
            worker.wait(timeout=30)
        queue.delete(delete_jobs=True)
    return results


def measure(url: str, sizes, requests: int, cold_requests: int, runners=("inline", "rq")) -> list[tuple]:
    from flask_migrate import upgrade

    from webapp import create_app

    today = date.today()
    quarter = f"{today.year}-Q{(today.month - 1) // 3 + 1}"
    results = []
    for n_newcomers, n_matches in sizes:
        fresh_database(url)
        index_dir = tempfile.mkdtemp(prefix="meedoen-indicator-bench-")
        app = create_app(
            {
                "SQLALCHEMY_DATABASE_URI": url,
                "SECRET_KEY": "bench-" + "x" * 40,
                "BACKGROUND_JOBS": "inline",
                "SUGGESTION_INDEX_DIR": index_dir,
            }
        )
        with app.app_context():
            upgrade(directory=str(ROOT / "migrations"))
        started = time.perf_counter()
        ids = seed(app, n_newcomers, n_matches, today)
        print(
            f"seeded {n_newcomers} newcomers, {n_matches} matches, {ids['events']} events "
            f"in {time.perf_counter() - started:.1f} s"
        )
        for jobs in runners:
            results += _pages(url, index_dir, ids, n_newcomers, n_matches, quarter, jobs, requests, cold_requests)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL))
    parser.add_argument("--requests", type=int, default=100, help="requests per page, nothing changed in between")
    parser.add_argument(
        "--after-change",
        type=int,
        default=20,
        help="requests per page right after a change on the site (everything counted afresh)",
    )
    parser.add_argument(
        "--runners",
        default="inline,rq",
        help="job runners to time: inline (counted in the request), rq (in the worker)",
    )
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    args = parser.parse_args()
    sizes = [(1_000, 10_000), (5_000, 50_000)]
    if args.quick:
        sizes, args.requests, args.after_change = [(200, 2_000)], 10, 3
    print(
        f"cpus: {os.cpu_count()}, load average {os.getloadavg()[0]:.2f}; "
        f"database {make_url(args.database).render_as_string()}"
    )
    results = measure(args.database, sizes, args.requests, args.after_change, args.runners.split(","))
    for size, name, p50, p95 in results:
        print(f"{size} {name} p50_ms={p50:.1f} p95_ms={p95:.1f}")


if __name__ == "__main__":
    main()
