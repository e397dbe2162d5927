"""The offer side of every pair: what an offer is about, where, when and for whom, one row per offer.

An offer's text mentions much that it is not about: the coffee after
training, the library where it meets, the seniors' team the club also has,
that children may come along. Read as a bag of concepts, a football club
becomes a match for coffee lovers, readers and parents. So an offer is read
by field:

* its **activity**: the title, the tags and the first sentence of the
  description (and the second, when the first names no activity beyond
  the type: "Zonder vrijwilligers geen club! We zoeken mensen voor de
  kantine..."), plus what its type is about whatever the text says (a
  taalcafé is practising Dutch; ``type_concepts`` in
  ``matching/data/reading.json``). These concepts count in full, except
  the village or community house it meets in (``venue_words``), which is
  the activity only of a meeting place, a taalcafé or a job.
* the **rest of the description**: facilities, venue and audience. Its
  concepts count for `BODY_WEIGHT` of a match, enough to tell two offers of
  the same activity apart, never enough to make an offer about them.

Offer text is written by organisations and read without fuzzy matching: a
near-miss in curated Dutch is another word, not a typo. Three cues are read
from the whole text (``offer_cues``): the volunteer comes to the person's
home, children may come along, and (title and first sentence only) the
activity is for children.

`OfferIndex` is incremental (`matching.rows`): `upsert` and `remove` change
one offer's row, so a web worker keeps one index warm.
"""

from __future__ import annotations

import gc
import re
from functools import lru_cache

import numpy as np

from .concepts import concepts_of_words
from .encoding import HOST_LANGUAGES, TYPE_COLUMN, WORK_TYPES, daypart_matrix, optional, reading, tristate, vocabulary
from .geo import Gazetteer, default_gazetteer
from .normalise import words
from .rows import Rows
from .schema import Offer, level_index

#: How much a concept only in the rest of the description counts, against one in the activity.
BODY_WEIGHT = 0.35
#: Narrow activities an offer's activity text may name before each counts for less (`_breadth_scale`).
BREADTH_FREE = 2
#: Ages up to this make an offer one for children, whatever its text says.
CHILD_AGE_MAX = 17
#: The end of the first sentence: its full stop (or ! or ?) and the space after. Searched for
#: rather than split at with a look-behind, which the regex engine cannot scan for quickly.
_SENTENCE_END = re.compile(r"[.!?]\s+")
#: An age range as clubs write it in a title or first sentence: "12-18 jaar", "16 t/m 18 jaar", "55+".
_STATED_AGES = re.compile(r"\b(\d{1,2})\s*(?:-|–|t/m|tot en met)\s*(\d{1,2})\s*(?:jaar|jr)\b|\b(\d{2})\s*\+")
#: Offer types for which the venue is the point (meeting the neighbours there) or the workplace.
_MEETS_AT_VENUE = ("ontmoeting", "taalcafe", *WORK_TYPES)
#: Offer types whose stated ages are those of the children served, not of the person who comes.
_CHILDREN_SERVED = ("gezin", "huiswerkbegeleiding")


def offer_fields(offer: Offer) -> tuple[str, str]:
    """The offer's activity text (title, tags, first sentence) and the rest of its description."""
    description = (offer.description or "").strip()
    first, rest = _first_sentence(description)
    activity = " \n".join(p for p in (offer.title or "", " ".join(offer.tags or ()), first) if p)
    return activity, rest


def _first_sentence(text: str) -> tuple[str, str]:
    """The first sentence of `text` (with its full stop) and the rest."""
    end = _SENTENCE_END.search(text)
    return (text, "") if end is None else (text[: end.start() + 1], text[end.end() :])


def _names_activity(found: dict, type_concepts: dict, audience) -> bool:
    """Whether concepts read from an offer's activity text name an activity beyond its type and audience."""
    vocab = vocabulary()
    return any(
        conf >= 0.9
        and cid not in type_concepts
        and cid not in audience
        and cid in vocab.index
        and not vocab.broad[vocab.index[cid]]
        for cid, conf in found.items()
    )


