"""The home page (what Meedoen is and where to go next) and the health check."""

from __future__ import annotations

from flask import Blueprint, jsonify, render_template
from redis.exceptions import RedisError
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from .. import jobs, rate_limits
from ..extensions import db
from ..offers import services as offer_services

bp = Blueprint("public", __name__)


@bp.route("/")
def home():
    latest = offer_services.public_offers(limit=6)
    return render_template("public/home.html", latest=latest)


@bp.route("/healthz")
def health():
    """For the load balancer and the operator: the database, Redis and the rate-limit store."""
    checks = {"database": _database_ok(), "rate_limits_shared": not rate_limits.store_down()}
    if jobs.uses_queue():
        checks["job_queue"] = _redis_ok()
    healthy = checks["database"] and all(checks.values())
    return jsonify(status="ok" if healthy else "degraded", **checks), 200 if healthy else 503


def _database_ok() -> bool:
    try:
        db.session.execute(text("SELECT 1"))
        return True
    except SQLAlchemyError:
        db.session.rollback()
        return False


def _redis_ok() -> bool:
    try:
        return bool(jobs.connection().ping())
    except RedisError:
        return False
