"""Benchmark of the web pages on PostgreSQL, served by gunicorn beside a bare Flask route.

Run: ``.venv/bin/python bench/web_bench.py`` (``--quick`` for a smoke run; ``make bench-web``).

It creates the database ``meedoen_bench`` (dropping an old one), migrates it,
seeds it in bulk (one gemeente with 10,000 open offers with real-length texts
and 2,000 newcomers), computes every suggestion once (time and peak memory),
times the refresh of one newcomer's suggestions after a profile edit, then
starts gunicorn (2 sync workers) and measures each page: 200 sequential
requests (p50, p95) and requests per second under load (wrk, 16 connections,
3 rounds, each round the bare route and then the page). The last lines are one per page::

    PAGE p50_ms=N p95_ms=N rps=N ratio=N

where ``rps`` is the median of the page's rounds and ``ratio`` the median of the rounds' page
req/s divided by the bare route's req/s of the same round.

``--lists`` (issue 10) measures the sociale kaart and the list pages instead: it seeds 1,000
offers, 5,000 newcomers and 50,000 matches in bulk, measures ``offers``, ``offers_q``,
``offers_filtered``, ``offer``, ``coordinator_newcomers`` and ``provider_offers``, adds offers up
to 10,000 and measures again, so the growth shows; it prints the SQL statements each page runs
(counted in-process with a ``before_cursor_execute`` listener) and ends with the
``PAGE p50_ms=N ...`` lines at 10,000 offers.
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from sqlalchemy import create_engine, insert, select, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/meedoen_bench"
PASSWORD = "bench-password-1"
KERNEN = [
    ("Dalfsen", 52.5106, 6.2583),
    ("Nieuwleusen", 52.5822, 6.2814),
    ("Lemelerveld", 52.4444, 6.3375),
    ("Hoonhorst", 52.4881, 6.2317),
]


def fresh_database(url: str) -> None:
    parsed = make_url(url)
    admin = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {parsed.database} WITH (FORCE)"))
        connection.execute(text(f"CREATE DATABASE {parsed.database}"))
    admin.dispose()


def vacuum_analyze(app) -> None:
    """What autovacuum does within a minute of a bulk load: statistics, and the visibility map.

    This machine's PostgreSQL runs without autovacuum. Without the visibility map every
    index-only scan (the count of the offer list) visits the table's rows after all, which a
    production database with autovacuum on does not. VACUUM cannot run in a transaction.
    """
    from webapp.extensions import db

    with app.app_context():
        db.session.commit()
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("VACUUM ANALYZE"))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak() -> None:
    """Linux: start counting the peak resident size again from now (``clear_refs`` 5)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def current_peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return peak_mb()


def seed(app, n_offers: int, n_newcomers: int, n_proposals: int) -> dict:
    """Bulk inserts with Core, in minutes not hours; returns the ids the pages need."""
    from realistic import generate_realistic

    from webapp.accounts.models import User
    from webapp.extensions import db
    from webapp.matches.models import Match, MatchEvent
    from webapp.newcomers.models import Newcomer
    from webapp.offers.models import Offer
    from webapp.timeutil import utcnow

    profiles, offers = generate_realistic(n_newcomers, n_offers, seed=5)
    now = utcnow()
    with app.app_context():
        session = db.session
        gemeente_id, kern_ids = seed_gemeente(session)
        org_ids = _seed_organisations(session, gemeente_id, now)
        offer_rows = _offer_rows(offers, org_ids, kern_ids, gemeente_id, now)
        for start in range(0, len(offer_rows), 2000):
            session.execute(insert(Offer), offer_rows[start : start + 2000])
        newcomer_rows = _newcomer_rows(profiles, kern_ids, gemeente_id, now)
        for start in range(0, len(newcomer_rows), 2000):
            session.execute(insert(Newcomer), newcomer_rows[start : start + 2000])
        users = _seed_users(session, ("coordinator", "provider", "newcomer"), org_ids[0], gemeente_id, now)
        first_newcomer = session.scalar(select(Newcomer.id).order_by(Newcomer.id))
        session.execute(
            Newcomer.__table__.update()
            .where(Newcomer.id == first_newcomer)
            .values(user_id=session.scalar(select(User.id).where(User.email == users["newcomer"])))
        )
        offer_ids = session.scalars(select(Offer.id).order_by(Offer.id)).all()
        newcomer_ids = session.scalars(select(Newcomer.id).order_by(Newcomer.id)).all()
        proposals = [
            {
                "newcomer_id": newcomer_ids[i % len(newcomer_ids)],
                "offer_id": offer_ids[(i * 7) % len(offer_ids)],
                "status": "proposed",
                "source": "newcomer",
                "reasons": [],
                "created_dt": now,
                "updated_dt": now,
            }
            for i in range(n_proposals)
        ]
        session.execute(insert(Match), proposals)
        match_ids = session.scalars(select(Match.id)).all()
        session.execute(
            insert(MatchEvent),
            [
                {"match_id": m, "to_status": "proposed", "actor_role": "newcomer", "reason": "", "created_dt": now}
                for m in match_ids
            ],
        )
        session.commit()
        return {"users": users, "offer_id": offer_ids[0], "newcomer_id": first_newcomer}


