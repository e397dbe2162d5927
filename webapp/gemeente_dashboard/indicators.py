"""Indicator figures for a gemeente, counted from what happens on the site (docs/indicators.md).

Each indicator is one protected table per gemeente and year (`disclosure.Table`):
a few grouped queries count the atoms (a match started on a day, in an offer of a
type, kern and organisation; a newcomer six months after arrival, in a kern,
active or not), the table adds them up into every period and breakdown, and
secondary suppression runs over the whole table once. Pages and exports only
look cells up, so a figure reads the same wherever it appears.

Counts about matches and offers belong to the gemeente of the offer; counts about
newcomers to the gemeente in the newcomer's record (see "Which gemeente").
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from flask import current_app
from flask_babel import lazy_gettext as _l
from sqlalchemy import and_, case, exists, extract, func, or_, select

from .. import vocab
from ..extensions import db
from ..gemeenten.models import Gemeente, Kern
from ..matches.followups import EVALUATION_AFTER
from ..matches.lifecycle import END_REASONS, OCCUPYING, MatchStatus
from ..matches.models import Match, MatchEvent
from ..newcomers.models import Newcomer
from ..offers.models import Offer
from ..organisations.models import Organisation
from . import counted, periods
from .disclosure import Axis, Figure, Protected, Table
from .sql import days_between, six_months_after

#: Participation (000 §4.2.3): these offer types, or a match that ended because of work or study.
PARTICIPATION_TYPES = ("taalstage", "werkervaringsplek", "vrijwilligerswerk")
#: A club or weekly activity with Dutch residents (000 §4.4), when the offer is language-rich.
SOCIAL_TYPES = ("sport", "cultuur", "ontmoeting", "taalcafe", "maatje")
#: What an employer hosts (000 §4.2.3: "via taalstage/werkervaringsplek").
HOSTING_TYPES = ("taalstage", "werkervaringsplek")
WORK_OR_STUDY = "work_or_study"
#: "Still going after three months": the taalstage evaluation's three months (91 days).
THREE_MONTHS_DAYS = EVALUATION_AFTER.days
ADULT_AGE = 18

ALL = ("all", None)


def type_node(offer_type: str) -> tuple:
    return ("type", offer_type)


def kern_node(kern_id: int | None) -> tuple:
    return ("kern", kern_id)


def org_node(organisation_id: int) -> tuple:
    return ("org", organisation_id)


#: The funnel: each stage splits into those who dropped out there and the next stage.
FUNNEL = [
    ("suggested", "not_proposed", "proposed"),
    ("proposed", "not_approved", "approved"),
    ("approved", "not_started", "started"),
    ("started", "not_going", "going"),
]
FUNNEL_STAGES = ["suggested", "proposed", "approved", "started", "going"]
FUNNEL_LABELS = {
    "suggested": _l("Suggested or proposed"),
    "proposed": _l("Proposed"),
    "approved": _l("Approved"),
    "started": _l("Started"),
    "going": _l("Still going after three months"),
}
STOP_REASONS = [*END_REASONS, "other"]
STOP_LABELS = {**END_REASONS, "other": _l("Other or unknown reason")}
#: Days from arrival to a first match: the distribution's bins (upper bounds, inclusive).
DAY_BINS = [
    (91, _l("Under 3 months")),
    (182, _l("3 to 6 months")),
    (273, _l("6 to 9 months")),
    (365, _l("9 to 12 months")),
    (None, _l("More than a year")),
]
COHORT = ("newcomers", "active", "not_active", "club", "not_club")


@dataclass
class Scope:
    """A gemeente and the categories its figures are broken down by (complete, so parts add up)."""

    gemeente_id: int
    name: str
    #: (id, name); None is "kern unknown" and always comes last
    kernen: list[tuple[int | None, str]]
    #: (id, name) of every organisation with an offer in the gemeente
    organisations: list[tuple[int, str]]
    #: offer types of the gemeente's offers, in vocabulary order
    types: list[str]

    @classmethod
    def load(cls, gemeente: Gemeente) -> Scope:
        kernen = db.session.execute(
            select(Kern.id, Kern.name).where(Kern.gemeente_id == gemeente.id).order_by(Kern.name)
        ).all()
        organisations = db.session.execute(
            select(Organisation.id, Organisation.name)
            .where(Organisation.id.in_(select(Offer.organisation_id).where(Offer.gemeente_id == gemeente.id)))
            .order_by(Organisation.name, Organisation.id)
        ).all()
        present = set(db.session.scalars(select(Offer.type).where(Offer.gemeente_id == gemeente.id).distinct()))
        order = list(vocab.OFFER_TYPES)
        types = sorted(present, key=lambda t: (order.index(t) if t in order else len(order), t))
        return cls(
            gemeente.id,
            gemeente.name,
            [*map(tuple, kernen), (None, str(_l("Kern unknown")))],
            [tuple(o) for o in organisations],
            types,
        )

    @property
    def signature(self) -> tuple:
        """What the tables' shapes depend on: the categories, not the counts."""
        return (
            self.gemeente_id,
            tuple(k for k, _n in self.kernen),
            tuple(o for o, _n in self.organisations),
            tuple(self.types),
        )

    def shape(self, name: str, *more) -> tuple:
        return (name, self.signature, *more)

    def kern(self, kern_id) -> tuple:
        """A kern of another gemeente (or none) counts as "kern unknown"."""
        return kern_node(kern_id if kern_id in self._kern_ids else None)

    @property
    def _kern_ids(self) -> set:
        return {k for k, _n in self.kernen}

    def kern_axis(self) -> Axis:
        return Axis(ALL, {ALL: [[kern_node(k) for k, _n in self.kernen]]})

    def type_axis(self, types=None) -> Axis:
        return Axis(ALL, {ALL: [[type_node(t) for t in (self.types if types is None else types)]]})

    def offer_axis(self, organisations: bool) -> Axis:
        splits = [[type_node(t) for t in self.types], [kern_node(k) for k, _n in self.kernen]]
        if organisations:
            splits.append([org_node(o) for o, _n in self.organisations])
        return Axis(ALL, {ALL: splits})

    def offer_nodes(self, offer_type, kern_id, organisation_id=None) -> list[tuple]:
        nodes = [type_node(offer_type), self.kern(kern_id)]
        return nodes if organisation_id is None else [*nodes, org_node(organisation_id)]

    def label(self, node: tuple) -> str:
        kind, key = node
        if kind == "type":
            return str(vocab.OFFER_TYPES.get(key, key))
        if kind == "kern":
            return dict(self.kernen)[key]
        if kind == "org":
            return dict(self.organisations)[key]
        return str(_l("All"))


