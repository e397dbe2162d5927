"""The web app's one door to ``matching/``: rows become records, and a warm index answers.

Only ``webapp/matches/`` imports ``matching`` (a test enforces it), and in
it only this module. It keeps one
:class:`Engine` per process: the active ranker, an index of every open offer
and of every newcomer profile. It is built once (about a second for 10,000
offers, less from the saved index in the instance folder) and then kept in
step with the database by a watermark on ``updated_dt``: each job first
loads the rows changed since, and updates only those in the index. So a
worker answers a profile change in milliseconds, whatever process made it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from flask import current_app
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

import matching
from matching.evaluate import metrics_for

from ..extensions import db
from ..gemeenten.models import Kern
from ..newcomers.models import Newcomer
from ..offers.models import Offer, OfferStatus
from ..timeutil import utcnow
from .lifecycle import OPEN
from .models import Match, ModelVersion

#: The name of the rule prior, the ranker until a trained model is promoted.
PRIOR = "prior"
#: Rows changed this long before the watermark are read again: clocks of two processes may differ.
CLOCK_SLACK = timedelta(seconds=5)


@dataclass(frozen=True)
class Pair:
    """One scored pair, ready for the ``suggestions`` table."""

    newcomer_id: int
    offer_id: int
    score: float
    reasons: list


def offer_record(offer: Offer) -> matching.Offer:
    """An offer as the ranker sees it: the places left are its capacity (0 = never suggested)."""
    kern = offer.kern
    return matching.Offer.from_dict(
        {
            "id": str(offer.id),
            "type": offer.type,
            "title": offer.title,
            "description": offer.description or "",
            "tags": list(offer.tags or []),
            "organisation": offer.organisation.name if offer.organisation else None,
            "kern": kern.name if kern else None,
            "gemeente": kern.gemeente.name if kern else None,
            "lat": offer.lat if offer.lat is not None else (kern.lat if kern else None),
            "lon": offer.lon if offer.lon is not None else (kern.lon if kern else None),
            "schedule": list(offer.schedule or []),
            "min_dutch_level": offer.min_dutch_level,
            "host_languages": list(offer.host_languages or []),
            "capacity": offer.places_left,
            "women_only": bool(offer.women_only),
            "age_min": offer.age_min,
            "age_max": offer.age_max,
            "childcare": bool(offer.childcare),
            "cost_eur": float(offer.cost_eur or 0),
            "language_rich": bool(offer.language_rich),
        }
    )


def profile_record(newcomer: Newcomer) -> matching.Profile:
    kern = newcomer.kern
    return matching.Profile.from_dict(
        {
            "id": str(newcomer.id),
            "languages": list(newcomer.languages or []),
            "dutch_level": newcomer.dutch_level,
            "interests": newcomer.interests or "",
            "profession": newcomer.profession or "",
            "wants": list(newcomer.wants or []),
            "goals": list(newcomer.goals or []),
            "availability": list(newcomer.availability or []),
            "kern": kern.name if kern else None,
            "gemeente": newcomer.gemeente.name,
            "lat": kern.lat if kern else None,
            "lon": kern.lon if kern else None,
            "max_km": newcomer.max_km,
            "mobility": list(newcomer.mobility or []),
            "gender": newcomer.gender,
            "birth_year": newcomer.birth_year,
            "needs_childcare": newcomer.needs_childcare,
        }
    )


def _rankable_offer(offer: Offer) -> bool:
    return offer.status == OfferStatus.PUBLISHED and offer.places_left > 0


def _rankable_newcomer(newcomer: Newcomer) -> bool:
    return newcomer.erased_dt is None


def concept_label(concept_id: str, lang: str) -> str:
    """A concept's name in the reader's language ("voetbal", "كرة القدم"), for reasons and search."""
    return matching.concept_label(concept_id, lang)


def travel_km(newcomer: Newcomer, offer: Offer) -> float | None:
    """Straight-line distance between where they live and where it happens, when both are known."""
    here, there = newcomer.kern, offer.kern
    if here is None or there is None:
        return None
    lat = offer.lat if offer.lat is not None else there.lat
    lon = offer.lon if offer.lon is not None else there.lon
    return float(matching.haversine_km(here.lat, here.lon, lat, lon))


def reach_km(mobility) -> float:
    """How far this person can travel by their means (the ranker's own table)."""
    return matching.travel_reach_km(mobility or ())


def assign(scores, allowed, capacity, newcomer_ids, offer_ids) -> list[tuple[int, int, float]]:
    """(newcomer id, offer id, score) for everyone who gets a place, places never overbooked."""
    found = matching.assign_scores(scores, allowed, capacity, list(newcomer_ids), list(offer_ids))
    return [(a.profile, a.offer, a.score) for a in found if a.offer is not None]


def _open_counts(offer_ids=None) -> dict[int, int]:
    """Undecided matches per offer (proposed or approved): the fair spread's "open suggestions"."""
    query = select(Match.offer_id, func.count(Match.id)).where(Match.status.in_(list(OPEN))).group_by(Match.offer_id)
    if offer_ids is not None:
        query = query.where(Match.offer_id.in_(offer_ids))
    return dict(db.session.execute(query).all())


class Engine:
    """The active ranker with a warm index of offers and profiles (see the module docstring).

    It also knows each list's *floor*: the score at which a newcomer's list of
    offers, or an offer's list of candidates, was cut. A refresh of one side
    adds the pairs that now beat the other side's floor (`matching.pairs`).
    """

    def __init__(self, ranker, version: str):
        self.ranker = ranker
        self.version = version
        self.offers = None
        self.profiles = None
        self.floors: matching.Floors | None = None
        self.watermark: datetime | None = None
        self.lock = threading.RLock()

    # -- keeping in step with the database --------------------------------------

    def rebuild(self) -> None:
        """Read every open offer and every profile again."""
        with self.lock:
            started = utcnow()
            offers = _load(
                select(Offer)
                .where(Offer.status == OfferStatus.PUBLISHED, Offer.places_taken < Offer.capacity)
                .options(selectinload(Offer.kern).selectinload(Kern.gemeente), selectinload(Offer.organisation))
            )
            counts = _open_counts()
            self.offers = self.ranker.index(
                [offer_record(o) for o in offers], open_suggestions=[counts.get(o.id, 0) for o in offers]
            )
            self.profiles = self.ranker.profile_index(
                [
                    profile_record(n)
                    for n in _load(
                        select(Newcomer)
                        .where(Newcomer.erased_dt.is_(None))
                        .options(selectinload(Newcomer.kern), selectinload(Newcomer.gemeente))
                    )
                ]
            )
            self.floors = None
            self.watermark = started
            self._save()

    def sync(self) -> None:
        """Load what changed since the watermark; build or load the index the first time."""
        with self.lock:
            if self.offers is None and not self._load_saved():
                self.rebuild()
                return
            since = self.watermark - CLOCK_SLACK
            started = utcnow()
            changed = _load(
                select(Offer)
                .where(Offer.updated_dt >= since)
                .options(selectinload(Offer.kern).selectinload(Kern.gemeente), selectinload(Offer.organisation))
            )
            touched = set(db.session.scalars(select(Match.offer_id).where(Match.updated_dt >= since)))
            counts = _open_counts(touched | {o.id for o in changed})
            for offer in changed:
                if _rankable_offer(offer):
                    self.offers.upsert(offer_record(offer), open_suggestions=counts.get(offer.id, 0))
                else:
                    self.offers.remove(str(offer.id))
            for offer_id in touched - {o.id for o in changed}:
                self.offers.set_open_suggestions(str(offer_id), counts.get(offer_id, 0))
            for newcomer in _load(
                select(Newcomer)
                .where(Newcomer.updated_dt >= since)
                .options(selectinload(Newcomer.kern), selectinload(Newcomer.gemeente))
            ):
                if _rankable_newcomer(newcomer):
                    self.profiles.upsert(profile_record(newcomer))
                else:
                    self.profiles.remove(str(newcomer.id))
            self.watermark = started

    def _index_dir(self) -> Path:
        return Path(
            current_app.config.get("SUGGESTION_INDEX_DIR") or Path(current_app.instance_path) / "suggestion-index"
        )

    def _save(self) -> None:
        folder = self._index_dir()
        folder.mkdir(parents=True, exist_ok=True)
        matching.save_index(self.offers, folder / "offers.npz")
        matching.save_index(self.profiles, folder / "profiles.npz")
        (folder / "watermark").write_text(f"{self.version}\n{self.watermark.isoformat()}\n")

    def _load_saved(self) -> bool:
        """Start from the saved index when this model made it; `sync` then catches it up."""
        folder = self._index_dir()
        try:
            version, stamp = (folder / "watermark").read_text().split()
            if version != self.version:
                return False
            self.offers = matching.load_index(folder / "offers.npz")
            self.profiles = matching.load_index(folder / "profiles.npz")
            self.watermark = datetime.fromisoformat(stamp)
        except (OSError, ValueError, matching.ModelError):
            self.offers = self.profiles = None
            return False
        return True

    # -- scoring ----------------------------------------------------------------

    def pairs_for_newcomer(self, newcomer_id: int, top: int, matched_offers: set[int]) -> list[Pair]:
        with self.lock:
            key = str(newcomer_id)
            found = matching.pairs_for_profile(
                self.ranker,
                key,
                self.profiles,
                self.offers,
                top=top,
                offer_floors=self.floors.offers if self.floors else None,
                exclude={str(o) for o in matched_offers},
            )
            if self.floors is not None:
                self.floors.profiles[key] = _cut(found[:top], top)
            return [_pair(p) for p in found]

    def pairs_for_offer(self, offer_id: int, top: int, matched_newcomers: set[int]) -> list[Pair]:
        with self.lock:
            key = str(offer_id)
            found = matching.pairs_for_offer(
                self.ranker,
                key,
                self.offers,
                self.profiles,
                top=top,
                profile_floors=self.floors.profiles if self.floors else None,
                exclude={str(n) for n in matched_newcomers},
            )
            if self.floors is not None:
                self.floors.offers[key] = _cut(found[:top], top)
            return [_pair(p) for p in found]

    def all_pairs(self, per_newcomer: int, per_offer: int, exclude: set[tuple[int, int]]) -> list[Pair]:
        with self.lock:
            found, self.floors = matching.all_pairs(
                self.ranker,
                self.profiles,
                self.offers,
                per_profile=per_newcomer,
                per_offer=per_offer,
                exclude={(str(n), str(o)) for n, o in exclude},
            )
            return [_pair(p) for p in found]

    def know_floors(self, newcomers: dict[int, float], offers: dict[int, float]) -> None:
        """Floors read back from the stored suggestions, for a worker that did not compute them."""
        self.floors = matching.Floors({str(k): v for k, v in newcomers.items()}, {str(k): v for k, v in offers.items()})


def _cut(own: list, top: int) -> float:
    return own[-1].score if len(own) >= top else float("-inf")


def _pair(found) -> Pair:
    return Pair(int(found.profile), int(found.offer), float(found.score), [r.to_dict() for r in found.reasons])


def _load(query):
    return db.session.scalars(query).all()


def active_version() -> ModelVersion | None:
    return db.session.scalar(select(ModelVersion).where(ModelVersion.is_active.is_(True)))


def load_ranker(version: ModelVersion | None):
    """The ranker of a model version; the rule prior when there is none (or its file is gone)."""
    if version is None or version.path is None:
        return matching.Ranker(), PRIOR
    try:
        return matching.load(Path(current_app.instance_path) / version.path), version.name
    except (OSError, matching.ModelError):
        current_app.logger.exception("Model %s cannot be loaded; ranking with the prior", version.name)
        return matching.Ranker(), PRIOR


def engine() -> Engine:
    """This process's engine for the active model; a new one when another model was promoted."""
    engines = current_app.extensions.setdefault("meedoen_engines", {})
    version = active_version()
    name = version.name if version is not None else PRIOR
    if name not in engines:
        engines.clear()
        ranker, name = load_ranker(version)
        engines[name] = Engine(ranker, name)
    return engines[name]


# -- learning from decisions (see `webapp.matches.learning`) ---------------------------


def _training_records(matches, grade):
    """Profiles, offers and labels of decided matches; a full offer still teaches (capacity kept)."""
    profiles = {m.newcomer_id: profile_record(m.newcomer) for m in matches}
    offers = {}
    for m in matches:
        if m.offer_id not in offers:
            record = offer_record(m.offer).to_dict()
            record["capacity"] = max(1, m.offer.capacity or 1)
            offers[m.offer_id] = matching.Offer.from_dict(record)
    labels = [matching.Label(str(m.newcomer_id), str(m.offer_id), grade(m)) for m in matches]
    return profiles, offers, labels


def train(matches, grade):
    """A ranker fitted on the decisions; the blend weight follows the number of labels."""
    profiles, offers, labels = _training_records(matches, grade)
    return matching.Ranker().fit(list(profiles.values()), list(offers.values()), labels)


def holdout_ndcg(ranker, matches, grade) -> float:
    """Mean NDCG@10 over each held-out newcomer's decided offers, ranked by ``ranker``."""
    profiles, offers, labels = _training_records(matches, grade)
    by_newcomer: dict[str, dict[str, int]] = {}
    for label in labels:
        by_newcomer.setdefault(label.profile, {})[label.offer] = label.grade
    values = []
    for newcomer_id, grades in by_newcomer.items():
        index = ranker.index([offers[int(o)] for o in grades])
        ranked = [s.id for s in ranker.rank(profiles[int(newcomer_id)], index, top=len(grades), reasons=False)]
        ranked += [o for o in grades if o not in ranked]  # a pair the ranker forbids ranks last
        values.append(metrics_for([grades[o] for o in ranked], list(grades.values()))["ndcg@10"])
    return float(sum(values) / len(values)) if values else 0.0


def save_model(ranker, path: Path, metrics: dict) -> None:
    matching.save(ranker, path, metrics=metrics, note="trained on coordinators' decisions")
