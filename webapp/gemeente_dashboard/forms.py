"""The gemeente's targets: one number per indicator, empty for no target."""

from __future__ import annotations

from wtforms import FloatField

from ..forms import FlaskForm, Optional, number
from .services import TARGETS


class TargetsForm(FlaskForm):
    """One field per target in `services.TARGETS`, named after its key."""

    def values(self) -> dict[str, float | None]:
        return {key: self[key].data for key in TARGETS}


for _key, _target in TARGETS.items():
    setattr(TargetsForm, _key, FloatField(_target.label, validators=[Optional(), number(min=0, max=_target.maximum)]))
del _key, _target
