"""Seeded synthetic profiles, offers and graded labels, for tests, benchmarks and the shipped model.

Each synthetic person has *true* interests and a trade (concept ids); their
free text is rendered from the taxonomy's labels in their own language, with
typos now and then, so the ranker must recover the concepts the way it will
in real life. Labels come from a hidden "coordinator" utility over the true
attributes plus noise, never from the ranker's own features: a model that
learns them has learned to read text and weigh constraints, not to copy itself.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .concepts import concept, concept_ids
from .encoding import LANGUAGE_TYPES, WORK_TYPES, reading
from .geo import KERNEN, haversine_km
from .profile_index import travel_reach_km
from .schema import DAY_PARTS, DUTCH_LEVELS, GOALS, MOBILITY, OFFER_TYPES, Label, Offer, Profile

#: Demo regions: a person lives in one and is offered things from the same one.
REGIONS = {
    "Dalfsen": ("Dalfsen", "Nieuwleusen", "Lemelerveld", "Hoonhorst"),
    "Nijkerk": ("Nijkerk", "Hoevelaken", "Nijkerkerveen"),
    "Assen": ("Assen",),
    "Aa en Hunze": ("Gieten", "Rolde", "Gasselte", "Annen"),
    "Tynaarlo": ("Vries", "Zuidlaren", "Eelde", "Paterswolde"),
}
LANGUAGES = ("ar", "ti", "fa", "so", "en", "nl")
_TITLES = {
    "taalcoach": "Taalcoach gezocht", "taalcafe": "Koffie en Taal",
    "taalstage": "Taalstage", "werkervaringsplek": "Werkervaringsplek",
    "vrijwilligerswerk": "Vrijwilligerswerk", "maatje": "Maatje",
    "sport": "Sportclub", "cultuur": "Creatieve groep", "cursus": "Cursus",
    "ontmoeting": "Ontmoeting in de buurt", "huiswerkbegeleiding": "Huiswerkbegeleiding",
    "gezin": "Gezinsondersteuning",
}


@dataclass
class SyntheticData:
    """Generated records, and the true concepts behind each person's text."""

    profiles: list
    offers: list
    labels: list
    truth: dict


def _labels(cid: str, lang: str) -> tuple:
    labels = concept(cid).labels or {}
    return tuple(labels.get(lang) or labels.get("en") or labels.get("nl") or (cid,))


def _typo(word: str, rng) -> str:
    """Swap two neighbouring letters of a Latin word, as a hurried typist does."""
    if len(word) < 5 or not word.isascii() or not word.isalpha():
        return word
    i = int(rng.integers(1, len(word) - 2))
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def _text(cids, lang, rng, typo_rate) -> str:
    words = []
    for cid in cids:
        label = str(rng.choice(_labels(cid, lang)))
        if rng.random() < typo_rate:
            label = " ".join(_typo(w, rng) for w in label.split())
        words.append(label)
    joiner = {"ar": " و ", "fa": " و ", "ti": "፣ ", "so": " iyo ", "en": ", ", "nl": ", "}[lang]
    return joiner.join(words)


def _ancestors(cid: str) -> set:
    out, seen = {cid}, cid
    while (parent := concept(seen).parent) and parent not in out:
        out.add(parent)
        seen = parent
    return out


