"""Where people and offers are: a small gazetteer of the demo kernen and vectorised distances.

Most profiles and offers name a kern rather than give coordinates, so the
ranker needs the kernen's positions to weigh travel. Coordinates are the
village centres (rounded to about 100 m); an explicit ``lat``/``lon`` on a
record always wins over its kern.
"""

from __future__ import annotations

import numpy as np

#: Village and town centres, (latitude, longitude) in WGS84.
KERNEN = {
    # gemeente Dalfsen
    "dalfsen": (52.5060, 6.2580),
    "nieuwleusen": (52.5817, 6.2817),
    "lemelerveld": (52.4450, 6.3350),
    "hoonhorst": (52.4745, 6.2240),
    # gemeente Nijkerk
    "nijkerk": (52.2200, 5.4860),
    "hoevelaken": (52.1760, 5.4570),
    "nijkerkerveen": (52.1960, 5.4680),
    # gemeente Assen
    "assen": (52.9925, 6.5650),
    # gemeente Aa en Hunze
    "gieten": (53.0060, 6.7630),
    "rolde": (52.9840, 6.6490),
    "gasselte": (52.9730, 6.7970),
    "annen": (53.0570, 6.7200),
    # gemeente Tynaarlo
    "vries": (53.0740, 6.5790),
    "zuidlaren": (53.0940, 6.6810),
    "eelde": (53.1360, 6.5630),
    "paterswolde": (53.1440, 6.5650),
    # nearby cities where many courses and employers are
    "zwolle": (52.5168, 6.0830),
    "amersfoort": (52.1560, 5.3880),
    "groningen": (53.2190, 6.5670),
}

#: The kern that stands for a gemeente when only the gemeente is known:
#: the seat of the town hall, where most offers are.
GEMEENTE_SEATS = {
    "dalfsen": "dalfsen",
    "nijkerk": "nijkerk",
    "assen": "assen",
    "aa en hunze": "gieten",
    "tynaarlo": "vries",
    "zwolle": "zwolle",
    "amersfoort": "amersfoort",
    "groningen": "groningen",
}

EARTH_RADIUS_KM = 6371.0088


def _key(name: str | None) -> str:
    return " ".join((name or "").lower().replace("gemeente", " ").split())


#: How well a position is known, best last. Only `EXACT` and `KERN` are good
#: enough for the hard ``max_km`` limit; a `SEAT` is a guess (the gemeente's
#: town hall standing in for an unknown or misspelled kern).
UNKNOWN, SEAT, KERN, EXACT = 0, 1, 2, 3
PRECISION_NAMES = {UNKNOWN: "unknown", SEAT: "gemeente_seat", KERN: "kern", EXACT: "exact"}


def position(lat=None, lon=None, kern=None, gemeente=None) -> tuple[float, float, int]:
    """Position of a record and how well it is known: ``(lat, lon, precision)``.

    ``precision`` is `EXACT` for the record's own coordinates, `KERN` for a
    known kern, `SEAT` when only the gemeente's seat could stand in (the kern
    is missing, unknown or misspelled) and `UNKNOWN` with ``(nan, nan)``.
    """
    if lat is not None and lon is not None:
        return float(lat), float(lon), EXACT
    name = _key(kern)
    if name in KERNEN:
        return (*KERNEN[name], KERN)
    seat = GEMEENTE_SEATS.get(_key(gemeente), "")
    if seat in KERNEN:
        return (*KERNEN[seat], SEAT)
    return float("nan"), float("nan"), UNKNOWN


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
    lat1, lon1, lat2, lon2 = (np.radians(np.asarray(a, dtype=np.float64))
                              for a in (lat1, lon1, lat2, lon2))
    a = (np.sin((lat2 - lat1) / 2.0) ** 2
         + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2.0) ** 2)
    return 2.0 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))
