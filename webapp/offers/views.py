"""The public sociale kaart and a provider's own offers."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from ..audit.service import record
from ..domain import Conflict
from ..extensions import db
from ..gemeenten.models import Kern
from ..pagination import paginate_query
from . import search, services, translations
from .forms import OfferForm, SearchForm
from .models import Offer

bp = Blueprint("offers", __name__)


@bp.route("/offers")
def public_list():
    kernen = db.session.execute(select(Kern.id, Kern.name).order_by(Kern.name)).all()  # rows, not objects
    form = SearchForm(request.args, kernen=kernen)
    if not form.validate():
        flash(_("Some filters were not valid and have been ignored."), "warning")
        return redirect(url_for("offers.public_list"))
    page = search.search_page(
        form.q.data or "",
        type_=(form.type.data or "").strip() or None,
        kern_id=int(form.kern.data) if (form.kern.data or "").strip() else None,  # " " passes Optional()
        day=form.day.data or None,
        part=form.part.data or None,
        page=request.args.get("page", 1),
    )
    translations.preload(page.items)  # the page's titles in the reader's language, in one query
    return render_template("offers/list.html", form=form, page=page)


@bp.route("/offers/<int:offer_id>")
def public_detail(offer_id: int):
    offer = db.session.get(Offer, offer_id)
    visible = offer and offer.status == "published" and offer.is_public
    own = offer and current_user.is_authenticated and current_user.organisation_id == offer.organisation_id
    if not (visible or own):
        abort(404)
    show_contact = services.shows_contact(current_user, offer)
    if show_contact and offer.organisation.kind == "particulier":
        record("offer.contact_view", offer)
        db.session.commit()
    return render_template("offers/detail.html", offer=offer, show_contact=show_contact)


def _require_organisation():
    if current_user.organisation is None:
        abort(403)
    return current_user.organisation


@bp.route("/provider/offers")
def provider_list():
    organisation = _require_organisation()
    query = (
        select(Offer)
        .where(Offer.organisation_id == organisation.id)
        .options(joinedload(Offer.kern))
        .order_by(Offer.created_dt.desc(), Offer.id.desc())
    )
    page = paginate_query(query, request.args.get("page", 1))
    return render_template("offers/provider_list.html", organisation=organisation, page=page)


@bp.route("/provider/offers/new", methods=["GET", "POST"])
def provider_new():
    organisation = _require_organisation()
    form = OfferForm(kernen=services.kernen_for(organisation))
    if not form.is_submitted():
        form.contact_name.data = current_user.display_name
        if organisation.kind != "particulier":  # a private person's address is theirs to publish
            form.contact_email.data = current_user.email
    if form.validate_on_submit():
        offer = services.create(current_user, form.offer_values(), publish="publish" in request.form)
        db.session.commit()
        flash(_publish_message(offer), "success")
        return redirect(url_for("offers.provider_list"))
    return render_template("offers/form.html", form=form, offer=None)


@bp.route("/provider/offers/<int:offer_id>/edit", methods=["GET", "POST"])
def provider_edit(offer_id: int):
    organisation = _require_organisation()
    offer = services.own_offer(current_user, offer_id)
    form = OfferForm(obj=offer, kernen=services.kernen_for(organisation))
    if not form.is_submitted():
        form.tags.data = ", ".join(offer.tags or [])
        form.min_dutch_level.data = offer.min_dutch_level or ""
    if form.validate_on_submit():
        try:
            services.update(offer, form.offer_values(), publish="publish" in request.form)
        except Conflict as error:
            db.session.rollback()
            form.capacity.errors.append(str(error))
        else:
            db.session.commit()
            flash(_publish_message(offer), "success")
            return redirect(url_for("offers.provider_list"))
    return render_template("offers/form.html", form=form, offer=offer)


@bp.route("/provider/offers/<int:offer_id>/close", methods=["POST"])
def provider_close(offer_id: int):
    _require_organisation()
    offer = services.own_offer(current_user, offer_id)
    services.close(offer)
    db.session.commit()
    flash(_("The offer is closed and no longer shown."), "info")
    return redirect(url_for("offers.provider_list"))


def _publish_message(offer: Offer) -> str:
    return {
        "published": _("Saved and published."),
        "pending": _("Saved. An administrator checks new organisations before their offers are shown."),
        "draft": _("Saved as draft. It is not shown until you publish it."),
        "closed": _("Saved. The offer stays closed."),
    }[offer.status]
