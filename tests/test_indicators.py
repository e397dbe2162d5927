"""Every indicator on a fixture whose right answers are worked out by hand (docs/indicators.md).

The fixture is one year, 2025, of Gemeente Dalfsen, made through the real
services and then moved to fixed dates (as the demo does), with the edge
cases the definitions must settle: a match that stopped before the six-month
day, a newcomer who moved to Nijkerk, a quarter with 3 matches, a child, a
match in a Nijkerk offer, a coach match that ended in work. "Today" is 1 June
2026, so every 2025 figure is final.
"""

from __future__ import annotations

from datetime import date, datetime

import factories as f
import pytest
from sqlalchemy import update

from webapp.extensions import db
from webapp.gemeente_dashboard import periods
from webapp.gemeente_dashboard.disclosure import State
from webapp.gemeente_dashboard.indicators import ALL, Figures, Scope, kern_node, org_node, type_node
from webapp.matches import services
from webapp.matches.lifecycle import Role
from webapp.matches.models import Match
from webapp.newcomers import services as newcomer_services
from webapp.offers.models import Offer

TODAY = date(2026, 6, 1)
Y = periods.year(2025)


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, 0)


def _dates(match: Match, created=None, approved=None, started=None, ended=None) -> None:
    """Move a match made today to the fixture's dates (the demo does the same with its stories)."""
    values = {
        name: at(day)
        for name, day in (
            ("created_dt", created),
            ("approved_dt", approved),
            ("started_dt", started),
            ("ended_dt", ended),
        )
        if day
    }
    values["updated_dt"] = max(values.values())
    db.session.execute(update(Match).where(Match.id == match.id).values(**values))
    db.session.commit()


class World:
    """Dalfsen (kernen Dalfsen and Nieuwleusen) and Nijkerk, with everything the tests below count."""

    def __init__(self):
        self.dalfsen = f.gemeente("Dalfsen")
        self.nijkerk = f.gemeente("Nijkerk", kernen=(("Nijkerk", 52.22, 5.48),))
        self.kern_d, self.kern_n = self.dalfsen.kernen  # Dalfsen, Nieuwleusen (by name)
        self.coordinator = f.user("coordinator", gemeente=self.dalfsen)
        self.coordinator.grant("coordinator", self.nijkerk)
        db.session.commit()
        self.boss = services.Actor(self.coordinator, Role.COORDINATOR)
        self.orgs, self.hosts, self.offers = {}, {}, {}
        for key, kind, gemeente in (
            ("bakkerij", "werkgever", self.dalfsen),
            ("gemeente", "gemeente", self.dalfsen),
            ("vv", "vereniging", self.dalfsen),
            ("kerk", "kerk", self.dalfsen),
            ("taalpunt", "taalpunt", self.dalfsen),
            ("nijkerk", "welzijn", self.nijkerk),
        ):
            self.orgs[key] = f.organisation(gemeente, name=key.title(), kind=kind)
            self.hosts[key] = f.user("provider", organisation=self.orgs[key])
        for key, org, kern, offer_type, published, rich in (
            ("T1", "bakkerij", self.kern_d, "taalstage", date(2024, 6, 1), True),
            ("W1", "gemeente", self.kern_n, "werkervaringsplek", date(2025, 6, 1), True),
            ("S1", "vv", self.kern_n, "sport", date(2025, 1, 15), True),
            ("C1", "kerk", self.kern_d, "taalcafe", date(2025, 8, 1), True),
            ("K1", "taalpunt", self.kern_d, "taalcoach", date(2023, 1, 1), True),
            ("X1", "vv", self.kern_d, "sport", date(2025, 2, 1), False),
            ("N1", "nijkerk", self.nijkerk.kernen[0], "vrijwilligerswerk", date(2024, 1, 1), True),
        ):
            offer = f.offer(self.orgs[org], kern=kern, type=offer_type, capacity=30, language_rich=rich)
            db.session.execute(update(Offer).where(Offer.id == offer.id).values(published_dt=at(published)))
            self.offers[key] = offer
        db.session.commit()
        self.people = {}

    def person(self, name, kern, arrival=None, birth_year=1990, gemeente=None, **values):
        self.people[name] = f.newcomer(
            gemeente or self.dalfsen, name=name, kern=kern, arrival_date=arrival, birth_year=birth_year, **values
        )
        return self.people[name]

    def started(self, name, offer, created, approved, started, ended=None, reason="stopped"):
        offer = self.offers[offer]
        host = next(u for k, u in self.hosts.items() if self.orgs[k].id == offer.organisation_id)
        match = f.started_match(self.coordinator, host, self.people[name], offer)
        if ended:
            services.end(self.boss, match, reason)
            db.session.commit()
        _dates(match, created, approved, started, ended)
        return match