def recompute(app) -> tuple[float, float]:
    from webapp.matches import suggestions

    with app.app_context():
        reset_peak()
        started = time.perf_counter()
        suggestions.recompute_all()
        return time.perf_counter() - started, current_peak_mb()


def refresh_times(app, rounds: int) -> list[float]:
    """A profile edit through the service, committed: the inline job refreshes that newcomer."""
    from sqlalchemy.orm import selectinload

    from webapp.extensions import db
    from webapp.newcomers import services
    from webapp.newcomers.models import Newcomer

    words = [
        "voetbal en fietsen",
        "koken en naaien",
        "ik wil werken in de zorg",
        "schilderen, muziek",
        "tuin en dieren",
        "computer leren",
    ]
    times = []
    with app.app_context():
        people = db.session.scalars(select(Newcomer).options(selectinload(Newcomer.kern)).limit(rounds + 1)).all()
        services.update(people[0], {"interests": "warm-up"})
        db.session.commit()
        for i, person in enumerate(people[1:]):
            services.update(person, {"interests": words[i % len(words)]})
            started = time.perf_counter()
            db.session.commit()  # after the commit the refresh job runs (inline runner)
            times.append((time.perf_counter() - started) * 1000)
    return times


class Client:
    """A keep-alive HTTP client with one cookie jar: enough for a logged-in page."""

    def __init__(self, port: int):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, body: dict | None = None) -> tuple[int, str]:
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        data = None
        if body is not None:
            data = urlencode(body)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            self.connection.request(method, path, body=data, headers=headers)
            response = self.connection.getresponse()
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            self.connection.close()  # the server closed a connection that waited too long; open another
            self.connection.request(method, path, body=data, headers=headers)
            response = self.connection.getresponse()
        payload = response.read().decode("utf-8", "replace")
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            self.cookies[name] = rest.split(";", 1)[0]
        return response.status, payload

    def login(self, login: str) -> None:
        status, _ = self.request("POST", "/login", {"login": login, "password": PASSWORD})
        if status != 302:
            raise SystemExit(f"could not log in as {login} (status {status})")

    @property
    def cookie_header(self) -> str:
        return "; ".join(f"{k}={v}" for k, v in self.cookies.items())


def sequential(client: Client, path: str, n: int) -> list[float]:
    times = []
    for _ in range(n):
        started = time.perf_counter()
        status, _ = client.request("GET", path)
        times.append((time.perf_counter() - started) * 1000)
        if status != 200:
            raise SystemExit(f"{path} answered {status}")
    return times


def load(port: int, path: str, cookie: str, seconds: int) -> float:
    """Requests per second with wrk (16 connections), or with one keep-alive client when wrk is missing."""
    if shutil.which("wrk"):
        result = subprocess.run(
            ["wrk", "-t2", "-c16", f"-d{seconds}s", "-H", f"Cookie: {cookie}", f"http://127.0.0.1:{port}{path}"],
            capture_output=True,
            text=True,
            check=True,
        )
        found = re.search(r"Requests/sec:\s+([0-9.]+)", result.stdout)
        non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", result.stdout)
        if non_2xx:
            raise SystemExit(f"{path}: {non_2xx.group(1)} failed responses under load")
        return float(found.group(1))
    client = Client(port)
    client.cookies = dict(part.split("=", 1) for part in cookie.split("; ") if "=" in part)
    count, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        client.request("GET", path)
        count += 1
    return count / (time.perf_counter() - started)


