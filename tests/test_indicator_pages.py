"""The dashboard live: the lifecycle moves the figures, queries stay bounded, targets, exports, languages."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import timedelta
from io import BytesIO

import factories as f
import pytest
from flask import current_app
from flask_babel import force_locale, gettext
from openpyxl import load_workbook
from sqlalchemy import select

from webapp.audit.models import AuditEvent
from webapp.extensions import db
from webapp.gemeente_dashboard import periods
from webapp.gemeente_dashboard.indicators import ALL, Figures, Scope
from webapp.gemeente_dashboard.models import IndicatorTarget
from webapp.matches import services
from webapp.matches.lifecycle import Role
from webapp.timeutil import today


def dutch(message: str, **variables) -> str:
    """The Dutch text of a message (the source text until the lead merges this branch's translations)."""
    with current_app.test_request_context(), force_locale("nl"):
        return gettext(message, **variables)


def _now(gemeente):
    """Fresh figures, as a new request would count them."""
    return Figures(Scope.load(gemeente), today())


def _value(gemeente, key, *nodes, period=None):
    period = period or periods.containing("year", today())
    return _now(gemeente).of(key, period).table.value((period, *nodes))


def with_started_matches(g, count: int, offer_type: str = "taalstage", kind: str = "werkgever"):
    """``count`` matches started today in one offer of one organisation; returns coordinator, provider, offer."""
    coordinator = f.user("coordinator", gemeente=g)
    org = f.organisation(g, name=f"Bakkerij {offer_type}", kind=kind)
    provider = f.user("provider", organisation=org)
    offer = f.offer(org, type=offer_type, capacity=10)
    for i in range(count):
        f.started_match(coordinator, provider, f.newcomer(g, name=f"Eerder {i}"), offer)
    return coordinator, provider, offer


def _waiting(gemeente) -> int:
    return _now(gemeente).waiting_on(periods.containing("year", today()))[1].table.value((ALL,))


def test_the_lifecycle_moves_the_indicators(client, auth):
    """Propose, approve, accept, both confirm, end: through the services, and the figures follow each step."""
    g = f.gemeente()
    coordinator, provider, coaches = with_started_matches(g, 4, "taalcoach", "taalpunt")
    person = f.newcomer(
        g, name="Saba", wants=["taalcoach"], wants_since={"taalcoach": (today() - timedelta(days=40)).isoformat()}
    )
    boss, host = services.Actor(coordinator, Role.COORDINATOR), services.Actor(provider, Role.PROVIDER)
    auth.login(f.user("gemeente", gemeente=g))
    assert 'id="fig-matches"><span dir="ltr" class="figure-small"' in client.get("/gemeente").get_data(as_text=True)
    before = {s: _value(g, "funnel", ALL, s) for s in ("suggested", "proposed", "approved", "started")}
    assert (_value(g, "matches_started", ALL), _waiting(g)) == (4, 1)

    match = services.propose(boss, person, coaches)
    db.session.commit()
    assert _value(g, "funnel", ALL, "proposed") == before["proposed"] + 1
    assert _waiting(g) == 1
    services.approve(boss, match, consent_given=True)
    db.session.commit()
    assert _value(g, "funnel", ALL, "approved") == before["approved"] + 1
    assert _waiting(g) == 0  # a coach holds a place for her now
    services.accept(host, match)
    services.confirm_start(host, match)
    db.session.commit()
    assert _value(g, "matches_started", ALL) == 4  # one side confirmed: not a match yet
    services.confirm_start(boss, match)
    db.session.commit()
    assert _value(g, "matches_started", ALL) == 5
    assert _value(g, "funnel", ALL, "started") == before["started"] + 1
    assert 'id="fig-matches"><bdi>5</bdi>' in client.get("/gemeente").get_data(as_text=True)
    services.end(boss, match, "stopped")
    db.session.commit()
    assert _value(g, "stop_reasons", ALL, "stopped") == 1
    assert _value(g, "matches_started", ALL) == 5  # it started this year, whatever happened since


def _grow(g, times: int):
    """More of everything the dashboard counts: organisations, offers, newcomers, matches in several states."""
    coordinator = f.user("coordinator", gemeente=g)
    for i in range(times):
        org = f.organisation(g, name=f"Club {times}-{i}")
        host = f.user("provider", organisation=org)
        offer = f.offer(org, kern=g.kernen[i % 2], type=("sport", "taalstage", "taalcafe")[i % 3], capacity=20)
        for j in range(3):
            person = f.newcomer(
                g,
                kern=g.kernen[j % 2],
                arrival_date=today() - timedelta(days=200 + j),
                wants=["taalcoach"],
                wants_since={"taalcoach": "2026-01-01"},
            )
            match = f.started_match(coordinator, host, person, offer)
            if j == 2:
                services.end(services.Actor(coordinator, Role.COORDINATOR), match, "completed")
        services.propose(services.Actor(coordinator, Role.COORDINATOR), f.newcomer(g), offer)
        db.session.commit()


def test_query_count_of_a_dashboard_load_is_bounded(app, client, auth, count_queries, monkeypatch):
    """Counting everything afresh takes a fixed set of grouped queries, however much there is to count."""
    monkeypatch.setattr("webapp.matches.suggestions.refresh", lambda *args, **kwargs: None)
    g = f.gemeente()
    _grow(g, 1)
    auth.login(f.user("gemeente", gemeente=g))
    client.get("/gemeente")
    with count_queries() as warm:  # the same tables again: only the version stamp and the page's own rows
        assert client.get("/gemeente").status_code == 200
    monkeypatch.setitem(app.config, "INDICATOR_CACHE", False)
    with count_queries() as small:
        assert client.get("/gemeente").status_code == 200
    _grow(g, 10)
    with count_queries() as large:
        assert client.get("/gemeente").status_code == 200
    assert large.count == small.count
    assert small.count <= 30, small.count  # per indicator and year one or two grouped queries
    assert warm.count <= 10, warm.count


def test_counted_tables_are_reused_until_something_changes(client, auth):
    g = f.gemeente()
    coordinator = f.user("coordinator", gemeente=g)
    org = f.organisation(g)
    offer = f.offer(org, capacity=10)
    for _ in range(5):
        f.started_match(coordinator, f.user("provider", organisation=org), f.newcomer(g), offer)
    year = periods.containing("year", today())
    first = _now(g).of("matches_started", year)
    assert _now(g).of("matches_started", year) is first  # nothing changed: the same table
    match = services.propose(services.Actor(coordinator, Role.COORDINATOR), f.newcomer(g), offer)
    db.session.commit()
    assert _now(g).of("matches_started", year) is not first  # a step of a match: counted again
    assert match.id


def test_targets_default_edit_and_refuse(client, auth):
    g = f.gemeente()
    staff = f.user("gemeente", gemeente=g)
    auth.login(staff)
    form = client.get("/gemeente/targets").get_data(as_text=True)
    assert 'name="active_after_six_months" step="any" type="number" value="75"' in form  # Dalfsen's
    for bad in (
        {"active_after_six_months": "veel"},
        {"active_after_six_months": "120"},
        {"days_to_first_match": "-3"},
        {"matches_per_year": "nan"},
    ):
        response = client.post("/gemeente/targets", data={"active_after_six_months": "75", **bad})
        assert response.status_code == 200 and "is-invalid" in response.get_data(as_text=True), bad
    assert db.session.scalar(select(IndicatorTarget)) is None
    data = {
        "active_after_six_months": "60",
        "club_after_six_months": "75",
        "days_to_first_match": "",
        "matches_per_year": "40",
        "taalcoach_waiting": "",
        "employers_per_year": "",
    }
    assert client.post("/gemeente/targets", data=data).status_code == 302
    saved = dict(db.session.execute(select(IndicatorTarget.indicator, IndicatorTarget.value)).all())
    assert saved == {"active_after_six_months": 60, "days_to_first_match": None, "matches_per_year": 40}
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "indicator_targets.update"))
    assert event.details == {"fields": ["active_after_six_months", "days_to_first_match", "matches_per_year"]}
    assert event.gemeente_id == g.id and "60" not in str(event.details)
    page = client.get("/gemeente").get_data(as_text=True)
    assert "60%" in page and 'role="progressbar"' not in page  # no share shown yet: no bar, only the target
    period = periods.containing("year", today()).key
    assert "40" in client.get(f"/gemeente?period={period}").get_data(as_text=True)


