"""Adding gemeenten and their kernen (the administrator's work), audited."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from ..audit.service import record
from ..domain import Conflict
from ..extensions import db
from .models import Gemeente, Kern


def create_gemeente(name: str) -> Gemeente:
    name = name.strip()
    taken = db.session.scalar(select(func.count(Gemeente.id)).where(func.lower(Gemeente.name) == name.lower()))
    if taken:
        raise Conflict(_l("A municipality with this name already exists."))
    gemeente = Gemeente(name=name)
    db.session.add(gemeente)
    db.session.flush()
    record("gemeente.create", gemeente, gemeente_id=gemeente.id)
    return gemeente


def add_kern(gemeente: Gemeente, name: str, lat: float, lon: float) -> Kern:
    name = name.strip()
    if any(k.name.lower() == name.lower() for k in gemeente.kernen):
        raise Conflict(_l("This village or town already exists in this municipality."))
    kern = Kern(gemeente=gemeente, name=name, lat=lat, lon=lon)
    db.session.add(kern)
    record("kern.create", kern)
    return kern
