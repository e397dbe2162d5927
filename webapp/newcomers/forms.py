"""The newcomer's own profile form, the coordinator's intake form, consent, erasure and activation."""

from __future__ import annotations

from datetime import date

from flask_babel import lazy_gettext as _l
from wtforms import (
    BooleanField,
    DateField,
    FloatField,
    IntegerField,
    RadioField,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import ValidationError

from .. import vocab
from ..accounts.forms import new_password, repeat_password
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
    to_choices,
)
from ..i18n import SPOKEN_LANGUAGES
from ..timeutil import today


def _with_unknown(mapping: dict):
    return to_choices([("", _l("Unknown")), *mapping.items()])


class ProfileForm(FlaskForm):
    """What a newcomer keeps up to date: own words, times, languages. Few fields, big targets."""

    interests = TextAreaField(
        _l("What do you like to do? Write in your own language."),
        validators=[Optional(), length(max=2000)],
    )
    profession = TextAreaField(
        _l("What work did you do, or what work do you want?"),
        validators=[Optional(), length(max=1000)],
    )
    wants = MultiCheckboxField(_l("What are you looking for?"), choices=[])
    availability = MultiCheckboxField(_l("When are you free?"), choices=[])
    languages = MultiCheckboxField(_l("Which languages do you speak?"), choices=[])
    mobility = MultiCheckboxField(_l("How can you travel?"), choices=[])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.wants.choices = to_choices(vocab.OFFER_TYPES)
        self.availability.choices = to_choices(vocab.day_part_choices())
        self.languages.choices = to_choices(SPOKEN_LANGUAGES)
        self.mobility.choices = to_choices(vocab.MOBILITY)

    #: Fields this form writes; the view copies exactly these.
    PROFILE_FIELDS = ("interests", "profession", "wants", "availability", "languages", "mobility")

    def profile_values(self) -> dict:
        values = {name: getattr(self, name).data for name in self.PROFILE_FIELDS if name in self._fields}
        for name in ("interests", "profession"):
            if name in values:
                values[name] = (values[name] or "").strip()
        return values


#: The newcomer's own profile in three short steps, each a form of its own (a step saves only its fields).
PROFILE_STEPS = {
    "like": ("interests", "profession", "wants"),
    "times": ("availability",),
    "travel": ("mobility", "languages"),
}


def profile_step_form(step: str, **kwargs) -> ProfileForm:
    """The profile form with only the fields of one step."""
    form = ProfileForm(**kwargs)
    for name in ProfileForm.PROFILE_FIELDS:
        if name not in PROFILE_STEPS[step]:
            del form[name]
    return form


class IntakeForm(ProfileForm):
    """Everything a coordinator records at intake, on the newcomer's behalf."""

    name = StringField(_l("Name"), validators=[required(), length(max=120)])
    gemeente_id = SelectField(_l("Municipality"), coerce=int, validators=[required()])
    kern_id = SelectField(_l("Village or town"), coerce=int, validators=[required()])
    phone = StringField(_l("Phone number"), validators=[Optional(), phone(), length(max=40)])
    email = StringField(_l("E-mail"), validators=[Optional(), email(), length(max=254)])
    gender = SelectField(_l("Gender"), choices=[])
    birth_year = IntegerField(_l("Year of birth"), validators=[Optional()])
    dutch_level = SelectField(_l("Dutch level"), choices=[])
    leerroute = SelectField(_l("Learning route"), choices=[])
    goals = MultiCheckboxField(_l("Goals in the personal plan (PIP)"), choices=[])
    pip_notes = TextAreaField(_l("Notes on the personal plan"), validators=[Optional(), length(max=2000)])
    max_km = FloatField(_l("Maximum travel distance (km)"), validators=[Optional(), number(min=0, max=200)])
    needs_childcare = BooleanField(_l("Needs childcare to take part"))
    arrival_date = DateField(
        _l("Arrival in the municipality"), validators=[Optional(), realistic_date(date(1970, 1, 1))]
    )
    notes = TextAreaField(_l("Intake notes (never shown to providers)"), validators=[Optional(), length(max=5000)])

    def __init__(self, *args, gemeenten=(), kernen=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.gemeente_id.choices = to_choices((g.id, g.name) for g in gemeenten)
        self.kern_id.choices = to_choices((k.id, f"{k.name} ({k.gemeente.name})") for k in kernen)
        self._kern_gemeente = {k.id: k.gemeente_id for k in kernen}
        self.gender.choices = _with_unknown(vocab.GENDERS)
        self.dutch_level.choices = _with_unknown(vocab.DUTCH_LEVELS)
        self.leerroute.choices = _with_unknown(vocab.LEERROUTES)
        self.goals.choices = to_choices(vocab.GOALS)

    def validate_kern_id(self, field):
        if self._kern_gemeente.get(field.data) != self.gemeente_id.data:
            raise ValidationError(_l("This village or town is not in the chosen municipality."))

    def validate_birth_year(self, field):
        if field.data is not None and not (today().year - 100 <= field.data <= today().year - 12):
            raise ValidationError(_l("Please enter a realistic year of birth."))

    INTAKE_FIELDS = (
        "name",
        "gemeente_id",
        "kern_id",
        "phone",
        "email",
        "gender",
        "birth_year",
        "dutch_level",
        "leerroute",
        "goals",
        "max_km",
        "needs_childcare",
        "arrival_date",
        "notes",
    )

    def profile_values(self) -> dict:
        values = super().profile_values()
        values.update({name: getattr(self, name).data for name in self.INTAKE_FIELDS})
        for name in ("phone", "email", "gender", "dutch_level", "leerroute"):
            values[name] = (values[name] or "").strip() or None
        values["name"] = values["name"].strip()
        values["notes"] = (values["notes"] or "").strip()
        values["pip_goals"] = {"notes": (self.pip_notes.data or "").strip()}
        return values


class ConsentForm(FlaskForm):
    organisation_id = SelectField(_l("Partner"), coerce=int, validators=[required()])
    scope = SelectField(
        _l("May see"),
        choices=to_choices(vocab.CONSENT_SCOPES),
    )


class EraseForm(FlaskForm):
    """Erasure cannot be undone, so the coordinator confirms that the person asked for it."""

    confirm = BooleanField(
        _l("The newcomer asked for this, and I have checked who they are."),
        validators=[required()],
    )


#: What a coordinator filters the register on: where the person stands with their login.
NEWCOMER_STATUSES = {
    "can_log_in": _l("Can log in"),
    "invited": _l("Invited, not yet logged in"),
    "no_login": _l("No login"),
}


class SearchNewcomersForm(FlaskForm):
    """The coordinator's register filters; a GET form, so no CSRF token."""

    class Meta:
        csrf = False

    q = StringField(_l("Name"), validators=[Optional(), length(max=100)])
    kern = SelectField(_l("Village or town"), coerce=str, validators=[Optional()])
    status = SelectField(_l("Status"), validators=[Optional()])

    def __init__(self, *args, kernen=(), **kwargs):
        super().__init__(*args, **kwargs)
        anything = [("", _l("All"))]
        self.kern.choices = to_choices(anything + [(str(k.id), k.name) for k in kernen])
        self.status.choices = to_choices(anything + list(NEWCOMER_STATUSES.items()))


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
    password = new_password()
    password_repeat = repeat_password()

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
