"""Moderating organisations: approving a new one publishes its waiting offers, rejecting withdraws them.

Rejection needs a reason, which its providers see; the decision is audited and
announced with ``signals.organisation_moderated``.
"""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

from ..audit.service import record
from ..domain import Conflict
from ..offers import services as offers
from ..signals import organisation_moderated
from .models import MODERATION_LIFECYCLE, ModerationStatus, Organisation


def approve(organisation: Organisation) -> None:
    MODERATION_LIFECYCLE.check(
        organisation.moderation_status, ModerationStatus.APPROVED, _l("This organisation is already approved.")
    )
    organisation.moderation_status = ModerationStatus.APPROVED
    organisation.moderation_note = ""
    published = offers.publish_waiting(organisation)
    record("organisation.moderate", organisation, decision="approve", offers=len(published))
    organisation_moderated.send(organisation, decision="approve", reason="")


def reject(organisation: Organisation, reason: str) -> None:
    reason = (reason or "").strip()
    if not reason:
        raise Conflict(_l("Please give a reason; the organisation will see it."))
    MODERATION_LIFECYCLE.check(
        organisation.moderation_status, ModerationStatus.REJECTED, _l("This organisation is already rejected.")
    )
    organisation.moderation_status = ModerationStatus.REJECTED
    organisation.moderation_note = reason
    withdrawn = offers.withdraw_all(organisation)
    record("organisation.moderate", organisation, decision="reject", offers=len(withdrawn))
    organisation_moderated.send(organisation, decision="reject", reason=reason)
