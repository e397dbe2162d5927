"""Who may do what, on which objects: the access matrix of every route, in one table.

Each endpoint has a :class:`Rule`: the roles that may use it (``PUBLIC`` for
everyone, ``ANY_USER`` for anyone logged in) and the *scope* within which a
role acts on the objects named in the URL. The role part is enforced here,
before any view runs, for every request: a route missing from the table is
refused (and `tests/test_access.py` fails). The scope part is enforced by the
services (`webapp.matches.services.may_act_for`, `newcomers.services.get_for_coordinator`,
`offers.services.own_offer`, ...), which answer 404 for an object outside it,
so that not even its existence is disclosed; the same test walks every route
with objects of another gemeente and organisation to prove it.

Scopes:

``self``
    the newcomer's own profile, matches, consents and suggestions
``organisation``
    offers (and their matches and candidates) of the provider's own organisation
``gemeente``
    newcomers (and their matches, follow-ups, data) of the coordinator's gemeenten
``gemeente_offers``
    published offers of the translator's gemeenten (in the translator's languages), and the
    translations of offers in the coordinator's gemeenten
``gemeente_figures``
    the aggregate figures of the gemeente staff member's own gemeenten
``own_messages``
    the logged-in user's own inbox
``all``
    the administrator: every gemeente, organisation and user
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import abort, current_app, request
from flask_login import current_user

from .extensions import login_manager

PUBLIC = frozenset({"*"})
ANY_USER = frozenset()


@dataclass(frozen=True)
class Rule:
    roles: frozenset[str]
    scope: str | None = None

    @property
    def is_public(self) -> bool:
        return self.roles == PUBLIC


def _rule(*roles: str, scope: str | None = None) -> Rule:
    return Rule(frozenset(roles), scope)


_PUBLIC = Rule(PUBLIC)
_USER = Rule(ANY_USER)

ACCESS: dict[str, Rule] = {
    "static": _PUBLIC,
    "public.home": _PUBLIC,
    "public.health": _PUBLIC,
    "offers.public_list": _PUBLIC,
    "offers.public_detail": _PUBLIC,
    "accounts.login": _PUBLIC,
    "accounts.login_code": _PUBLIC,  # only with a log-in waiting for its second step (in the session)
    "accounts.register": _PUBLIC,
    "accounts.confirm_email": _PUBLIC,  # the signed token names the account
    "accounts.forgot_password": _PUBLIC,
    "accounts.reset_password": _PUBLIC,  # the signed token names the account
    "accounts.set_language": _PUBLIC,
    "newcomers.activate": _PUBLIC,  # the invitation code names the profile
    "accounts.logout": _USER,
    "accounts.account": _USER,
    "notifications.inbox": Rule(ANY_USER, "own_messages"),
    "notifications.open_message": Rule(ANY_USER, "own_messages"),
    "notifications.read_all": Rule(ANY_USER, "own_messages"),
    "notifications.settings": _USER,
    # newcomer
    "newcomers.my_profile": _rule("newcomer", scope="self"),
    "newcomers.my_consent_withdraw": _rule("newcomer", scope="self"),
    "matches.my_suggestions": _rule("newcomer", scope="self"),
    "matches.my_answer": _rule("newcomer", scope="self"),
    "matches.my_matches": _rule("newcomer", scope="self"),
    "matches.my_match_act": _rule("newcomer", scope="self"),
    "privacy.my_data": _rule("newcomer", scope="self"),
    "privacy.my_data_download": _rule("newcomer", scope="self"),
    "privacy.my_erasure_request": _rule("newcomer", scope="self"),
    "privacy.my_erasure_withdraw": _rule("newcomer", scope="self"),
    # provider
    "offers.provider_list": _rule("provider", scope="organisation"),
    "offers.provider_new": _rule("provider", scope="organisation"),
    "offers.provider_edit": _rule("provider", scope="organisation"),
    "offers.provider_close": _rule("provider", scope="organisation"),
    "matches.provider_candidates": _rule("provider", scope="organisation"),
    "matches.provider_candidate_act": _rule("provider", scope="organisation"),
    "matches.provider_match": _rule("provider", scope="organisation"),
    "matches.provider_match_act": _rule("provider", scope="organisation"),
    # coordinator
    "newcomers.coordinator_list": _rule("coordinator", scope="gemeente"),
    "newcomers.coordinator_new": _rule("coordinator", scope="gemeente"),
    "newcomers.coordinator_detail": _rule("coordinator", scope="gemeente"),
    "newcomers.coordinator_edit": _rule("coordinator", scope="gemeente"),
    "newcomers.coordinator_invite": _rule("coordinator", scope="gemeente"),
    "newcomers.coordinator_consent": _rule("coordinator", scope="gemeente"),
    "newcomers.coordinator_withdraw_consent": _rule("coordinator", scope="gemeente"),
    "newcomers.coordinator_erase": _rule("coordinator", scope="gemeente"),
    "matches.coordinator_queue": _rule("coordinator", scope="gemeente"),
    "matches.coordinator_match": _rule("coordinator", scope="gemeente"),
    "matches.coordinator_match_act": _rule("coordinator", scope="gemeente"),
    "matches.coordinator_suggestions": _rule("coordinator", scope="gemeente"),
    "matches.coordinator_propose": _rule("coordinator", scope="gemeente"),
    "matches.coordinator_assign": _rule("coordinator", scope="gemeente"),
    "matches.coordinator_assign_send": _rule("coordinator", scope="gemeente"),
    "matches.coordinator_waiting_list": _rule("coordinator", scope="gemeente"),
    "matches.coordinator_tasks": _rule("coordinator", scope="gemeente"),
    "matches.coordinator_task_done": _rule("coordinator", scope="gemeente"),
    "privacy.coordinator_privacy": _rule("coordinator", scope="gemeente"),
    "privacy.coordinator_data": _rule("coordinator", scope="gemeente"),
    "privacy.coordinator_data_download": _rule("coordinator", scope="gemeente"),
    "privacy.coordinator_erase_requested": _rule("coordinator", scope="gemeente"),
    "privacy.coordinator_renew": _rule("coordinator", scope="gemeente"),
    "translations.review": _rule("coordinator", scope="gemeente"),
    "translations.review_act": _rule("coordinator", scope="gemeente_offers"),
    # translator (a bilingual volunteer)
    "translations.queue": _rule("translator", scope="gemeente"),
    "translations.translate": _rule("translator", scope="gemeente_offers"),
    # gemeente staff
    "gemeente.dashboard": _rule("gemeente", scope="gemeente_figures"),
    "gemeente.export": _rule("gemeente", scope="gemeente_figures"),
    "gemeente.report": _rule("gemeente", scope="gemeente_figures"),
    "gemeente.report_xlsx": _rule("gemeente", scope="gemeente_figures"),
    "gemeente.targets": _rule("gemeente", scope="gemeente_figures"),
    # administrator
    "admin.index": _rule("admin", scope="all"),
    "gemeente.admin_compare": _rule("admin", scope="all"),
    "admin.gemeenten": _rule("admin", scope="all"),
    "admin.kernen": _rule("admin", scope="all"),
    "admin.organisations": _rule("admin", scope="all"),
    "admin.moderate_organisation": _rule("admin", scope="all"),
    "admin.users": _rule("admin", scope="all"),
    "admin.user_detail": _rule("admin", scope="all"),
    "admin.revoke_grant": _rule("admin", scope="all"),
    "admin.moderation": _rule("admin", scope="all"),
    "admin.moderate_offer": _rule("admin", scope="all"),
}


def rule_for(endpoint: str | None) -> Rule | None:
    return ACCESS.get(endpoint or "")


def enforce():
    """The role part of the matrix, for every request (the services check the scope)."""
    if request.endpoint is None:  # no route: the 404 page
        return None
    rule = rule_for(request.endpoint)
    if rule is None:
        current_app.logger.error("Route %s is missing from the access matrix; refused", request.endpoint)
        abort(403)
    if rule.is_public:
        return None
    if not current_user.is_authenticated:
        return login_manager.unauthorized()
    if rule.roles and not current_user.has_role(*rule.roles):
        abort(403)
    return None


def init_app(app) -> None:
    app.before_request(enforce)