def _breadth_scale(found: dict, type_concepts: dict) -> float:
    """How much each activity of an offer counts: less when its activity names many (`BREADTH_FREE`).

    A kringloop whose first sentence lists the shop, the warehouse, the
    electrics department and the van is about each of them only in part; a
    person who wants any one of them is better served by an offer about that
    one. Counted are the narrow concepts (not "work" or "sport") the text
    names with confidence, beyond what the offer's type is about.
    """
    vocab = vocabulary()
    narrow = sum(
        1
        for cid, conf in found.items()
        if conf >= 0.9 and cid not in type_concepts and cid in vocab.index and not vocab.broad[vocab.index[cid]]
    )
    return min(1.0, (BREADTH_FREE / narrow) ** 0.5) if narrow > BREADTH_FREE else 1.0


def stated_ages(offer: Offer, activity_text: str) -> tuple[float, float]:
    """The age range the offer's title or first sentence states (NaN: none), when its fields give none.

    "Voetbal voor kinderen (6-11 jaar)" or "Walking football 55+" say for whom
    an offer is as clearly as ``age_min``/``age_max``, but an organisation
    often leaves the fields empty. Ages a family or homework service names
    are the children's, not the participant's. A soft feature only: the hard
    age limits remain the fields'.
    """
    if offer.age_min is not None or offer.age_max is not None or offer.type in _CHILDREN_SERVED:
        return np.nan, np.nan
    lowered = activity_text.lower()
    if "jaar" not in lowered and "jr" not in lowered and "+" not in lowered:
        return np.nan, np.nan
    match = _STATED_AGES.search(lowered)
    if match is None:
        return np.nan, np.nan
    if match.group(3):
        return float(match.group(3)), np.nan
    low, high = sorted((float(match.group(1)), float(match.group(2))))
    return low, high


@lru_cache(maxsize=1024)
def _body_weight(conf: float) -> float:
    """What a concept only in the rest of the description counts: `BODY_WEIGHT` of its confidence.

    Cached: confidences come from a few steps and parent levels, and a description names about
    ten concepts.
    """
    return round(BODY_WEIGHT * conf, 4)


def read_offer(offer: Offer) -> dict:
    """What an offer is about: concepts by field and the cues of ``reading.json``.

    Returns
    -------
    dict
        ``concepts`` (weighted: activity and type in full, the rest at
        `BODY_WEIGHT`), ``activity`` (activity and type only), and the flags
        ``home_visit``, ``children_welcome`` and ``for_children``.
    """
    rules = reading()
    activity_text, rest = offer_fields(offer)
    only = rules["type_only_concepts"]
    kind = offer.type
    # Each field is normalised and split once; concepts and cues read the same words.
    activity_words, rest_words, second_words = words(activity_text), words(rest), []
    venues = rules["venue_words"]
    if kind not in _MEETS_AT_VENUE and not venues.isdisjoint(activity_words):
        # Where it meets is no activity: a theatre club in the village house is not about the neighbourhood.
        rest_words = [w for w in activity_words if w in venues] + rest_words
        activity_words = [w for w in activity_words if w not in venues]
    activity = dict(rules["type_concepts"][kind])
    # A concept listed in `type_only_concepts` counts only for the offer types listed with it.
    found = {
        cid: conf
        for cid, conf in concepts_of_words(activity_words, fuzzy=False).items()
        if (types := only.get(cid)) is None or kind in types
    }
    if rest and not _names_activity(found, activity, rules["audience_concepts"]):
        # "Zonder vrijwilligers geen club! We zoeken mensen voor de kantine...": an opening
        # that names no activity is no description of one; the next sentence is.
        # Who it is for and the ages stay those of the title and the opening.
        second, rest = _first_sentence(rest)
        second_words, rest_words = words(second), words(rest)
        # Read alone and merged: a sentence's full stop ends every phrase anyway.
        for cid, conf in concepts_of_words(second_words, fuzzy=False).items():
            if ((types := only.get(cid)) is None or kind in types) and conf > found.get(cid, 0.0):
                found[cid] = conf
    scale = _breadth_scale(found, activity)
    for cid, conf in found.items():
        activity[cid] = max(activity.get(cid, 0.0), round(conf * scale, 4))
    weighted = dict(activity)
    for cid, conf in concepts_of_words(rest_words, fuzzy=False).items():
        if (types := only.get(cid)) is None or kind in types:
            weighted[cid] = max(weighted.get(cid, 0.0), _body_weight(conf))
    cues = rules["offer_cues"]
    all_words = activity_words + second_words + rest_words
    present = set(all_words)
    low, high = stated_ages(offer, activity_text)
    age_max = offer.age_max if offer.age_max is not None else high
    for_children = offer.type not in WORK_TYPES and (
        cues["for_children"].found_in(activity_words) or bool(age_max <= CHILD_AGE_MAX)
    )
    return {
        "stated_age_min": low,
        "stated_age_max": high,
        "concepts": weighted,
        "activity": activity,
        "home_visit": cues["home_visit"].found_in(all_words, present),
        "children_welcome": cues["children_welcome"].found_in(all_words, present),
        "for_children": bool(for_children),
    }


