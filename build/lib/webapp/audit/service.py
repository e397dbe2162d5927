"""Record audit events in the caller's transaction, so they commit or roll back with the change."""

from __future__ import annotations

from flask_login import current_user

from ..extensions import db
from .models import AuditEvent


def record(action: str, subject, gemeente_id: int | None = None, **details) -> AuditEvent:
    if getattr(subject, "id", 0) is None:
        db.session.flush()  # give a new record its id before naming it
    actor = current_user if current_user and current_user.is_authenticated else None
    event = AuditEvent(
        actor_id=actor.id if actor else None,
        action=action,
        subject_type=type(subject).__name__.lower(),
        subject_id=getattr(subject, "id", None),
        gemeente_id=gemeente_id if gemeente_id is not None else getattr(subject, "gemeente_id", None),
        details=details,
    )
    db.session.add(event)
    return event
