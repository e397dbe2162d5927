"""Records, validation messages and JSON Lines reading."""

import json

import pytest

from matching import InputError, Label, Offer, Profile, RecordError, load_jsonl


def test_profile_round_trip_keeps_unknown_fields():
    data = {"id": "p1", "languages": ["tir", "en"], "dutch_level": "A1", "interests": "ኩዕሶ እግሪ", "consulent": "Anna"}
    profile = Profile.from_dict(data)
    assert profile.languages == ("ti", "en")
    assert profile.extra == {"consulent": "Anna"}
    assert profile.to_dict()["consulent"] == "Anna"
    assert Profile.from_dict(profile.to_dict()) == profile


def test_missing_optional_field_means_unknown():
    offer = Offer.from_dict({"id": "o1", "type": "sport"})
    assert offer.childcare is None and offer.capacity is None


@pytest.mark.parametrize(
    "data, field",
    [
        ({"id": "o1", "type": "dansen"}, "type"),
        ({"id": "o1"}, "type"),
        ({"id": "o1", "type": "sport", "capacity": "3"}, "capacity"),
        ({"id": "o1", "type": "sport", "capacity": -1}, "capacity"),
        ({"id": "o1", "type": "sport", "schedule": ["monday"]}, "schedule"),
        ({"id": "o1", "type": "sport", "women_only": "yes"}, "women_only"),
        ({"id": "o1", "type": "sport", "lat": 52.5}, "lon"),
        ({"id": "o1", "type": "sport", "age_min": 30, "age_max": 20}, "age_max"),
    ],
)
def test_offer_validation_names_the_field(data, field):
    with pytest.raises(RecordError) as info:
        Offer.from_dict(data)
    assert info.value.field == field


def test_label_accepts_names_and_grades():
    assert Label.from_dict({"profile": "p", "offer": "o", "label": "started"}).grade == 3
    assert Label.from_dict({"profile": "p", "offer": "o", "label": 0}).grade == 0
    with pytest.raises(RecordError):
        Label.from_dict({"profile": "p", "offer": "o", "label": "maybe"})


def test_load_jsonl_reports_file_line_and_field(tmp_path):
    path = tmp_path / "offers.jsonl"
    lines = [
        json.dumps({"id": "o1", "type": "sport"}),
        "",
        "{not json",
        json.dumps({"id": "o2", "type": "sport", "min_dutch_level": "B3"}),
        json.dumps({"id": "o1", "type": "sport"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_jsonl(path, "offer")
    problems = info.value.problems
    assert problems[0].startswith(f"{path}:3: invalid JSON")
    assert problems[1].startswith(f"{path}:4: field 'min_dutch_level': unknown value 'B3'")
    assert problems[2].startswith(f"{path}:5: field 'id': duplicate id 'o1'")


def test_load_jsonl_missing_file_and_bad_encoding(tmp_path):
    with pytest.raises(InputError, match="cannot read file"):
        load_jsonl(tmp_path / "nope.jsonl", "profile")
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b'{"id": "p1", "interests": "\xff"}\n')
    with pytest.raises(InputError, match=":1: not valid UTF-8"):
        load_jsonl(bad, "profile")


def test_evaluation_set_is_valid(data_dir):
    profiles = load_jsonl(data_dir / "eval_profiles.jsonl", "profile")
    offers = load_jsonl(data_dir / "eval_offers.jsonl", "offer")
    judgments = load_jsonl(data_dir / "eval_judgments.jsonl", "judgment")
    langs = [p.extra["lang"] for p in profiles]
    for lang in ("ar", "ti", "fa", "so", "en", "nl"):
        assert langs.count(lang) >= 10
    ids = {o.id for o in offers} | {p.id for p in profiles}
    assert all(j.offer in ids and j.profile in ids for j in judgments)
