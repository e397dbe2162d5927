"""Dashboard for municipality staff: their own gemeente only, figures only."""

from __future__ import annotations

from flask import Blueprint, abort, render_template, request
from flask_login import current_user
from sqlalchemy import select

from ..extensions import db
from ..gemeenten.models import Gemeente
from .indicators import overview

bp = Blueprint("gemeente", __name__)


@bp.route("/gemeente")
def dashboard():
    allowed = current_user.gemeente_ids("gemeente")
    gemeenten = db.session.scalars(
        select(Gemeente).where(Gemeente.id.in_(allowed)).order_by(Gemeente.name)
    ).all()
    if not gemeenten:
        abort(403)
    chosen = request.args.get("gemeente", type=int) or gemeenten[0].id
    if chosen not in allowed:
        abort(404)
    gemeente = next(g for g in gemeenten if g.id == chosen)
    return render_template(
        "gemeente/dashboard.html", gemeente=gemeente, gemeenten=gemeenten, figures=overview(chosen)
    )
