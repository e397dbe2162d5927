"""Follow-ups at set moments of a running match, so nobody has to remember them.

Every started match gets a check-in after two weeks. A taalstage also gets an
evaluation at three months, where it may be extended by three more months,
and then one at six months (the practice in the Dalfsen evaluation).
"""

from __future__ import annotations

from datetime import date, timedelta

from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..extensions import db
from ..newcomers.models import Newcomer
from ..offers.models import Offer
from ..timeutil import today, utcnow
from .models import FollowUp, Match

KINDS = {
    "checkin": _l("Check-in after two weeks"),
    "evaluation_3m": _l("Taalstage evaluation after three months"),
    "evaluation_6m": _l("Taalstage evaluation after six months"),
}

#: What a follow-up can conclude, per kind; an ``end_reason`` ends the match with that reason.
OUTCOMES = {
    "checkin": {
        "going_well": _l("Going well"),
        "needs_attention": _l("Needs attention"),
        "stopped": _l("Has stopped"),
    },
    "evaluation_3m": {
        "extend": _l("Extend by three months"),
        "completed": _l("Completed"),
        "work_or_study": _l("Moved on to work or study"),
        "stopped": _l("Has stopped"),
    },
    "evaluation_6m": {
        "completed": _l("Completed"),
        "work_or_study": _l("Moved on to work or study"),
        "stopped": _l("Has stopped"),
    },
}
#: Outcomes that end the match, with the end reason they give it.
ENDING_OUTCOMES = {"stopped": "stopped", "completed": "completed", "work_or_study": "work_or_study"}

CHECKIN_AFTER = timedelta(days=14)
EVALUATION_AFTER = timedelta(days=91)
EXTENSION = timedelta(days=91)


def _due(kind: str, start: date) -> FollowUp:
    offset = {
        "checkin": CHECKIN_AFTER,
        "evaluation_3m": EVALUATION_AFTER,
        "evaluation_6m": EVALUATION_AFTER + EXTENSION,
    }[kind]
    return FollowUp(kind=kind, due_date=start + offset)


def plan(match: Match) -> None:
    """The follow-ups of a match that has just started."""
    start = (match.started_dt or utcnow()).date()
    match.follow_ups.append(_due("checkin", start))
    if match.offer.type == "taalstage":
        match.follow_ups.append(_due("evaluation_3m", start))


def plan_extension(match: Match) -> None:
    match.follow_ups.append(_due("evaluation_6m", (match.started_dt or utcnow()).date()))


def cancel_open(match: Match) -> None:
    """An ended match needs no more visits; open follow-ups are closed without an outcome."""
    now = utcnow()
    for follow_up in match.follow_ups:
        if follow_up.done_dt is None:
            follow_up.done_dt = now


def open_for_gemeenten(gemeente_ids, limit: int = 100) -> list[FollowUp]:
    """Open follow-ups of the coordinator's gemeenten, the most overdue first."""
    return list(
        db.session.scalars(
            select(FollowUp)
            .join(Match, FollowUp.match_id == Match.id)
            .join(Newcomer, Match.newcomer_id == Newcomer.id)
            .where(FollowUp.done_dt.is_(None), Newcomer.gemeente_id.in_(gemeente_ids))
            .options(
                selectinload(FollowUp.match).selectinload(Match.newcomer),
                selectinload(FollowUp.match).selectinload(Match.offer).selectinload(Offer.organisation),
            )
            .order_by(FollowUp.due_date, FollowUp.id)
            .limit(limit)
        )
    )


def is_overdue(follow_up: FollowUp) -> bool:
    return follow_up.done_dt is None and follow_up.due_date < today()
