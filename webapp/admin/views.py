"""Administrator screens. Every view here requires the admin role."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from ..accounts import services as account_services
from ..accounts.models import ROLES, RoleGrant, User
from ..domain import Conflict
from ..extensions import db
from ..forms import to_choices
from ..gemeenten import services as gemeente_services
from ..gemeenten.models import Gemeente
from ..newcomers.models import Newcomer
from ..offers import services as offer_services
from ..offers.models import Offer, OfferStatus
from ..organisations import services as organisation_services
from ..organisations.models import MODERATION, ModerationStatus, Organisation
from ..outcome import done, refused
from ..pagination import paginate_query
from .forms import GemeenteForm, GrantRoleForm, KernForm, ListSearchForm, ReasonForm

bp = Blueprint("admin", __name__, url_prefix="/admin")


@bp.context_processor
def labels():
    return {"moderation_labels": MODERATION, "role_labels": ROLES}


def _count(model, *where) -> int:
    return db.session.scalar(select(func.count()).select_from(model).where(*where))


@bp.route("/")
def index():
    counts = {
        "gemeenten": _count(Gemeente),
        "organisations_pending": _count(Organisation, Organisation.moderation_status == ModerationStatus.PENDING),
        "offers_pending": _count(Offer, Offer.status == OfferStatus.PENDING),
        "users": _count(User),
        "newcomers": _count(Newcomer),
    }
    return render_template("admin/index.html", counts=counts)


@bp.route("/gemeenten", methods=["GET", "POST"])
def gemeenten():
    form = GemeenteForm()
    if form.validate_on_submit():
        try:
            gemeente_services.create_gemeente(form.name.data)
        except Conflict as error:
            db.session.rollback()
            form.name.errors.append(str(error))
        else:
            db.session.commit()
            flash(_("Municipality added."), "success")
            return redirect(url_for("admin.gemeenten"))
    rows = db.session.scalars(select(Gemeente).options(selectinload(Gemeente.kernen)).order_by(Gemeente.name)).all()
    return render_template("admin/gemeenten.html", form=form, gemeenten=rows)


@bp.route("/gemeenten/<int:gemeente_id>/kernen", methods=["GET", "POST"])
def kernen(gemeente_id: int):
    gemeente = db.get_or_404(Gemeente, gemeente_id)
    form = KernForm()
    if form.validate_on_submit():
        try:
            gemeente_services.add_kern(gemeente, form.name.data, form.lat.data, form.lon.data)
        except Conflict as error:
            db.session.rollback()
            form.name.errors.append(str(error))
        else:
            db.session.commit()
            flash(_("Village or town added."), "success")
            return redirect(url_for("admin.kernen", gemeente_id=gemeente.id))
    return render_template("admin/kernen.html", form=form, gemeente=gemeente)


def _name_search() -> str:
    """The list's name filter; one that is not valid is ignored (a list never fails on it)."""
    form = ListSearchForm(request.args)
    return (form.q.data or "").strip().lower() if form.validate() else ""


@bp.route("/organisations")
def organisations():
    form = ListSearchForm(request.args)
    query = (
        select(Organisation)
        .options(selectinload(Organisation.gemeente))
        .order_by(Organisation.moderation_status.desc(), Organisation.name, Organisation.id)
    )
    if name := _name_search():
        query = query.where(func.lower(Organisation.name).contains(name, autoescape=True))
    page = paginate_query(query, request.args.get("page", 1))
    return render_template("admin/organisations.html", page=page, form=form, reason_form=ReasonForm())


@bp.route("/organisations/<int:organisation_id>/<any(approve, reject):decision>", methods=["POST"])
def moderate_organisation(organisation_id: int, decision: str):
    organisation = db.get_or_404(Organisation, organisation_id)
    form = ReasonForm()
    try:
        if decision == "approve":
            organisation_services.approve(organisation)
        else:
            organisation_services.reject(organisation, form.reason.data if form.validate() else "")
    except Conflict as error:
        refused(error)
    else:
        done(_("Saved."))
    return redirect(url_for("admin.organisations"))


@bp.route("/users")
def users():
    form = ListSearchForm(request.args)
    query = (
        select(User)
        .options(selectinload(User.organisation), selectinload(User.grants).selectinload(RoleGrant.gemeente))
        .order_by(User.display_name, User.id)
    )
    if name := _name_search():
        query = query.where(
            func.lower(User.display_name).contains(name, autoescape=True)
            | func.lower(User.email).contains(name, autoescape=True)
            | User.phone.contains(name, autoescape=True)
        )
    page = paginate_query(query, request.args.get("page", 1))
    return render_template("admin/users.html", page=page, form=form)


@bp.route("/users/<int:user_id>", methods=["GET", "POST"])
def user_detail(user_id: int):
    user = db.get_or_404(User, user_id)
    form = GrantRoleForm()
    form.gemeente_id.choices = to_choices(
        [(0, "—")] + [(g.id, g.name) for g in db.session.scalars(select(Gemeente).order_by(Gemeente.name))]
    )
    if form.validate_on_submit():
        gemeente = db.session.get(Gemeente, form.gemeente_id.data) if form.gemeente_id.data else None
        try:
            account_services.grant_role(user, form.role.data, gemeente, form.languages.data or ())
        except Conflict as error:
            db.session.rollback()
            form.gemeente_id.errors.append(str(error))
        else:
            db.session.commit()
            flash(_("Role granted."), "success")
            return redirect(url_for("admin.user_detail", user_id=user.id))
    return render_template("admin/user.html", user=user, form=form)


@bp.route("/users/<int:user_id>/grants/<int:grant_id>/revoke", methods=["POST"])
def revoke_grant(user_id: int, grant_id: int):
    user = db.get_or_404(User, user_id)
    account_services.revoke_role(user, grant_id)
    db.session.commit()
    flash(_("Role removed."), "info")
    return redirect(url_for("admin.user_detail", user_id=user.id))


@bp.route("/moderation")
def moderation():
    query = (
        select(Offer)
        .where(Offer.status == OfferStatus.PENDING)
        .options(selectinload(Offer.organisation), selectinload(Offer.kern))
        .order_by(Offer.created_dt, Offer.id)
    )
    page = paginate_query(query, request.args.get("page", 1))
    return render_template("admin/moderation.html", page=page, reason_form=ReasonForm())


@bp.route("/moderation/<int:offer_id>/<any(publish, reject):decision>", methods=["POST"])
def moderate_offer(offer_id: int, decision: str):
    offer = db.get_or_404(Offer, offer_id)
    form = ReasonForm()
    reason = form.reason.data if decision == "reject" and form.validate() else ""
    try:
        offer_services.moderate(offer, approve=decision == "publish", reason=reason)
    except Conflict as error:
        refused(error)
    else:
        done(_("Saved."))
    return redirect(url_for("admin.moderation"))
