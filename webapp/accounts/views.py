"""Log in (with the two-step code), log out, registration with address confirmation, passwords, language."""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from .. import jobs
from ..domain import Conflict
from ..extensions import db, limiter
from ..forms import to_choices
from ..gemeenten.models import Gemeente
from ..i18n import LANGUAGE_COOKIE, UI_LANGUAGES, current_language
from ..outcome import done, refused
from ..rate_limits import shared
from . import mails, passwords, services, two_factor
from .forms import (
    ChangePasswordForm,
    CodeForm,
    ForgotPasswordForm,
    LanguageForm,
    LoginForm,
    RegisterForm,
    ResetPasswordForm,
)
from .login import (
    begin_second_step,
    end_session,
    pending_second_step,
    remember_device,
    start_session,
    trusted_device,
)
from .tokens import user_from_reset_token

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
GUESS_LIMIT = shared("10 per minute;60 per hour")
#: Failed log-ins per account, from any number of addresses (a botnet guessing one password).
ACCOUNT_FAILURE_LIMIT = shared("30 per hour")
#: Reset mails per address an hour: nobody can flood someone else's inbox through us.
RESET_MAIL_LIMIT = shared("5 per hour")
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
@limiter.limit(
    ACCOUNT_FAILURE_LIMIT,
    methods=["POST"],
    key_func=_login_key,
    deduct_when=_failed,
    exempt_when=lambda: trusted_device(_login_key()),
)
def login():
    if current_user.is_authenticated:
        return redirect(home_for(current_user))
    form = LoginForm()
    if form.validate_on_submit():
        user = services.find_by_login(form.login.data)
        if not services.password_matches(user, form.password.data) or not user.is_active:
            form.login.errors.append(_("E-mail, phone number or password is not correct."))
        elif user.email and user.email_confirmed_dt is None:
            form.login.errors.append(
                _("Please confirm your e-mail address first: open the link in the e-mail we sent you.")
            )
        else:
            weak = (
                passwords.problem(form.password.data, passwords.needs_strict(user), passwords.personal_words(user))
                is not None
            )
            target = safe_next(request.args.get("next"))
            if user.totp_secret or two_factor.required(user):
                begin_second_step(user, weak=weak, target=target)
                return redirect(url_for("accounts.login_code"))
            return _logged_in(user, weak, target, _login_key())
    return render_template("accounts/login.html", form=form)


def _logged_in(user, weak: bool, target: str | None, account_key: str):
    chosen = session.get("lang")  # a language picked on the log-in page wins over the saved one
    start_session(user, must_change_password=weak)
    if chosen in UI_LANGUAGES and chosen != user.preferred_language:
        services.set_language(user, chosen)
    services.logged_in(user)
    db.session.commit()
    response = redirect(url_for("accounts.account") if weak else target or home_for(user))
    remember_device(response, account_key)
    if weak:
        flash(_("Your password is too easy to guess for your role. Please choose a new one now."), "warning")
    return response


@bp.route("/login/code", methods=["GET", "POST"])
@limiter.limit(GUESS_LIMIT, methods=["POST"])
def login_code():
    """The second step: a code from the app, or (first time, where required) setting the app up."""
    pending = pending_second_step()
    if pending is None:
        return redirect(url_for("accounts.login"))
    user, weak, target = pending
    form = CodeForm()
    secret = user.totp_secret or session.setdefault("pending_totp_secret", two_factor.new_secret())
    if form.validate_on_submit():
        try:
            if user.totp_secret:
                two_factor.verify(user, form.code.data)
            else:
                two_factor.enable(user, secret, form.code.data)
        except Conflict as error:
            db.session.commit()  # a refused code is no change, but keep nothing half-done
            form.code.errors.append(str(error))
        else:
            return _logged_in(user, weak, target, _account_key_of(user))
    enrol = None if user.totp_secret else {"secret": secret, "qr": two_factor.qr_svg(user, secret)}
    return render_template("accounts/login_code.html", form=form, enrol=enrol)


def _account_key_of(user) -> str:
    identity = ("email", user.email.lower()) if user.email else ("phone", user.phone)
    return "account:" + hashlib.sha256(":".join(identity).encode()).hexdigest()[:32]


