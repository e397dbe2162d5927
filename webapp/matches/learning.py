"""Learning from decisions: every match outcome is a label, and a model is promoted only when it wins.

The label of a pair is how far its match got: rejected or declined 0,
approved or accepted 2, started 3, completed (or on to work or study) 4; a
proposal nobody decided yet teaches nothing. ``flask matching retrain`` (or the
same job) trains on the labels of four in five newcomers, compares the new
model with the active one on the fifth it never saw (NDCG@10 over each
newcomer's decided offers), and promotes it only when it is not worse. Until
`MIN_LABELS` decisions exist, the rule prior keeps ranking.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from flask import current_app
from sqlalchemy import select, update
from sqlalchemy.orm import selectinload

from .. import jobs
from ..extensions import db
from ..newcomers.models import Newcomer
from ..offers.models import Offer
from ..timeutil import utcnow
from . import ranking
from .lifecycle import MatchStatus
from .models import Match, ModelVersion

#: Decisions needed before a trained model is even tried.
MIN_LABELS = 200
#: One newcomer in this many is held out for the comparison.
HOLDOUT_EVERY = 5
_GRADES = {
    MatchStatus.REJECTED: 0,
    MatchStatus.DECLINED: 0,
    MatchStatus.APPROVED: 2,
    MatchStatus.ACCEPTED: 2,
    MatchStatus.STARTED: 3,
}


def grade(match: Match) -> int | None:
    """The label of one match (see the module docstring); None while it is undecided."""
    if match.status == MatchStatus.ENDED:
        if match.started_dt is None:
            return 0  # a no-show before the start
        return 4 if match.reason_code in ("completed", "work_or_study") else 3
    return _GRADES.get(MatchStatus(match.status))


def labelled_matches() -> list[Match]:
    return list(
        db.session.scalars(
            select(Match)
            .join(Newcomer, Match.newcomer_id == Newcomer.id)
            .where(Newcomer.erased_dt.is_(None), Match.status != MatchStatus.PROPOSED)
            .options(
                selectinload(Match.newcomer).selectinload(Newcomer.kern),
                selectinload(Match.newcomer).selectinload(Newcomer.gemeente),
                selectinload(Match.offer).selectinload(Offer.kern),
                selectinload(Match.offer).selectinload(Offer.organisation),
            )
        )
    )


def _held_out(newcomer_id: int) -> bool:
    return int(hashlib.sha256(str(newcomer_id).encode()).hexdigest(), 16) % HOLDOUT_EVERY == 0


def retrain() -> dict:
    """Train, compare, maybe promote; returns what happened (also stored with the version)."""
    matches = [m for m in labelled_matches() if grade(m) is not None]
    if len(matches) < current_app.config.get("MIN_LABELS", MIN_LABELS):
        return {
            "promoted": False,
            "labels": len(matches),
            "note": f"{len(matches)} decisions so far; at least {MIN_LABELS} are needed to train",
        }
    train = [m for m in matches if not _held_out(m.newcomer_id)]
    test = [m for m in matches if _held_out(m.newcomer_id)]
    current, current_name = ranking.load_ranker(ranking.active_version())
    candidate = ranking.train(train, grade)
    scores = {
        "candidate": ranking.holdout_ndcg(candidate, test, grade),
        "current": ranking.holdout_ndcg(current, test, grade),
    }
    name = f"decisions-{utcnow():%Y%m%d-%H%M%S}"
    promoted = scores["candidate"] >= scores["current"]
    path = None
    if promoted:
        folder = Path(current_app.instance_path) / "models"
        folder.mkdir(parents=True, exist_ok=True)
        path = f"models/{name}.joblib"
        ranking.save_model(candidate, Path(current_app.instance_path) / path, scores)
        db.session.execute(update(ModelVersion).values(is_active=False))
    note = f"held-out NDCG@10 {scores['candidate']:.3f} vs {scores['current']:.3f} for {current_name}; " + (
        "promoted" if promoted else "not promoted: worse than the active model"
    )
    db.session.add(
        ModelVersion(
            name=name,
            is_active=promoted,
            n_labels=len(train),
            path=path,
            metrics={**scores, "train": len(train), "test": len(test)},
            note=note,
        )
    )
    db.session.commit()
    if promoted:  # every stored suggestion is now stale (another model); recompute them
        jobs.enqueue("webapp.matches.suggestions.refresh")
    return {"promoted": promoted, "labels": len(matches), "version": name, "note": note, **scores}
