"""Forms of the match screens: decisions with a reason, approval with consent, follow-ups."""

from __future__ import annotations

import re

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, SelectField, TextAreaField

from .. import vocab
from ..forms import FlaskForm, MultiCheckboxField, Optional, length, required, to_choices
from .followups import OUTCOMES


class RemarkForm(FlaskForm):
    """A step without a reason code; the remark is optional."""

    remark = TextAreaField(_l("Remark (optional)"), validators=[Optional(), length(max=1000)])


class DecisionForm(RemarkForm):
    """A step that needs a reason code: declining, rejecting, ending."""

    reason_code = SelectField(_l("Reason"), validators=[required()])

    def __init__(self, *args, reasons: dict, **kwargs):
        super().__init__(*args, **kwargs)
        self.reason_code.choices = to_choices([("", _l("Choose a reason")), *reasons.items()])


class ApproveForm(RemarkForm):
    consent = BooleanField(
        _l("The newcomer agrees that this organisation sees their name, phone number and e-mail address.")
    )


class FollowUpForm(FlaskForm):
    outcome = SelectField(_l("Outcome"), validators=[required()])
    notes = TextAreaField(_l("Notes (never shown to the organisation)"), validators=[Optional(), length(max=2000)])

    def __init__(self, *args, kind: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.outcome.choices = to_choices([("", _l("Choose")), *OUTCOMES[kind].items()])


_PAIR = re.compile(r"^[0-9]{1,10}-[0-9]{1,10}$")


class AssignForm(FlaskForm):
    """The batch tool: which offer types to fill, and (on the review screen) which proposals to send."""

    types = MultiCheckboxField(
        _l("Which kinds of activity?"), choices=to_choices(vocab.OFFER_TYPES), validators=[required()]
    )
    pairs = MultiCheckboxField(_l("Proposals to send"), choices=[])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The review screen lists "newcomer-offer" pairs; each is checked again when it is sent.
        self.pairs.choices = to_choices((p, p) for p in (self.pairs.data or []) if _PAIR.match(p or ""))

    def chosen_pairs(self) -> list[tuple[int, int]]:
        return [tuple(int(x) for x in p.split("-")) for p in self.pairs.data or [] if _PAIR.match(p)]
