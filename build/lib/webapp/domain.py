"""Domain errors and state machines shared by every service layer.

Services never call ``abort()``: they raise one of these errors, and the view
decides what the visitor sees (a 404 page, a flash message, a form error).
Each error carries a translated message, so the same rule reads the same
wherever it is broken.

Statuses are ``StrEnum`` members stored as plain strings; each package keeps
its allowed transitions in one :class:`StateMachine` table.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from flask_babel import lazy_gettext as _l


class DomainError(Exception):
    """A rule was broken; ``str(error)`` is a message for the user, in their language."""

    #: HTTP status a view uses when it does not handle the error itself.
    status_code = 409
    default_message = _l("This is not possible right now.")

    def __init__(self, message=None):
        self.message = message if message is not None else self.default_message
        super().__init__(self.message)  # translated only when shown, in the reader's language

    def __str__(self) -> str:
        return str(self.message)


class NotFound(DomainError):
    """No such record, or one the actor may not know exists (never disclose other tenants)."""

    status_code = 404
    default_message = _l("This page does not exist or has been removed.")


class Forbidden(DomainError):
    """The actor is known but may not do this."""

    status_code = 403
    default_message = _l("You do not have permission to do this.")


class Conflict(DomainError):
    """The request was fine but the state of the data does not allow it (any more)."""


class InvalidTransition(Conflict):
    """A status change that the state machine does not allow from the current status."""

    default_message = _l("This step is not possible in the current status.")


class StateMachine:
    """Allowed status changes of one kind of record, in one table.

    Parameters
    ----------
    statuses : type[StrEnum]
    transitions : iterable of (from_status, to_status)
        ``None`` as ``from_status`` means "when the record is created".
    """

    def __init__(self, statuses: type[StrEnum], transitions: Iterable[tuple[StrEnum | None, StrEnum]]):
        self.statuses = statuses
        self.transitions = frozenset(transitions)

    def allows(self, current, target) -> bool:
        return (self._coerce(current), self._coerce(target)) in self.transitions

    def check(self, current, target, message=None) -> None:
        """Raise :class:`InvalidTransition` unless ``current -> target`` is in the table."""
        if not self.allows(current, target):
            raise InvalidTransition(message)

    def targets(self, current) -> set:
        current = self._coerce(current)
        return {to for frm, to in self.transitions if frm == current}

    def _coerce(self, value):
        return None if value is None else self.statuses(value)