def load_beside_bare(port: int, path: str, cookie: str, seconds: int, rounds: int) -> tuple[float, float, list[float]]:
    """The page's requests per second and its ratio to the bare route, each the median of ``rounds``.

    Each round loads the bare route and then the page, back to back, so a ratio compares two
    runs under the same conditions: on a shared machine the bare route alone varied by a factor
    of two between runs ten minutes apart, which no single bare figure at the start can follow.
    Returns the page's median req/s, the median of the per-round ratios, and the bare route's
    req/s of each round.
    """
    pages, ratios, bares = [], [], []
    for _ in range(rounds):
        bare = load(port, "/_bench/bare", "", seconds)
        page = load(port, path, cookie, seconds)
        bares.append(bare)
        pages.append(page)
        ratios.append(page / bare)
    return float(np.median(pages)), float(np.median(ratios)), bares


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def gunicorn_command(port: int) -> list[str]:
    """gunicorn with 2 sync workers, one thread each, serving ``web_bench_app`` (see `serve`)."""
    return [
        sys.executable,
        "-m",
        "gunicorn",
        "--access-logfile",
        "/dev/null",
        "-w",
        "2",
        "-k",
        "sync",
        "--threads",
        "1",
        "-b",
        f"127.0.0.1:{port}",
        "--log-level",
        "warning",
        "web_bench_app:app",
    ]


def serve(url: str, index_dir: str, env: dict | None = None) -> tuple[subprocess.Popen, int]:
    """gunicorn with 2 sync workers; ``env`` adds to (or overrides) the app's settings.

    The worker class is given on the command line: gunicorn reads ``./gunicorn.conf.py`` by
    itself, and production's threaded workers (``gthread``, 16 threads, keep-alive) are not the
    set-up the issues measure with (2 sync workers; wrk's connections are closed after each
    request, for the bare route as for the pages). So is ``--threads 1``: gunicorn quietly runs
    a ``sync`` worker with more than one thread as ``gthread``, and until 2026-12-04 the config
    file's 16 threads made every run of this bench a threaded one.
    """
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "SECRET_KEY": "bench-" + "x" * 40,
        "BACKGROUND_JOBS": "inline",
        "SUGGESTION_INDEX_DIR": index_dir,
        "PYTHONPATH": f"{ROOT}:{ROOT / 'bench'}",
        "GUNICORN_THREADS": "1",
        **(env or {}),
    }
    process = subprocess.Popen(
        gunicorn_command(port),
        cwd=ROOT,
        env=env,
    )
    for _ in range(200):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return process, port
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("gunicorn did not start")


def seed_gemeente(session) -> tuple[int, list[int]]:
    """Dalfsen with its kernen (`KERNEN`), in bulk; returns the gemeente's id and the kernen's ids."""
    from webapp.gemeenten.models import Gemeente, Kern

    gemeente_id = session.execute(insert(Gemeente).values(name="Dalfsen").returning(Gemeente.id)).scalar()
    kern_ids = [
        session.execute(
            insert(Kern).values(gemeente_id=gemeente_id, name=n, lat=la, lon=lo).returning(Kern.id)
        ).scalar()
        for n, la, lo in KERNEN
    ]
    return gemeente_id, kern_ids


def _seed_organisations(session, gemeente_id: int, now) -> list[int]:
    """200 approved verenigingen in the gemeente; returns their ids."""
    from webapp.organisations.models import Organisation

    return [
        session.execute(
            insert(Organisation)
            .values(
                name=f"Organisatie {i}",
                kind="vereniging",
                gemeente_id=gemeente_id,
                description="",
                moderation_status="approved",
                created_dt=now,
            )
            .returning(Organisation.id)
        ).scalar()
        for i in range(200)
    ]