def time_axis(year: int, today: date, weeks: bool) -> Axis:
    nodes = periods.tree(year, today, weeks=weeks)
    return Axis(
        nodes[0],
        {
            p: [children]
            for p in nodes
            if (children := [c for c in periods.begun_children(p, today) if weeks or c.kind != "week"])
        },
    )


def _window(year: int, today: date) -> tuple[datetime, datetime]:
    """From the year's first moment up to the end of today (or of the year)."""
    end = min(date(year + 1, 1, 1), today + timedelta(days=1))
    return datetime(year, 1, 1), datetime(end.year, end.month, end.day)


def _as_date(value) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _month(year: int, number) -> periods.Period:
    return periods.month(year, int(number))


@dataclass
class Indicator:
    """One indicator's protected table for a year, plus what is not a count (medians)."""

    #: the raw counts; None in a published copy
    table: Table | None
    figures: Protected | dict
    #: per cell, sorted day values (for medians and percentiles), shown only with the cell's count
    days: dict = field(default_factory=dict)

    def get(self, *cell) -> Figure:
        return self.figures[cell]

    def published(self) -> Indicator:
        """What may be shown of it, and nothing else: each cell's figure after suppression, no raw count.

        The day values stay, since `spread` shows them only for a cell whose count is shown.
        """
        return Indicator(None, dict(self.figures.items()), self.days)

    def spread(self, *cell) -> dict | None:
        """Median and quartiles of the cell's day values, or None when its count is not shown."""
        if not self.figures[cell].shown:
            return None
        values = self.days.get(cell, [])
        if len(values) < 2:
            return None
        quartiles = statistics.quantiles(values, n=4, method="inclusive")
        return {"median": round(statistics.median(values)), "p25": round(quartiles[0]), "p75": round(quartiles[2])}


# -- the indicators, one table per gemeente and year --------------------------------------


