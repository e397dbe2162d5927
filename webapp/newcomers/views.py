"""A newcomer's own profile and activation, and the coordinator's list, intake, invitations and consent."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from ..accounts.login import start_session
from ..accounts.views import GUESS_LIMIT, home_for
from ..audit.service import record
from ..domain import Conflict
from ..extensions import db, limiter
from ..forms import to_choices
from ..i18n import current_language
from . import invitations, services
from .forms import (
    PROFILE_STEPS,
    ActivateForm,
    ConsentForm,
    EraseForm,
    IntakeForm,
    SearchNewcomersForm,
    profile_step_form,
)
from .models import Newcomer

bp = Blueprint("newcomers", __name__)


def _own_profile() -> Newcomer:
    newcomer = db.session.scalar(select(Newcomer).where(Newcomer.user_id == current_user.id))
    if newcomer is None:
        abort(404)
    return newcomer


@bp.route("/me", methods=["GET", "POST"])
def my_profile():
    """The profile in three short steps (what you like, when you are free, how you travel)."""
    newcomer = _own_profile()
    steps = list(PROFILE_STEPS)
    step = request.args.get("step", steps[0])
    if step not in PROFILE_STEPS:
        step = steps[0]
    form = profile_step_form(step, obj=newcomer)
    if form.validate_on_submit():
        services.update(newcomer, form.profile_values(), action="newcomer.self_update")
        db.session.commit()
        following = steps.index(step) + 1
        if following < len(steps):
            return redirect(url_for("newcomers.my_profile", step=steps[following]))
        flash(_("Thank you! Your profile is saved."), "success")
        return redirect(url_for("matches.my_suggestions"))
    return render_template("newcomers/me.html", form=form, newcomer=newcomer, step=step, steps=steps)


@bp.route("/me/consents/<int:consent_id>/withdraw", methods=["POST"])
def my_consent_withdraw(consent_id: int):
    """A newcomer may take back consent on their own, without asking the coordinator (AVG art. 7)."""
    services.withdraw_consent(_own_profile(), consent_id)
    db.session.commit()
    flash(_("Consent has been withdrawn."), "info")
    return redirect(url_for("newcomers.my_profile"))


@bp.route("/coordinator/newcomers")
def coordinator_list():
    form = SearchNewcomersForm(request.args, kernen=services.coordinator_kernen(current_user))
    if not form.validate():
        flash(_("Some filters were not valid and have been ignored."), "warning")
        return redirect(url_for("newcomers.coordinator_list"))
    kern = (form.kern.data or "").strip()
    page = services.newcomers_for(
        current_user,
        form.q.data or "",
        kern_id=int(kern) if kern else None,
        status=form.status.data or "",
        page=request.args.get("page", 1),
    )
    return render_template("newcomers/list.html", form=form, page=page)


def _intake_form(**kwargs) -> IntakeForm:
    return IntakeForm(
        gemeenten=services.coordinator_gemeenten(current_user),
        kernen=services.coordinator_kernen(current_user),
        **kwargs,
    )


@bp.route("/coordinator/newcomers/new", methods=["GET", "POST"])
def coordinator_new():
    form = _intake_form()
    if form.validate_on_submit():
        newcomer = services.create(current_user, form.profile_values())
        db.session.commit()
        flash(_("The profile has been created."), "success")
        return redirect(url_for("newcomers.coordinator_detail", newcomer_id=newcomer.id))
    return render_template("newcomers/intake.html", form=form, newcomer=None)


def _consent_form(newcomer: Newcomer) -> ConsentForm:
    form = ConsentForm()
    form.organisation_id.choices = to_choices((o.id, o.name) for o in services.partner_organisations(newcomer))
    return form


#: Session key of a code just made, shown once on the next page view and then forgotten.
_NEW_CODE = "new_invite_code"


def _detail_page(newcomer: Newcomer, erase_form=None):
    shown = session.get(_NEW_CODE)
    invite_code = None
    if isinstance(shown, dict) and shown.get("newcomer_id") == newcomer.id:
        invite_code = session.pop(_NEW_CODE)["code"]
    return render_template(
        "newcomers/detail.html",
        newcomer=newcomer,
        consent_form=_consent_form(newcomer),
        erase_form=erase_form or EraseForm(),
        invite_code=invite_code,
    )


@bp.route("/coordinator/newcomers/<int:newcomer_id>")
def coordinator_detail(newcomer_id: int):
    newcomer = services.get_for_coordinator(current_user, newcomer_id)
    return _detail_page(newcomer)


@bp.route("/coordinator/newcomers/<int:newcomer_id>/edit", methods=["GET", "POST"])
def coordinator_edit(newcomer_id: int):
    newcomer = services.get_for_coordinator(current_user, newcomer_id)
    form = _intake_form(obj=newcomer)
    if not form.is_submitted():
        record("newcomer.contact_view", newcomer, role="coordinator")  # the form shows phone and e-mail
        db.session.commit()
        form.pip_notes.data = (newcomer.pip_goals or {}).get("notes", "")
        for name in ("gender", "dutch_level", "leerroute"):
            getattr(form, name).data = getattr(newcomer, name) or ""
    if form.validate_on_submit():
        services.update(newcomer, form.profile_values())
        db.session.commit()
        flash(_("The profile has been saved."), "success")
        return redirect(url_for("newcomers.coordinator_detail", newcomer_id=newcomer.id))
    return render_template("newcomers/intake.html", form=form, newcomer=newcomer)


@bp.route("/coordinator/newcomers/<int:newcomer_id>/invite", methods=["GET", "POST"])
def coordinator_invite(newcomer_id: int):
    """POST makes a code; opening the address again (a reload, a bookmark) just shows the person."""
    newcomer = services.get_for_coordinator(current_user, newcomer_id)
    if request.method == "GET":
        return redirect(url_for("newcomers.coordinator_detail", newcomer_id=newcomer.id))
    if newcomer.user_id is not None:
        flash(_("This person can already log in."), "info")
        return redirect(url_for("newcomers.coordinator_detail", newcomer_id=newcomer.id))
    code = invitations.issue(newcomer)
    db.session.commit()
    # Shown on the page this redirects to, once: reloading that page does not make a new code.
    session[_NEW_CODE] = {"newcomer_id": newcomer.id, "code": code}
    return redirect(url_for("newcomers.coordinator_detail", newcomer_id=newcomer.id))


@bp.route("/coordinator/newcomers/<int:newcomer_id>/consents", methods=["POST"])
def coordinator_consent(newcomer_id: int):
    newcomer = services.get_for_coordinator(current_user, newcomer_id)
    form = _consent_form(newcomer)
    if not form.validate_on_submit():
        flash(_("Please choose a partner and what they may see."), "danger")
    elif services.give_consent(current_user, newcomer, form.organisation_id.data, form.scope.data):
        db.session.commit()
        flash(_("Consent has been recorded."), "success")
    else:
        flash(_("This consent was already recorded."), "info")
    return redirect(url_for("newcomers.coordinator_detail", newcomer_id=newcomer.id))


@bp.route("/coordinator/newcomers/<int:newcomer_id>/consents/<int:consent_id>/withdraw", methods=["POST"])
def coordinator_withdraw_consent(newcomer_id: int, consent_id: int):
    newcomer = services.get_for_coordinator(current_user, newcomer_id)
    services.withdraw_consent(newcomer, consent_id)
    db.session.commit()
    flash(_("Consent has been withdrawn."), "info")
    return redirect(url_for("newcomers.coordinator_detail", newcomer_id=newcomer.id))


@bp.route("/coordinator/newcomers/<int:newcomer_id>/erase", methods=["POST"])
def coordinator_erase(newcomer_id: int):
    newcomer = services.get_for_coordinator(current_user, newcomer_id)
    form = EraseForm()
    if not form.validate_on_submit():
        return _detail_page(newcomer, erase_form=form), 400
    services.erase(newcomer)
    db.session.commit()
    flash(_("The personal data has been erased."), "success")
    return redirect(url_for("newcomers.coordinator_list"))


@bp.route("/activate", methods=["GET", "POST"])
@limiter.limit(GUESS_LIMIT, methods=["POST"])
def activate():
    if current_user.is_authenticated:
        return redirect(home_for(current_user))
    form = ActivateForm()
    if form.validate_on_submit():
        try:
            user = invitations.activate(
                code=form.code.data,
                login_kind=form.login_kind.data,
                phone=form.phone.data,
                email=form.email.data,
                password=form.password.data,
                language=current_language(),
            )
        except Conflict as error:
            db.session.rollback()
            form.code.errors.append(str(error))
        else:
            db.session.commit()
            start_session(user)
            flash(_("Welcome! Your login works now."), "success")
            return redirect(url_for("newcomers.my_profile"))
    return render_template("newcomers/activate.html", form=form)
