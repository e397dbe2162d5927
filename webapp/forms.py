"""Form helpers shared by every domain: validators with translated messages, multi-checkboxes."""

from __future__ import annotations

import math
import re
from datetime import date
from decimal import Decimal

import flask_wtf
from flask_babel import format_date
from flask_babel import lazy_gettext as _l
from flask_wtf.i18n import translations as wtforms_translations
from markupsafe import Markup
from wtforms import PasswordField, SelectMultipleField, StringField, widgets
from wtforms.fields.choices import SelectChoice
from wtforms.validators import (
    DataRequired,
    Email,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    StopValidation,
    ValidationError,
)

from .timeutil import today

__all__ = [
    "FlaskForm",
    "MultiCheckboxField",
    "Optional",
    "email",
    "length",
    "number",
    "phone",
    "realistic_date",
    "required",
    "required_number",
    "to_choices",
]


#: WTForms' own messages for input a field cannot even parse, in our words.
#: WTForms ships no Tigrinya catalog and its wording is technical ("Not a valid
#: float value."), so these go through our catalogs like every other string.
FIELD_MESSAGES = {
    "Not a valid integer value.": _l("Please enter a whole number."),
    "Not a valid decimal value.": _l("Please enter a number."),
    "Not a valid float value.": _l("Please enter a number."),
    "Not a valid date value.": _l("Please enter a date."),
    "Not a valid choice.": _l("Please choose one of the options."),
    "Invalid Choice: could not coerce.": _l("Please choose one of the options."),
    "Invalid choice(s): one or more data inputs could not be coerced.": _l("Please choose one of the options."),
}


class _FieldTranslations:
    """Our wording for `FIELD_MESSAGES`; anything else falls back to WTForms' own catalogs."""

    def gettext(self, string):
        ours = FIELD_MESSAGES.get(string)
        return str(ours) if ours is not None else wtforms_translations.gettext(string)

    def ngettext(self, singular, plural, n):
        return wtforms_translations.ngettext(singular, plural, n)


#: Stateless (each call looks up the request's language), so one instance serves every form.
FIELD_TRANSLATIONS = _FieldTranslations()


#: Invisible characters that change how text reads: bidi overrides and isolates, zero-width
#: joiners and marks. A name with them can pose as another ("VluchtelingenWerk" with a
#: zero-width space), and an override can turn a phone number around.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
#: Control characters other than tab and line break.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(value):
    """What every text field keeps of what was typed: no invisible or control characters, and
    "\r\n" as one line break (browsers send two characters for one, and length limits count it once).
    """
    if not isinstance(value, str):
        return value
    return _CONTROL.sub("", _INVISIBLE.sub("", value.replace("\r\n", "\n").replace("\r", "\n")))


class Select(widgets.Select):
    """WTForms' select, with each plain option written out directly.

    A list page's filters draw dozens of options on every view. WTForms 3.3 inspects the
    ``render_option`` signature once per select and builds each option with ``html_params``;
    together that cost more than the rest of the search form. The HTML is the same as WTForms'
    (``tests/test_forms.py`` compares them); an option with attributes of its own still goes
    through WTForms.
    """

    @classmethod
    def _dispatch_render_option(cls):
        return cls.render_option  # the current signature, so there is nothing to adapt

    @classmethod
    def render_option(cls, choice, **kwargs):
        if choice.render_kw or kwargs:
            return super().render_option(choice, **kwargs)
        value = str(choice.value) if isinstance(choice.value, bool) else choice.value
        # Markup's % escapes the value and the label.
        return (_SELECTED if choice.selected else _OPTION) % (value, choice.label or choice.value)


_OPTION = Markup('<option value="%s">%s</option>')
_SELECTED = Markup('<option selected value="%s">%s</option>')


#: The one select widget every form's single-choice fields use.
SELECT = Select()


class FlaskForm(flask_wtf.FlaskForm):
    """The base of every form: CSRF from Flask-WTF, messages in the reader's language, clean text."""

    class Meta(flask_wtf.FlaskForm.Meta):
        def get_translations(self, form):
            return FIELD_TRANSLATIONS

        def bind_field(self, form, unbound_field, options):
            cls = unbound_field.field_class
            if issubclass(cls, StringField) and not issubclass(cls, PasswordField):  # a password is as typed
                options["filters"] = (clean_text, *options.get("filters", ()), *unbound_field.kwargs.get("filters", ()))
            plain_select = type(getattr(cls, "widget", None)) is widgets.Select and not cls.widget.multiple
            if plain_select and "widget" not in unbound_field.kwargs:
                options["widget"] = SELECT
            return unbound_field.bind(form=form, **options)


