"""A copy of everything stored about a newcomer, erasure on their request, and how long profiles are kept.

* **Access (AVG art. 15, 20).** `export` gathers the profile, the login, the
  consents, every match with its history, the suggestions, the messages and
  the audit trail about the person (who looked at their contact details, and
  when). The newcomer or their coordinator downloads it as JSON or reads it as
  a page; each export is itself recorded.
* **Erasure (art. 17).** A newcomer asks on their own page; a coordinator who
  knows the person checks the request and erases (`newcomers.services.erase`).
* **Retention (art. 5).** A profile with no activity (no change, no log-in, no
  match step) for `FLAG_AFTER` is shown to the coordinators to renew or let go;
  after `ERASE_AFTER` it is erased (``flask privacy retention``, daily).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from flask_babel import lazy_gettext as _l
from sqlalchemy import case, func, select
from sqlalchemy.orm import selectinload

from ..accounts.models import User
from ..audit.models import AuditEvent
from ..audit.service import record
from ..domain import Conflict, NotFound
from ..extensions import db
from ..matches.models import Match, Suggestion
from ..newcomers import services as newcomers
from ..newcomers.models import Newcomer
from ..notifications import services as notifications
from ..notifications.models import Notification
from ..offers.models import Offer
from ..timeutil import utcnow
from .models import ErasureRequest

FLAG_AFTER = timedelta(days=365)
ERASE_AFTER = timedelta(days=730)

_PROFILE_FIELDS = (
    "name",
    "phone",
    "email",
    "gender",
    "birth_year",
    "languages",
    "dutch_level",
    "leerroute",
    "interests",
    "profession",
    "wants",
    "wants_since",
    "goals",
    "pip_goals",
    "availability",
    "mobility",
    "max_km",
    "needs_childcare",
    "arrival_date",
    "notes",
    "created_dt",
    "updated_dt",
)


def _iso(value):
    return value.isoformat() if hasattr(value, "isoformat") else value


def export(actor: User, newcomer: Newcomer) -> dict:
    """Everything stored about ``newcomer``, as plain JSON-ready data (see the module docstring)."""
    if newcomer.erased_dt is not None:
        raise NotFound()
    user = newcomer.user
    matches = db.session.scalars(
        select(Match)
        .where(Match.newcomer_id == newcomer.id)
        .options(
            selectinload(Match.events),
            selectinload(Match.follow_ups),
            selectinload(Match.offer).selectinload(Offer.organisation),
        )
        .order_by(Match.created_dt)
    ).all()
    data = {
        "exported_at": _iso(utcnow()),
        "profile": {name: _iso(getattr(newcomer, name)) for name in _PROFILE_FIELDS},
        "municipality": newcomer.gemeente.name,
        "village_or_town": newcomer.kern.name if newcomer.kern else None,
        "login": None
        if user is None
        else {
            "email": user.email,
            "phone": user.phone,
            "language": user.preferred_language,
            "created": _iso(user.created_dt),
            "last_login": _iso(user.last_login_dt),
            "two_step_login": user.totp_secret is not None,
            "weekly_digest": user.weekly_digest,
        },
        "consents": [
            {
                "organisation": c.organisation.name,
                "scope": c.scope,
                "given": _iso(c.given_dt),
                "withdrawn": _iso(c.withdrawn_dt),
            }
            for c in newcomer.consents
        ],
        "matches": [
            {
                "offer": m.offer.title,
                "organisation": m.offer.organisation.name,
                "status": m.status,
                "reason": m.reason_code,
                "created": _iso(m.created_dt),
                "started": _iso(m.started_dt),
                "ended": _iso(m.ended_dt),
                "history": [
                    {
                        "at": _iso(e.created_dt),
                        "from": e.from_status,
                        "to": e.to_status,
                        "by": e.actor_role,
                        "reason": e.reason_code,
                        "remark": e.reason,
                    }
                    for e in m.events
                ],
                "follow_ups": [
                    {
                        "kind": f.kind,
                        "due": _iso(f.due_date),
                        "done": _iso(f.done_dt),
                        "outcome": f.outcome,
                        "notes": f.notes,
                    }
                    for f in m.follow_ups
                ],
            }
            for m in matches
        ],
        "suggestions": [
            {"offer": title, "score": round(score, 3), "computed": _iso(at)}
            for title, score, at in db.session.execute(
                select(Offer.title, Suggestion.score, Suggestion.computed_dt)
                .join(Offer, Suggestion.offer_id == Offer.id)
                .where(Suggestion.newcomer_id == newcomer.id)
                .order_by(Suggestion.score.desc())
            )
        ],
        "messages": []
        if user is None
        else [
            {"kind": n.kind, "at": _iso(n.created_dt), "read": _iso(n.read_dt), **n.params}
            for n in db.session.scalars(
                select(Notification).where(Notification.user_id == user.id).order_by(Notification.created_dt)
            )
        ],
        "who_did_what": [
            {"at": _iso(e.created_dt), "action": e.action, "by_user": e.actor_id}
            for e in db.session.scalars(
                select(AuditEvent)
                .where(AuditEvent.subject_type == "newcomer", AuditEvent.subject_id == newcomer.id)
                .order_by(AuditEvent.created_dt)
            )
        ],
    }
    record("newcomer.export", newcomer, by_self=actor.id == newcomer.user_id)
    return data


def open_request(newcomer: Newcomer) -> ErasureRequest | None:
    return db.session.scalar(
        select(ErasureRequest).where(ErasureRequest.newcomer_id == newcomer.id, ErasureRequest.status == "open")
    )


def request_erasure(newcomer: Newcomer) -> ErasureRequest:
    """The newcomer asks; their coordinators are told and check who is asking before erasing."""
    existing = open_request(newcomer)
    if existing is not None:
        return existing
    request = ErasureRequest(newcomer_id=newcomer.id)
    db.session.add(request)
    record("newcomer.erasure_requested", newcomer)
    link = notifications.path_for("newcomers.coordinator_detail", newcomer_id=newcomer.id)
    for coordinator in notifications.coordinators_of(newcomer.gemeente_id):
        notifications.notify(coordinator, "erasure_requested", link, newcomer=(newcomer.name or "").split(" ")[0])
    return request


def withdraw_request(newcomer: Newcomer) -> None:
    request = open_request(newcomer)
    if request is None:
        raise Conflict(_l("There is no request to withdraw."))
    request.status, request.handled_dt = "withdrawn", utcnow()
    record("newcomer.erasure_withdrawn", newcomer)


def erase_on_request(coordinator: User, newcomer: Newcomer) -> None:
    """Erase the data of a newcomer who asked for it (their open request is closed with it)."""
    request = open_request(newcomer)
    newcomers.erase(newcomer)
    if request is not None:
        request.status, request.handled_dt, request.handled_by_id = "done", utcnow(), coordinator.id


def _last_activity():
    """The latest of: the profile's last change, the newcomer's last log-in, their last match step."""
    last_step = (
        select(func.max(Match.updated_dt)).where(Match.newcomer_id == Newcomer.id).correlate(Newcomer).scalar_subquery()
    )
    profile_or_login = case((User.last_login_dt > Newcomer.updated_dt, User.last_login_dt), else_=Newcomer.updated_dt)
    return case((last_step > profile_or_login, last_step), else_=profile_or_login)


def inactive(gemeente_ids, older_than: timedelta = FLAG_AFTER, now: datetime | None = None, limit: int = 200):
    """(newcomer, last activity) of profiles without activity for `older_than`, the longest first."""
    last = _last_activity().label("last_active")
    cutoff = (now or utcnow()) - older_than
    return db.session.execute(
        select(Newcomer, last)
        .outerjoin(User, Newcomer.user_id == User.id)
        .where(Newcomer.gemeente_id.in_(gemeente_ids), Newcomer.erased_dt.is_(None), last < cutoff)
        .options(selectinload(Newcomer.kern))
        .order_by(last)
        .limit(limit)
    ).all()


def erase_expired(now: datetime | None = None) -> int:
    """The retention job: erase every profile without activity for `ERASE_AFTER`; returns how many."""
    last = _last_activity()
    cutoff = (now or utcnow()) - ERASE_AFTER
    expired = db.session.scalars(
        select(Newcomer).outerjoin(User, Newcomer.user_id == User.id).where(Newcomer.erased_dt.is_(None), last < cutoff)
    ).all()
    for newcomer in expired:
        newcomers.erase(newcomer, reason="retention")
    db.session.commit()
    return len(expired)
