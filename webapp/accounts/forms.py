"""Forms for log in, registration, password reset and the language choice."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import PasswordField, SelectField, StringField, TextAreaField
from wtforms.validators import EqualTo, ValidationError

from ..forms import FlaskForm, Optional, email, length, required, to_choices
from ..organisations.models import KINDS


def new_password():
    """The field for a new password; every form that sets one uses it."""
    return PasswordField(_l("Password"), validators=[required(), length(min=8, max=128)])


def repeat_password():
    return PasswordField(
        _l("Repeat password"),
        validators=[required(), EqualTo("password", message=_l("The passwords do not match."))],
    )


class LoginForm(FlaskForm):
    login = StringField(_l("E-mail or phone number"), validators=[required(), length(max=254)])
    password = PasswordField(_l("Password"), validators=[required()])


class RegisterForm(FlaskForm):
    display_name = StringField(_l("Your name"), validators=[required(), length(max=120)])
    email = StringField(_l("E-mail"), validators=[required(), email(), length(max=254)])
    password = new_password()
    password_repeat = repeat_password()
    org_kind = SelectField(_l("You are"), choices=to_choices(KINDS), default="vereniging")
    org_name = StringField(
        _l("Name of your organisation (leave empty if you volunteer on your own)"),
        validators=[length(max=200)],  # no Optional(): it would skip validate_org_name
    )
    gemeente_id = SelectField(_l("Municipality"), coerce=int, validators=[required()])
    org_description = TextAreaField(_l("What does your organisation do?"), validators=[Optional(), length(max=2000)])

    def validate_org_name(self, field):
        if self.org_kind.data != "particulier" and not (field.data or "").strip():
            raise ValidationError(_l("Please give the name of your organisation."))


class ForgotPasswordForm(FlaskForm):
    email = StringField(_l("E-mail"), validators=[required(), email(), length(max=254)])


class ResetPasswordForm(FlaskForm):
    password = new_password()
    password_repeat = repeat_password()


class LanguageForm(FlaskForm):
    lang = StringField(validators=[required(), length(max=8)])
    next = StringField(validators=[Optional(), length(max=500)])


class CodeForm(FlaskForm):
    """The 6-digit code of the two-step log-in."""

    code = StringField(
        _l("Code from your app"),
        validators=[required(), length(max=12)],
        render_kw={"inputmode": "numeric", "autocomplete": "one-time-code"},
    )


class ChangePasswordForm(FlaskForm):
    current = PasswordField(_l("Current password"), validators=[required(), length(max=128)])
    password = new_password()
    password_repeat = repeat_password()
