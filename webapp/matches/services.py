"""Every change of a match goes through here: propose, decide, confirm, end.

Each step is checked against the lifecycle table (`lifecycle.STEPS`): the
status it comes from, the role of the actor and, for that role, the scope
(a newcomer acts on their own matches, a provider on its organisation's
offers, a coordinator on the newcomers of their gemeente). A match outside
the actor's scope does not exist for them (:class:`NotFound`).

A status changes with one conditional UPDATE (``WHERE status = <expected>``),
so a double-submitted form or two people deciding at the same moment make one
step and one event, and the other gets a clear message. Places are taken and
given back in the same transaction (`places`). Every step writes a
``MatchEvent``, an audit record, and sends ``signals.match_changed``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from flask_babel import lazy_gettext as _l
from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from ..accounts.models import User
from ..audit.service import record
from ..domain import Conflict, Forbidden, InvalidTransition, NotFound
from ..extensions import db
from ..newcomers import services as newcomers
from ..newcomers.models import Newcomer
from ..offers.models import Offer, OfferStatus
from ..signals import match_changed
from ..timeutil import utcnow
from . import followups, places
from .lifecycle import CLOSED, OCCUPYING, MatchStatus, Role, Step, step
from .models import FollowUp, Match, MatchEvent, Suggestion


@dataclass(frozen=True)
class Actor:
    """Who acts, and in which capacity: one person can be a coordinator and a volunteer."""

    user: User | None
    role: Role

    @classmethod
    def system(cls) -> Actor:
        return cls(None, Role.SYSTEM)

    @property
    def user_id(self) -> int | None:
        return self.user.id if self.user is not None else None


def may_act_for(actor: Actor, newcomer: Newcomer, offer: Offer) -> bool:
    """The scope rule of each role (see the module docstring)."""
    user = actor.user
    if actor.role == Role.SYSTEM:
        return True
    if user is None or not user.has_role(actor.role.value):
        return False
    if actor.role == Role.NEWCOMER:
        return newcomer.user_id == user.id
    if actor.role == Role.PROVIDER:
        return user.organisation_id is not None and offer.organisation_id == user.organisation_id
    return newcomer.gemeente_id in user.gemeente_ids("coordinator")


def get_match(actor: Actor, match_id: int) -> Match:
    match = db.session.get(
        Match,
        match_id,
        options=[
            selectinload(Match.newcomer),
            selectinload(Match.offer).selectinload(Offer.organisation),
        ],
    )
    if match is None or not may_act_for(actor, match.newcomer, match.offer):
        raise NotFound()
    return match


# -- creating a match ------------------------------------------------------


def _suggestion(newcomer_id: int, offer_id: int) -> Suggestion | None:
    return db.session.scalar(
        select(Suggestion).where(Suggestion.newcomer_id == newcomer_id, Suggestion.offer_id == offer_id)
    )


def _check_can_join(newcomer: Newcomer, offer: Offer) -> None:
    if newcomer.erased_dt is not None:
        raise NotFound()
    if offer.status != OfferStatus.PUBLISHED:
        raise Conflict(_l("This activity is not open at the moment."))


def _existing(newcomer: Newcomer, offer: Offer) -> Match | None:
    return db.session.scalar(select(Match).where(Match.newcomer_id == newcomer.id, Match.offer_id == offer.id))


def propose(actor: Actor, newcomer: Newcomer, offer: Offer, remark: str = "") -> Match:
    """Propose that ``newcomer`` takes part in ``offer``; a coordinator may also propose again.

    A provider proposes only people the ranker suggested for the offer: it
    knows nobody else (and must not learn who else lives in the gemeente).
    """
    if not may_act_for(actor, newcomer, offer):
        raise NotFound()
    _check_can_join(newcomer, offer)
    suggestion = _suggestion(newcomer.id, offer.id)
    if actor.role == Role.PROVIDER and suggestion is None:
        raise NotFound()
    existing = _existing(newcomer, offer)
    if existing is not None:
        if existing.status in CLOSED and actor.role == Role.COORDINATOR:
            _move(actor, existing, MatchStatus.PROPOSED, reason=remark)
            existing.source = actor.role.value
            return existing
        raise Conflict(_l("This person and this activity are already linked; see the match."))
    match = Match(newcomer=newcomer, offer=offer, status=MatchStatus.PROPOSED, source=actor.role.value)
    if suggestion is not None:
        match.score, match.model_version = suggestion.score, suggestion.model_version
        match.reasons = suggestion.reasons
        # The ranker's part comes first: "suggested" is where the funnel starts.
        match.events.append(MatchEvent(from_status=None, to_status=MatchStatus.SUGGESTED, actor_role=Role.SYSTEM))
    first = MatchStatus.SUGGESTED if suggestion is not None else None
    match.events.append(
        MatchEvent(
            from_status=first,
            to_status=MatchStatus.PROPOSED,
            actor_id=actor.user_id,
            actor_role=actor.role,
            reason=remark,
        )
    )
    _insert(match)
    _forget_suggestion(newcomer.id, offer.id)
    _announce(actor, match, first, MatchStatus.PROPOSED)
    return match


def decline_suggestion(actor: Actor, newcomer: Newcomer, offer: Offer, reason_code: str) -> Match:
    """ "No thanks" on a suggestion: kept as a declined match, the ranker's clearest lesson."""
    if not may_act_for(actor, newcomer, offer):
        raise NotFound()
    suggestion = _suggestion(newcomer.id, offer.id)
    if suggestion is None:
        raise NotFound()
    if _existing(newcomer, offer) is not None:
        raise Conflict(_l("This person and this activity are already linked; see the match."))
    the_step = step(MatchStatus.SUGGESTED, MatchStatus.DECLINED)
    _check_reason(the_step, reason_code)
    match = Match(
        newcomer=newcomer,
        offer=offer,
        status=MatchStatus.DECLINED,
        source=Role.SYSTEM.value,
        score=suggestion.score,
        model_version=suggestion.model_version,
        reasons=suggestion.reasons,
        reason_code=reason_code,
    )
    match.events.append(MatchEvent(from_status=None, to_status=MatchStatus.SUGGESTED, actor_role=Role.SYSTEM))
    match.events.append(
        MatchEvent(
            from_status=MatchStatus.SUGGESTED,
            to_status=MatchStatus.DECLINED,
            actor_id=actor.user_id,
            actor_role=actor.role,
            reason_code=reason_code,
        )
    )
    _insert(match)
    _forget_suggestion(newcomer.id, offer.id)
    _announce(actor, match, MatchStatus.SUGGESTED, MatchStatus.DECLINED)
    return match


