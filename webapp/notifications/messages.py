"""The text of every notification, as (title, body) in the catalogs; parameters fill them in.

Texts are short and in plain words: many readers read Dutch at A2 level or
use the interface in their own language.
"""

from __future__ import annotations

from collections import defaultdict

from flask_babel import force_locale
from flask_babel import lazy_gettext as _l

MESSAGES = {
    "match_proposed": (
        _l("New proposal to review"),
        _l('%(newcomer)s and "%(offer)s" have been proposed. Please review the proposal.'),
    ),
    "match_proposed_for_you": (
        _l("Your coordinator has an activity for you"),
        _l('Your coordinator proposed "%(offer)s" for you.'),
    ),
    "match_approved_provider": (
        _l("A candidate for your activity"),
        _l('The coordinator approved a candidate for "%(offer)s". Please accept or decline.'),
    ),
    "match_approved_newcomer": (
        _l("Good news"),
        _l('Your coordinator approved "%(offer)s" for you. The organisation decides soon.'),
    ),
    "match_rejected": (
        _l("Proposal not approved"),
        _l('The proposal for "%(offer)s" was not approved.'),
    ),
    "match_accepted": (
        _l("You can start"),
        _l('"%(offer)s" has a place for you. Contact: %(contact)s.'),
    ),
    "match_accepted_coordinator": (
        _l("A match was accepted"),
        _l('The organisation accepted %(newcomer)s for "%(offer)s".'),
    ),
    "match_declined": (
        _l("A match was declined"),
        _l('The match of %(newcomer)s with "%(offer)s" was declined.'),
    ),
    "match_declined_newcomer": (
        _l("Not this time"),
        _l('"%(offer)s" is not possible this time. Look at your other suggestions.'),
    ),
    "match_started": (
        _l("A match has started"),
        _l('%(newcomer)s has started at "%(offer)s".'),
    ),
    "match_ended": (
        _l("A match has ended"),
        _l('The match of %(newcomer)s with "%(offer)s" has ended.'),
    ),
    "erasure_requested": (
        _l("A request to erase personal data"),
        _l("%(newcomer)s asked to erase their personal data. Please check who is asking, then erase."),
    ),
    "weekly_digest": (
        _l("New suggestions for you"),
        _l("There are new activities that may suit you. Have a look!"),
    ),
}


def render(kind: str, params: dict, locale: str | None = None) -> tuple[str, str]:
    """Plain-text title and body in ``locale`` (default: the current one); unknown kinds give ("", "").

    The result is a plain ``str``, so templates escape whatever the parameters hold.
    """
    if kind not in MESSAGES:
        return "", ""
    title, body = MESSAGES[kind]
    values = defaultdict(str, params)  # a message written before a parameter was added still renders
    if locale is None:
        return str(title), str(body) % values
    with force_locale(locale):
        return str(title), str(body) % values
