"""Everyone's inbox: messages about their matches, and whether they also come by e-mail."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..accounts import services as accounts
from ..accounts.views import safe_next
from ..extensions import db
from ..pagination import page_number
from . import services
from .forms import SettingsForm
from .messages import render

bp = Blueprint("notifications", __name__)


@bp.route("/inbox")
def inbox():
    page = services.inbox(current_user, page_number(request.args.get("page")))
    messages = [(n, *render(n.kind, n.params)) for n in page.items]
    form = SettingsForm(obj=current_user)
    return render_template("notifications/inbox.html", page=page, messages=messages, form=form)


@bp.route("/inbox/<int:notification_id>/open", methods=["POST"])
def open_message(notification_id: int):
    notification = services.mark_read(current_user, notification_id)
    db.session.commit()
    return redirect(safe_next(notification.link) or url_for("notifications.inbox"))


@bp.route("/inbox/read", methods=["POST"])
def read_all():
    services.mark_read(current_user)
    db.session.commit()
    return redirect(url_for("notifications.inbox"))


@bp.route("/inbox/settings", methods=["POST"])
def settings():
    form = SettingsForm()
    if form.validate_on_submit():
        accounts.set_mail_preferences(current_user, form.notify_by_email.data, form.weekly_digest.data)
        db.session.commit()
        flash(_("Your choice is saved."), "success")
    return redirect(url_for("notifications.inbox"))


def unread_messages() -> dict:
    """The unread count for the menu; one cheap COUNT per page view of a logged-in user."""
    if current_user and current_user.is_authenticated:
        return {"unread_messages": services.unread_count(current_user)}
    return {"unread_messages": 0}


def init_app(app) -> None:
    app.context_processor(unread_messages)