def snooze_suggestion(actor: Actor, newcomer: Newcomer, offer: Offer, days: int = 14) -> None:
    """ "Later": the suggestion leaves the newcomer's list for a while and comes back by itself."""
    if actor.role != Role.NEWCOMER or not may_act_for(actor, newcomer, offer):
        raise NotFound()
    suggestion = _suggestion(newcomer.id, offer.id)
    if suggestion is None:
        raise NotFound()
    suggestion.hidden_until = utcnow().date() + timedelta(days=days)
    record("suggestion.later", newcomer, offer_id=offer.id)


def _insert(match: Match) -> None:
    db.session.add(match)
    try:
        db.session.flush()
    except IntegrityError as error:  # the same pair was created a moment ago, by a double click
        db.session.rollback()
        raise Conflict(_l("This person and this activity are already linked; see the match.")) from error


def _forget_suggestion(newcomer_id: int, offer_id: int) -> None:
    """Once acted upon, a pair is a match; suggestions never show it again."""
    db.session.execute(delete(Suggestion).where(Suggestion.newcomer_id == newcomer_id, Suggestion.offer_id == offer_id))


# -- moving a match on --------------------------------------------------------


def approve(actor: Actor, match: Match, consent_given: bool = False, remark: str = "") -> None:
    """The coordinator approves: a place is taken and the provider may see the contact details.

    The newcomer must have agreed that the organisation sees their contact
    details; ``consent_given`` records that agreement now, if it was not yet.
    """
    organisation_id = match.offer.organisation_id
    if not newcomers.has_consent(match.newcomer, organisation_id, "contact"):
        if not consent_given:
            raise Conflict(
                _l("First record that the newcomer agrees to share their contact details with this organisation.")
            )
        newcomers.give_consent(actor.user, match.newcomer, organisation_id, "contact")
    _move(actor, match, MatchStatus.APPROVED, reason=remark, approved_dt=utcnow())


def accept(actor: Actor, match: Match, remark: str = "") -> None:
    _move(actor, match, MatchStatus.ACCEPTED, reason=remark)


def reject(actor: Actor, match: Match, reason_code: str, remark: str = "") -> None:
    _move(actor, match, MatchStatus.REJECTED, reason_code=reason_code, reason=remark)


def decline(actor: Actor, match: Match, reason_code: str, remark: str = "") -> None:
    _move(actor, match, MatchStatus.DECLINED, reason_code=reason_code, reason=remark)


def end(actor: Actor, match: Match, reason_code: str, remark: str = "") -> None:
    _move(actor, match, MatchStatus.ENDED, reason_code=reason_code, reason=remark, ended_dt=utcnow())
    followups.cancel_open(match)


