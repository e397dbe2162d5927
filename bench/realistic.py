"""Offers and profiles with the length and vocabulary of real ones, for the benchmark.

The package's synthetic generator writes an offer as its concepts' labels
("gesprek, praatgroep", 44 characters on average). Real descriptions run to
about 280 characters of full sentences, with names of people, streets and
organisations that no other offer uses, and concept extraction costs what the
text costs: a benchmark on the short texts understated indexing about tenfold.
This module keeps the synthetic records (types, places, schedules, the true
concepts with their typos) and rewrites their free text into 200-400
characters from the sentences in ``texts.json``.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import numpy as np

from matching.synthetic import generate

TEXTS = json.loads(Path(__file__).with_name("texts.json").read_text("utf-8"))
MIN_CHARS, MAX_CHARS = 200, 400


def _pick(rng, options):
    return options[int(rng.integers(len(options)))]


def _name(rng) -> str:
    """A made-up Dutch-sounding name, two to four syllables: nearly every one is unique."""
    syllables = TEXTS["syllables"]
    return "".join(_pick(rng, syllables) for _ in range(int(rng.integers(2, 5)))).capitalize()


def _fill(opening: str, sentences, rng) -> str:
    """The opening, then sentences in random order until a length drawn from 200-400."""
    target = int(rng.integers(MIN_CHARS, MAX_CHARS + 1))
    text = opening
    for i in rng.permutation(len(sentences)):
        if len(text) >= target:
            break
        if len(text) + 1 + len(sentences[i]) <= MAX_CHARS:
            text += " " + sentences[i]
    return text


def _offer_text(offer, rng) -> str:
    org_name = _name(rng)
    fields = {
        "org": f"{_pick(rng, TEXTS['org_kinds'])} {org_name}",
        "kern": offer.kern,
        "topic": offer.description,
        "n": int(rng.integers(3, 40)),
        "year": int(rng.integers(1950, 2024)),
        "day": _pick(rng, TEXTS["days"]),
        "hour": int(rng.integers(9, 20)),
        "street": f"{_name(rng)}{_pick(rng, TEXTS['streets'])} {int(rng.integers(1, 120))}",
        "contact": f"{_pick(rng, TEXTS['first_names'])} {_name(rng)}",
        "phone": f"06-{int(rng.integers(10_000_000, 99_999_999))}",
        "email": f"info@{org_name.lower()}.nl",
    }
    opening = _pick(rng, TEXTS["offer_opening"]).format(**fields)
    return _fill(opening, [s.format(**fields) for s in TEXTS["offer_sentences"]], rng)


def _profile_texts(profile, rng) -> tuple[str, str | None]:
    lang = TEXTS["profile"][profile.languages[0]]
    interests = _fill(lang["interests"].format(interests=profile.interests), lang["sentences"], rng)
    trade = lang["trade"].format(trade=profile.profession) if profile.profession else None
    return interests, trade


def generate_realistic(n_profiles: int, n_offers: int, seed: int = 0):
    """Synthetic profiles and offers whose free text reads like real records.

    Parameters
    ----------
    n_profiles, n_offers : int
    seed : int
        Same seed, same records and texts.

    Returns
    -------
    profiles, offers : list of Profile, list of Offer
    """
    data = generate(n_profiles=n_profiles, n_offers=n_offers, labels_per_profile=0, seed=seed)
    rng = np.random.default_rng(seed)
    offers = [dataclasses.replace(o, description=_offer_text(o, rng)) for o in data.offers]
    profiles = []
    for p in data.profiles:
        interests, profession = _profile_texts(p, rng)
        profiles.append(dataclasses.replace(p, interests=interests, profession=profession))
    return profiles, offers
