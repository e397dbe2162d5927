"""Saving and loading models, and the command line (exit status 2, never a traceback)."""

import io
import json

import joblib
import pytest

from matching import ModelError, Ranker, load, load_default, save
from matching.cli import main
from matching.synthetic import generate


@pytest.fixture(scope="module")
def model_file(tmp_path_factory):
    data = generate(60, 80, 8, seed=5)
    ranker = Ranker(year=2025).fit(data.profiles, data.offers, data.labels, max_iter=20)
    path = tmp_path_factory.mktemp("model") / "model.joblib"
    save(ranker, path, metrics={"ndcg@10": 0.5})
    return path


def test_save_and_load_round_trip(model_file):
    ranker = load(model_file)
    meta = ranker.metadata
    assert meta["feature_schema"]["names"][0] == "wish_match"
    assert meta["metrics"] == {"ndcg@10": 0.5}
    assert {"scikit-learn", "numpy", "joblib"} <= set(meta["libraries"])
    assert meta["trained_at"] and ranker.n_labels == meta["n_labels"] > 0


def test_other_feature_schema_is_refused(model_file, tmp_path):
    payload = joblib.load(model_file)
    payload["metadata"]["feature_schema"] = {"version": 0, "hash": "abc", "names": ["x"]}
    path = tmp_path / "old.joblib"
    joblib.dump(payload, path)
    with pytest.raises(ModelError, match="feature schema v0.*retrain"):
        load(path)


def test_unreadable_model_files(tmp_path):
    garbage = tmp_path / "garbage.joblib"
    garbage.write_bytes(b"not a pickle")
    with pytest.raises(ModelError, match="not a readable model file"):
        load(garbage)
    with pytest.raises(ModelError, match="not found"):
        load(tmp_path / "missing.joblib")


def test_the_prior_ships_until_a_model_beats_it():
    """No model file ships: none trained so far beats the rule prior on both judged sets (docs/matching.md)."""
    from matching.persistence import default_model_path

    path = default_model_path()
    if path.is_file():
        assert path.stat().st_size < 2_000_000 and load_default().model is not None
    else:
        assert load_default().model is None


def _run(argv):
    out = io.StringIO()
    return main(argv, out=out), out.getvalue()


def _write(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return str(path)


@pytest.fixture
def files(tmp_path, offers, profile):
    return (
        _write(tmp_path / "offers.jsonl", [o.to_dict() for o in offers]),
        _write(
            tmp_path / "profiles.jsonl",
            [profile.to_dict(), {"id": "p2", "interests": "naaien", "gender": "f", "kern": "Dalfsen"}],
        ),
    )


def test_cli_rank(files):
    offers, profiles = files
    status, out = _run(["rank", "--offers", offers, "--profiles", profiles, "--top", "2", "--year", "2025"])
    assert status == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["profile"] for line in lines] == ["p1", "p2"]
    assert len(lines[0]["ranking"]) <= 2
    assert {r["offer"] for r in lines[0]["ranking"]} == {"voetbal", "kapper"}
    assert all(isinstance(r, str) for r in lines[0]["ranking"][0]["reasons"])
    status, out = _run(["rank", "--offers", offers, "--profiles", profiles, "--lang", "ar"])
    assert status == 0 and out


def test_cli_rank_candidates_and_assign(files):
    offers, profiles = files
    status, out = _run(["rank-candidates", "--offers", offers, "--profiles", profiles])
    assert status == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines[0]["offer"] == "voetbal" and lines[0]["ranking"][0]["profile"] == "p1"
    naaien = next(line for line in lines if line["offer"] == "naaien")
    assert [r["profile"] for r in naaien["ranking"]] == ["p2"]  # women only
    status, out = _run(["assign", "--offers", offers, "--profiles", profiles])
    assert status == 0 and len(out.splitlines()) == 2


def test_cli_bad_input_exits_2_with_location(tmp_path, files, capsys):
    offers, _ = files
    bad = _write(tmp_path / "bad.jsonl", [{"id": "p1"}, {"id": "p2", "dutch_level": "Z9"}])
    status, out = _run(["rank", "--offers", offers, "--profiles", bad])
    assert status == 2 and out == ""
    err = capsys.readouterr().err
    assert f"{bad}:2: field 'dutch_level': unknown value 'Z9'" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "argv_tail",
    [
        ["--top", "0"],
        ["--top", "ten"],
        ["--model", "/nonexistent/model.joblib"],
    ],
)
def test_cli_bad_options_exit_2(files, argv_tail, capsys):
    offers, profiles = files
    argv = ["rank", "--offers", offers, "--profiles", profiles, *argv_tail]
    try:
        status, out = _run(argv)
    except SystemExit as exc:  # argparse reports usage errors itself
        status, out = exc.code, ""
    assert status == 2 and out == ""
    assert "Traceback" not in capsys.readouterr().err


def test_cli_missing_file_and_bad_model_file(tmp_path, files, capsys):
    offers, profiles = files
    status, out = _run(["rank", "--offers", str(tmp_path / "none.jsonl"), "--profiles", profiles])
    assert status == 2 and out == "" and "cannot read file" in capsys.readouterr().err
    bad_model = tmp_path / "m.joblib"
    bad_model.write_text("hello")
    status, out = _run(["rank", "--offers", offers, "--profiles", profiles, "--model", str(bad_model)])
    assert status == 2 and out == ""


def test_cli_evaluate_runs(data_dir):
    status, out = _run(
        [
            "evaluate",
            "--offers",
            str(data_dir / "eval_offers.jsonl"),
            "--profiles",
            str(data_dir / "eval_profiles.jsonl"),
            "--judgments",
            str(data_dir / "eval_judgments.jsonl"),
            "--json",
        ]
    )
    assert status == 0
    report = json.loads(out)
    assert set(report["systems"]) == {"model", "prior", "tfidf", "popularity", "random"}
    assert all(t["all"]["violations"] == 0 for t in report["systems"].values())
