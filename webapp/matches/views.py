"""The match screens of the three sides: newcomer ("Voor jou", my matches), provider, coordinator.

Views are thin: they read through `queries` and `suggestions`, act through
`services`, and turn a refused step into a message on the page it came from.
"""

from __future__ import annotations

from datetime import date

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from ..audit.service import record
from ..domain import Conflict, NotFound
from ..extensions import db
from ..newcomers import services as newcomer_services
from ..newcomers.models import Newcomer
from ..offers import services as offer_services
from ..offers import translations
from ..offers.models import Offer
from ..outcome import done, refused
from ..pagination import page_number
from . import assignment, followups, queries, services, suggestions
from .forms import ApproveForm, AssignForm, DecisionForm, FollowUpForm, RemarkForm
from .lifecycle import (
    DECLINE_REASONS,
    END_REASONS,
    NEXT_STEP_FOR_NEWCOMER,
    OCCUPYING,
    STATUS_LABELS,
    MatchStatus,
    Role,
    step,
    steps_for,
)
from .models import Match
from .services import Actor

bp = Blueprint("matches", __name__)


def _actor(role: Role) -> Actor:
    return Actor(current_user._get_current_object(), role)


def _page_number() -> int:
    return page_number(request.args.get("page"))


def _reasons_for(step_to: MatchStatus, frm) -> dict:
    the_step = step(frm, step_to)
    return the_step.reasons if the_step and the_step.reasons else DECLINE_REASONS


# -- newcomer -----------------------------------------------------------------------


def _own_newcomer() -> Newcomer:
    newcomer = db.session.scalar(select(Newcomer).where(Newcomer.user_id == current_user.id))
    if newcomer is None:
        raise NotFound()
    return newcomer


@bp.route("/me/suggestions")
def my_suggestions():
    newcomer = _own_newcomer()
    rows = suggestions.for_newcomer(newcomer.id)
    translations.preload([s.offer for s in rows])
    return render_template("matches/my_suggestions.html", newcomer=newcomer, suggestions=rows)


@bp.route("/me/suggestions/<int:offer_id>/<any(yes, no, later):answer>", methods=["POST"])
def my_answer(offer_id: int, answer: str):
    newcomer = _own_newcomer()
    offer = db.get_or_404(Offer, offer_id)
    actor = _actor(Role.NEWCOMER)
    try:
        if answer == "yes":
            services.propose(actor, newcomer, offer)
            done(_("Thank you! Your coordinator will look at it soon."))
        elif answer == "no":
            services.decline_suggestion(actor, newcomer, offer, "not_interested")
            done(_("Fine, we will not show it again."))
        else:
            services.snooze_suggestion(actor, newcomer, offer)
            done(_("We will show it again in two weeks."))
    except Conflict as error:
        refused(error)
    return redirect(url_for("matches.my_suggestions"))


@bp.route("/me/matches")
def my_matches():
    newcomer = _own_newcomer()
    rows = queries.newcomer_matches(newcomer.id)
    translations.preload([m.offer for m in rows])
    return render_template(
        "matches/my_matches.html",
        newcomer=newcomer,
        matches=rows,
        occupying=OCCUPYING,
        next_step=NEXT_STEP_FOR_NEWCOMER,
    )


@bp.route("/me/matches/<int:match_id>/<any(started, stop):action>", methods=["POST"])
def my_match_act(match_id: int, action: str):
    actor = _actor(Role.NEWCOMER)
    match = services.get_match(actor, match_id)
    try:
        if action == "started":
            started = services.confirm_start(actor, match)
            done(
                _("Thank you! The match has started.")
                if started
                else _("Thank you! We wait for the organisation to confirm too.")
            )
        elif match.status == MatchStatus.STARTED:
            services.end(actor, match, "stopped")
            done(_("It has been stopped. Your coordinator will be told."))
        else:
            services.decline(actor, match, "not_interested")
            done(_("It has been stopped. Your coordinator will be told."))
    except Conflict as error:
        refused(error)
    return redirect(url_for("matches.my_matches"))


# -- provider -----------------------------------------------------------------------


@bp.route("/provider/offers/<int:offer_id>/candidates")
def provider_candidates(offer_id: int):
    offer = offer_services.own_offer(current_user, offer_id)
    return render_template(
        "matches/provider_candidates.html",
        offer=offer,
        candidates=suggestions.for_offer(offer.id),
        matches=queries.offer_matches(offer.id),
    )


