"""Signals every service sends after it changes data, so other packages listen instead of importing.

A service changes the data, records it in the audit trail and sends one of
these (blinker, as Flask does). Receivers run inside the same transaction:
what they write commits or rolls back with the change. Work that must wait
for the commit (recomputing suggestions, sending mail) is handed to
``webapp.jobs.after_commit``.

Each signal's sender is the changed object; keyword arguments say what happened.
"""

from __future__ import annotations

from blinker import Namespace

_signals = Namespace()

#: A newcomer's profile changed, was created or erased. kwargs: ``action``, ``fields``.
newcomer_changed = _signals.signal("newcomer-changed")
#: An offer was created, edited, published, closed or moderated. kwargs: ``action``.
offer_changed = _signals.signal("offer-changed")
#: An organisation was approved or rejected. kwargs: ``decision``, ``reason``.
organisation_moderated = _signals.signal("organisation-moderated")
#: A match was created or changed status. kwargs: ``from_status``, ``to_status``, ``actor``.
match_changed = _signals.signal("match-changed")
#: A user's account or roles changed. kwargs: ``action``.
user_changed = _signals.signal("user-changed")
#: A gemeente changed its indicator targets. kwargs: ``fields`` (the target keys).
indicator_targets_changed = _signals.signal("indicator-targets-changed")
#: An offer's translation was written, approved, rejected or outdated by a change of the Dutch text.
#: Sender: the :class:`OfferTranslation`; kwargs: ``action`` (``translation_saved``,
#: ``translation_approved``, ``translation_rejected``, ``translation_outdated``). Matching ignores
#: it: suggestions are computed from the Dutch offer and its structured facts only.
offer_translation_changed = _signals.signal("offer-translation-changed")
