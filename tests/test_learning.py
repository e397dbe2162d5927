"""Decisions become labels; a trained model is promoted only when it does not rank worse than the active one."""

from __future__ import annotations

import factories as f
import pytest

from webapp.extensions import db
from webapp.matches import learning, ranking, services, suggestions
from webapp.matches.lifecycle import Role
from webapp.matches.models import ModelVersion, Suggestion
from webapp.organisations.models import Organisation


@pytest.fixture
def decisions(app, monkeypatch):
    """Forty decided matches: people who wrote about football took the football offers, others declined."""
    monkeypatch.setitem(app.config, "MIN_LABELS", 20)
    g = f.gemeente()
    club = f.organisation(g)
    coordinator = services.Actor(f.user("coordinator", gemeente=g), Role.COORDINATOR)
    provider = services.Actor(f.user("provider", organisation=club), Role.PROVIDER)
    football = [
        f.offer(club, title=f"Voetbal {i}", description="Voetballen op zaterdag", capacity=30) for i in range(2)
    ]
    sewing = [
        f.offer(club, title=f"Naaien {i}", type="cultuur", description="Kleding naaien", capacity=30) for i in range(2)
    ]
    for i in range(20):
        likes_football = i % 2 == 0
        person = f.newcomer(g, interests="voetbal" if likes_football else "naaien")
        for offer in football + sewing:
            fits = (offer in football) == likes_football
            match = services.propose(coordinator, person, offer)
            if fits:
                services.approve(coordinator, match, consent_given=True)
                services.accept(provider, match)
            else:
                services.reject(coordinator, match, "not_interested")
        db.session.commit()
    return g


def test_a_decision_is_a_graded_label(decisions):
    grades = sorted({learning.grade(m) for m in learning.labelled_matches()})
    assert grades == [0, 2]


def test_too_few_decisions_keep_the_prior(app, decisions, monkeypatch):
    monkeypatch.setitem(app.config, "MIN_LABELS", 10_000)
    result = learning.retrain()
    assert result["promoted"] is False and "needed" in result["note"]
    assert ranking.engine().version == ranking.PRIOR


def test_a_trained_model_is_compared_before_it_ranks(app, decisions, tmp_path, monkeypatch):
    monkeypatch.setattr(app, "instance_path", str(tmp_path))
    result = learning.retrain()
    version = db.session.query(ModelVersion).one()
    assert version.metrics["candidate"] == result["candidate"]
    assert version.is_active is result["promoted"] is (result["candidate"] >= result["current"])
    assert result["promoted"]  # the decisions are clear: it ranks the held-out people as well as the prior
    assert (tmp_path / version.path).exists()
    assert ranking.engine().version == version.name
    f.offer(db.session.query(Organisation).first(), title="Voetbal nieuw", description="Voetballen")
    suggestions.refresh()  # every suggestion was made by the old model: all are redone
    stored = {s.model_version for s in db.session.query(Suggestion)}
    assert stored == {version.name}


def test_a_worse_model_is_kept_out(app, decisions, tmp_path, monkeypatch):
    monkeypatch.setattr(app, "instance_path", str(tmp_path))
    monkeypatch.setattr(ranking, "holdout_ndcg", lambda ranker, *_: 0.9 if ranker.model is None else 0.1)
    result = learning.retrain()
    assert result["promoted"] is False and not (tmp_path / "models").exists()
    version = db.session.query(ModelVersion).one()
    assert version.is_active is False and "not promoted" in version.note
    assert ranking.engine().version == ranking.PRIOR


def test_retrain_command_says_what_happened(runner, decisions):
    result = runner.invoke(args=["matching", "retrain"])
    assert result.exit_code == 0 and "NDCG@10" in result.output