def matches_started(scope: Scope, year: int, today: date) -> Indicator:
    """Matches whose start (both sides confirmed) falls in a period, by the offer's type, kern, organisation."""
    time = time_axis(year, today, weeks=True)
    offer = scope.offer_axis(organisations=True)
    table = Table(
        [time, offer],
        exists=lambda cell: cell[1] == ALL or cell[0].kind != "week",
        shape=scope.shape("matches_started", year, today),
    )
    start, end = _window(year, today)
    in_year = (Offer.gemeente_id == scope.gemeente_id, Match.started_dt >= start, Match.started_dt < end)
    day = func.date(Match.started_dt)
    for started, count in db.session.execute(
        select(day, func.count()).join(Offer, Match.offer_id == Offer.id).where(*in_year).group_by(day)
    ):
        table.add([time.chain(periods.containing("week", _as_date(started))), [ALL]], count)
    month = extract("month", Match.started_dt)
    # Two groupings, not one by all three: a month has few types and kernen but many organisations.
    for number, offer_type, kern_id, count in db.session.execute(
        select(month, Offer.type, Offer.kern_id, func.count())
        .join(Offer, Match.offer_id == Offer.id)
        .where(*in_year)
        .group_by(month, Offer.type, Offer.kern_id)
    ):
        table.add([time.chain(_month(year, number)), scope.offer_nodes(offer_type, kern_id)], count)
    for number, organisation_id, count in db.session.execute(
        select(month, Offer.organisation_id, func.count())
        .join(Offer, Match.offer_id == Offer.id)
        .where(*in_year)
        .group_by(month, Offer.organisation_id)
    ):
        table.add([time.chain(_month(year, number)), [org_node(organisation_id)]], count)
    return Indicator(table, table.protect())


def _stage_axis() -> Axis:
    return Axis("suggested", {stage: [[drop, following]] for stage, drop, following in FUNNEL})


def funnel(scope: Scope, year: int, today: date) -> Indicator:
    """Matches first put forward in a period, and how far they got."""
    time = time_axis(year, today, weeks=False)
    offer, stages = scope.offer_axis(organisations=False), _stage_axis()
    table = Table([time, offer, stages], shape=scope.shape("funnel", year, today))
    start, end = _window(year, today)
    cutoff = datetime.combine(today, datetime.min.time()) - timedelta(days=THREE_MONTHS_DAYS - 1)
    # A match is proposed after it is put forward, so only this year's events can say so.
    proposed = Match.id.in_(
        select(MatchEvent.match_id).where(MatchEvent.to_status == MatchStatus.PROPOSED, MatchEvent.created_dt >= start)
    )
    going = and_(
        Match.started_dt < cutoff,
        or_(Match.ended_dt.is_(None), days_between(Match.started_dt, Match.ended_dt) >= THREE_MONTHS_DAYS),
    )
    stage = case(
        (and_(Match.started_dt.isnot(None), going), "going"),
        (Match.started_dt.isnot(None), "not_going"),
        (Match.approved_dt.isnot(None), "not_started"),
        (proposed, "not_approved"),
        else_="not_proposed",
    ).label("stage")
    month = extract("month", Match.created_dt)
    for number, offer_type, kern_id, reached, count in db.session.execute(
        select(month, Offer.type, Offer.kern_id, stage, func.count())
        .join(Offer, Match.offer_id == Offer.id)
        .where(Offer.gemeente_id == scope.gemeente_id, Match.created_dt >= start, Match.created_dt < end)
        .group_by(month, Offer.type, Offer.kern_id, stage)
    ):
        table.add(
            [
                time.chain(_month(year, number)),
                offer.containing(scope.offer_nodes(offer_type, kern_id)),
                stages.chain(reached),
            ],
            count,
        )
    return Indicator(table, table.protect())


def stop_reasons(scope: Scope, year: int, today: date) -> Indicator:
    """Matches that ended in a period, by the reason they ended."""
    time = time_axis(year, today, weeks=False)
    offer = scope.offer_axis(organisations=False)
    reasons = Axis("ended", {"ended": [STOP_REASONS]})
    table = Table([time, offer, reasons], shape=scope.shape("stop_reasons", year, today))
    start, end = _window(year, today)
    month = extract("month", Match.ended_dt)
    for number, offer_type, kern_id, reason, count in db.session.execute(
        select(month, Offer.type, Offer.kern_id, Match.reason_code, func.count())
        .join(Offer, Match.offer_id == Offer.id)
        .where(Offer.gemeente_id == scope.gemeente_id, Match.ended_dt >= start, Match.ended_dt < end)
        .group_by(month, Offer.type, Offer.kern_id, Match.reason_code)
    ):
        table.add(
            [
                time.chain(_month(year, number)),
                offer.containing(scope.offer_nodes(offer_type, kern_id)),
                reasons.chain(reason if reason in END_REASONS else "other"),
            ],
            count,
        )
    return Indicator(table, table.protect())


