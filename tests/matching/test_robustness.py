"""Robustness: exact assignment, hostile input files, crafted model files."""

from __future__ import annotations

import json

import numpy as np
import pytest
from scipy.optimize import linear_sum_assignment

from matching.assign import assign_scores


def _ids(prefix, n):
    return [f"{prefix}{i}" for i in range(n)]


def test_assign_seats_everyone_when_more_people_than_candidates_share_a_top_list():
    n, m = 25, 30
    scores = np.tile(np.linspace(1, 0.5, m), (n, 1))
    result = assign_scores(scores, np.ones((n, m), bool), np.ones(m), _ids("p", n), _ids("o", m))
    chosen = [a.offer for a in result]
    assert None not in chosen
    assert len(set(chosen)) == n  # one place each: never overbooked


def test_assign_matches_the_full_problem_and_respects_places():
    rng = np.random.default_rng(3)
    n, m = 40, 60
    scores = rng.random((n, m))
    allowed = rng.random((n, m)) > 0.3
    capacity = rng.integers(0, 3, m).astype(float)
    capacity[::7] = np.nan
    result = assign_scores(scores, allowed, capacity, _ids("p", n), _ids("o", m), candidates=2)
    used = {}
    for i, a in enumerate(result):
        if a.offer is not None:
            j = int(a.offer[1:])
            assert allowed[i, j]
            used[j] = used.get(j, 0) + 1
    places = np.nan_to_num(capacity, nan=1).astype(int)
    assert all(count <= places[j] for j, count in used.items())
    # Brute force over every place of every offer.
    cols = np.repeat(np.arange(m), places)
    full = np.where(allowed[:, cols], -scores[:, cols], 0.0)
    full = np.hstack([full, np.zeros((n, n))])
    r, c = linear_sum_assignment(full)
    best = -full[r, c].sum()
    assert sum(a.score for a in result) == pytest.approx(best)


def test_assign_with_nothing_allowed():
    result = assign_scores(np.ones((2, 3)), np.zeros((2, 3), bool), np.ones(3), _ids("p", 2), _ids("o", 3))
    assert all(a.offer is None for a in result)


# --- command line helpers ---------------------------------------------------

OFFER = {"id": "o1", "type": "taalcafe", "title": "Koffie en Taal", "capacity": 3, "kern": "Dalfsen"}
PROFILE = {"id": "p1", "interests": "voetbal", "kern": "Dalfsen", "birth_year": 1990}


def _write(path, lines):
    path.write_text(
        "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines), encoding="utf-8"
    )
    return str(path)


def _run(argv, capsys):
    import io

    from matching.cli import main

    out = io.StringIO()
    status = main(argv, out=out)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return status, out.getvalue(), err


def _rank(tmp_path, capsys, offers, profiles):
    o = _write(tmp_path / "offers.jsonl", offers)
    p = _write(tmp_path / "profiles.jsonl", profiles)
    status, out, err = _run(["rank", "--offers", o, "--profiles", p, "--year", "2025"], capsys)
    return status, out, err, o, p


@pytest.mark.parametrize("value", ["NaN", "1e400", "-1", "2.5", '"many"'])
def test_bad_open_suggestions_is_a_field_error(tmp_path, capsys, value):
    line = json.dumps(OFFER)[:-1] + f', "open_suggestions": {value}}}'
    status, out, err, o, _ = _rank(tmp_path, capsys, [line], [PROFILE])
    assert status == 2 and out == ""
    assert f"{o}:1: field 'open_suggestions'" in err


def test_good_open_suggestions_still_rank(tmp_path, capsys):
    status, out, _, _, _ = _rank(tmp_path, capsys, [{**OFFER, "open_suggestions": 5}], [PROFILE])
    assert status == 0
    score = json.loads(out)["ranking"][0]["score"]
    assert 0 <= score <= 1


def test_spread_factor_stays_in_range_for_odd_counts():
    from matching.rerank import spread_factor

    factor = spread_factor([-1, np.nan, np.inf, 1e308, 3], [1, 1, 1, 2, np.nan], 0.1)
    assert np.all(np.isfinite(factor))
    assert np.all((factor >= 0.9) & (factor <= 1.0))


