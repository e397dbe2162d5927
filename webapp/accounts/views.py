"""Log in, log out, registration, password reset and language choice."""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user
from sqlalchemy import select

from .. import mail
from ..extensions import db, limiter
from ..forms import to_choices
from ..gemeenten.models import Gemeente
from ..i18n import UI_LANGUAGES, current_language
from . import services
from .forms import (
    ForgotPasswordForm,
    LanguageForm,
    LoginForm,
    RegisterForm,
    ResetPasswordForm,
)
from .tokens import reset_token, user_from_reset_token

bp = Blueprint("accounts", __name__)


def safe_next(target: str | None) -> str | None:
    """Only follow same-site relative paths, never an attacker's absolute URL."""
    if not target:
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return None
    return target


def home_for(user) -> str:
    if user.has_role("admin"):
        return url_for("admin.index")
    if user.has_role("coordinator"):
        return url_for("newcomers.coordinator_list")
    if user.has_role("gemeente"):
        return url_for("gemeente.dashboard")
    if user.has_role("provider"):
        return url_for("offers.provider_list")
    if user.has_role("newcomer"):
        return url_for("newcomers.my_profile")
    return url_for("public.home")


#: Enough for a person who mistypes; far too few to guess a password or an invitation code.
GUESS_LIMIT = "10 per minute;60 per hour"
#: Failed log-ins per account, from any number of addresses (a botnet guessing one password).
ACCOUNT_FAILURE_LIMIT = "30 per hour"
#: Reset mails per address an hour: nobody can flood someone else's inbox through us.
RESET_MAIL_LIMIT = "5 per hour"
#: Longer than any e-mail address (254) or phone number.
MAX_LOGIN_LENGTH = 254


def _account_key(field: str) -> str:
    """The account an attempt is about, read as `services.login_identity` reads it.

    Only the form's own field counts (a field an attacker adds changes nothing), and the key
    is hashed, so a huge form value cannot become a huge key in Redis.
    """
    identity = services.login_identity((request.form.get(field) or "")[:MAX_LOGIN_LENGTH])
    account = ":".join(identity) if identity else "unreadable"
    return "account:" + hashlib.sha256(account.encode("utf-8", "replace")).hexdigest()[:32]


def _login_key() -> str:
    return _account_key("login")


def _reset_key() -> str:
    return _account_key("email")


def _failed(response) -> bool:
    return response.status_code != 302  # a successful log-in redirects


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(GUESS_LIMIT, methods=["POST"])
@limiter.limit(ACCOUNT_FAILURE_LIMIT, methods=["POST"], key_func=_login_key, deduct_when=_failed)
def login():
    if current_user.is_authenticated:
        return redirect(home_for(current_user))
    form = LoginForm()
    if form.validate_on_submit():
        user = services.find_by_login(form.login.data)
        if not services.password_matches(user, form.password.data) or not user.is_active:
            form.login.errors.append(_("E-mail, phone number or password is not correct."))
        else:
            login_user(user)
            services.logged_in(user)
            db.session.commit()
            return redirect(safe_next(request.args.get("next")) or home_for(user))
    return render_template("accounts/login.html", form=form)


@bp.route("/logout", methods=["POST"])
@login_required
def logout():
    logout_user()
    flash(_("You are logged out."), "info")
    return redirect(url_for("public.home"))


@bp.route("/register", methods=["GET", "POST"])
@limiter.limit(GUESS_LIMIT, methods=["POST"])
def register():
    form = RegisterForm()
    form.gemeente_id.choices = to_choices(
        (g.id, g.name) for g in db.session.scalars(select(Gemeente).order_by(Gemeente.name))
    )
    if form.validate_on_submit():
        try:
            user = services.register_provider(
                display_name=form.display_name.data,
                email=form.email.data,
                password=form.password.data,
                org_kind=form.org_kind.data,
                org_name=form.org_name.data,
                gemeente_id=form.gemeente_id.data,
                org_description=form.org_description.data,
                language=current_language(),
            )
        except services.AccountError as error:
            db.session.rollback()
            form.email.errors.append(str(error))
        else:
            db.session.commit()
            login_user(user)
            flash(_("Welcome! Your organisation will be checked; until then your offers wait "
                    "for review."), "success")
            return redirect(url_for("offers.provider_list"))
    return render_template("accounts/register.html", form=form)


@bp.route("/password/forgot", methods=["GET", "POST"])
@limiter.limit(GUESS_LIMIT, methods=["POST"])
@limiter.limit(RESET_MAIL_LIMIT, methods=["POST"], key_func=_reset_key)
def forgot_password():
    form = ForgotPasswordForm()
    if form.validate_on_submit():
        user = services.find_by_login(form.email.data)
        if user is not None and user.email:
            link = current_app.config["BASE_URL"] + url_for(
                "accounts.reset_password", token=reset_token(user)
            )
            mail.send(
                user.email,
                _("Choose a new password for Meedoen"),
                _("Open this link within an hour to choose a new password:\n\n%(link)s\n\n"
                  "If you did not ask for this, you can ignore this message.", link=link),
            )
        # Same answer either way, so the form does not reveal who has an account.
        flash(_("If this address is known, we have sent an e-mail with a link."), "info")
        return redirect(url_for("accounts.login"))
    return render_template("accounts/forgot.html", form=form)


@bp.route("/password/reset/<token>", methods=["GET", "POST"])
def reset_password(token: str):
    user = user_from_reset_token(token)
    if user is None:
        flash(_("This link is no longer valid. Please ask for a new one."), "warning")
        return redirect(url_for("accounts.forgot_password"))
    form = ResetPasswordForm()
    if form.validate_on_submit():
        services.change_password(user, form.password.data)
        db.session.commit()
        flash(_("Your password has been changed. You can log in now."), "success")
        return redirect(url_for("accounts.login"))
    return render_template("accounts/reset.html", form=form)


@bp.route("/language", methods=["POST"])
def set_language():
    form = LanguageForm()
    if not form.validate_on_submit() or form.lang.data not in UI_LANGUAGES:
        abort(400)
    session["lang"] = form.lang.data
    if current_user.is_authenticated:
        services.set_language(current_user, form.lang.data)
        db.session.commit()
    return redirect(safe_next(form.next.data) or url_for("public.home"))
