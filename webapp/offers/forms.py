"""The offer form providers fill in; the same fields as the matching interchange format."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from flask_babel import get_locale
from flask_babel import lazy_gettext as _l
from wtforms import (
    BooleanField,
    DateField,
    DecimalField,
    FloatField,
    IntegerField,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import ValidationError

from .. import vocab
from ..forms import (
    FlaskForm,
    MultiCheckboxField,
    Optional,
    email,
    length,
    number,
    phone,
    realistic_date,
    required,
    required_number,
    to_choices,
)
from ..i18n import SPOKEN_LANGUAGES

#: Offers that ran before this are history, not something to post now.
EARLIEST_OFFER_DATE = date(2000, 1, 1)


def _optional_choice(mapping: dict):
    return to_choices([("", _l("No preference")), *mapping.items()])


class OfferForm(FlaskForm):
    kind = SelectField(_l("Offer or request"), choices=to_choices(vocab.OFFER_KINDS))
    type = SelectField(_l("Type"), choices=to_choices(vocab.OFFER_TYPES))
    title = StringField(_l("Title"), validators=[required(), length(min=3, max=200)])
    description = TextAreaField(
        _l("Description: what you do, whom you meet, what to bring"),
        validators=[required(), length(max=5000)],
    )
    tags = StringField(_l("Keywords, separated by commas"), validators=[Optional(), length(max=300)])
    kern_id = SelectField(_l("Where (village or town)"), coerce=int, validators=[required()])
    schedule = MultiCheckboxField(_l("When (leave empty if flexible)"), choices=[])
    min_dutch_level = SelectField(_l("Minimum Dutch level"), choices=[])
    host_languages = MultiCheckboxField(_l("Languages the host speaks"), choices=[])
    capacity = IntegerField(_l("Number of places"), default=1, validators=[required_number(), number(min=1, max=500)])
    women_only = BooleanField(_l("Only for women"))
    age_min = IntegerField(_l("Minimum age"), validators=[Optional(), number(min=0, max=120)])
    age_max = IntegerField(_l("Maximum age"), validators=[Optional(), number(min=0, max=120)])
    childcare = BooleanField(_l("Childcare available"))
    cost_eur = DecimalField(
        _l("Cost per month (euro, 0 = free)"), default=0, places=2, validators=[Optional(), number(min=0, max=10000)]
    )
    language_rich = BooleanField(_l("Participants speak Dutch with Dutch speakers"), default=True)
    is_public = BooleanField(_l("Show on the public list (open to all inhabitants)"), default=True)
    contact_name = StringField(_l("Contact person"), validators=[required(), length(max=120)])
    contact_email = StringField(_l("Contact e-mail"), validators=[Optional(), email(), length(max=254)])
    contact_phone = StringField(_l("Contact phone"), validators=[Optional(), phone(), length(max=40)])
    start_date = DateField(_l("Start date"), validators=[Optional(), realistic_date(EARLIEST_OFFER_DATE, 10)])
    end_date = DateField(_l("End date"), validators=[Optional(), realistic_date(EARLIEST_OFFER_DATE, 10)])
    duration_weeks = IntegerField(_l("Duration in weeks"), validators=[Optional(), number(min=1, max=260)])
    hours_per_week = FloatField(_l("Hours per week"), validators=[Optional(), number(min=0.5, max=60)])

    def __init__(self, *args, kernen=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.kern_id.choices = to_choices((k.id, k.name) for k in kernen)
        self.schedule.choices = to_choices(vocab.day_part_choices())
        self.min_dutch_level.choices = _optional_choice(vocab.DUTCH_LEVELS)
        self.host_languages.choices = to_choices(SPOKEN_LANGUAGES)

    def validate_age_max(self, field):
        if field.data is not None and self.age_min.data is not None and field.data < self.age_min.data:
            raise ValidationError(_l("The maximum age must not be lower than the minimum age."))

    def validate_end_date(self, field):
        if field.data and self.start_date.data and field.data < self.start_date.data:
            raise ValidationError(_l("The end date must not be before the start date."))

    def offer_values(self) -> dict:
        """The cleaned values, ready to set on an :class:`Offer`."""
        return {
            "kind": self.kind.data,
            "type": self.type.data,
            "title": self.title.data.strip(),
            "description": self.description.data.strip(),
            "tags": [t.strip() for t in (self.tags.data or "").split(",") if t.strip()],
            "kern_id": self.kern_id.data,
            "schedule": list(self.schedule.data or []),
            "min_dutch_level": self.min_dutch_level.data or None,
            "host_languages": list(self.host_languages.data or []),
            "capacity": self.capacity.data,
            "women_only": self.women_only.data,
            "age_min": self.age_min.data,
            "age_max": self.age_max.data,
            "childcare": self.childcare.data,
            "cost_eur": self.cost_eur.data or 0,
            "language_rich": self.language_rich.data,
            "is_public": self.is_public.data,
            "contact_name": self.contact_name.data.strip(),
            "contact_email": (self.contact_email.data or "").strip() or None,
            "contact_phone": (self.contact_phone.data or "").strip() or None,
            "start_date": self.start_date.data,
            "end_date": self.end_date.data,
            "duration_weeks": self.duration_weeks.data,
            "hours_per_week": self.hours_per_week.data,
        }


class SearchForm(FlaskForm):
    """The sociale kaart filters; a GET form, so no CSRF token."""

    class Meta:
        csrf = False

    q = StringField(_l("Search"), validators=[Optional(), length(max=100)])
    type = SelectField(_l("Type"), validators=[Optional()])
    kern = SelectField(_l("Village or town"), coerce=str, validators=[Optional()])
    day = SelectField(_l("Day"), validators=[Optional()])
    part = SelectField(_l("Part of day"), validators=[Optional()])

    def __init__(self, *args, kernen=(), **kwargs):
        super().__init__(*args, **kwargs)
        fixed = _fixed_choices(str(get_locale()))
        self.type.choices = list(fixed["type"])
        self.kern.choices = [*fixed["anything"], *to_choices((str(k.id), k.name) for k in kernen)]
        self.day.choices = list(fixed["day"])
        self.part.choices = list(fixed["part"])


@lru_cache(maxsize=16)
def _fixed_choices(locale: str) -> dict[str, tuple]:
    """The search form's fixed choices with their labels translated, once per language.

    A lazy label is translated again each time it is used, and a select uses each label twice
    (validating and drawing): on every view of the sociale kaart that was 60 look-ups for 30
    labels. The labels come from code (``vocab``), so they change only with a new release.
    """
    anything = [("", _l("All"))]
    pairs = {"anything": anything, "type": anything + list(vocab.OFFER_TYPES.items())}
    pairs |= {"day": anything + list(vocab.DAYS.items()), "part": anything + list(vocab.PARTS.items())}
    return {name: tuple(to_choices((value, str(label)) for value, label in items)) for name, items in pairs.items()}


class TranslationForm(FlaskForm):
    """A translator's title and description in one language, next to the Dutch text."""

    title = StringField(_l("Title"), validators=[required(), length(min=3, max=200)])
    description = TextAreaField(_l("Description"), validators=[Optional(), length(max=5000)])


class TranslationRejectForm(FlaskForm):
    reason = TextAreaField(_l("Reason (the translator sees this)"), validators=[required(), length(max=1000)])