def _seed_users(session, roles, org_id: int, gemeente_id: int, now) -> dict[str, str]:
    """One confirmed account per role (``role@bench.example``, :data:`PASSWORD`): the provider
    works for ``org_id``, the coordinator for the gemeente. Returns each role's log-in."""
    from werkzeug.security import generate_password_hash

    from webapp.accounts.models import RoleGrant, User

    password_hash = generate_password_hash(PASSWORD)
    users = {}
    for role in roles:
        login = f"{role}@bench.example"
        uid = session.execute(
            insert(User)
            .values(
                email=login,
                display_name=role,
                password_hash=password_hash,
                organisation_id=org_id if role == "provider" else None,
                is_active_account=True,
                email_confirmed_dt=now,
                created_dt=now,
            )
            .returning(User.id)
        ).scalar()
        session.execute(
            insert(RoleGrant).values(user_id=uid, role=role, gemeente_id=gemeente_id if role == "coordinator" else None)
        )
        users[role] = login
    return users


def _newcomer_rows(profiles, kern_ids, gemeente_id, now) -> list[dict]:
    return [
        {
            "gemeente_id": gemeente_id,
            "kern_id": kern_ids[i % len(kern_ids)],
            "name": f"Nieuwkomer {i}",
            "languages": list(p.languages or []),
            "dutch_level": p.dutch_level,
            "interests": p.interests or "",
            "profession": p.profession or "",
            "wants": list(p.wants or []),
            "wants_since": {},
            "goals": list(p.goals or []),
            "pip_goals": {},
            "availability": list(p.availability or []),
            "mobility": list(p.mobility or []),
            "max_km": p.max_km,
            "gender": p.gender,
            "birth_year": p.birth_year,
            "needs_childcare": p.needs_childcare,
            "notes": "",
            "created_dt": now,
            "updated_dt": now,
        }
        for i, p in enumerate(profiles)
    ]


def _offer_rows(offers, org_ids, kern_ids, gemeente_id, now) -> list[dict]:
    return [
        {
            "kind": "aanbod",
            "type": o.type,
            "title": (o.title or o.description[:60])[:200],
            "description": o.description,
            "tags": list(o.tags or []),
            "organisation_id": org_ids[i % len(org_ids)],
            "gemeente_id": gemeente_id,
            "kern_id": kern_ids[i % len(kern_ids)],
            "schedule": list(o.schedule or []),
            "min_dutch_level": o.min_dutch_level,
            "host_languages": list(o.host_languages or []),
            "capacity": max(1, int(o.capacity or 3)),
            "places_taken": 0,
            "women_only": bool(o.women_only),
            "age_min": o.age_min,
            "age_max": o.age_max,
            "childcare": bool(o.childcare),
            "cost_eur": o.cost_eur or 0,
            "language_rich": o.language_rich is not False,
            "is_public": True,
            "contact_name": "Contact",
            "status": "published",
            "review_note": "",
            "created_dt": now,
            "updated_dt": now,
            "published_dt": now,
        }
        for i, o in enumerate(offers)
    ]


