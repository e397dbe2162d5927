"""A newcomer's own profile, and the coordinator's list, intake, invitations and consent."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from ..accounts.login import role_required
from ..extensions import db
from ..forms import to_choices
from . import services
from .forms import ConsentForm, EraseForm, IntakeForm, ProfileForm, SearchNewcomersForm
from .models import Newcomer

bp = Blueprint("newcomers", __name__)


def _own_profile() -> Newcomer:
    newcomer = db.session.scalar(select(Newcomer).where(Newcomer.user_id == current_user.id))
    if newcomer is None:
        abort(404)
    return newcomer


@bp.route("/me", methods=["GET", "POST"])
@role_required("newcomer")
def my_profile():
    newcomer = _own_profile()
    form = ProfileForm(obj=newcomer)
    if form.validate_on_submit():
        services.update(newcomer, form.profile_values(), action="newcomer.self_update")
        db.session.commit()
        flash(_("Thank you! Your profile is saved."), "success")
        return redirect(url_for("newcomers.my_profile"))
    return render_template("newcomers/me.html", form=form, newcomer=newcomer)


@bp.route("/me/consents/<int:consent_id>/withdraw", methods=["POST"])
@role_required("newcomer")
def my_consent_withdraw(consent_id: int):
    """A newcomer may take back consent on their own, without asking the coordinator (AVG art. 7)."""
    services.withdraw_consent(_own_profile(), consent_id)
    db.session.commit()
    flash(_("Consent has been withdrawn."), "info")
    return redirect(url_for("newcomers.my_profile"))


@bp.route("/coordinator/newcomers")
@role_required("coordinator")
def coordinator_list():
    form = SearchNewcomersForm(request.args)
    query = form.q.data if form.validate() else ""
    newcomers = services.newcomers_for(current_user, query or "")
    return render_template("newcomers/list.html", form=form, newcomers=newcomers)


def _intake_form(**kwargs) -> IntakeForm:
    return IntakeForm(
        gemeenten=services.coordinator_gemeenten(current_user),
        kernen=services.coordinator_kernen(current_user),
        **kwargs,
    )


@bp.route("/coordinator/newcomers/new", methods=["GET", "POST"])
@role_required("coordinator")
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
    form.organisation_id.choices = to_choices(
        (o.id, o.name) for o in services.partner_organisations(newcomer)
    )
    return form


def _detail_page(newcomer: Newcomer, invite_code: str | None = None, erase_form=None):
    """The invitation code is passed only on the response that created it: it is shown once."""
    return render_template(
        "newcomers/detail.html",
        newcomer=newcomer,
        consent_form=_consent_form(newcomer),
        erase_form=erase_form or EraseForm(),
        invite_code=invite_code,
    )


@bp.route("/coordinator/newcomers/<int:newcomer_id>")
@role_required("coordinator")
def coordinator_detail(newcomer_id: int):
    newcomer = services.get_for_coordinator(current_user, newcomer_id)
    return _detail_page(newcomer)


@bp.route("/coordinator/newcomers/<int:newcomer_id>/edit", methods=["GET", "POST"])
@role_required("coordinator")
def coordinator_edit(newcomer_id: int):
    newcomer = services.get_for_coordinator(current_user, newcomer_id)
    form = _intake_form(obj=newcomer)
    if not form.is_submitted():
        form.pip_notes.data = (newcomer.pip_goals or {}).get("notes", "")
        for name in ("gender", "dutch_level", "leerroute"):
            getattr(form, name).data = getattr(newcomer, name) or ""
    if form.validate_on_submit():
        services.update(newcomer, form.profile_values())
        db.session.commit()
        flash(_("The profile has been saved."), "success")
        return redirect(url_for("newcomers.coordinator_detail", newcomer_id=newcomer.id))
    return render_template("newcomers/intake.html", form=form, newcomer=newcomer)


@bp.route("/coordinator/newcomers/<int:newcomer_id>/invite", methods=["POST"])
@role_required("coordinator")
def coordinator_invite(newcomer_id: int):
    newcomer = services.get_for_coordinator(current_user, newcomer_id)
    if newcomer.user_id is not None:
        flash(_("This person can already log in."), "info")
        return redirect(url_for("newcomers.coordinator_detail", newcomer_id=newcomer.id))
    code = services.issue_invite(newcomer)
    db.session.commit()
    return _detail_page(newcomer, invite_code=code)


@bp.route("/coordinator/newcomers/<int:newcomer_id>/consents", methods=["POST"])
@role_required("coordinator")
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


@bp.route("/coordinator/newcomers/<int:newcomer_id>/consents/<int:consent_id>/withdraw",
          methods=["POST"])
@role_required("coordinator")
def coordinator_withdraw_consent(newcomer_id: int, consent_id: int):
    newcomer = services.get_for_coordinator(current_user, newcomer_id)
    services.withdraw_consent(newcomer, consent_id)
    db.session.commit()
    flash(_("Consent has been withdrawn."), "info")
    return redirect(url_for("newcomers.coordinator_detail", newcomer_id=newcomer.id))


@bp.route("/coordinator/newcomers/<int:newcomer_id>/erase", methods=["POST"])
@role_required("coordinator")
def coordinator_erase(newcomer_id: int):
    newcomer = services.get_for_coordinator(current_user, newcomer_id)
    form = EraseForm()
    if not form.validate_on_submit():
        return _detail_page(newcomer, erase_form=form), 400
    services.erase(newcomer)
    db.session.commit()
    flash(_("The personal data has been erased."), "success")
    return redirect(url_for("newcomers.coordinator_list"))