@bp.route(
    "/provider/offers/<int:offer_id>/candidates/<int:newcomer_id>/<any(propose, dismiss):action>", methods=["POST"]
)
def provider_candidate_act(offer_id: int, newcomer_id: int, action: str):
    offer = offer_services.own_offer(current_user, offer_id)
    newcomer = db.get_or_404(Newcomer, newcomer_id)
    actor = _actor(Role.PROVIDER)
    try:
        if action == "propose":
            services.propose(actor, newcomer, offer)
            done(_("Proposed. The coordinator looks at it first; then you see the contact details."))
        else:
            services.decline_suggestion(actor, newcomer, offer, "other")
            done(_("This candidate is no longer shown for this offer."))
    except Conflict as error:
        refused(error)
    return redirect(url_for("matches.provider_candidates", offer_id=offer.id))


@bp.route("/provider/matches/<int:match_id>")
def provider_match(match_id: int):
    actor = _actor(Role.PROVIDER)
    match = services.get_match(actor, match_id)
    show_contact = match.status in OCCUPYING
    if show_contact:
        record("newcomer.contact_view", match.newcomer, match_id=match.id, role="provider")
        db.session.commit()
    return render_template(
        "matches/provider_match.html",
        match=match,
        show_contact=show_contact,
        steps=steps_for(match.status, Role.PROVIDER),
        remark_form=RemarkForm(),
        decline_form=DecisionForm(reasons=DECLINE_REASONS),
        end_form=DecisionForm(reasons=_reasons_for(MatchStatus.ENDED, match.status)),
    )


@bp.route("/provider/matches/<int:match_id>/<any(accept, decline, started, end):action>", methods=["POST"])
def provider_match_act(match_id: int, action: str):
    actor = _actor(Role.PROVIDER)
    match = services.get_match(actor, match_id)
    try:
        _act(actor, match, action)
    except Conflict as error:
        refused(error)
    return redirect(url_for("matches.provider_match", match_id=match.id))


def _act(actor: Actor, match: Match, action: str) -> None:
    """A step from a provider's or coordinator's match page, with the reason from its form."""
    if action == "accept":
        form = RemarkForm()
        services.accept(actor, match, form.remark.data or "")
        done(_("Accepted. The newcomer and the coordinator are told."))
    elif action == "approve":
        form = ApproveForm()
        services.approve(actor, match, consent_given=bool(form.consent.data), remark=form.remark.data or "")
        done(_("Approved. The organisation is asked to accept."))
    elif action == "started":
        started = services.confirm_start(actor, match)
        done(_("The match has started.") if started else _("Saved. We wait for the other side to confirm."))
    else:
        to = {"decline": MatchStatus.DECLINED, "reject": MatchStatus.REJECTED, "end": MatchStatus.ENDED}[action]
        form = DecisionForm(reasons=_reasons_for(to, match.status))
        if not form.validate():
            raise Conflict(_("Please choose a reason."))
        {"decline": services.decline, "reject": services.reject, "end": services.end}[action](
            actor, match, form.reason_code.data, form.remark.data or ""
        )
        done(_("Saved."))


# -- coordinator --------------------------------------------------------------------


def _gemeente_ids() -> set[int]:
    return current_user.gemeente_ids("coordinator")


@bp.route("/coordinator/matches")
def coordinator_queue():
    status = request.args.get("status", MatchStatus.PROPOSED)
    if status not in set(MatchStatus) - {MatchStatus.SUGGESTED}:
        status = MatchStatus.PROPOSED
    page = queries.coordinator_matches(_gemeente_ids(), status, _page_number())
    return render_template(
        "matches/coordinator_queue.html",
        page=page,
        status=status,
        counts=queries.status_counts(_gemeente_ids()),
        approve_form=ApproveForm(),
        reject_form=DecisionForm(reasons=DECLINE_REASONS),
    )


@bp.route("/coordinator/matches/<int:match_id>")
def coordinator_match(match_id: int):
    actor = _actor(Role.COORDINATOR)
    match = services.get_match(actor, match_id)
    others = queries.newcomer_matches(match.newcomer_id)
    return render_template(
        "matches/coordinator_match.html",
        match=match,
        warnings=queries.warnings(match, others),
        has_consent=newcomer_services.has_consent(match.newcomer, match.offer.organisation_id, "contact"),
        steps=steps_for(match.status, Role.COORDINATOR),
        approve_form=ApproveForm(),
        refusal_form=DecisionForm(reasons=DECLINE_REASONS),
        end_form=DecisionForm(reasons=_reasons_for(MatchStatus.ENDED, match.status)),
        followup_kinds=followups.KINDS,
    )