def build() -> World:
    w = World()
    d, n = w.kern_d, w.kern_n
    # A: arrived 15 Sep 2024, six-month day 15 Mar 2025 (Q1).
    for i in range(1, 6):  # A1-A5: taalstage since 10 Jan, still going: active
        w.person(f"A{i}", d, date(2024, 9, 15))
        w.started(f"A{i}", "T1", date(2025, 1, 2), date(2025, 1, 5), date(2025, 1, 10))
    w.person("A6", d, date(2024, 9, 15))  # a taalstage that stopped before the six-month day
    w.started("A6", "T1", date(2024, 10, 20), date(2024, 10, 25), date(2024, 11, 1), ended=date(2025, 2, 1))
    w.person("A7", d, date(2024, 9, 15))  # a language-rich sports club: in a club, not "active"
    w.started("A7", "S1", date(2025, 1, 25), date(2025, 1, 28), date(2025, 2, 1))
    w.person("A8", d, date(2024, 9, 15))  # nothing
    w.person("Kid", d, date(2024, 9, 15), birth_year=2015)  # a child: not in the shares of adults
    w.started("Kid", "S1", date(2025, 1, 25), date(2025, 1, 28), date(2025, 2, 1))
    # B: arrived 31 Dec 2024, six-month day 30 Jun 2025 (Q2), in Nieuwleusen.
    for i in range(1, 6):  # B1-B5: volunteer work at a Nijkerk offer: active in Dalfsen, a match of Nijkerk
        w.person(f"B{i}", n, date(2024, 12, 31))
        w.started(f"B{i}", "N1", date(2025, 3, 20), date(2025, 3, 25), date(2025, 4, 1))
    w.person("B6", n, date(2024, 12, 31))  # a taalcoach that ended because B6 went to work: active
    w.started(
        "B6",
        "K1",
        date(2025, 1, 15),
        date(2025, 1, 18),
        date(2025, 1, 20),
        ended=date(2025, 5, 1),
        reason="work_or_study",
    )
    for i in range(7, 12):  # B7-B11: nothing
        w.person(f"B{i}", n, date(2024, 12, 31))
    # C: arrived 1 Mar 2025, six-month day 1 Sep 2025 (Q3); Q3 has exactly 3 matches started.
    for i, start in ((1, date(2025, 7, 15)), (2, date(2025, 8, 20)), (3, date(2025, 9, 5))):
        w.person(f"C{i}", d, date(2025, 3, 1))
        w.started(f"C{i}", "W1", date(2025, 7, 1), date(2025, 7, 5), start)
    # D: arrived 10 May 2025, six-month day 10 Nov 2025 (Q4); Koffie en Taal from 1 Oct.
    for i in range(1, 6):
        w.person(f"D{i}", n, date(2025, 5, 10))
        ended = date(2025, 11, 1) if i == 1 else None  # D1 stopped before the six-month day
        w.started(f"D{i}", "C1", date(2025, 9, 20), date(2025, 9, 25), date(2025, 10, 1), ended=ended)
    # E: put forward in 2025, never started (no arrival date: in no newcomer share).
    for i in range(1, 4):  # rejected by the coordinator
        w.person(f"E{i}", d)
        match = services.propose(w.boss, w.people[f"E{i}"], w.offers["X1"])
        services.reject(w.boss, match, "schedule")
        db.session.commit()
        _dates(match, created=date(2025, 3, 1))
    for i in (4, 5):  # declined straight from the suggestion
        w.person(f"E{i}", d)
        f.suggestion(w.people[f"E{i}"], w.offers["X1"])
        match = services.decline_suggestion(w.boss, w.people[f"E{i}"], w.offers["X1"], "not_interested")
        db.session.commit()
        _dates(match, created=date(2025, 3, 5))
    w.person("E6", d)  # approved, then the club had no place after all
    match = services.propose(w.boss, w.people["E6"], w.offers["X1"])
    services.approve(w.boss, match, consent_given=True)
    services.decline(services.Actor(w.hosts["vv"], Role.PROVIDER), match, "no_places")
    db.session.commit()
    _dates(match, created=date(2025, 3, 10), approved=date(2025, 4, 1))
    # M1: arrived in Dalfsen 1 Oct 2024, taalstage since 1 Dec 2024, moved to Nijkerk on 1 Feb 2025.
    w.person("M1", d, date(2024, 10, 1))
    w.started("M1", "T1", date(2024, 11, 20), date(2024, 11, 25), date(2024, 12, 1))
    newcomer_services.update(
        w.people["M1"],
        {"gemeente_id": w.nijkerk.id, "kern_id": w.nijkerk.kernen[0].id, "arrival_date": date(2025, 2, 1)},
    )
    # W: waiting for a taalcoach.
    for i in range(1, 7):  # since 1 Jun 2025, none has a coach
        w.person(f"W{i}", d if i <= 4 else n, wants=["taalcoach"], wants_since={"taalcoach": "2025-06-01"})
    w.person("W7", d, wants=["taalcoach"], wants_since={"taalcoach": "2025-03-01"})
    match = services.propose(w.boss, w.people["W7"], w.offers["K1"])
    services.approve(w.boss, match, consent_given=True)
    services.accept(services.Actor(w.hosts["taalpunt"], Role.PROVIDER), match)
    db.session.commit()
    _dates(match, created=date(2025, 3, 20), approved=date(2025, 4, 1))
    db.session.commit()
    return w