@bp.route("/logout", methods=["POST"])
def logout():
    end_session()
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
        except services.EmailTaken:
            db.session.rollback()  # the same answer as for a new address: nobody learns who has an account
            jobs.enqueue("webapp.accounts.mails.send_already_registered", form.email.data, current_language())
            return render_template("accounts/registered.html")
        except services.AccountError as error:
            db.session.rollback()
            getattr(form, error.field).errors.append(str(error))
        else:
            db.session.commit()
            jobs.enqueue("webapp.accounts.mails.send_confirmation", user.id, current_language())
            return render_template("accounts/registered.html")
    return render_template("accounts/register.html", form=form)


@bp.route("/register/confirm/<token>")
def confirm_email(token: str):
    user = mails.user_from_confirmation(token)
    if user is None:
        flash(_("This link is no longer valid. Log in to get a new one, or register again."), "warning")
        return redirect(url_for("accounts.login"))
    services.confirm_email(user)
    db.session.commit()
    flash(_("Thank you, your e-mail address is confirmed. You can log in now."), "success")
    return redirect(url_for("accounts.login"))


@bp.route("/password/forgot", methods=["GET", "POST"])
@limiter.limit(GUESS_LIMIT, methods=["POST"])
@limiter.limit(RESET_MAIL_LIMIT, methods=["POST"], key_func=_reset_key)
def forgot_password():
    form = ForgotPasswordForm()
    if form.validate_on_submit():
        # The job looks the address up, so this page takes as long for a known as for an unknown one.
        jobs.enqueue("webapp.accounts.mails.send_reset_link", form.email.data, current_language())
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
        try:
            services.change_password(user, form.password.data)
        except services.AccountError as error:
            db.session.rollback()
            form.password.errors.append(str(error))
        else:
            services.confirm_email(user)  # the link came to that address
            db.session.commit()
            flash(_("Your password has been changed. You can log in now."), "success")
            return redirect(url_for("accounts.login"))
    return render_template("accounts/reset.html", form=form)


@bp.route("/account", methods=["GET", "POST"])
def account():
    """A new password, and the two-step log-in on or off."""
    form = ChangePasswordForm(prefix="password")
    code_form = CodeForm(prefix="totp")
    if "password-current" in request.form and form.validate_on_submit():
        if not current_user.check_password(form.current.data):
            form.current.errors.append(_("This is not your current password."))
        else:
            try:
                services.change_password(current_user, form.password.data)
            except services.AccountError as error:
                db.session.rollback()
                form.password.errors.append(str(error))
            else:
                db.session.commit()
                start_session(current_user._get_current_object())  # this device stays; all others are logged out
                flash(_("Your password has been changed. Other devices are logged out."), "success")
                return redirect(url_for("accounts.account"))
    elif "totp-code" in request.form and code_form.validate_on_submit():
        try:
            if current_user.totp_secret:
                two_factor.disable(current_user, code_form.code.data)
                message = _("The two-step log-in is off.")
            else:
                two_factor.enable(current_user, session.get("pending_totp_secret", ""), code_form.code.data)
                message = _("The two-step log-in is on. You will be asked for a code when you log in.")
        except Conflict as error:
            refused(error)
        else:
            session.pop("pending_totp_secret", None)
            done(message)
        return redirect(url_for("accounts.account"))
    enrol = None
    if not current_user.totp_secret:
        secret = session.setdefault("pending_totp_secret", two_factor.new_secret())
        enrol = {"secret": secret, "qr": two_factor.qr_svg(current_user, secret)}
    return render_template(
        "accounts/account.html", form=form, code_form=code_form, enrol=enrol, required=two_factor.required(current_user)
    )


@bp.route("/language", methods=["POST"])
def set_language():
    form = LanguageForm()
    if not form.validate_on_submit() or form.lang.data not in UI_LANGUAGES:
        abort(400)
    session["lang"] = form.lang.data
    if current_user.is_authenticated:
        services.set_language(current_user, form.lang.data)
        db.session.commit()
    response = redirect(safe_next(form.next.data) or url_for("public.home"))
    response.set_cookie(
        LANGUAGE_COOKIE,
        form.lang.data,
        max_age=365 * 86400,
        samesite="Lax",
        httponly=True,
        secure=current_app.config.get("SESSION_COOKIE_SECURE", False),
    )
    return response
