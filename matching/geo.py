"""Where people and offers are: a small gazetteer of the demo kernen and vectorised distances.

Most profiles and offers name a kern rather than give coordinates, so the
ranker needs the kernen's positions to weigh travel. The gazetteer is data
(``matching/data/gazetteer.json``) and is passed in (`Gazetteer`), so a
gemeente elsewhere brings its own; an explicit ``lat``/``lon`` on a record
always wins over its kern.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import MappingProxyType

import numpy as np

EARTH_RADIUS_KM = 6371.0088


def _key(name: str | None) -> str:
    return " ".join((name or "").lower().replace("gemeente", " ").split())


#: How well a position is known, best last. Only `EXACT` and `KERN` are good
#: enough for the hard ``max_km`` limit; a `SEAT` is a guess (the gemeente's
#: town hall standing in for an unknown or misspelled kern).
UNKNOWN, SEAT, KERN, EXACT = 0, 1, 2, 3
PRECISION_NAMES = {UNKNOWN: "unknown", SEAT: "gemeente_seat", KERN: "kern", EXACT: "exact"}


@dataclass(frozen=True)
class Gazetteer:
    """Where kernen are, and which kern stands for a gemeente when only the gemeente is known.

    Parameters
    ----------
    kernen : mapping of str to (float, float)
        Lower-case kern name -> (latitude, longitude).
    gemeente_seats : mapping of str to str
        Lower-case gemeente name -> the kern of its town hall.
    """

    kernen: Mapping[str, tuple[float, float]]
    gemeente_seats: Mapping[str, str]

    def position(self, lat=None, lon=None, kern=None, gemeente=None) -> tuple[float, float, int]:
        """Position of a record and how well it is known: ``(lat, lon, precision)``.

        ``precision`` is `EXACT` for the record's own coordinates, `KERN` for a
        known kern, `SEAT` when only the gemeente's seat could stand in (the kern
        is missing, unknown or misspelled) and `UNKNOWN` with ``(nan, nan)``.
        """
        if lat is not None and lon is not None:
            return float(lat), float(lon), EXACT
        name = _key(kern)
        if name in self.kernen:
            return (*self.kernen[name], KERN)
        seat = self.gemeente_seats.get(_key(gemeente), "")
        if seat in self.kernen:
            return (*self.kernen[seat], SEAT)
        return float("nan"), float("nan"), UNKNOWN

    @staticmethod
    def gemeente_key(gemeente) -> str:
        """A gemeente's name as compared ("Gemeente Aa en Hunze" and "aa en hunze" are one)."""
        return _key(gemeente)

    def table(self) -> dict:
        """JSON-ready content, for the hash of what an index was built with."""
        return {"kernen": {k: list(v) for k, v in self.kernen.items()}, "gemeente_seats": dict(self.gemeente_seats)}


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The demo gemeenten and nearby cities, from ``matching/data/gazetteer.json``."""
    raw = json.loads(resources.files("matching").joinpath("data/gazetteer.json").read_text("utf-8"))
    kernen = {name: (float(lat), float(lon)) for name, (lat, lon) in raw["kernen"].items()}
    return Gazetteer(MappingProxyType(kernen), MappingProxyType(dict(raw["gemeente_seats"])))


#: The default gazetteer's kernen (lower-case name -> (lat, lon)).
KERNEN = default_gazetteer().kernen


def position(lat=None, lon=None, kern=None, gemeente=None) -> tuple[float, float, int]:
    """`Gazetteer.position` on the default gazetteer."""
    return default_gazetteer().position(lat, lon, kern, gemeente)


def locate(lat=None, lon=None, kern=None, gemeente=None) -> tuple[float, float]:
    """Position of a record: its own coordinates, else its kern, else its gemeente's seat.

    The gemeente's seat is only a guess; use `position` to know whether the
    result may be used for a hard limit.

    Returns
    -------
    (lat, lon) : tuple of float
        ``(nan, nan)`` when nothing is known, so distances become unknown rather
        than wrong.
    """
    return position(lat, lon, kern, gemeente)[:2]


def reliable(precision) -> np.ndarray:
    """True where a position is good enough for a hard limit (exact or a known kern)."""
    return np.asarray(precision) >= KERN


def haversine_km(lat1, lon1, lat2, lon2) -> np.ndarray:
    """Great-circle distance in km; broadcasts, and NaN in gives NaN out.

    Why great-circle and not road distance: within a gemeente the ratio between
    the two is nearly constant, and the ranker only needs an ordering and a
    limit check, without a routing service.
    """
    lat1, lon1, lat2, lon2 = (np.radians(np.asarray(a, dtype=np.float64)) for a in (lat1, lon1, lat2, lon2))
    a = np.sin((lat2 - lat1) / 2.0) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2.0) ** 2
    return 2.0 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))
