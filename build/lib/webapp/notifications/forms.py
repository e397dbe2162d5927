"""The reader's choice of e-mail."""

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField

from ..forms import FlaskForm


class SettingsForm(FlaskForm):
    notify_by_email = BooleanField(_l("Also send my messages by e-mail"))
    weekly_digest = BooleanField(_l("Send me a weekly e-mail with new suggestions"))