def generate(n_profiles: int = 200, n_offers: int = 300, labels_per_profile: int = 12,
             seed: int = 0, typo_rate: float = 0.15, year: int = 2025) -> SyntheticData:
    """Generate a reproducible data set.

    Parameters
    ----------
    n_profiles, n_offers : int
    labels_per_profile : int
        Labelled (suggested) offers per person, drawn from their region and
        biased towards plausible ones, as real suggestions are.
    seed : int
        Same seed, same data.
    typo_rate : float
        Chance that a label in a person's text gets a typo.
    year : int
        Reference year for ages.
    """
    rng = np.random.default_rng(seed)
    ids = list(concept_ids())
    by_type = {t: [c for c in ids if t in (concept(c).offer_types or ())] for t in OFFER_TYPES}
    trades = [c for c in ids if concept(c).sectors]
    interests = [c for c in ids if concept(c).offer_types] or ids
    regions = list(REGIONS.items())

    offers, offer_truth, offer_region = [], [], []
    for i in range(n_offers):
        gemeente, kernen = regions[int(rng.integers(len(regions)))]
        otype = OFFER_TYPES[int(rng.integers(len(OFFER_TYPES)))]
        pool = by_type[otype] or interests
        if otype in WORK_TYPES and trades and rng.random() < 0.7:
            pool = trades
        cids = list(rng.choice(pool, size=min(len(pool), int(rng.integers(1, 3))),
                               replace=False))
        schedule = [] if rng.random() < 0.3 else sorted(
            rng.choice(DAY_PARTS, size=int(rng.integers(1, 4)), replace=False).tolist())
        record = {
            "id": f"o{i}", "type": otype,
            "title": f"{_TITLES[otype]}: {_text(cids[:1], 'nl', rng, 0)}",
            "description": _text(cids, "nl", rng, 0),
            "kern": str(rng.choice(kernen)), "gemeente": gemeente, "schedule": schedule,
            "capacity": int(rng.choice([0, 1, 1, 2, 3, 5, 10])),
        }
        if rng.random() < 0.5:
            record["min_dutch_level"] = str(rng.choice(DUTCH_LEVELS[:4]))
        if rng.random() < 0.4:
            record["host_languages"] = sorted(set(rng.choice(LANGUAGES[:5], size=2).tolist()))
        if rng.random() < 0.1:
            record["women_only"] = True
        if rng.random() < 0.15:
            record["age_min"], record["age_max"] = (12, 23) if rng.random() < 0.5 else (18, 67)
        if rng.random() < 0.3:
            record["childcare"] = bool(rng.random() < 0.5)
        if rng.random() < 0.6:
            record["cost_eur"] = float(rng.choice([0, 0, 0, 5, 15, 30]))
        if rng.random() < 0.7:
            record["language_rich"] = bool(rng.random() < 0.6)
        if rng.random() < 0.3:
            record["open_suggestions"] = int(rng.integers(0, 8))
        offers.append(Offer.from_dict(record))
        offer_truth.append(set().union(*(_ancestors(c) for c in cids)))
        offer_region.append(gemeente)

    profiles, labels, truth = [], [], {}
    by_region: dict[str, list[int]] = {}
    for i, region in enumerate(offer_region):
        by_region.setdefault(region, []).append(i)
    for i in range(n_profiles):
        gemeente, kernen = regions[int(rng.integers(len(regions)))]
        lang = LANGUAGES[int(rng.integers(len(LANGUAGES)))]
        likes = list(rng.choice(interests, size=int(rng.integers(1, 4)), replace=False))
        trade = str(rng.choice(trades)) if trades and rng.random() < 0.6 else None
        level = DUTCH_LEVELS[int(rng.choice(6, p=[0.2, 0.3, 0.25, 0.15, 0.07, 0.03]))]
        record = {
            "id": f"p{i}", "languages": [lang] + (["en"] if rng.random() < 0.3 else []),
            "dutch_level": level, "interests": _text(likes, lang, rng, typo_rate),
            "kern": str(rng.choice(kernen)), "gemeente": gemeente,
            "gender": str(rng.choice(["f", "m", "m", "x"])),
            "birth_year": int(year - rng.integers(16, 60)),
        }
        if trade:
            record["profession"] = _text([trade], lang, rng, typo_rate)
        if rng.random() < 0.5:
            record["wants"] = sorted(set(rng.choice(OFFER_TYPES, size=2).tolist()))
        if rng.random() < 0.6:
            record["goals"] = sorted(set(rng.choice(GOALS, size=2).tolist()))
        if rng.random() < 0.7:
            record["availability"] = sorted(
                rng.choice(DAY_PARTS, size=int(rng.integers(3, 12)), replace=False).tolist())
        if rng.random() < 0.6:
            record["mobility"] = sorted(set(rng.choice(MOBILITY, size=2).tolist()))
        if rng.random() < 0.2:
            record["max_km"] = float(rng.choice([5, 10, 20]))
        if rng.random() < 0.3:
            record["needs_childcare"] = bool(rng.random() < 0.5)
        profile = Profile.from_dict(record)
        profiles.append(profile)
        true_likes = set().union(*(_ancestors(c) for c in likes))
        truth[profile.id] = {"interests": sorted(true_likes), "trade": trade}
        pool = by_region.get(gemeente) or list(range(n_offers))
        take = rng.choice(pool, size=min(len(pool), labels_per_profile * 2), replace=False)
        graded = 0
        for j in take:
            grade = _coordinator_grade(profile, offers[j], offer_truth[j], true_likes, trade,
                                       year, rng)
            if grade is None:
                continue
            labels.append(Label(profile.id, offers[j].id, grade))
            graded += 1
            if graded >= labels_per_profile:
                break
    return SyntheticData(profiles, offers, labels, truth)


def _coordinator_grade(profile, offer, offer_concepts, likes, trade, year, rng):
    """Grade 0..4 a sensible coordinator would reach, or None if never suggestible."""
    age = year - profile.birth_year
    if offer.capacity == 0 or (offer.women_only and profile.gender == "m"):
        return None
    if (offer.age_min or 0) > age or (offer.age_max or 200) < age:
        return None
    if profile.availability and offer.schedule and not set(profile.availability) & set(
            offer.schedule):
        return None
    a, b = KERNEN[profile.kern.lower()], KERNEN[offer.kern.lower()]
    km = float(haversine_km(a[0], a[1], b[0], b[1]))
    if profile.max_km is not None and km > profile.max_km:
        return None
    level = DUTCH_LEVELS.index(profile.dutch_level)
    utility = 2.5 * len(likes & offer_concepts) / max(1, len(offer_concepts))
    if profile.wants:
        utility += 1.2 if offer.type in profile.wants else -0.5
    if any(offer.type in (concept(c).offer_types or ()) for c in likes):
        utility += 0.6
    rules = reading()
    if any(set(rules["goal_concepts"][g]) & set(rules["type_concepts"][offer.type]) for g in profile.goals or ()):
        utility += 0.4
    if trade and offer.type in WORK_TYPES and trade in offer_concepts:
        utility += 2.0
    reach = travel_reach_km(profile.mobility)
    utility += 0.5 if km <= reach else -0.8 * min(3.0, (km - reach) / reach)
    if offer.min_dutch_level:
        utility -= 0.7 * max(0, DUTCH_LEVELS.index(offer.min_dutch_level) - level)
    if level <= 1 and set(offer.host_languages or ()) & set(profile.languages or ()):
        utility += 0.4
    learner = "taal" in (profile.goals or ()) or level < 3
    if learner and offer.language_rich:
        utility += 0.5
    if learner and offer.type in LANGUAGE_TYPES:
        utility += 0.3
    if profile.needs_childcare and offer.childcare is not None:
        utility += 0.5 if offer.childcare else -0.6
    utility -= 0.03 * (offer.cost_eur or 0)
    utility += rng.normal(0, 0.5)
    return int(np.digitize(utility, [0.0, 0.8, 1.6, 2.6]))
