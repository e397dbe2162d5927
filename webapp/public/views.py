"""The home page: what Meedoen is and where to go next."""

from __future__ import annotations

from flask import Blueprint, render_template

from ..offers import services as offer_services

bp = Blueprint("public", __name__)


@bp.route("/")
def home():
    latest = offer_services.public_offers(limit=6)
    return render_template("public/home.html", latest=latest)