def _going_on(on_day, types, *also):
    """A match of the newcomer, of one of ``types``, going on on ``on_day`` (an SQL date)."""
    return exists().where(
        Match.newcomer_id == Newcomer.id,
        Match.offer_id == Offer.id,
        Offer.type.in_(types),
        *also,
        Match.started_dt.isnot(None),
        func.date(Match.started_dt) <= on_day,
        or_(Match.ended_dt.is_(None), func.date(Match.ended_dt) >= on_day),
    )


def after_six_months(scope: Scope, year: int, today: date) -> Indicator:
    """Adults whose six-month day falls in a period: active, and in a club or weekly activity."""
    time = time_axis(year, today, weeks=False)
    kern = scope.kern_axis()
    measure = Axis("newcomers", {"newcomers": [["active", "not_active"], ["club", "not_club"]]})
    table = Table([time, kern, measure], shape=scope.shape("after_six_months", year, today))
    mark = six_months_after(Newcomer.arrival_date)
    worked = exists().where(
        Match.newcomer_id == Newcomer.id,
        Match.status == MatchStatus.ENDED,
        Match.reason_code == WORK_OR_STUDY,
        func.date(Match.ended_dt) <= mark,
    )
    active = or_(_going_on(mark, PARTICIPATION_TYPES), worked)
    club = _going_on(mark, SOCIAL_TYPES, Offer.language_rich.is_(True))
    people = (
        select(
            mark.label("mark"),
            Newcomer.kern_id.label("kern_id"),
            case((active, 1), else_=0).label("active"),
            case((club, 1), else_=0).label("club"),
        )
        .where(
            Newcomer.gemeente_id == scope.gemeente_id,
            # the six-month day lies in the year exactly when arrival is from 1 July to 30 June before
            Newcomer.arrival_date >= date(year - 1, 7, 1),
            Newcomer.arrival_date < date(year, 7, 1),
            or_(Newcomer.birth_year.is_(None), Newcomer.birth_year <= extract("year", mark) - ADULT_AGE),
        )
        .subquery()
    )
    month = extract("month", people.c.mark)
    for number, kern_id, is_active, in_club, count in db.session.execute(
        select(month, people.c.kern_id, people.c.active, people.c.club, func.count())
        .where(people.c.mark <= today)
        .group_by(month, people.c.kern_id, people.c.active, people.c.club)
    ):
        table.add(
            [
                time.chain(_month(year, number)),
                kern.chain(scope.kern(kern_id)),
                ["newcomers", "active" if is_active else "not_active", "club" if in_club else "not_club"],
            ],
            count,
        )
    return Indicator(table, table.protect())


def _bin(days: int) -> int:
    return next(i for i, (upper, _label) in enumerate(DAY_BINS) if upper is None or days <= upper)


def first_match(scope: Scope, year: int, today: date) -> Indicator:
    """Newcomers whose first match since arrival started in a period, and the days it took."""
    time = time_axis(year, today, weeks=False)
    kern = scope.kern_axis()
    bins = Axis("newcomers", {"newcomers": [list(range(len(DAY_BINS)))]})
    table = Table([time, kern, bins], shape=scope.shape("first_match", year, today))
    start, end = _window(year, today)
    first = func.min(Match.started_dt)
    days: dict[tuple, list[int]] = {}
    for kern_id, arrival, started in db.session.execute(
        select(Newcomer.kern_id, Newcomer.arrival_date, first)
        .join(Match, Match.newcomer_id == Newcomer.id)
        .where(
            Newcomer.gemeente_id == scope.gemeente_id,
            Newcomer.arrival_date.isnot(None),
            Match.started_dt.isnot(None),
            func.date(Match.started_dt) >= Newcomer.arrival_date,
            Match.started_dt < end,
        )
        .group_by(Newcomer.id, Newcomer.kern_id, Newcomer.arrival_date)
        .having(first >= start)
    ):
        started = _as_date(started)
        took = (started - _as_date(arrival)).days
        time_nodes, kern_nodes = time.chain(periods.containing("month", started)), kern.chain(scope.kern(kern_id))
        table.add([time_nodes, kern_nodes, ["newcomers", _bin(took)]])
        for t in time_nodes:
            for k in kern_nodes:
                days.setdefault((t, k, "newcomers"), []).append(took)
    for values in days.values():
        values.sort()
    return Indicator(table, table.protect(), days)