@pytest.fixture
def world(monkeypatch):
    # Suggestions play no part in the figures; recomputing them after every step is what makes this slow.
    monkeypatch.setattr("webapp.matches.suggestions.refresh", lambda *args, **kwargs: None)
    return build()


def _figures(gemeente) -> Figures:
    return Figures(Scope.load(gemeente), TODAY)


def value(figures: Figures, key: str, period, *nodes) -> int:
    return figures.of(key, period).table.value((period, *nodes))


Q1, Q2, Q3, Q4 = periods.year(2025).children()
JAN, FEB = periods.month(2025, 1), periods.month(2025, 2)


def test_matches_started(world):
    """16 matches started in Dalfsen's offers in 2025; B1-B5's are Nijkerk's (the offer's gemeente)."""
    fig = _figures(world.dalfsen)
    assert value(fig, "matches_started", Y, ALL) == 16
    assert [value(fig, "matches_started", q, ALL) for q in (Q1, Q2, Q3, Q4)] == [8, 0, 3, 5]
    assert value(fig, "matches_started", JAN, ALL) == 6  # A1-A5 and B6
    assert value(fig, "matches_started", FEB, ALL) == 2  # A7 and the child
    by_type = {t: value(fig, "matches_started", Y, type_node(t)) for t in fig.scope.types}
    assert by_type == {"taalcoach": 1, "taalcafe": 5, "taalstage": 5, "werkervaringsplek": 3, "sport": 2}
    assert value(fig, "matches_started", Y, kern_node(world.kern_d.id)) == 11  # T1 5, K1 1, C1 5
    assert value(fig, "matches_started", Y, kern_node(world.kern_n.id)) == 5  # S1 2, W1 3
    assert value(fig, "matches_started", Y, kern_node(None)) == 0
    orgs = {name: value(fig, "matches_started", Y, org_node(o)) for o, name in fig.scope.organisations}
    assert orgs == {"Bakkerij": 5, "Gemeente": 3, "Kerk": 5, "Taalpunt": 1, "Vv": 2}
    # A week is cut at the month's end: the week of 27 Jan to 2 Feb is two parts, one in each month.
    weeks = periods.descendants(Y, "week", TODAY)
    assert sum(value(fig, "matches_started", wk, ALL) for wk in weeks) == 16
    assert [wk.key for wk in periods.descendants(JAN, "week", TODAY)][-1] == "2025-01-27"
    assert periods.descendants(FEB, "week", TODAY)[0].last_day == date(2025, 2, 2)
    assert value(fig, "matches_started", periods.year(2024), ALL) == 2  # A6 and M1, in Dalfsen's T1
    nijkerk = _figures(world.nijkerk)
    assert value(nijkerk, "matches_started", Y, ALL) == 5  # B1-B5, volunteer work in Nijkerk
    assert value(nijkerk, "matches_started", periods.year(2024), ALL) == 0  # M1's taalstage stays in Dalfsen


