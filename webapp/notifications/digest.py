"""The opt-in weekly digest: a nudge to newcomers with suggested activities published since the last one."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from ..accounts.models import User
from ..extensions import db
from ..matches.models import Suggestion
from ..newcomers.models import Newcomer
from ..offers.models import Offer
from ..timeutil import utcnow
from . import services

#: Someone who got a digest less than this long ago does not get another.
INTERVAL = timedelta(days=6)


def send_all() -> int:
    now = utcnow()
    due = db.session.execute(
        select(User, Newcomer.id)
        .join(Newcomer, Newcomer.user_id == User.id)
        .where(
            User.weekly_digest.is_(True),
            User.is_active_account.is_(True),
            (User.last_digest_dt.is_(None)) | (User.last_digest_dt < now - INTERVAL),
        )
    ).all()
    sent = 0
    for user, newcomer_id in due:
        since = user.last_digest_dt or now - INTERVAL
        new = db.session.scalar(
            select(func.count(Suggestion.id))
            .join(Offer, Suggestion.offer_id == Offer.id)
            .where(Suggestion.newcomer_id == newcomer_id, Offer.published_dt > since)
        )
        user.last_digest_dt = now
        if new:
            services.notify(user, "weekly_digest", services.path_for("matches.my_suggestions"), count=new)
            sent += 1
        db.session.commit()
    return sent