def waiting_list(scope: Scope, on_day: date) -> Indicator:
    """Who asked for a taalcoach and had none holding a place on ``on_day``, per kern."""
    kern = scope.kern_axis()
    table = Table([kern], shape=scope.shape("waiting_list"))
    since = Newcomer.wants_since["taalcoach"].as_string()
    holding = exists().where(
        Match.newcomer_id == Newcomer.id,
        Match.offer_id == Offer.id,
        Offer.type == "taalcoach",
        Match.approved_dt.isnot(None),
        func.date(Match.approved_dt) <= on_day,
        or_(
            Match.status.in_(list(OCCUPYING)),
            and_(Match.status == MatchStatus.ENDED, func.date(Match.ended_dt) > on_day),
            and_(Match.status.in_((MatchStatus.DECLINED, MatchStatus.REJECTED)), func.date(Match.updated_dt) > on_day),
        ),
    )
    days: dict[tuple, list[int]] = {}
    for kern_id, wished in db.session.execute(
        select(Newcomer.kern_id, since).where(
            Newcomer.gemeente_id == scope.gemeente_id,
            Newcomer.erased_dt.is_(None),
            since.isnot(None),
            since <= on_day.isoformat(),
            ~holding,
        )
    ):
        nodes = kern.chain(scope.kern(kern_id))
        table.add([nodes])
        for node in nodes:
            days.setdefault((node,), []).append((on_day - date.fromisoformat(wished[:10])).days)
    for values in days.values():
        values.sort()
    return Indicator(table, table.protect(), days)


def employers(scope: Scope, year: int, today: date) -> Indicator:
    """Organisations with a taalstage or werkervaringsplek going on in a period (distinct: parts overlap)."""
    time = time_axis(year, today, weeks=False)
    hosting, kern = scope.type_axis(HOSTING_TYPES), scope.kern_axis()
    table = Table([time, hosting, kern], distinct=True, shape=scope.shape("employers", year, today))
    start, end = _window(year, today)
    first_month = extract("year", Match.started_dt) * 12 + extract("month", Match.started_dt)
    last_month = case(
        (Match.ended_dt.is_(None), 10**6), else_=extract("year", Match.ended_dt) * 12 + extract("month", Match.ended_dt)
    )
    months = [p for p in time.nodes if p.kind == "month"]
    hosts: dict[tuple, set] = {}
    for organisation_id, offer_type, kern_id, first, last in db.session.execute(
        select(Offer.organisation_id, Offer.type, Offer.kern_id, first_month, last_month)
        .distinct()
        .join(Offer, Match.offer_id == Offer.id)
        .where(
            Offer.gemeente_id == scope.gemeente_id,
            Offer.type.in_(HOSTING_TYPES),
            Match.started_dt.isnot(None),
            Match.started_dt < end,
            or_(Match.ended_dt.is_(None), Match.ended_dt >= start),
        )
    ):
        where = scope.kern(kern_id)
        for number in range(max(0, int(first) - year * 12 - 1), min(len(months), int(last) - year * 12)):
            hosts.setdefault((number, offer_type, where), set()).add(organisation_id)
    for (number, offer_type, kern_node_), organisations in hosts.items():
        table.add(
            [time.chain(months[number]), hosting.chain(type_node(offer_type)), kern.chain(kern_node_)],
            members=organisations,
        )
    return Indicator(table, table.protect())