def confirm_start(actor: Actor, match: Match) -> bool:
    """One side says "it has started"; when both have, the match is started. Returns whether it is now.

    A coordinator confirms for the newcomer: many never log in.
    """
    if not may_act_for(actor, match.newcomer, match.offer):
        raise NotFound()
    if match.status != MatchStatus.ACCEPTED:
        raise InvalidTransition(_l("This match cannot be started now."))
    column = Match.provider_confirmed_dt if actor.role == Role.PROVIDER else Match.newcomer_confirmed_dt
    if actor.role not in (Role.PROVIDER, Role.NEWCOMER, Role.COORDINATOR):
        raise Forbidden()
    now = utcnow()
    db.session.execute(
        update(Match)
        .where(Match.id == match.id, Match.status == MatchStatus.ACCEPTED, column.is_(None))
        .values({column: now})
        .execution_options(synchronize_session=False)
    )
    db.session.expire(match)
    record("match.confirm_start", match, gemeente_id=match.newcomer.gemeente_id, role=actor.role.value)
    if match.newcomer_confirmed_dt is None or match.provider_confirmed_dt is None:
        return False
    _move(Actor.system(), match, MatchStatus.STARTED, started_dt=now, acting_for=actor)
    followups.plan(match)
    return True


def _check_reason(the_step: Step, reason_code: str | None) -> None:
    if the_step.reasons is None:
        return
    if reason_code not in the_step.reasons:
        raise Conflict(_l("Please choose a reason."))


def _move(
    actor: Actor,
    match: Match,
    to: MatchStatus,
    reason_code: str | None = None,
    reason: str = "",
    acting_for: Actor | None = None,
    **columns,
) -> None:
    """The one way a match changes status (see the module docstring)."""
    if not may_act_for(actor, match.newcomer, match.offer):
        raise NotFound()
    frm = MatchStatus(match.status)
    the_step = step(frm, to)
    if the_step is None:
        raise InvalidTransition(_already_message(frm, to))
    if actor.role not in the_step.actors:
        raise Forbidden()
    _check_reason(the_step, reason_code)
    if to in OCCUPYING and frm not in OCCUPYING:
        places.take(match.offer)
    elif frm in OCCUPYING and to not in OCCUPYING:
        places.give_back(match.offer)
    values = {"status": to, "updated_dt": utcnow(), **columns}
    if reason_code is not None:
        values["reason_code"] = reason_code
    result = db.session.execute(
        update(Match)
        .where(Match.id == match.id, Match.status == frm)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        raise InvalidTransition(_l("Someone else changed this match a moment ago. Please look again."))
    db.session.expire(match)
    who = acting_for or actor  # a start is the system's step, made by whoever confirmed last
    db.session.add(
        MatchEvent(
            match_id=match.id,
            from_status=frm,
            to_status=to,
            actor_id=who.user_id,
            actor_role=who.role,
            reason_code=reason_code,
            reason=(reason or "").strip(),
        )
    )
    _announce(who, match, frm, to)


def _already_message(frm: MatchStatus, to: MatchStatus):
    if frm == to:
        return _l("This was already done.")
    return _l("This step is not possible in the current status.")


def _announce(actor: Actor, match: Match, frm, to) -> None:
    record(
        f"match.{MatchStatus(to).value}",
        match,
        gemeente_id=match.newcomer.gemeente_id,
        from_status=frm and MatchStatus(frm).value,
        role=actor.role.value,
    )
    match_changed.send(match, from_status=frm, to_status=MatchStatus(to), actor=actor)


# -- follow-ups -----------------------------------------------------------------


def get_follow_up(actor: Actor, follow_up_id: int) -> FollowUp:
    """A follow-up of a match the coordinator may act on; any other does not exist for them."""
    follow_up = db.session.get(FollowUp, follow_up_id)
    if follow_up is None or actor.role != Role.COORDINATOR:
        raise NotFound()
    if not may_act_for(actor, follow_up.match.newcomer, follow_up.match.offer):
        raise NotFound()
    return follow_up


def complete_follow_up(actor: Actor, follow_up_id: int, outcome: str, notes: str = "") -> None:
    """A coordinator records a follow-up; an ending outcome ends the match, "extend" plans the next one."""
    follow_up = get_follow_up(actor, follow_up_id)
    match = follow_up.match
    if follow_up.done_dt is not None:
        raise Conflict(_l("This follow-up was already done."))
    if outcome not in followups.OUTCOMES[follow_up.kind]:
        raise Conflict(_l("Please choose a reason."))
    follow_up.done_dt, follow_up.done_by_id = utcnow(), actor.user_id
    follow_up.outcome, follow_up.notes = outcome, (notes or "").strip()
    record("follow_up.done", match, gemeente_id=match.newcomer.gemeente_id, kind=follow_up.kind, outcome=outcome)
    if outcome == "extend":
        followups.plan_extension(match)
    elif outcome in followups.ENDING_OUTCOMES and match.status == MatchStatus.STARTED:
        end(actor, match, followups.ENDING_OUTCOMES[outcome], notes)