def _open_counts(offers, open_suggestions) -> np.ndarray:
    if open_suggestions is None:
        open_suggestions = [
            o.extra.get("open_suggestions", 0) if isinstance(o.extra.get("open_suggestions", 0), int | float) else 0
            for o in offers
        ]
    return np.asarray(open_suggestions, dtype=np.float64).reshape(len(offers))


def _host_language_matrix(offers) -> np.ndarray:
    col = {code: i for i, code in enumerate(HOST_LANGUAGES)}
    out = np.zeros((len(offers), len(HOST_LANGUAGES)), dtype=np.float32)
    for i, offer in enumerate(offers):
        for code in offer.host_languages or ():
            if code in col:
                out[i, col[code]] = 1.0
    return out


def _read_offers(offers: list) -> list[dict]:
    """`read_offer` of every offer, with Python's cyclic garbage collector paused meanwhile.

    Reading 10,000 offers makes some hundred thousand lists, tuples and
    dicts that live on (word readings, concept dicts), none in a reference
    cycle: the collector ran about 160 times over them, a full pass
    included, and freed nothing (0.08-0.12 s of a cold index of 10,000
    offers). It is switched back on afterwards, also after an error, unless
    it was off before.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        return [read_offer(o) for o in offers]
    finally:
        if enabled:
            gc.enable()


def _offer_columns(offers: list, open_suggestions, gazetteer: Gazetteer) -> dict:
    """Every `OfferIndex` array for `offers`, one row each."""
    vocab = vocabulary()
    n = len(offers)
    read = _read_offers(offers)
    concepts = vocab.matrix([r["concepts"] for r in read])
    activity = vocab.matrix([r["activity"] for r in read])
    types = np.array([TYPE_COLUMN[o.type] for o in offers], dtype=np.int16)
    type_onehot = np.zeros((n, len(TYPE_COLUMN)), dtype=np.float32)
    type_onehot[np.arange(n), types] = 1.0
    schedule = daypart_matrix([o.schedule for o in offers])
    pos = np.array([gazetteer.position(o.lat, o.lon, o.kern, o.gemeente) for o in offers], dtype=np.float64)
    pos = pos.reshape(n, 3)
    sectors = (
        np.minimum(np.asarray(activity @ vocab.concept_sectors, dtype=np.float32), 1.0)
        if vocab.sectors
        else np.zeros((n, 0), np.float32)
    )
    return {
        "concepts": concepts,
        "activity": activity,
        # An offer's sectors are those of its activity: a "kapsalon" taalstage
        # is in the hairdressing sector without anyone tagging it so.
        "sectors": sectors,
        "type": types,
        "type_onehot": type_onehot,
        "is_work": np.isin(types, [TYPE_COLUMN[t] for t in WORK_TYPES]),
        "home_visit": np.array([r["home_visit"] for r in read], dtype=bool),
        "children_welcome": np.array([r["children_welcome"] for r in read], dtype=bool),
        "for_children": np.array([r["for_children"] for r in read], dtype=bool),
        "gemeente": np.array([gazetteer.gemeente_key(o.gemeente) for o in offers], dtype="<U40"),
        "schedule": schedule,
        "schedule_count": schedule.sum(axis=1),
        "lat": pos[:, 0].copy(),
        "lon": pos[:, 1].copy(),
        "precision": pos[:, 2].astype(np.int8),
        "min_level": optional([level_index(o.min_dutch_level) for o in offers], -1),
        "host_languages": _host_language_matrix(offers),
        "capacity": optional([o.capacity for o in offers]),
        "women_only": np.array([bool(o.women_only) for o in offers], dtype=bool),
        "age_min": optional([o.age_min for o in offers]),
        "age_max": optional([o.age_max for o in offers]),
        "stated_age_min": np.array([r["stated_age_min"] for r in read], dtype=np.float64),
        "stated_age_max": np.array([r["stated_age_max"] for r in read], dtype=np.float64),
        "childcare": tristate([o.childcare for o in offers]),
        "cost": optional([o.cost_eur for o in offers]),
        "language_rich": tristate([o.language_rich for o in offers]),
        "open_suggestions": _open_counts(offers, open_suggestions),
    }


class OfferIndex(Rows):
    """The offer side of every pair feature, one row per offer, kept up to date one offer at a time.

    Parameters
    ----------
    offers : sequence of Offer
        Ids must be unique.
    open_suggestions : array-like of int, optional
        Open (undecided) suggestions per offer, in offer order. When omitted,
        each offer's ``extra["open_suggestions"]`` is used, else 0. Feeds the
        fair-spread re-ranking and the ``open_per_place`` feature.
    gazetteer : Gazetteer, optional
        Where kernen and gemeenten are, for offers without coordinates
        (default: `matching.geo.default_gazetteer`).

    Attributes
    ----------
    ids : list of str
        Offer ids in index order (the order of the arrays).
    position : dict
        Offer id -> row.
    metadata : dict
        Free JSON-ready notes kept with a saved index (`matching.save_index`),
        e.g. up to which change the index is current.

    Notes
    -----
    After any sequence of `upsert`, `remove` and `set_open_suggestions`, every
    array equals that of a fresh ``OfferIndex`` over the same offers in index
    order (a new offer goes last, a replaced one keeps its row, the rows after
    a removed one move up), so ranking gives exactly the same result.
    """

    COLUMNS = (
        "concepts",
        "activity",
        "sectors",
        "type",
        "type_onehot",
        "is_work",
        "home_visit",
        "children_welcome",
        "for_children",
        "gemeente",
        "schedule",
        "schedule_count",
        "lat",
        "lon",
        # How well each position is known (`matching.geo.EXACT` .. `UNKNOWN`):
        # a gemeente-seat guess feeds the soft distance features, never a hard limit.
        "precision",
        "min_level",
        "host_languages",
        "capacity",
        "women_only",
        "age_min",
        "age_max",
        # Ages the title or first sentence states when the fields give none (soft: `stated_ages`).
        "stated_age_min",
        "stated_age_max",
        "childcare",
        "cost",
        "language_rich",
        "open_suggestions",
    )
    RECORD = "offer"

    def __init__(self, offers, open_suggestions=None, gazetteer: Gazetteer | None = None):
        offers = list(offers)
        self.metadata = {}
        self.gazetteer = gazetteer or default_gazetteer()
        self._set_rows([o.id for o in offers], _offer_columns(offers, open_suggestions, self.gazetteer))

    def upsert(self, offer, open_suggestions=None) -> None:
        """Add `offer`, or replace the offer with its id in place.

        Parameters
        ----------
        offer : Offer
        open_suggestions : int, optional
            Its open suggestions; when omitted, as in the constructor:
            ``offer.extra["open_suggestions"]``, else 0.
        """
        counts = None if open_suggestions is None else [open_suggestions]
        self._put(offer.id, _offer_columns([offer], counts, self.gazetteer))

    def set_open_suggestions(self, offer_id: str, count) -> bool:
        """Change one offer's open-suggestion count (fair spread); False for an unknown id."""
        row = self.position.get(offer_id)
        if row is None:
            return False
        counts = self.open_suggestions.copy()
        counts[row] = count
        self.open_suggestions = counts
        return True