@pytest.mark.parametrize(
    "line, what",
    [
        ('{"id": "o1", "type": "taalcafe", "capacity": ' + "9" * 5000 + "}", "invalid JSON"),
        ("[" * 100000 + "]" * 100000, "invalid JSON"),
        ('{"id": "\\ud800", "type": "taalcafe"}', "field 'id'"),
        ('{"id": "o1", "type": "taalcafe", "title": "a\\udc00b"}', "field 'title'"),
        ('{"id": "o1", "type": "taalcafe", "note": {"x": ["\\ud83d"]}}', "field 'note'"),
    ],
)
def test_hostile_json_lines_are_located_errors(tmp_path, capsys, line, what):
    status, out, err, o, _ = _rank(tmp_path, capsys, [line], [PROFILE])
    assert status == 2 and out == ""
    assert f"{o}:1: {what}" in err


def test_surrogate_in_schema_string_directly():
    from matching.schema import Profile, RecordError

    with pytest.raises(RecordError, match="interests"):
        Profile.from_dict({"id": "p", "interests": "\ud800"})


# --- train / evaluate / both files reported ---------------------------------


def test_train_with_labels_that_match_nothing(tmp_path, capsys):
    o = _write(tmp_path / "offers.jsonl", [OFFER])
    p = _write(tmp_path / "profiles.jsonl", [PROFILE])
    labels = _write(tmp_path / "labels.jsonl", [{"profile": "x", "offer": "y", "label": 2}])
    out_model = tmp_path / "m.joblib"
    status, out, err = _run(
        ["train", "--offers", o, "--profiles", p, "--labels", labels, "--out", str(out_model)], capsys
    )
    assert status == 2 and out == "" and labels in err and not out_model.exists()


def test_train_with_empty_labels(tmp_path, capsys):
    o = _write(tmp_path / "offers.jsonl", [OFFER])
    p = _write(tmp_path / "profiles.jsonl", [PROFILE])
    labels = _write(tmp_path / "labels.jsonl", [])
    status, out, err = _run(
        ["train", "--offers", o, "--profiles", p, "--labels", labels, "--out", str(tmp_path / "m.joblib")], capsys
    )
    assert status == 2 and out == "" and f"{labels}: no label records" in err


def _evaluate(tmp_path, capsys, offers, profiles, judgments, *extra):
    o = _write(tmp_path / "offers.jsonl", offers)
    p = _write(tmp_path / "profiles.jsonl", profiles)
    j = _write(tmp_path / "judgments.jsonl", judgments)
    status, out, err = _run(["evaluate", "--offers", o, "--profiles", p, "--judgments", j, *extra], capsys)
    return status, out, err, o, p, j


@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_evaluate_refuses_empty_files(tmp_path, capsys, json_flag):
    status, out, err, o, p, _ = _evaluate(
        tmp_path, capsys, [], [], [{"profile": "p1", "offer": "o1", "grade": 2}], *json_flag
    )
    assert status == 2 and out == ""
    assert f"{o}: no offer records" in err and f"{p}: no profile records" in err
    assert "unknown profile id" not in err  # no cascade of follow-up errors
    assert "NaN" not in out


def test_evaluate_without_any_text_still_runs(tmp_path, capsys):
    status, out, err, *_ = _evaluate(
        tmp_path,
        capsys,
        [{"id": "o1", "type": "taalcafe"}],
        [{"id": "p1"}],
        [{"profile": "p1", "offer": "o1", "grade": 2}],
        "--json",
    )
    assert status == 0
    report = json.loads(out)
    assert report["systems"]["tfidf"]["all"]["n"] == 1


