"""The newcomer's own data (a copy, an erasure request) and the coordinator's privacy work."""

from __future__ import annotations

import json

from flask import Blueprint, Response, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from ..domain import Conflict, NotFound
from ..extensions import db
from ..newcomers import services as newcomers
from ..newcomers.forms import EraseForm
from ..newcomers.models import Newcomer
from ..outcome import done, refused
from . import services
from .models import ErasureRequest

bp = Blueprint("privacy", __name__)


def _own_newcomer() -> Newcomer:
    newcomer = db.session.scalar(select(Newcomer).where(Newcomer.user_id == current_user.id))
    if newcomer is None:
        raise NotFound()
    return newcomer


def _download(data: dict, newcomer: Newcomer) -> Response:
    body = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    response = Response(body, mimetype="application/json")
    response.headers["Content-Disposition"] = f'attachment; filename="meedoen-gegevens-{newcomer.id}.json"'
    return response


@bp.route("/me/data")
def my_data():
    newcomer = _own_newcomer()
    data = services.export(current_user, newcomer)
    db.session.commit()
    return render_template(
        "privacy/data.html", data=data, newcomer=newcomer, own=True, erasure=services.open_request(newcomer)
    )


@bp.route("/me/data.json")
def my_data_download():
    newcomer = _own_newcomer()
    data = services.export(current_user, newcomer)
    db.session.commit()
    return _download(data, newcomer)


@bp.route("/me/erasure", methods=["POST"])
def my_erasure_request():
    services.request_erasure(_own_newcomer())
    done(_("Your request is sent. Your coordinator contacts you before your data is erased."))
    return redirect(url_for("privacy.my_data"))


@bp.route("/me/erasure/withdraw", methods=["POST"])
def my_erasure_withdraw():
    try:
        services.withdraw_request(_own_newcomer())
    except Conflict as error:
        refused(error)
    else:
        done(_("Your request is withdrawn. Nothing will be erased."))
    return redirect(url_for("privacy.my_data"))


@bp.route("/coordinator/newcomers/<int:newcomer_id>/data")
def coordinator_data(newcomer_id: int):
    newcomer = newcomers.get_for_coordinator(current_user, newcomer_id)
    data = services.export(current_user, newcomer)
    db.session.commit()
    return render_template("privacy/data.html", data=data, newcomer=newcomer, own=False, erasure=None)


@bp.route("/coordinator/newcomers/<int:newcomer_id>/data.json")
def coordinator_data_download(newcomer_id: int):
    newcomer = newcomers.get_for_coordinator(current_user, newcomer_id)
    data = services.export(current_user, newcomer)
    db.session.commit()
    return _download(data, newcomer)


@bp.route("/coordinator/privacy")
def coordinator_privacy():
    gemeente_ids = current_user.gemeente_ids("coordinator")
    requests = db.session.scalars(
        select(ErasureRequest)
        .join(Newcomer, ErasureRequest.newcomer_id == Newcomer.id)
        .where(ErasureRequest.status == "open", Newcomer.gemeente_id.in_(gemeente_ids))
        .order_by(ErasureRequest.requested_dt)
    ).all()
    return render_template(
        "privacy/coordinator.html",
        requests=requests,
        inactive=services.inactive(gemeente_ids),
        erase_after=services.ERASE_AFTER,
        erase_form=EraseForm(),
    )


@bp.route("/coordinator/newcomers/<int:newcomer_id>/erase-request", methods=["POST"])
def coordinator_erase_requested(newcomer_id: int):
    newcomer = newcomers.get_for_coordinator(current_user, newcomer_id)
    if not EraseForm().validate_on_submit():
        flash(_("Please confirm that you have checked who is asking."), "warning")
        return redirect(url_for("privacy.coordinator_privacy"))
    services.erase_on_request(current_user, newcomer)
    done(_("The personal data has been erased."))
    return redirect(url_for("privacy.coordinator_privacy"))


@bp.route("/coordinator/newcomers/<int:newcomer_id>/renew", methods=["POST"])
def coordinator_renew(newcomer_id: int):
    newcomers.renew(newcomers.get_for_coordinator(current_user, newcomer_id))
    done(_("The profile is kept for another year."))
    return redirect(url_for("privacy.coordinator_privacy"))