@bp.route(
    "/coordinator/matches/<int:match_id>/<any(approve, reject, decline, started, end, propose):action>",
    methods=["POST"],
)
def coordinator_match_act(match_id: int, action: str):
    actor = _actor(Role.COORDINATOR)
    match = services.get_match(actor, match_id)
    try:
        if action == "propose":
            services.propose(actor, match.newcomer, match.offer, RemarkForm().remark.data or "")
            done(_("Proposed again."))
        else:
            _act(actor, match, action)
    except Conflict as error:
        refused(error)
    return redirect(
        request.form.get("back") == "queue"
        and url_for("matches.coordinator_queue")
        or url_for("matches.coordinator_match", match_id=match.id)
    )


@bp.route("/coordinator/newcomers/<int:newcomer_id>/suggestions")
def coordinator_suggestions(newcomer_id: int):
    newcomer = newcomer_services.get_for_coordinator(current_user, newcomer_id)
    offer_type = request.args.get("type") or None
    return render_template(
        "matches/coordinator_suggestions.html",
        newcomer=newcomer,
        suggestions=suggestions.for_newcomer(newcomer.id, limit=suggestions.PER_NEWCOMER),
        matches=queries.newcomer_matches(newcomer.id),
        offer_type=offer_type,
        other_offers=queries.open_offers(newcomer.gemeente_id, offer_type),
    )


@bp.route("/coordinator/newcomers/<int:newcomer_id>/propose/<int:offer_id>", methods=["POST"])
def coordinator_propose(newcomer_id: int, offer_id: int):
    newcomer = newcomer_services.get_for_coordinator(current_user, newcomer_id)
    offer = db.get_or_404(Offer, offer_id)
    try:
        match = services.propose(_actor(Role.COORDINATOR), newcomer, offer, RemarkForm().remark.data or "")
        done(_("Proposed. Approve it when the newcomer agrees."))
        return redirect(url_for("matches.coordinator_match", match_id=match.id))
    except Conflict as error:
        refused(error)
    return redirect(url_for("matches.coordinator_suggestions", newcomer_id=newcomer.id))


@bp.route("/coordinator/assign", methods=["GET", "POST"])
def coordinator_assign():
    """The batch tool: one proposal per waiting newcomer within the places, reviewed before sending."""
    form = AssignForm(request.form if request.method == "POST" else request.args, meta={"csrf": False})
    plan = []
    if form.types.data and form.types.validate(form):
        plan = assignment.plan(_gemeente_ids(), form.types.data)
    return render_template("matches/coordinator_assign.html", form=form, plan=plan)


@bp.route("/coordinator/assign/send", methods=["POST"])
def coordinator_assign_send():
    form = AssignForm()
    if not form.validate_on_submit():
        flash(_("Please choose at least one kind of activity."), "warning")
        return redirect(url_for("matches.coordinator_assign"))
    sent, skipped = assignment.send(_actor(Role.COORDINATOR), form.chosen_pairs())
    db.session.commit()
    flash(_("%(sent)d proposals made; %(skipped)d could no longer be made.", sent=sent, skipped=skipped), "success")
    return redirect(url_for("matches.coordinator_queue"))


@bp.route("/coordinator/waiting-list")
def coordinator_waiting_list():
    return render_template(
        "matches/coordinator_waiting_list.html", page=queries.taalcoach_waiting_list(_gemeente_ids(), _page_number())
    )


@bp.route("/coordinator/tasks")
def coordinator_tasks():
    tasks = followups.open_for_gemeenten(_gemeente_ids())
    forms = {t.id: FollowUpForm(kind=t.kind, prefix=f"t{t.id}") for t in tasks}
    return render_template(
        "matches/coordinator_tasks.html",
        tasks=tasks,
        forms=forms,
        kinds=followups.KINDS,
        is_overdue=followups.is_overdue,
    )


@bp.route("/coordinator/tasks/<int:follow_up_id>", methods=["POST"])
def coordinator_task_done(follow_up_id: int):
    follow_up = services.get_follow_up(_actor(Role.COORDINATOR), follow_up_id)
    form = FollowUpForm(kind=follow_up.kind, prefix=f"t{follow_up.id}")
    if not form.validate_on_submit():
        flash(_("Please choose an outcome."), "warning")
        return redirect(url_for("matches.coordinator_tasks"))
    try:
        services.complete_follow_up(_actor(Role.COORDINATOR), follow_up.id, form.outcome.data, form.notes.data or "")
        done(_("Saved."))
    except Conflict as error:
        refused(error)
    return redirect(url_for("matches.coordinator_tasks"))


def _to_date(value):
    """An ISO date kept in JSON (``wants_since``) as a date, for ``dateformat``."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def init_app(app) -> None:
    app.jinja_env.globals.update(
        match_status_labels=STATUS_LABELS, decline_reasons=DECLINE_REASONS, end_reasons=END_REASONS
    )
    app.jinja_env.filters["todate"] = _to_date
