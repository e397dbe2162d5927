"""Administrator forms."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import FloatField, SelectField, StringField, TextAreaField

from ..accounts.models import ROLES
from ..forms import FlaskForm, MultiCheckboxField, Optional, length, number, required, required_number, to_choices
from ..i18n import UI_LANGUAGES
from ..offers.models import TRANSLATION_LANGUAGES


class GemeenteForm(FlaskForm):
    name = StringField(_l("Name"), validators=[required(), length(max=120)])


class KernForm(FlaskForm):
    name = StringField(_l("Name"), validators=[required(), length(max=120)])
    lat = FloatField(_l("Latitude"), validators=[required_number(), number(min=50.7, max=53.6)])
    lon = FloatField(_l("Longitude"), validators=[required_number(), number(min=3.3, max=7.3)])


class GrantRoleForm(FlaskForm):
    role = SelectField(_l("Role"), choices=to_choices(ROLES))
    gemeente_id = SelectField(
        _l("Municipality (for coordinator, municipality staff and translator)"), coerce=int, validators=[Optional()]
    )
    languages = MultiCheckboxField(
        _l("Translates offers into (for translator)"),
        choices=to_choices((code, UI_LANGUAGES[code]) for code in TRANSLATION_LANGUAGES),
    )


class ReasonForm(FlaskForm):
    """A decision that someone else has to understand: rejecting an organisation, sending an offer back."""

    reason = TextAreaField(_l("Reason (the provider sees this)"), validators=[required(), length(max=1000)])


class ListSearchForm(FlaskForm):
    """A name to look for in an administrator's list; a GET form, so no CSRF token."""

    class Meta:
        csrf = False

    q = StringField(_l("Name"), validators=[Optional(), length(max=100)])