def seed_lists(app, offers, n_newcomers: int, n_matches: int) -> dict:
    """Issue 10: a gemeente with ``offers`` (the first stage), newcomers and matches, in bulk.

    Matches pair newcomer ``i % n`` with one of the first offers so that every pair is unique.
    """
    from realistic import generate_realistic

    from webapp.extensions import db
    from webapp.matches import search
    from webapp.matches.models import Match, MatchEvent
    from webapp.newcomers.models import Newcomer
    from webapp.offers.models import Offer
    from webapp.timeutil import utcnow

    profiles, _ = generate_realistic(n_newcomers, 1, seed=6)
    now = utcnow()
    with app.app_context():
        session = db.session
        gemeente_id, kern_ids = seed_gemeente(session)
        org_ids = _seed_organisations(session, gemeente_id, now)
        session.execute(insert(Offer), _offer_rows(offers, org_ids, kern_ids, gemeente_id, now))
        newcomer_rows = _newcomer_rows(profiles, kern_ids, gemeente_id, now)
        for start in range(0, len(newcomer_rows), 5000):
            session.execute(insert(Newcomer), newcomer_rows[start : start + 5000])
        users = _seed_users(session, ("coordinator", "provider"), org_ids[0], gemeente_id, now)
        offer_ids = session.scalars(select(Offer.id).order_by(Offer.id)).all()
        newcomer_ids = session.scalars(select(Newcomer.id).order_by(Newcomer.id)).all()
        n, m = len(newcomer_ids), len(offer_ids)
        statuses = ("proposed", "approved", "started", "declined", "ended")
        match_rows = [
            {
                "newcomer_id": newcomer_ids[i % n],
                "offer_id": offer_ids[(i % n + 97 * (i // n)) % m],
                "status": statuses[i % len(statuses)],
                "source": "coordinator",
                "reasons": [],
                "created_dt": now,
                "updated_dt": now,
            }
            for i in range(n_matches)
        ]
        for start in range(0, len(match_rows), 10000):
            session.execute(insert(Match), match_rows[start : start + 10000])
        match_ids = session.scalars(select(Match.id)).all()
        for start in range(0, len(match_ids), 10000):
            session.execute(
                insert(MatchEvent),
                [
                    {
                        "match_id": mid,
                        "to_status": "proposed",
                        "actor_role": "coordinator",
                        "reason": "",
                        "created_dt": now,
                    }
                    for mid in match_ids[start : start + 10000]
                ],
            )
        search.backfill()
        session.commit()
        return {
            "users": users,
            "offer_id": offer_ids[0],
            "org_ids": org_ids,
            "kern_ids": kern_ids,
            "gemeente_id": gemeente_id,
        }


def add_offers(app, offers, ids: dict) -> None:
    """The second stage: more offers, then their concepts (as ``flask matching recompute`` does)."""
    from webapp.extensions import db
    from webapp.matches import search
    from webapp.offers.models import Offer
    from webapp.timeutil import utcnow

    rows = _offer_rows(offers, ids["org_ids"], ids["kern_ids"], ids["gemeente_id"], utcnow())
    with app.app_context():
        for start in range(0, len(rows), 2000):
            db.session.execute(insert(Offer), rows[start : start + 2000])
        search.backfill()
        db.session.commit()
    vacuum_analyze(app)


LIST_PAGES = {
    "offers": (None, "/offers"),
    "offers_q": (None, "/offers?q=voetbal"),
    "offers_q_typo": (None, "/offers?q=voetbl"),
    "offers_q_arabic": (None, "/offers?" + urlencode({"q": "كرة القدم"})),
    "offers_filtered": (None, "/offers?type=sport&kern={kern}&day=sat&part=am"),
    "offer": (None, "/offers/{offer}"),
    "coordinator_newcomers": ("coordinator", "/coordinator/newcomers"),
    "coordinator_newcomers_q": ("coordinator", "/coordinator/newcomers?q=nieuwkomer+12&status=no_login"),
    "provider_offers": ("provider", "/provider/offers"),
}


def query_counts(app, ids: dict, pages: dict) -> dict[str, int]:
    """SQL statements per page, counted in-process with a ``before_cursor_execute`` listener."""
    from sqlalchemy import event

    from webapp.extensions import db

    counts = {}
    app.config.update(WTF_CSRF_ENABLED=False, RATELIMIT_ENABLED=False)
    clients = {}
    for name, (role, path) in pages.items():
        if role not in clients:
            clients[role] = app.test_client()
            if role:
                clients[role].post("/login", data={"login": ids["users"][role], "password": PASSWORD})
        hits = []

        def listener(*_args, hits=hits):
            hits.append(1)

        with app.app_context():
            event.listen(db.engine, "before_cursor_execute", listener)
            try:
                status = clients[role].get(path).status_code
            finally:
                event.remove(db.engine, "before_cursor_execute", listener)
        if status != 200:
            raise SystemExit(f"{path} answered {status}")
        counts[name] = len(hits)
    return counts


def card_cost(app, path: str, requests: int) -> tuple[float, float]:
    """In-process p50 of ``path`` with every offer card drawn afresh, and with the cards kept.

    The load runs repeat one URL, so they see kept cards (``webapp/offers/cards.py``); this
    shows what a page of offers no one has looked at yet in that language costs.
    """
    client = app.test_client()
    cards = app.extensions["offer_cards"]
    timings = {}
    for kept in (False, True):
        times = []
        for _ in range(requests):
            if not kept:
                cards.drawn.clear()
            started = time.perf_counter()
            client.get(path)
            times.append((time.perf_counter() - started) * 1000)
        timings[kept] = float(np.percentile(times, 50))
    return timings[False], timings[True]


def measure_pages(port: int, ids: dict, pages: dict, args, rounds: int) -> dict:
    """Per page: p50 and p95 of sequential requests, then req/s and ratio beside the bare route."""
    results = {}
    cookies = {}
    for name, (role, path) in pages.items():
        if role not in cookies:
            client = Client(port)
            if role:
                client.login(ids["users"][role])
            cookies[role] = dict(client.cookies)
        client = Client(port)  # a fresh connection: the last one idled past keep-alive under wrk
        client.cookies = dict(cookies[role])
        sequential(client, path, 10)  # warm both workers
        times = sequential(client, path, args.requests)
        rps, ratio, bares = load_beside_bare(port, path, client.cookie_header, args.seconds, rounds)
        results[name] = (np.percentile(times, 50), np.percentile(times, 95), rps, ratio, bares)
    return results


def lists_main(args) -> None:
    """Issue 10: the sociale kaart and the list pages at 1,000 and at 10,000 offers."""
    from flask_migrate import upgrade
    from realistic import generate_realistic

    from webapp import create_app

    small = max(1, args.offers // 10)
    print(f"cpus: {os.cpu_count()}; database {make_url(args.database).render_as_string()}")
    fresh_database(args.database)
    index_dir = tempfile.mkdtemp(prefix="meedoen-bench-index-")
    app = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": args.database,
            "SECRET_KEY": "bench-" + "x" * 40,
            "BACKGROUND_JOBS": "inline",
            "SUGGESTION_INDEX_DIR": index_dir,
        }
    )
    with app.app_context():
        upgrade(directory=str(ROOT / "migrations"))
    _, offers = generate_realistic(1, args.offers, seed=5)
    started = time.perf_counter()
    ids = seed_lists(app, offers[:small], args.newcomers, args.matches)
    vacuum_analyze(app)
    print(
        f"seeded {small} offers, {args.newcomers} newcomers, {args.matches} matches "
        f"(with the offers' concepts) in {time.perf_counter() - started:.1f} s"
    )
    pages = {
        name: (role, path.format(kern=ids["kern_ids"][1], offer=ids["offer_id"]))
        for name, (role, path) in LIST_PAGES.items()
    }
    process, port = serve(args.database, index_dir)
    stages = {}
    try:
        bare = Client(port)
        sequential(bare, "/_bench/bare", 20)
        bare_times = sequential(bare, "/_bench/bare", args.requests)
        print(f"bare route: p50 {np.percentile(bare_times, 50):.1f} ms")
        for total in (small, args.offers):
            if total != small:
                started = time.perf_counter()
                add_offers(app, offers[small:], ids)
                print(f"added {args.offers - small} offers (with concepts) in {time.perf_counter() - started:.1f} s")
            counts = query_counts(app, ids, pages)
            drawn, kept = card_cost(app, pages["offers_q"][1], args.requests)
            print(
                f"{total} offers: offers_q in-process p50 {drawn:.1f} ms with every card drawn, "
                f"{kept:.1f} ms with cards kept"
            )
            # The growth compares p50s; the ratio is the target at 10,000 offers, so only there all rounds.
            stages[total] = measure_pages(port, ids, pages, args, args.rounds if total == args.offers else 1)
            for name, (p50, p95, rps, ratio, bares) in stages[total].items():
                print(
                    f"{total} offers: {name} ({pages[name][1]}): p50 {p50:.1f} ms, p95 {p95:.1f} ms, "
                    f"{rps:.0f} req/s, ratio {ratio:.3f} (bare route {', '.join(f'{b:.0f}' for b in bares)} req/s), "
                    f"{counts[name]} SQL queries"
                )
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
        shutil.rmtree(index_dir, ignore_errors=True)
    for name in pages:
        growth = stages[args.offers][name][0] / stages[small][name][0]
        print(f"growth {small} -> {args.offers} offers: {name} p50 x{growth:.2f}")
    for name, (p50, p95, rps, ratio, _) in stages[args.offers].items():
        print(f"{name} p50_ms={p50:.1f} p95_ms={p95:.1f} rps={rps:.1f} ratio={ratio:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offers", type=int, default=10_000)
    parser.add_argument("--newcomers", type=int, default=2_000)
    parser.add_argument("--proposals", type=int, default=300, help="proposed matches in the coordinator's queue")
    parser.add_argument("--database", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL))
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--seconds", type=int, default=None, help="length of each load run (10 s; 5 s with --lists)")
    parser.add_argument("--rounds", type=int, default=3, help="load rounds per page, each beside the bare route")
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument(
        "--lists",
        action="store_true",
        help="issue 10: the offer list, search and list pages at 1,000 and 10,000 offers",
    )
    parser.add_argument("--matches", type=int, default=50_000, help="matches seeded by --lists")
    args = parser.parse_args()
    if args.seconds is None:
        args.seconds = 5 if args.lists else 10
    if args.quick:
        args.rounds = 1
    if args.lists:
        if args.newcomers == 2_000:
            args.newcomers = 5_000
        if args.quick:
            args.offers, args.newcomers, args.matches, args.requests, args.seconds = 1000, 500, 2000, 40, 2
        os.environ.setdefault("OMP_NUM_THREADS", "1")
        lists_main(args)
        return
    if args.quick:
        args.offers, args.newcomers, args.proposals, args.requests, args.seconds = 1000, 200, 50, 40, 2
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    index_dir = tempfile.mkdtemp(prefix="meedoen-bench-index-")
    from flask_migrate import upgrade

    from webapp import create_app

    print(f"cpus: {os.cpu_count()}; database {make_url(args.database).render_as_string()}")
    fresh_database(args.database)
    app = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": args.database,
            "SECRET_KEY": "bench-" + "x" * 40,
            "BACKGROUND_JOBS": "inline",
            "SUGGESTION_INDEX_DIR": index_dir,
        }
    )
    with app.app_context():
        upgrade(directory=str(ROOT / "migrations"))
    started = time.perf_counter()
    ids = seed(app, args.offers, args.newcomers, args.proposals)
    print(
        f"seeded {args.offers} offers, {args.newcomers} newcomers, {args.proposals} proposals "
        f"in {time.perf_counter() - started:.1f} s"
    )
    seconds, peak = recompute(app)
    print(
        f"full recompute {args.newcomers} newcomers x {args.offers} offers: {seconds:.1f} s, "
        f"peak {peak:.0f} MB (targets <= 60 s, <= 2048 MB)"
    )
    times = refresh_times(app, 20)
    print(
        f"refresh one newcomer after a profile edit: p50 {np.percentile(times, 50):.0f} ms, "
        f"p95 {np.percentile(times, 95):.0f} ms (target <= 100 ms)"
    )

    process, port = serve(args.database, index_dir)
    try:
        pages = {
            "suggestions": ("newcomer", "/me/suggestions"),
            "candidates": ("provider", f"/provider/offers/{ids['offer_id']}/candidates"),
            "coordinator_queue": ("coordinator", "/coordinator/matches"),
        }
        bare = Client(port)
        sequential(bare, "/_bench/bare", 20)
        bare_times = sequential(bare, "/_bench/bare", args.requests)
        print(f"bare route: p50 {np.percentile(bare_times, 50):.1f} ms")
        results = {}
        for name, (role, path) in pages.items():
            client = Client(port)
            client.login(ids["users"][role])
            sequential(client, path, 10)  # warm both workers' caches
            times = sequential(client, path, args.requests)
            rps, ratio, bares = load_beside_bare(port, path, client.cookie_header, args.seconds, args.rounds)
            results[name] = (np.percentile(times, 50), np.percentile(times, 95), rps, ratio)
            print(
                f"{name} ({path}): p50 {results[name][0]:.1f} ms, p95 {results[name][1]:.1f} ms, "
                f"{rps:.0f} req/s, bare route {', '.join(f'{b:.0f}' for b in bares)} req/s (target p95 <= 150 ms)"
            )
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
        shutil.rmtree(index_dir, ignore_errors=True)
    for name, (p50, p95, rps, ratio) in results.items():
        print(f"{name} p50_ms={p50:.1f} p95_ms={p95:.1f} rps={rps:.1f} ratio={ratio:.3f}")


if __name__ == "__main__":
    main()
