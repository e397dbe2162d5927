"""Newcomer profiles: tenant rules (a coordinator works only within their own gemeenten) and changes.

Every change goes through a function here: it is recorded in the audit trail
and announced with ``signals.newcomer_changed``, so suggestions follow.
"""

from __future__ import annotations

import secrets

from sqlalchemy import func, select
from sqlalchemy.orm import joinedload, selectinload

from ..audit.service import record
from ..domain import NotFound
from ..extensions import db
from ..gemeenten.models import Gemeente, Kern
from ..organisations.models import Organisation
from ..pagination import paginate_query
from ..signals import newcomer_changed
from ..timeutil import utcnow
from .models import Consent, Newcomer


def coordinator_gemeenten(user) -> list[Gemeente]:
    ids = user.gemeente_ids("coordinator")
    return list(db.session.scalars(select(Gemeente).where(Gemeente.id.in_(ids)).order_by(Gemeente.name)))


def coordinator_kernen(user) -> list[Kern]:
    ids = user.gemeente_ids("coordinator")
    return list(
        db.session.scalars(
            select(Kern).where(Kern.gemeente_id.in_(ids)).options(selectinload(Kern.gemeente)).order_by(Kern.name)
        )
    )


def newcomers_for(user, name_query: str = "", kern_id: int | None = None, status: str = "", page=1):
    """One page of the coordinator's register, longest in it first (they have waited longest).

    Filters and paging are SQL, so the page costs the same for 50 newcomers as for 5,000.
    ``status`` is where they stand with their login: ``can_log_in``, ``invited``, ``no_login``.
    """
    query = (
        select(Newcomer)
        .where(Newcomer.gemeente_id.in_(user.gemeente_ids("coordinator")), Newcomer.erased_dt.is_(None))
        .options(joinedload(Newcomer.kern))
        .order_by(Newcomer.created_dt, Newcomer.id)
    )
    searched = bool(name_query.strip())
    if searched:
        query = query.where(func.lower(Newcomer.name).contains(name_query.strip().lower(), autoescape=True))
    if kern_id:
        query = query.where(Newcomer.kern_id == kern_id)
    if status == "can_log_in":
        query = query.where(Newcomer.user_id.isnot(None))
    elif status == "invited":
        query = query.where(Newcomer.user_id.is_(None), Newcomer.invite_code_hash.isnot(None))
    elif status == "no_login":
        query = query.where(Newcomer.user_id.is_(None), Newcomer.invite_code_hash.is_(None))
    # A name is found by reading every name of the register (no index holds "contains"), so
    # the count rides along with the page's ids instead of reading them all a second time.
    return paginate_query(query, page, count_along=searched)


def get_for_coordinator(user, newcomer_id: int) -> Newcomer:
    """404, not 403, for another gemeente's newcomer: not even their existence is disclosed."""
    newcomer = db.session.get(
        Newcomer,
        newcomer_id,
        options=[selectinload(Newcomer.consents).selectinload(Consent.organisation)],
    )
    if newcomer is None or newcomer.gemeente_id not in user.gemeente_ids("coordinator"):
        raise NotFound()
    if newcomer.erased_dt is not None:
        raise NotFound()  # nothing personal is left to show or change
    return newcomer


def create(user, values: dict) -> Newcomer:
    newcomer = Newcomer(created_by_id=user.id)
    update(newcomer, values, action="newcomer.create")
    db.session.add(newcomer)
    return newcomer


def update(newcomer: Newcomer, values: dict, action: str = "newcomer.update") -> None:
    changed = sorted(k for k, v in values.items() if getattr(newcomer, k, None) != v)
    if "wants" in values:
        _date_new_wants(newcomer, values["wants"])
    for name, value in values.items():
        setattr(newcomer, name, value)
    db.session.add(newcomer)
    # Field names only: the audit trail must not copy personal data.
    record(action, newcomer, fields=changed)
    newcomer_changed.send(newcomer, action=action, fields=changed)


def _date_new_wants(newcomer: Newcomer, wants) -> None:
    """Remember since when each wish stands: the taalcoach waiting list is ordered by it."""
    today = utcnow().date().isoformat()
    since = dict(newcomer.wants_since or {})
    newcomer.wants_since = {kind: since.get(kind, today) for kind in wants or ()}


def partner_organisations(newcomer: Newcomer) -> list[Organisation]:
    return list(
        db.session.scalars(
            select(Organisation)
            .where(
                Organisation.gemeente_id == newcomer.gemeente_id,
                # A freshly registered look-alike must not receive anyone's data.
                Organisation.moderation_status == "approved",
            )
            .order_by(Organisation.name)
        )
    )


def has_consent(newcomer: Newcomer, organisation_id: int, scope: str) -> bool:
    return any(c.organisation_id == organisation_id and c.scope == scope for c in newcomer.active_consents)


def give_consent(user, newcomer: Newcomer, organisation_id: int, scope: str) -> Consent | None:
    """Record consent; None when the same consent is already active."""
    if has_consent(newcomer, organisation_id, scope):
        return None
    consent = Consent(newcomer=newcomer, organisation_id=organisation_id, scope=scope, recorded_by_id=user.id)
    db.session.add(consent)
    record("consent.give", newcomer, organisation_id=organisation_id, scope=scope)
    newcomer_changed.send(newcomer, action="consent.give", fields=["consents"])
    return consent


def withdraw_consent(newcomer: Newcomer, consent_id: int) -> None:
    consent = next((c for c in newcomer.active_consents if c.id == consent_id), None)
    if consent is None:
        raise NotFound()
    consent.withdrawn_dt = utcnow()
    record("consent.withdraw", newcomer, consent_id=consent_id)
    newcomer_changed.send(newcomer, action="consent.withdraw", fields=["consents"])


#: What erasure leaves: the gemeente (for the indicators) and the bare row that matches point to.
ERASED_VALUES = {
    "name": "",
    "phone": None,
    "email": None,
    "gender": None,
    "birth_year": None,
    "languages": [],
    "dutch_level": None,
    "leerroute": None,
    "interests": "",
    "profession": "",
    "wants": [],
    "goals": [],
    "pip_goals": {},
    "availability": [],
    "mobility": [],
    "max_km": None,
    "needs_childcare": None,
    "arrival_date": None,
    "notes": "",
    "kern_id": None,
    "invite_code_hash": None,
    "invite_expires_dt": None,
    "wants_since": {},
}


def renew(newcomer: Newcomer) -> None:
    """A coordinator confirms the profile is still needed: the retention clock starts again."""
    newcomer.updated_dt = utcnow()
    record("newcomer.renew", newcomer)
    newcomer_changed.send(newcomer, action="renew", fields=[])


def erase(newcomer: Newcomer, reason: str = "request") -> None:
    """Erase a newcomer's personal data on request (AVG art. 17), in one transaction.

    The row stays, emptied, so matches and indicators keep adding up; consents
    end; a linked login is closed and stripped of its e-mail address and phone
    number. The audit trail records that it happened, never what was erased.
    """
    now = utcnow()
    for name, value in ERASED_VALUES.items():
        setattr(newcomer, name, value)
    newcomer.erased_dt = now
    for consent in newcomer.active_consents:
        consent.withdrawn_dt = now
    if newcomer.user is not None:
        user = newcomer.user
        user.email = user.phone = None
        user.display_name = ""
        user.is_active_account = False
        user.set_password(secrets.token_urlsafe(32))  # no way back in, and old sessions end
        user.grants.clear()
    record("newcomer.erase", newcomer, reason=reason)
    newcomer_changed.send(newcomer, action="erase", fields=sorted(ERASED_VALUES))
