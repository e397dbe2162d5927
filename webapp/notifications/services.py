"""Making, reading and e-mailing notifications.

A notification is written in the transaction of the change it reports; the
e-mail is sent by a background job after the commit, in the recipient's own
language (their saved interface language, else Dutch).
"""

from __future__ import annotations

from flask import current_app
from flask_babel import force_locale
from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select, update

from .. import jobs, mail
from ..accounts.models import RoleGrant, User
from ..domain import NotFound
from ..extensions import db
from ..timeutil import utcnow
from .messages import render
from .models import Notification

PER_PAGE = 20


def path_for(endpoint: str, **values) -> str:
    """A site path without a request: notifications are also made by jobs and commands."""
    return current_app.url_map.bind("localhost").build(endpoint, values)


def notify(user: User, kind: str, link: str = "", **params) -> Notification:
    notification = Notification(user_id=user.id, kind=kind, link=link, params=params)
    db.session.add(notification)
    db.session.flush()
    jobs.after_commit("webapp.notifications.services.email", notification.id)
    return notification


def coordinators_of(gemeente_id: int) -> list[User]:
    return list(
        db.session.scalars(
            select(User)
            .join(RoleGrant, RoleGrant.user_id == User.id)
            .where(
                RoleGrant.role == "coordinator", RoleGrant.gemeente_id == gemeente_id, User.is_active_account.is_(True)
            )
        )
    )


def members_of(organisation_id: int) -> list[User]:
    """The providers acting for an organisation."""
    return list(
        db.session.scalars(
            select(User)
            .join(RoleGrant, RoleGrant.user_id == User.id)
            .where(
                User.organisation_id == organisation_id, RoleGrant.role == "provider", User.is_active_account.is_(True)
            )
        )
    )


def unread_count(user: User) -> int:
    return db.session.scalar(
        select(func.count(Notification.id)).where(Notification.user_id == user.id, Notification.read_dt.is_(None))
    )


def inbox(user: User, page: int):
    return db.paginate(
        select(Notification)
        .where(Notification.user_id == user.id)
        .order_by(Notification.created_dt.desc(), Notification.id.desc()),
        page=page,
        per_page=PER_PAGE,
        error_out=False,
    )


def mark_read(user: User, notification_id: int | None = None) -> Notification | None:
    """Mark one notification (or, with None, all of them) as read."""
    if notification_id is None:
        db.session.execute(
            update(Notification)
            .where(Notification.user_id == user.id, Notification.read_dt.is_(None))
            .values(read_dt=utcnow())
        )
        return None
    notification = db.session.get(Notification, notification_id)
    if notification is None or notification.user_id != user.id:
        raise NotFound()
    notification.read_dt = notification.read_dt or utcnow()
    return notification


def email(notification_id: int) -> None:
    """The job: e-mail one notification, if its reader has an address and wants e-mail."""
    notification = db.session.get(Notification, notification_id)
    if notification is None or notification.emailed_dt is not None:
        return
    user = db.session.get(User, notification.user_id)
    if user is None or not user.email or not user.is_active or not user.notify_by_email:
        return
    locale = user.preferred_language or current_app.config["BABEL_DEFAULT_LOCALE"]
    title, body = render(notification.kind, notification.params, locale)
    link = current_app.config["BASE_URL"] + (notification.link or "/inbox")
    mail.send(user.email, title, _email_body(body, link, locale))
    notification.emailed_dt = utcnow()
    db.session.commit()


def _email_body(body: str, link: str, locale: str) -> str:
    with force_locale(locale):
        return str(
            _l(
                "%(body)s\n\nOpen Meedoen: %(link)s\n\nYou get this e-mail because you use Meedoen. "
                "You can switch e-mail off in your inbox.",
                body=body,
                link=link,
            )
        )
