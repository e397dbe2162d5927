"""Targets per gemeente: their definitions with the Dalfsen defaults, and the one way to change them.

The defaults are the figures of Dalfsen's plan van aanpak and its evaluation
(docs/indicators.md, "Targets"); a gemeente overrides them, or sets none.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from ..audit.service import record
from ..domain import Conflict
from ..extensions import db
from ..signals import indicator_targets_changed
from .models import IndicatorTarget


@dataclass(frozen=True)
class Target:
    label: object
    #: ``percent``, ``days`` or ``count`` (a count is per year)
    unit: str
    #: True: the figure should reach the target; False: stay at or below it
    at_least: bool
    default: float | None
    #: where the default comes from (docs/indicators.md)
    source: object
    #: the highest value that makes sense
    maximum: float


TARGETS = {
    "active_after_six_months": Target(
        _l("Active six months after arrival"),
        "percent",
        True,
        75,
        _l("Thuis in Dalfsen action plan 2017-2018, §4.2.3 and §5; its evaluation of 2019, §3.3"),
        100,
    ),
    "club_after_six_months": Target(
        _l("In a club or weekly activity with Dutch residents"),
        "percent",
        True,
        75,
        _l("Thuis in Dalfsen action plan 2017-2018, §4.4 and §5"),
        100,
    ),
    "days_to_first_match": Target(
        _l("Days from arrival to a first match (median)"),
        "days",
        False,
        182,
        _l(
            "Half a year, as both 75 % targets are measured half a year after arrival; "
            "the evaluation of 2019 (§1.2.3) measured 7 to 8 months"
        ),
        3650,
    ),
    "matches_per_year": Target(
        _l("Matches started per year"),
        "count",
        True,
        None,
        _l("The plan names the indicator without a number"),
        1_000_000,
    ),
    "taalcoach_waiting": Target(
        _l("Taalcoach waiting list"), "count", False, None, _l("No figure in the sources"), 1_000_000
    ),
    "employers_per_year": Target(
        _l("Employers hosting a taalstage or werkervaringsplek per year"),
        "count",
        True,
        None,
        _l("The plan names the indicator without a number"),
        1_000_000,
    ),
}


def targets_for(gemeente_id: int) -> dict[str, float | None]:
    """The gemeente's targets, the defaults where it set nothing."""
    chosen = dict(
        db.session.execute(
            select(IndicatorTarget.indicator, IndicatorTarget.value).where(IndicatorTarget.gemeente_id == gemeente_id)
        ).all()
    )
    return {key: chosen[key] if key in chosen else target.default for key, target in TARGETS.items()}


def save_targets(user, gemeente, values: dict[str, float | None]) -> list[str]:
    """Store the gemeente's targets (None: no target); returns the keys that changed."""
    unknown = set(values) - set(TARGETS)
    if unknown:
        raise Conflict(_l("This target does not exist."))
    for key, value in values.items():
        if value is not None and not 0 <= value <= TARGETS[key].maximum:
            raise Conflict(_l("A target must be between 0 and %(maximum)s.", maximum=TARGETS[key].maximum))
    rows = {
        row.indicator: row
        for row in db.session.scalars(select(IndicatorTarget).where(IndicatorTarget.gemeente_id == gemeente.id))
    }
    current = {key: rows[key].value if key in rows else target.default for key, target in TARGETS.items()}
    changed = sorted(key for key, value in values.items() if value != current[key])
    for key in changed:
        row = rows.get(key) or IndicatorTarget(gemeente_id=gemeente.id, indicator=key)
        row.value, row.updated_by_id = values[key], user.id
        db.session.add(row)
    if changed:
        # Which targets changed, not their values: the trail names fields only.
        record("indicator_targets.update", gemeente, gemeente_id=gemeente.id, fields=changed)
        indicator_targets_changed.send(gemeente, fields=changed)
    return changed
