"""The match lifecycle in one table: which status may follow which, who may make the step, and why.

suggested → proposed (by the newcomer, the provider or a coordinator) →
approved (coordinator) → accepted (provider) → started (both sides confirm:
the "real match") → ended (completed, work or study, stopped, no-show).
Declined (by the newcomer or the provider) and rejected (by the coordinator)
can happen at each step before the start, always with a reason code.

A step into an occupying status takes one of the offer's places and a step
out of one gives it back (`webapp.matches.places`), so places never overbook.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from flask_babel import lazy_gettext as _l

from ..domain import StateMachine


class MatchStatus(StrEnum):
    SUGGESTED = "suggested"
    PROPOSED = "proposed"
    APPROVED = "approved"
    ACCEPTED = "accepted"
    STARTED = "started"
    ENDED = "ended"
    REJECTED = "rejected"
    DECLINED = "declined"


class Role(StrEnum):
    """The capacity in which someone acts on a match."""

    NEWCOMER = "newcomer"
    PROVIDER = "provider"
    COORDINATOR = "coordinator"
    SYSTEM = "system"


STATUS_LABELS = {
    MatchStatus.SUGGESTED: _l("Suggested"),
    MatchStatus.PROPOSED: _l("Proposed, waiting for the coordinator"),
    MatchStatus.APPROVED: _l("Approved, waiting for the provider"),
    MatchStatus.ACCEPTED: _l("Accepted, waiting for the start"),
    MatchStatus.STARTED: _l("Started"),
    MatchStatus.ENDED: _l("Ended"),
    MatchStatus.REJECTED: _l("Not approved"),
    MatchStatus.DECLINED: _l("Declined"),
}

#: What happens next, from the newcomer's side, in words a newcomer reads.
NEXT_STEP_FOR_NEWCOMER = {
    MatchStatus.PROPOSED: _l("Your coordinator looks at it soon."),
    MatchStatus.APPROVED: _l("The organisation decides whether there is a place for you."),
    MatchStatus.ACCEPTED: _l("You can start. Tell us when you have been there for the first time."),
    MatchStatus.STARTED: _l("You take part. Good luck!"),
}

#: Statuses that hold a place on the offer.
OCCUPYING = frozenset({MatchStatus.APPROVED, MatchStatus.ACCEPTED, MatchStatus.STARTED})
#: Statuses in which nothing happens any more (a coordinator may still propose again).
CLOSED = frozenset({MatchStatus.ENDED, MatchStatus.REJECTED, MatchStatus.DECLINED})
#: Undecided statuses: counted as open suggestions of an offer (fair spread).
OPEN = frozenset({MatchStatus.PROPOSED, MatchStatus.APPROVED})

#: Why a coordinator rejects or someone declines; each is also a training label.
DECLINE_REASONS = {
    "not_interested": _l("Not interested"),
    "schedule": _l("Times do not fit"),
    "distance": _l("Too far away"),
    "language": _l("Language is a problem"),
    "level": _l("Dutch level does not fit"),
    "no_places": _l("No place free"),
    "no_consent": _l("No consent to share details"),
    "other_match": _l("Has another activity already"),
    "other": _l("Other reason"),
}

END_REASONS = {
    "completed": _l("Completed"),
    "work_or_study": _l("Moved on to work or study"),
    "stopped": _l("Stopped"),
    "no_show": _l("Did not show up"),
}


@dataclass(frozen=True)
class Step:
    """One allowed change: from which status to which, by whom, and whether a reason code is needed."""

    frm: MatchStatus | None
    to: MatchStatus
    actors: frozenset[Role]
    #: ``None``: no reason; else the reason codes to choose from
    reasons: dict | None = None


_S, _R = MatchStatus, Role
_ANY_SIDE = frozenset({_R.NEWCOMER, _R.PROVIDER, _R.COORDINATOR})

#: The whole lifecycle. A newcomer is often helped by a coordinator, who may act on their behalf.
STEPS = [
    Step(None, _S.PROPOSED, _ANY_SIDE),
    Step(_S.SUGGESTED, _S.PROPOSED, _ANY_SIDE),
    Step(_S.SUGGESTED, _S.DECLINED, _ANY_SIDE, DECLINE_REASONS),
    Step(_S.PROPOSED, _S.APPROVED, frozenset({_R.COORDINATOR})),
    Step(_S.PROPOSED, _S.REJECTED, frozenset({_R.COORDINATOR}), DECLINE_REASONS),
    Step(_S.PROPOSED, _S.DECLINED, frozenset({_R.NEWCOMER, _R.PROVIDER}), DECLINE_REASONS),
    Step(_S.APPROVED, _S.ACCEPTED, frozenset({_R.PROVIDER})),
    Step(_S.APPROVED, _S.DECLINED, _ANY_SIDE, DECLINE_REASONS),
    Step(_S.ACCEPTED, _S.STARTED, frozenset({_R.SYSTEM})),
    Step(_S.ACCEPTED, _S.DECLINED, _ANY_SIDE, DECLINE_REASONS),
    Step(_S.ACCEPTED, _S.ENDED, frozenset({_R.PROVIDER, _R.COORDINATOR}), {"no_show": END_REASONS["no_show"]}),
    Step(_S.STARTED, _S.ENDED, _ANY_SIDE, END_REASONS),
    Step(_S.DECLINED, _S.PROPOSED, frozenset({_R.COORDINATOR})),
    Step(_S.REJECTED, _S.PROPOSED, frozenset({_R.COORDINATOR})),
]

MATCH_LIFECYCLE = StateMachine(MatchStatus, [(s.frm, s.to) for s in STEPS])
_BY_PAIR = {(s.frm, s.to): s for s in STEPS}


def step(frm, to) -> Step | None:
    return _BY_PAIR.get((None if frm is None else MatchStatus(frm), MatchStatus(to)))


def steps_for(status, role: Role) -> list[Step]:
    """The steps a role may take from ``status``, in table order (for the buttons on a page)."""
    status = MatchStatus(status)
    return [s for s in STEPS if s.frm == status and role in s.actors]
