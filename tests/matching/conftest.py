"""Fixtures shared by the matching tests."""

from pathlib import Path

import pytest

from matching import Offer, Profile

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture
def data_dir():
    return DATA


@pytest.fixture
def offers():
    return [
        Offer.from_dict(d)
        for d in [
            {
                "id": "voetbal",
                "type": "sport",
                "title": "Voetbal bij VV Nieuwleusen",
                "description": "Voetbalvereniging zoekt spelers",
                "kern": "Nieuwleusen",
                "schedule": ["tue-eve"],
                "capacity": 3,
                "cost_eur": 0,
            },
            {
                "id": "kapper",
                "type": "taalstage",
                "title": "Taalstage in de kapsalon",
                "tags": ["kapper"],
                "kern": "Dalfsen",
                "host_languages": ["ar"],
                "capacity": 1,
                "language_rich": True,
                "schedule": ["tue-am", "thu-am"],
            },
            {
                "id": "naaien",
                "type": "cultuur",
                "title": "Naaiatelier voor vrouwen",
                "kern": "Dalfsen",
                "women_only": True,
                "capacity": 6,
            },
            {"id": "vol", "type": "taalcoach", "title": "Taalcoach", "kern": "Dalfsen", "capacity": 0},
            {"id": "ver", "type": "sport", "title": "Voetbal in Assen", "kern": "Assen", "capacity": 5},
            {
                "id": "jong",
                "type": "maatje",
                "title": "Maatje voor jongeren",
                "kern": "Dalfsen",
                "age_min": 16,
                "age_max": 23,
                "capacity": 2,
            },
        ]
    ]


@pytest.fixture
def profile():
    return Profile.from_dict(
        {
            "id": "p1",
            "interests": "أحب كرة القدم",
            "profession": "حلاق",
            "languages": ["ar"],
            "dutch_level": "A1",
            "kern": "Dalfsen",
            "gender": "m",
            "birth_year": 1990,
            "availability": ["tue-eve", "tue-am"],
            "max_km": 30,
        }
    )
