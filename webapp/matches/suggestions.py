"""Suggestions kept fresh in the ``suggestions`` table, so no page ever ranks.

When a profile, an offer, its places or the model change, the services send
a signal; the listeners below hand a refresh job to the queue (RQ, or inline
in the embedded default). The job finds what is stale by comparing each
newcomer's and offer's ``updated_dt`` with its last run (``SuggestionRun``),
so it is correct in whichever process it runs and however many changes
came in, and recomputes only those:

* a newcomer: their best offers, plus their pair with every offer whose list
  of best candidates they now enter;
* an offer: its best candidates, plus its pair with every newcomer whose list
  of best offers it now enters.

A full recompute (``flask matching recompute``, a new model, a fresh demo)
does every pair in one pass over the score matrix.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from flask import current_app
from sqlalchemy import delete, func, insert, or_, select
from sqlalchemy.orm import contains_eager

from ..extensions import db
from ..newcomers.models import Newcomer
from ..offers.models import Offer, OfferStatus
from ..signals import match_changed, newcomer_changed, offer_changed, organisation_moderated
from ..timeutil import today
from . import ranking
from .models import Match, Suggestion, SuggestionRun

#: Offers kept per newcomer, and candidates per offer.
PER_NEWCOMER = 30
PER_OFFER = 20
#: Above this share of stale subjects one full recompute is cheaper than many small ones.
FULL_RECOMPUTE_SHARE = 0.3
_INSERT_BATCH = 2000


def request_refresh(*_args, **_kwargs) -> None:
    """Signal receiver: refresh after this transaction commits (once, however many changes)."""
    from .. import jobs

    jobs.after_commit("webapp.matches.suggestions.refresh", job_id="meedoen-refresh-suggestions")


# -- reading ------------------------------------------------------------------


def for_newcomer(newcomer_id: int, limit: int = 10) -> list[Suggestion]:
    """A newcomer's best open offers, best first; offers that closed or filled since are skipped."""
    return list(
        db.session.scalars(
            select(Suggestion)
            .join(Offer, Suggestion.offer_id == Offer.id)
            .where(
                Suggestion.newcomer_id == newcomer_id,
                Offer.status == OfferStatus.PUBLISHED,
                Offer.places_taken < Offer.capacity,
                or_(Suggestion.hidden_until.is_(None), Suggestion.hidden_until <= today()),
            )
            .options(
                contains_eager(Suggestion.offer).selectinload(Offer.kern),
                contains_eager(Suggestion.offer).selectinload(Offer.organisation),
            )
            .order_by(Suggestion.score.desc(), Suggestion.id)
            .limit(limit)
        )
    )


def for_offer(offer_id: int, limit: int = PER_OFFER) -> list[Suggestion]:
    """An offer's best candidates, best first (erased profiles never appear)."""
    return list(
        db.session.scalars(
            select(Suggestion)
            .join(Newcomer, Suggestion.newcomer_id == Newcomer.id)
            .where(Suggestion.offer_id == offer_id, Newcomer.erased_dt.is_(None))
            .options(contains_eager(Suggestion.newcomer).selectinload(Newcomer.kern))
            .order_by(Suggestion.score.desc(), Suggestion.id)
            .limit(limit)
        )
    )


# -- refreshing ---------------------------------------------------------------


def _stale(model, subject_type: str, version: str):
    """Ids and ``updated_dt`` of the subjects whose last run is older than their last change."""
    run = SuggestionRun.__table__.alias("run")
    return db.session.execute(
        select(model.id, model.updated_dt)
        .outerjoin(run, (run.c.subject_type == subject_type) & (run.c.subject_id == model.id))
        .where(or_(run.c.id.is_(None), run.c.source_dt < model.updated_dt, run.c.model_version != version))
    ).all()


def refresh() -> dict:
    """The job: recompute what is stale (see the module docstring); returns what it did."""
    engine = ranking.engine()
    engine.sync()
    if engine.floors is None:
        engine.know_floors(
            _stored_floors(Suggestion.newcomer_id, PER_NEWCOMER), _stored_floors(Suggestion.offer_id, PER_OFFER)
        )
    stale_newcomers = _stale(Newcomer, "newcomer", engine.version)
    stale_offers = _stale(Offer, "offer", engine.version)
    total = db.session.scalar(select(func.count(Newcomer.id))) + db.session.scalar(select(func.count(Offer.id)))
    if total and (len(stale_newcomers) + len(stale_offers)) / total > FULL_RECOMPUTE_SHARE:
        return recompute_all()
    for offer_id, updated in stale_offers:
        _store_subject(
            "offer", offer_id, updated, engine.pairs_for_offer(offer_id, PER_OFFER, _matched_newcomers(offer_id))
        )
    for newcomer_id, updated in stale_newcomers:
        _store_subject(
            "newcomer",
            newcomer_id,
            updated,
            engine.pairs_for_newcomer(newcomer_id, PER_NEWCOMER, _matched_offers(newcomer_id)),
        )
    db.session.commit()
    return {"newcomers": len(stale_newcomers), "offers": len(stale_offers), "full": False}