def test_a_quarter_with_three_matches_reads_under_five(world):
    fig = _figures(world.dalfsen)
    assert fig.of("matches_started", Q3).get(Q3, ALL).state == State.SMALL
    assert fig.of("matches_started", Y).get(Y, ALL).value == 16  # the year is shown


def test_six_months_after_arrival(world):
    """Adults whose six-month day is in 2025: A (15 Mar), B (30 Jun), C (1 Sep), D (10 Nov); not the child."""
    fig = _figures(world.dalfsen)

    def counts(period, node=ALL):
        return [value(fig, "after_six_months", period, node, m) for m in ("newcomers", "active", "club")]

    assert counts(Q1) == [8, 5, 1]  # A1-A5 in a taalstage; A6 stopped on 1 Feb; A7 at the sports club
    assert counts(Q2) == [11, 6, 0]  # B1-B5 volunteer in Nijkerk, B6 went to work; 31 Dec + 6 months = 30 Jun
    assert counts(Q3) == [3, 2, 0]  # C3 started on 5 Sep, after the six-month day
    assert counts(Q4) == [5, 0, 4]  # Koffie en Taal is not participation; D1 stopped on 1 Nov
    assert counts(Y) == [27, 13, 5]
    assert counts(Y, kern_node(world.kern_d.id)) == [11, 7, 1]
    assert counts(Y, kern_node(world.kern_n.id)) == [16, 6, 4]
    assert value(fig, "after_six_months", Y, ALL, "not_active") == 14
    assert value(fig, "after_six_months", Y, ALL, "not_club") == 22
    nijkerk = _figures(world.nijkerk)  # M1 moved in on 1 Feb: six-month day 1 Aug, the taalstage still going
    assert [value(nijkerk, "after_six_months", Y, ALL, m) for m in ("newcomers", "active", "club")] == [1, 1, 0]


def test_days_from_arrival_to_a_first_match(world):
    fig = _figures(world.dalfsen)
    indicator = fig.of("first_match", Y)
    # A1-A5 117 days, A7 and the child 139, B1-B5 91, B6 20, C 136/172/188, D1-D5 144.
    assert value(fig, "first_match", Y, ALL, "newcomers") == 21
    assert indicator.spread(Y, ALL, "newcomers") == {"median": 117, "p25": 91, "p75": 144}
    assert [value(fig, "first_match", Y, ALL, i) for i in range(5)] == [6, 14, 1, 0, 0]
    nijkerk = _figures(world.nijkerk)  # M1's taalstage started before the arrival in Nijkerk
    assert value(nijkerk, "first_match", Y, ALL, "newcomers") == 0
    assert value(fig, "first_match", periods.year(2024), ALL, "newcomers") == 1  # A6 (M1 left Dalfsen)


def test_taalcoach_waiting_list(world):
    fig = _figures(world.dalfsen)
    day, december = fig.waiting_on(Y)
    assert day == date(2025, 12, 31)
    assert december.table.value((ALL,)) == 6  # W1-W6; W7 has had a coach since 1 Apr
    assert december.table.value((kern_node(world.kern_d.id),)) == 4
    assert december.days[(ALL,)] == [213] * 6
    assert december.spread(ALL)["median"] == 213
    _day, march = fig.waiting_on(periods.month(2025, 3))
    assert march.table.value((ALL,)) == 1  # only W7, since 1 Mar
    assert march.get(ALL).state == State.SMALL


def test_employers_hosting(world):
    fig = _figures(world.dalfsen)
    assert value(fig, "employers", Y, ALL, ALL) == 2  # the bakery (taalstage), the gemeente (werkervaringsplek)
    assert value(fig, "employers", Y, type_node("taalstage"), ALL) == 1
    assert value(fig, "employers", Q1, ALL, ALL) == 1
    assert value(fig, "employers", Q3, ALL, ALL) == 2
    assert value(fig, "employers", Y, ALL, kern_node(world.kern_n.id)) == 1


