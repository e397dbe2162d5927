"""Forms for log in, registration, password reset and activating an invitation."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import PasswordField, RadioField, SelectField, StringField, TextAreaField
from wtforms.validators import EqualTo, ValidationError

from ..forms import FlaskForm, Optional, email, length, phone, required, to_choices
from ..organisations.models import KINDS


def _password():
    return PasswordField(_l("Password"), validators=[required(), length(min=8, max=128)])


def _password_repeat():
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
    password = _password()
    password_repeat = _password_repeat()
    org_kind = SelectField(_l("You are"), choices=to_choices(KINDS), default="vereniging")
    org_name = StringField(
        _l("Name of your organisation (leave empty if you volunteer on your own)"),
        validators=[length(max=200)],  # no Optional(): it would skip validate_org_name
    )
    gemeente_id = SelectField(_l("Municipality"), coerce=int, validators=[required()])
    org_description = TextAreaField(
        _l("What does your organisation do?"), validators=[Optional(), length(max=2000)]
    )

    def validate_org_name(self, field):
        if self.org_kind.data != "particulier" and not (field.data or "").strip():
            raise ValidationError(_l("Please give the name of your organisation."))


class ForgotPasswordForm(FlaskForm):
    email = StringField(_l("E-mail"), validators=[required(), email(), length(max=254)])


class ResetPasswordForm(FlaskForm):
    password = _password()
    password_repeat = _password_repeat()


class ActivateForm(FlaskForm):
    code = StringField(_l("Invitation code"), validators=[required(), length(max=20)])
    login_kind = RadioField(
        _l("Log in with"),
        choices=to_choices([("phone", _l("Phone number")), ("email", _l("E-mail"))]),
        default="phone",
    )
    # Which of these two is required depends on login_kind, so they are checked below.
    phone = StringField(_l("Phone number"), validators=[length(max=40)])
    email = StringField(_l("E-mail"), validators=[length(max=254)])
    password = _password()
    password_repeat = _password_repeat()

    def _required_if_chosen(self, field, kind, check):
        if self.login_kind.data != kind:
            return
        if not (field.data or "").strip():
            raise ValidationError(_l("Please fill in this field."))
        check(self, field)

    def validate_phone(self, field):
        self._required_if_chosen(field, "phone", phone())

    def validate_email(self, field):
        self._required_if_chosen(field, "email", email())


class LanguageForm(FlaskForm):
    lang = StringField(validators=[required(), length(max=8)])
    next = StringField(validators=[Optional(), length(max=500)])