def new_offers(scope: Scope, year: int, today: date) -> Indicator:
    """Offers first published in a period, per kern and type."""
    time = time_axis(year, today, weeks=False)
    kern, types = scope.kern_axis(), scope.type_axis()
    table = Table([time, kern, types], shape=scope.shape("new_offers", year, today))
    start, end = _window(year, today)
    month = extract("month", Offer.published_dt)
    for number, kern_id, offer_type, count in db.session.execute(
        select(month, Offer.kern_id, Offer.type, func.count())
        .where(Offer.gemeente_id == scope.gemeente_id, Offer.published_dt >= start, Offer.published_dt < end)
        .group_by(month, Offer.kern_id, Offer.type)
    ):
        table.add(
            [time.chain(_month(year, number)), kern.chain(scope.kern(kern_id)), types.chain(type_node(offer_type))],
            count,
        )
    return Indicator(table, table.protect())


#: Indicators counted per year, by key.
YEARLY = {
    "matches_started": matches_started,
    "funnel": funnel,
    "stop_reasons": stop_reasons,
    "after_six_months": after_six_months,
    "first_match": first_match,
    "employers": employers,
    "new_offers": new_offers,
}


def version() -> tuple:
    """A stamp that changes with every change the figures count, whichever process made it.

    Every step of a match writes a `MatchEvent`; a newcomer's or an offer's change
    (erasure and moves included) sets its ``updated_dt``; the counts catch deletions.
    """
    return tuple(
        db.session.execute(
            select(
                select(func.max(MatchEvent.id)).scalar_subquery(),
                select(func.max(Match.created_dt)).scalar_subquery(),
                select(func.max(Newcomer.updated_dt)).scalar_subquery(),
                select(func.count(Newcomer.id)).scalar_subquery(),
                select(func.max(Offer.updated_dt)).scalar_subquery(),
                select(func.count(Offer.id)).scalar_subquery(),
            )
        ).one()
    )


class Figures:
    """Every indicator of one gemeente, counted on first use or read back (`counted`).

    ``allow_earlier``: the dashboard page may show tables counted before the last
    change while the worker counts them again (`counted`); ``counted_at`` is then
    the time of the oldest one shown. Exports never do.
    """

    def __init__(self, scope: Scope, today: date, allow_earlier: bool = False):
        self.scope = scope
        self.today = today
        self.allow_earlier = allow_earlier
        self.counted_at: datetime | None = None
        self._earlier: list[tuple] = []
        self._version = None
        self._yearly: dict[tuple[str, int], Indicator] = {}
        self._waiting: dict[date, Indicator] = {}

    def _key(self, table: tuple) -> tuple:
        return (self.scope.gemeente_id, *table, self.scope.signature)

    def _compute(self, table: tuple) -> Indicator:
        if table[0] == "waiting_list":
            return waiting_list(self.scope, table[1])
        return YEARLY[table[0]](self.scope, table[1], self.today)

    def recount_earlier(self) -> None:
        """Hand the tables shown as counted before the last change to the worker (after the page is built)."""
        if self._earlier:
            counted.recount_later(self._earlier, self.today)
            self._earlier = []

    def count(self, table: tuple) -> Indicator:
        """Count ``table`` (``(indicator, year)`` or ``("waiting_list", day)``) now, and keep it."""
        current = version()  # before counting: a change made meanwhile leaves the table behind it
        found = self._compute(table)
        counted.put(self._key(table), current, self.today, found)
        return found

    def _counted(self, table: tuple) -> Indicator:
        if not current_app.config.get("INDICATOR_CACHE", True):
            return self._compute(table)
        if self._version is None:
            self._version = version()
        key = self._key(table)
        entry = counted.get(key, self._version, self.today)
        if entry is not None and entry.is_current(self._version, self.today):
            return entry.indicator
        if entry is not None and entry.today == self.today and self.allow_earlier and counted.shared():
            self._earlier.append(key)
            self.counted_at = min(self.counted_at or entry.counted_at, entry.counted_at)
            return entry.indicator
        found = self._compute(table)
        counted.put(key, self._version, self.today, found)
        return found

    def of(self, key: str, period: periods.Period) -> Indicator:
        """The table of indicator ``key`` that holds ``period``."""
        year = period.start.year
        found = self._yearly.get((key, year))
        if found is None:
            found = self._yearly[(key, year)] = self._counted((key, year))
        return found

    def waiting_on(self, period: periods.Period) -> tuple[date, Indicator]:
        """The taalcoach waiting list on the period's last day, or today while it runs."""
        day = min(period.last_day, self.today)
        if day not in self._waiting:
            self._waiting[day] = self._counted(("waiting_list", day))
        return day, self._waiting[day]