def test_evaluate_refuses_unknown_and_repeated_judgments(tmp_path, capsys):
    judgments = [
        {"profile": "p1", "offer": "o1", "grade": 2},
        {"profile": "nobody", "offer": "o1", "grade": 1},
        {"profile": "p1", "offer": "nothing", "grade": 1},
        {"profile": "p1", "offer": "o1", "grade": 3},
    ]
    status, out, err, _, _, j = _evaluate(tmp_path, capsys, [OFFER], [PROFILE], judgments)
    assert status == 2 and out == ""
    assert f"{j}:2: field 'profile': unknown profile id 'nobody'" in err
    assert f"{j}:3: field 'offer': unknown offer id 'nothing'" in err
    assert f"{j}:4: field 'offer'" in err and "first on line 1" in err


@pytest.mark.parametrize("command", ["rank", "rank-candidates", "assign"])
def test_both_files_are_reported(tmp_path, capsys, command):
    o = _write(tmp_path / "offers.jsonl", [{"id": "o1", "type": "nonsense"}])
    p = _write(tmp_path / "profiles.jsonl", [{"id": "p1", "dutch_level": "Z9"}])
    status, out, err = _run([command, "--offers", o, "--profiles", p], capsys)
    assert status == 2 and out == ""
    assert f"{o}:1: field 'type'" in err and f"{p}:1: field 'dutch_level'" in err


@pytest.mark.parametrize("year", [1899, 3000, -5])
def test_birth_year_out_of_range(tmp_path, capsys, year):
    status, out, err, _, p = _rank(tmp_path, capsys, [OFFER], [{**PROFILE, "birth_year": year}])
    assert status == 2 and out == "" and f"{p}:1: field 'birth_year'" in err


# --- crafted model files ------------------------------------------------------


@pytest.fixture(scope="module")
def model_payload(tmp_path_factory):
    import joblib

    from matching import Ranker, save
    from matching.synthetic import generate

    data = generate(40, 50, 6, seed=7)
    ranker = Ranker(year=2025).fit(data.profiles, data.offers, data.labels, max_iter=10)
    path = tmp_path_factory.mktemp("model") / "model.joblib"
    save(ranker, path)
    return joblib.load(path)


def _crafted(payload):
    from sklearn.linear_model import LinearRegression

    from matching.model import GradedRelevanceRegressor

    unfitted = GradedRelevanceRegressor()
    wrong_width = LinearRegression().fit(np.zeros((3, 2)), np.zeros(3))
    meta = payload["metadata"]
    return {
        "model is a string": {"model": "x", "metadata": meta},
        "model of another kind": {"model": wrong_width, "metadata": meta},
        "unfitted model": {"model": unfitted, "metadata": meta},
        "metadata a string": {"model": payload["model"], "metadata": "abc"},
        "feature_schema a string": {"model": payload["model"], "metadata": {**meta, "feature_schema": "v1"}},
        "n_labels a word": {"model": payload["model"], "metadata": {**meta, "n_labels": "many"}},
        "prior_strength nan": {"model": payload["model"], "metadata": {**meta, "prior_strength": float("nan")}},
        "feature names not a list": {
            "model": payload["model"],
            "metadata": {**meta, "feature_schema": {"hash": "x", "version": 0, "names": 5}},
        },
    }


@pytest.mark.parametrize(
    "case",
    [
        "model is a string",
        "model of another kind",
        "unfitted model",
        "metadata a string",
        "feature_schema a string",
        "n_labels a word",
        "prior_strength nan",
        "feature names not a list",
    ],
)
def test_crafted_model_files_are_model_errors(model_payload, tmp_path, capsys, case):
    import joblib

    from matching import ModelError, load

    path = tmp_path / "crafted.joblib"
    joblib.dump(_crafted(model_payload)[case], path)
    with pytest.raises(ModelError):
        load(path)
    o = _write(tmp_path / "offers.jsonl", [OFFER])
    p = _write(tmp_path / "profiles.jsonl", [PROFILE])
    status, out, err = _run(["rank", "--offers", o, "--profiles", p, "--model", str(path)], capsys)
    assert status == 2 and out == "" and str(path) in err


def test_genuine_model_file_still_loads(model_payload, tmp_path):
    import joblib

    from matching import load

    path = tmp_path / "ok.joblib"
    joblib.dump(model_payload, path)
    assert load(path).n_labels == model_payload["metadata"]["n_labels"]