def test_raadsrapportage_xlsx_opens_in_libreoffice(client, auth, tmp_path):
    """The council report converts to PDF with LibreOffice: this test never skips (see .ci/run)."""
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        pytest.fail("LibreOffice is missing: apt-get install -y libreoffice-calc-nogui (.ci/run does it)")
    g = f.gemeente()
    with_started_matches(g, 6)
    staff = f.user("gemeente", gemeente=g)
    staff.preferred_language = "ar"  # the report is Dutch whatever the reader's language
    db.session.commit()
    auth.login(staff)
    response = client.get("/gemeente/raadsrapportage.xlsx")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/vnd.openxmlformats")
    workbook = load_workbook(BytesIO(response.data))
    assert workbook.sheetnames[0] == dutch("Council report on the integration and participation of statushouders")[:31]
    assert len(workbook.sheetnames) == 9  # the cover and one sheet per indicator
    matches = workbook.worksheets[1]
    cells = [c.value for row in matches.iter_rows() for c in row if c.value is not None]
    assert 6 in cells and "<5" in cells
    assert not any(isinstance(c, int) and 0 < c < 5 for c in cells)  # never a small count as a number
    path = tmp_path / "raadsrapportage.xlsx"
    path.write_bytes(response.data)
    result = subprocess.run(
        [
            office,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    pdf = tmp_path / "raadsrapportage.pdf"
    assert result.returncode == 0 and pdf.exists(), result.stderr
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 5000

    page = client.get("/gemeente/raadsrapportage").get_data(as_text=True)
    assert '<html lang="nl" dir="ltr">' in page
    assert dutch("Council report on the integration and participation of statushouders") in page
    assert "indicators.css" in page and 'id="indicator-charts"' in page


def test_per_indicator_exports(client, auth):
    g = f.gemeente()
    auth.login(f.user("gemeente", gemeente=g))
    for key in (
        "matches_started",
        "after_six_months",
        "first_match",
        "waiting_list",
        "employers",
        "new_offers",
        "funnel",
        "stop_reasons",
    ):
        csv = client.get(f"/gemeente/export/{key}.csv")
        assert csv.status_code == 200 and csv.headers["Content-Disposition"].endswith('.csv"'), key
        assert csv.get_data(as_text=True).startswith("\ufeff" + dutch("Municipality %(name)s", name=g.name))
        xlsx = client.get(f"/gemeente/export/{key}.xlsx")
        assert len(load_workbook(BytesIO(xlsx.data)).sheetnames) == 1, key
    assert client.get("/gemeente/export/nothing.csv").status_code == 404
    assert client.get("/gemeente/export/funnel.pdf").status_code == 404


def test_arabic_is_right_to_left_and_the_page_runs_no_inline_script(client, auth):
    g = f.gemeente()
    staff = f.user("gemeente", gemeente=g)
    staff.preferred_language = "ar"
    db.session.commit()
    auth.login(staff)
    page = client.get("/gemeente").get_data(as_text=True)
    assert '<html lang="ar" dir="rtl">' in page and "bootstrap.rtl.min.css" in page
    # "<5" keeps its reading order in Arabic text: it sits in a left-to-right span.
    assert '<span dir="ltr" class="figure-small"' in page
    main = page[page.index("<main") : page.index("</main>")]
    assert not re.search(r"\son[a-z]+=", main)
    scripts = re.findall(r'<script[^>]*src="([^"]+)"', main)
    assert scripts and all(src.startswith("/static/") for src in scripts)
    assert '<script type="application/json" id="indicator-charts">' in main