def _stored_floors(column, size: int) -> dict[int, float]:
    """The score at which each full list is cut now, read from the table (one window query)."""
    ranked = select(
        column.label("subject"),
        Suggestion.score,
        func.row_number().over(partition_by=column, order_by=Suggestion.score.desc()).label("place"),
    ).subquery()
    return dict(
        db.session.execute(
            select(ranked.c.subject, func.min(ranked.c.score))
            .where(ranked.c.place <= size)
            .group_by(ranked.c.subject)
            .having(func.count() >= size)
        ).all()
    )


def _matched_offers(newcomer_id: int) -> set[int]:
    return set(db.session.scalars(select(Match.offer_id).where(Match.newcomer_id == newcomer_id)))


def _matched_newcomers(offer_id: int) -> set[int]:
    return set(db.session.scalars(select(Match.newcomer_id).where(Match.offer_id == offer_id)))


def _store_subject(subject_type: str, subject_id: int, source_dt: datetime, pairs: list) -> None:
    """Replace one subject's rows (keeping "later" answers) and mark it done.

    Every pair of a newcomer's refresh is that newcomer's (and of an offer's,
    that offer's), so deleting the subject's rows first replaces all of them.
    """
    column = Suggestion.newcomer_id if subject_type == "newcomer" else Suggestion.offer_id
    hidden = _hidden_pairs(column == subject_id)
    db.session.execute(delete(Suggestion).where(column == subject_id))
    _insert_pairs(pairs, hidden)
    _mark_run(subject_type, [(subject_id, source_dt)])


def _hidden_pairs(where) -> dict:
    return {
        (n, o): until
        for n, o, until in db.session.execute(
            select(Suggestion.newcomer_id, Suggestion.offer_id, Suggestion.hidden_until).where(
                where, Suggestion.hidden_until > today()
            )
        )
    }


def _insert_pairs(pairs: Iterable, hidden: dict) -> None:
    version = ranking.engine().version
    batch = []
    for pair in pairs:
        batch.append(
            {
                "newcomer_id": pair.newcomer_id,
                "offer_id": pair.offer_id,
                "score": pair.score,
                "reasons": pair.reasons,
                "model_version": version,
                "hidden_until": hidden.get((pair.newcomer_id, pair.offer_id)),
            }
        )
        if len(batch) >= _INSERT_BATCH:
            db.session.execute(insert(Suggestion), batch)
            batch = []
    if batch:
        db.session.execute(insert(Suggestion), batch)


def _mark_run(subject_type: str, subjects: list[tuple[int, datetime]]) -> None:
    version = ranking.engine().version
    ids = [subject_id for subject_id, _ in subjects]
    for start in range(0, len(ids), _INSERT_BATCH):
        db.session.execute(
            delete(SuggestionRun).where(
                SuggestionRun.subject_type == subject_type,
                SuggestionRun.subject_id.in_(ids[start : start + _INSERT_BATCH]),
            )
        )
    rows = [
        {"subject_type": subject_type, "subject_id": i, "source_dt": dt, "model_version": version} for i, dt in subjects
    ]
    for start in range(0, len(rows), _INSERT_BATCH):
        db.session.execute(insert(SuggestionRun), rows[start : start + _INSERT_BATCH])


def recompute_all() -> dict:
    """Every pair again in one pass (see the module docstring)."""
    engine = ranking.engine()
    engine.rebuild()
    newcomers = db.session.execute(select(Newcomer.id, Newcomer.updated_dt)).all()
    offers = db.session.execute(select(Offer.id, Offer.updated_dt)).all()
    matched = {(n, o) for n, o in db.session.execute(select(Match.newcomer_id, Match.offer_id))}
    hidden = _hidden_pairs(Suggestion.id.isnot(None))
    pairs = engine.all_pairs(PER_NEWCOMER, PER_OFFER, exclude=matched)
    db.session.execute(delete(Suggestion))
    _insert_pairs(pairs, hidden)
    db.session.execute(delete(SuggestionRun))
    _mark_run("newcomer", newcomers)
    _mark_run("offer", offers)
    db.session.commit()
    current_app.logger.info("Suggestions recomputed for %d newcomers and %d offers", len(newcomers), len(offers))
    return {"newcomers": len(newcomers), "offers": len(offers), "full": True}


def init_app(app) -> None:
    for signal in (newcomer_changed, offer_changed, organisation_moderated, match_changed):
        signal.connect(request_refresh)