def to_choices(pairs) -> list[SelectChoice]:
    """(value, label) pairs or a mapping as WTForms choices: the one way choices are built."""
    items = pairs.items() if isinstance(pairs, dict) else pairs
    return [SelectChoice(value, label) for value, label in items]


def required():
    return DataRequired(message=_l("Please fill in this field."))


def required_number():
    """`required` for number fields: 0 is an answer, and "drie" gets "enter a number", not "fill in"."""
    return InputRequired(message=_l("Please fill in this field."))


def email():
    return Email(message=_l("Please enter a valid e-mail address."), check_deliverability=False)


class _Length(Length):
    """WTForms' length check, telling how long the text is now: a browser never cuts text off
    silently here (text areas get no ``maxlength``), so the writer needs to know how much to remove."""

    def __call__(self, form, field):
        size = len(field.data or "")
        if size < self.min or (self.max != -1 and size > self.max):
            raise ValidationError(str(self.message) % {"min": self.min, "max": self.max, "count": size})


def length(min: int = -1, max: int = -1):  # noqa: A002  (WTForms' own names)
    if min > 0 and max > 0:
        message = _l("Use between %(min)d and %(max)d characters (now %(count)d).")
    elif min > 0:
        message = _l("Use at least %(min)d characters (now %(count)d).")
    else:
        message = _l("Use at most %(max)d characters (now %(count)d).")
    return _Length(min=min, max=max, message=message)


def number(min=None, max=None):  # noqa: A002
    """A range check that also refuses NaN and infinity ("sNaN" parses as a Decimal)."""
    in_range = NumberRange(min=min, max=max, message=_l("Enter a number between %(min)s and %(max)s."))

    def check(form, field):
        if field.process_errors:
            raise StopValidation()  # the field already says it is no number; one message is enough
        value = field.data
        finite = value.is_finite() if isinstance(value, Decimal) else math.isfinite(value or 0)
        if value is not None and not finite:
            raise ValidationError(_l("Enter a number between %(min)s and %(max)s.", min=min, max=max))
        in_range(form, field)

    return check


def realistic_date(earliest: date, years_ahead: int | None = None):
    """Refuse dates a typo produces ("0202-05-01", "2206-05-01").

    Allowed: from `earliest` up to today, or with `years_ahead` up to the end
    of the year that many years from now (offers are planned ahead).
    """

    def check(form, field):
        latest = today()
        if years_ahead is not None:
            latest = date(latest.year + years_ahead, 12, 31)
        if field.data and not (earliest <= field.data <= latest):
            raise ValidationError(
                _l(
                    "Please enter a date between %(earliest)s and %(latest)s.",
                    earliest=format_date(earliest),
                    latest=format_date(latest),
                )
            )

    return check


#: Dutch mobile and landline numbers, with or without +31, spaces or dashes.
PHONE_RE = re.compile(r"^\+?[0-9][0-9 \-]{7,18}$")


def normalise_phone(value: str) -> str:
    digits = re.sub(r"[^0-9+]", "", value or "")
    for country in ("+31", "0031"):  # one person, one number, however it was typed
        if digits.startswith(country):
            return "0" + digits[len(country) :]
    return digits


def phone():
    def check(form, field):
        if field.data and not PHONE_RE.match(field.data.strip()):
            # The example is isolated left-to-right, or Arabic shows it as "12345678 06".
            raise ValidationError(
                _l("Please enter a valid phone number, e.g. %(example)s.", example="\u206606 12345678\u2069")
            )

    return check


class MultiCheckboxField(SelectMultipleField):
    """A list of checkboxes: easier on a phone than a multi-select box."""

    widget = widgets.ListWidget(prefix_label=False)
    option_widget = widgets.CheckboxInput()

    def pre_validate(self, form):
        valid = {choice.value for choice in self.choices}
        for value in self.data or []:
            if value not in valid:
                raise ValidationError(_l("'%(value)s' is not a valid choice.", value=value))