def test_new_offers_per_kern(world):
    fig = _figures(world.dalfsen)
    assert value(fig, "new_offers", Y, ALL, ALL) == 4  # S1, X1, W1, C1
    assert value(fig, "new_offers", Y, kern_node(world.kern_d.id), ALL) == 2
    assert value(fig, "new_offers", Y, ALL, type_node("sport")) == 2
    assert value(fig, "new_offers", Q1, kern_node(world.kern_n.id), type_node("sport")) == 1


def test_funnel(world):
    fig = _figures(world.dalfsen)
    stages = [value(fig, "funnel", Y, ALL, s) for s in ("suggested", "proposed", "approved", "started", "going")]
    # 23 put forward; E4, E5 declined the suggestion; E1-E3 rejected; E6 declined and W7 waits for the
    # start; D1 stopped within three months (B6 ended after 101 days: that counts as lasting).
    assert stages == [23, 21, 18, 16, 15]
    assert value(fig, "funnel", Y, ALL, "not_proposed") == 2
    assert value(fig, "funnel", Y, type_node("sport"), "suggested") == 2 + 6  # A7, the child, E1-E6


def test_stop_reasons(world):
    fig = _figures(world.dalfsen)
    reasons = {r: value(fig, "stop_reasons", Y, ALL, r) for r in ("ended", "stopped", "work_or_study", "completed")}
    assert reasons == {"ended": 3, "stopped": 2, "work_or_study": 1, "completed": 0}


def test_a_newcomer_who_moved(world):
    """M1 moved from Dalfsen to Nijkerk: the newcomer figures follow, the match stays with Dalfsen's offer."""
    dalfsen, nijkerk = _figures(world.dalfsen), _figures(world.nijkerk)
    march, august = periods.month(2025, 3), periods.month(2025, 8)
    assert value(dalfsen, "after_six_months", periods.month(2025, 4), ALL, "newcomers") == 0  # was 1 Apr
    assert value(nijkerk, "after_six_months", august, ALL, "active") == 1
    assert value(dalfsen, "matches_started", periods.month(2024, 12), ALL) == 1
    assert value(dalfsen, "employers", march, type_node("taalstage"), ALL) == 1  # still hosting M1
    assert value(nijkerk, "first_match", Y, ALL, "newcomers") == 0


def _page(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.get_data(as_text=True)


def test_the_page_and_its_exports_show_the_same_cells(world, client, auth):
    auth.login(f.user("gemeente", gemeente=world.dalfsen))
    page = _page(client, "/gemeente?period=2025")
    assert 'id="fig-matches"><bdi>16</bdi>' in page
    quarters = _page(client, "/gemeente?period=2025&by=quarter")
    assert 'K3 2025</bdi></th><td class="text-end"><span dir="ltr" class="figure-small"' in quarters
    csv = client.get("/gemeente/export/matches_started.csv?period=2025&by=quarter").get_data(as_text=True)
    assert "K3 2025,<5," in csv
    assert "\nTotal,16," in csv or "\nTotaal,16," in csv
    filtered = _page(client, f"/gemeente?period=2025&filter=kern:{world.kern_d.id}")
    assert 'id="fig-matches"><bdi>11</bdi>' in filtered
    # A filter that does not exist here, or a period that has not begun: a message and the defaults.
    for url in (
        "/gemeente?filter=kern:999999",
        "/gemeente?filter=nonsense",
        "/gemeente?period=2999",
        "/gemeente?period=kwartaal",
        "/gemeente?by=century&period=2025-02",
    ):
        assert client.get(url).status_code == 200, url


def test_other_gemeente_is_404_everywhere_and_admins_compare(world, client, auth):
    staff = f.user("gemeente", gemeente=world.dalfsen)
    auth.login(staff)
    other = world.nijkerk.id
    for url in (
        f"/gemeente?gemeente={other}",
        f"/gemeente/targets?gemeente={other}",
        f"/gemeente/export/funnel.csv?gemeente={other}",
        f"/gemeente/raadsrapportage?gemeente={other}",
        f"/gemeente/raadsrapportage.xlsx?gemeente={other}",
    ):
        assert client.get(url).status_code == 404, url
    assert client.post(f"/gemeente/targets?gemeente={other}", data={"active_after_six_months": "10"}).status_code == 404
    assert client.get("/gemeente/compare").status_code == 403
    auth.logout()
    auth.login(f.user("admin"))
    page = _page(client, "/gemeente/compare?period=2025")
    assert "Dalfsen" in page and "Nijkerk" in page and "<bdi>16</bdi>" in page
