"""Seeded synthetic profiles, offers and graded labels, for tests, benchmarks and training a model.

The records are written to look like the real ones (``tests/data/field``),
not like the taxonomy:

* a person writes **sentences** in their own language, and what they write
  has roles: what they want, what they did before, what their child needs,
  what they only watch, what they do not want; a former trade is sometimes
  in the profession field and sometimes only in the text; labels get typos;
* an offer's **text is noisy**: its first sentence says what it is about,
  the rest names facilities, venue and audience (coffee afterwards, the
  library, children may come along, a seniors' team) that it is not about;
* people and offers are spread over all the demo gemeenten and three far
  towns, with their own coordinates, and a third of each person's labelled
  offers may lie anywhere: **distances up to about 100 km**;
* the hidden coordinator grades **concept first**: an offer about something
  the person wants (or, when they look for work, their former trade) beats
  an offer of a type they ticked; something refused or only watched is a 0;
  every km beyond what their means of travel reach costs, at any distance.

Labels come from this grader over the true attributes plus noise, never from
the ranker's own features: a model that learns them has learned to read text
and weigh constraints, not to copy itself.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .concepts import concept, concept_ids
from .encoding import LANGUAGE_TYPES, WORK_TYPES, reading
from .geo import KERNEN, haversine_km
from .profile_index import travel_limits
from .schema import DAY_PARTS, DUTCH_LEVELS, GOALS, MOBILITY, OFFER_TYPES, Label, Offer, Profile

#: Demo regions: where people live and offers are; Zwolle, Amersfoort and Groningen are the far towns.
REGIONS = {
    "Dalfsen": ("Dalfsen", "Nieuwleusen", "Lemelerveld", "Hoonhorst"),
    "Nijkerk": ("Nijkerk", "Hoevelaken", "Nijkerkerveen"),
    "Assen": ("Assen",),
    "Aa en Hunze": ("Gieten", "Rolde", "Gasselte", "Annen"),
    "Tynaarlo": ("Vries", "Zuidlaren", "Eelde", "Paterswolde"),
}
FAR_TOWNS = {"Zwolle": ("Zwolle",), "Amersfoort": ("Amersfoort",), "Groningen": ("Groningen",)}
LANGUAGES = ("ar", "ti", "fa", "so", "en", "nl")
_TITLES = {
    "taalcoach": "Taalcoach gezocht",
    "taalcafe": "Koffie en Taal",
    "taalstage": "Taalstage",
    "werkervaringsplek": "Werkervaringsplek",
    "vrijwilligerswerk": "Vrijwilligerswerk",
    "maatje": "Maatje",
    "sport": "Sportclub",
    "cultuur": "Creatieve groep",
    "cursus": "Cursus",
    "ontmoeting": "Ontmoeting in de buurt",
    "huiswerkbegeleiding": "Huiswerkbegeleiding",
    "gezin": "Gezinsondersteuning",
}
#: Sentence frames per role and language; ``{x}`` is a concept's label in that language.
FRAMES = {
    "want": {
        "nl": ("Ik wil graag {x}.", "Ik hou van {x}", "{x} vind ik leuk."),
        "en": ("I like {x}.", "I want to do {x}", "i am interested in {x}"),
        "ar": ("بحب {x}", "اريد {x}.", "نفسي {x}"),
        "fa": ("من {x} دوست دارم.", "می خواهم {x}", "به {x} علاقه دارم"),
        "so": ("Waxaan jeclahay {x}.", "waxaan rabaa {x}", "{x} ayaan jecelahay"),
        "ti": ("{x} ደስ ይብለኒ።", "{x} እደሊ", "ብ{x} ተገዲሰ"),
    },
    "past": {
        "nl": ("In mijn land was ik {x}.", "Vroeger werkte ik als {x}"),
        "en": ("I was {x} in my country.", "before i worked as {x}"),
        "ar": ("كنت {x} ببلدي", "اشتغلت {x} قبل الحرب."),
        "fa": ("در ایران {x} بودم.", "قبلا {x} کار میکردم"),
        "so": ("Waxaan ahaa {x}.", "waxaan ka shaqeyn jiray {x}"),
        "ti": ("ኣብ ዓደይ {x} ነይረ።", "ቅድሚ ሕጂ {x} ሰሪሐ"),
    },
    "not": {
        "nl": ("Ik wil geen {x} meer.", "{x} wil ik niet"),
        "en": ("I don't want {x}.", "no more {x} please"),
        "ar": ("ما بدي {x}", "لا اريد {x}."),
        "fa": ("{x} دوست ندارم.", "نمی خواهم {x}"),
        "so": ("Ma rabo {x}.", "{x} ma jecli"),
        "ti": ("{x} ኣይደልን።",),
    },
    "child": {
        "nl": ("Mijn zoon wil {x}.", "Mijn dochter zoekt {x}"),
        "en": ("My son needs {x}.", "my daughter wants {x}"),
        "ar": ("ابني بحاجة {x}", "بنتي بدها {x}."),
        "fa": ("پسرم {x} می خواهد.", "دخترم به {x} علاقه دارد"),
        "so": ("Wiilkayga wuxuu u baahan yahay {x}.", "gabadhayda waxay rabtaa {x}"),
        "ti": ("ወደይ {x} የድልዮ።", "ጓለይ {x} ትደሊ"),
    },
    "watch": {
        "nl": ("Ik kijk graag {x} op tv.",),
        "en": ("I like watching {x}.",),
        "ar": ("بحب اتفرج على {x}",),
        "fa": ("تماشای {x} دوست دارم.",),
        "so": ("Waxaan jeclahay daawashada {x}.",),
        "ti": ("{x} ምርኣይ ደስ ይብለኒ።",),
    },
}
#: Sentences that carry no wish: what people also write.
FILLER = {
    "nl": ("Ik woon twee jaar in Nederland.", "Mijn Nederlands is nog niet zo goed.", "Ik heb tijd op woensdag."),
    "en": ("I live here since two years.", "my dutch is not so good", "I have time in the morning."),
    "ar": ("انا هون من سنتين.", "لغتي الهولندية ضعيفة", "عندي وقت الصبح"),
    "fa": ("دو سال است که اینجا هستم.", "هالندی من خوب نیست", "صبح ها وقت دارم"),
    "so": ("Laba sano ayaan halkan joogay.", "luuqada weli ma aqaan", "subaxdii waan firaaqo ahay"),
    "ti": ("ክልተ ዓመት ኣብዚ እየ ዘለኹ።", "ቋንቋ ገና ኣይፈልጥን", "ንግሆ ግዜ ኣለኒ"),
}
#: What an offer's description also says, besides its activity: the concepts named here are not what it is about.
OFFER_NOISE = (
    "Na afloop drinken we samen koffie.",
    "We komen samen in de bibliotheek.",
    "Kinderen mogen mee, er is een speelhoek.",
    "De vereniging heeft ook een seniorenteam en een jeugdafdeling.",
    "Er is een kantine met thee en koffie.",
    "Het gebouw is goed bereikbaar met de fiets en de bus.",
    "Vrijwilligers van de kerk helpen mee.",
    "We zijn gevestigd in het dorpshuis naast de school.",
    "Vraag naar Henk of Fatima voor meer informatie.",
    "Aanmelden kan via de website of bij de receptie.",
    "Je krijgt een vaste begeleider.",
    "Een verklaring omtrent gedrag (VOG) is nodig.",
)
#: Ways an offer's first sentence says what it is about.
OFFER_OPENING = (
    "Wij zoeken mensen voor {x}.",
    "Kom {x} bij ons in {kern}!",
    "{x} voor nieuwe inwoners van {kern}.",
    "In {kern} kun je meedoen met {x}.",
)
#: Concepts a child's wish is about.
CHILD_NEEDS = ("homework_help", "swimming", "football", "reading", "music")


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
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _label(cid, lang, rng, typo_rate) -> str:
    label = str(rng.choice(_labels(cid, lang)))
    if rng.random() < typo_rate:
        label = " ".join(_typo(w, rng) for w in label.split())
    return label


def _sentence(role, cids, lang, rng, typo_rate) -> str:
    joiner = {"ar": " و ", "fa": " و ", "ti": " ከምኡውን ", "so": " iyo ", "en": " and ", "nl": " en "}[lang]
    labels = joiner.join(_label(c, lang, rng, typo_rate) for c in cids)
    return str(rng.choice(FRAMES[role][lang])).format(x=labels)


def _ancestors(cid: str) -> set:
    out, seen = {cid}, cid
    while (parent := concept(seen).parent) and parent not in out:
        out.add(parent)
        seen = parent
    return out


def _place(rng, towns) -> tuple[str, str, float, float]:
    """A gemeente, a kern in it, and a position within about 1.5 km of the kern's centre."""
    gemeente, kernen = towns[int(rng.integers(len(towns)))]
    kern = str(rng.choice(kernen))
    lat, lon = KERNEN[kern.lower()]
    return gemeente, kern, round(lat + rng.normal(0, 0.008), 5), round(lon + rng.normal(0, 0.012), 5)


def _offer(i, rng, by_type, trades, interests, towns):
    otype = OFFER_TYPES[int(rng.integers(len(OFFER_TYPES)))]
    pool = by_type[otype] or interests
    if otype in WORK_TYPES and trades and rng.random() < 0.7:
        pool = trades
    cids = [str(c) for c in rng.choice(pool, size=min(len(pool), int(rng.integers(1, 3))), replace=False)]
    gemeente, kern, lat, lon = _place(rng, towns)
    activity = " en ".join(_label(c, "nl", rng, 0) for c in cids)
    opening = str(rng.choice(OFFER_OPENING)).format(x=activity, kern=kern)
    noise = [OFFER_NOISE[k] for k in rng.choice(len(OFFER_NOISE), size=int(rng.integers(1, 4)), replace=False)]
    schedule = (
        []
        if rng.random() < 0.3
        else sorted(rng.choice(DAY_PARTS, size=int(rng.integers(1, 5)), replace=False).tolist())
    )
    record = {
        "id": f"o{i}",
        "type": otype,
        "title": f"{_TITLES[otype]}: {_label(cids[0], 'nl', rng, 0)}",
        "description": " ".join([opening, *noise]),
        "kern": kern,
        "gemeente": gemeente,
        "lat": lat,
        "lon": lon,
        "schedule": schedule,
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
        record["cost_eur"] = float(rng.choice([0, 0, 0, 5, 15, 30, 40]))
    if rng.random() < 0.7:
        record["language_rich"] = bool(rng.random() < 0.7)
    if rng.random() < 0.3:
        record["open_suggestions"] = int(rng.integers(0, 8))
    return Offer.from_dict(record), cids


def _profile(i, rng, lang, interests, trades, sports, year, typo_rate):
    """A person's record and the truth behind their text."""
    likes = [str(c) for c in rng.choice(interests, size=int(rng.integers(1, 4)), replace=False)]
    trade = str(rng.choice(trades)) if trades and rng.random() < 0.6 else None
    refused = str(rng.choice([c for c in interests if c not in likes])) if rng.random() < 0.25 else None
    child = str(rng.choice(CHILD_NEEDS)) if rng.random() < 0.15 else None
    watched = str(rng.choice(sports)) if sports and rng.random() < 0.1 else None
    sentences = [_sentence("want", likes[:2], lang, rng, typo_rate)]
    if len(likes) > 2:
        sentences.append(_sentence("want", likes[2:], lang, rng, typo_rate))
    in_text = trade is not None and rng.random() < 0.5
    if in_text:
        sentences.append(_sentence("past", [trade], lang, rng, typo_rate))
    if refused:
        sentences.append(_sentence("not", [refused], lang, rng, typo_rate))
    if child and concept(child):
        sentences.append(_sentence("child", [child], lang, rng, typo_rate))
    if watched:
        sentences.append(_sentence("watch", [watched], lang, rng, typo_rate))
    for k in rng.choice(len(FILLER[lang]), size=int(rng.integers(0, 3)), replace=False):
        sentences.append(FILLER[lang][k])
    order = rng.permutation(len(sentences))
    gemeente, kern, lat, lon = _place(rng, list(REGIONS.items()))
    level = DUTCH_LEVELS[int(rng.choice(6, p=[0.2, 0.3, 0.25, 0.15, 0.07, 0.03]))]
    record = {
        "id": f"p{i}",
        "languages": [lang] + (["en"] if rng.random() < 0.3 else []),
        "dutch_level": level,
        "interests": " ".join(sentences[k] for k in order),
        "kern": kern,
        "gemeente": gemeente,
        "lat": lat,
        "lon": lon,
        "gender": str(rng.choice(["f", "m", "m", "x"])),
        "birth_year": int(year - rng.integers(16, 60)),
        "mobility": [str(rng.choice(MOBILITY, p=[0.1, 0.55, 0.25, 0.1]))],
    }
    if trade and (not in_text or rng.random() < 0.5):
        record["profession"] = _label(trade, lang, rng, typo_rate)
    if rng.random() < 0.5:
        # Half of the ticked types follow what the person wrote, the rest are a coordinator's guess.
        types = [t for c in likes for t in (concept(c).offer_types or ()) if t in OFFER_TYPES]
        guess = [str(t) for t in rng.choice(OFFER_TYPES, size=2)]
        record["wants"] = sorted(set(types[:1] + guess[:1] if types and rng.random() < 0.7 else guess))
    if rng.random() < 0.6:
        record["goals"] = sorted(set(rng.choice(GOALS, size=2).tolist()))
    if rng.random() < 0.7:
        record["availability"] = sorted(rng.choice(DAY_PARTS, size=int(rng.integers(3, 12)), replace=False).tolist())
    if rng.random() < 0.1:
        record["max_km"] = float(rng.choice([5, 10, 20]))
    if rng.random() < 0.3:
        record["needs_childcare"] = bool(rng.random() < 0.5)
    truth = {
        "interests": sorted(likes),
        "trade": trade,
        "refused": refused,
        "child": child,
        "watched": watched,
    }
    return Profile.from_dict(record), truth


def generate(
    n_profiles: int = 200,
    n_offers: int = 300,
    labels_per_profile: int = 12,
    seed: int = 0,
    typo_rate: float = 0.15,
    year: int = 2025,
) -> SyntheticData:
    """Generate a reproducible data set.

    Parameters
    ----------
    n_profiles, n_offers : int
    labels_per_profile : int
        Labelled (suggested) offers per person: two thirds from their own
        gemeente, the rest from anywhere (up to about 100 km away), biased
        towards offers that share a concept with them, as real suggestions are.
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
    sports = by_type.get("sport", [])
    towns = list(REGIONS.items()) * 3 + list(FAR_TOWNS.items())

    offers, offer_truth = [], []
    for i in range(n_offers):
        offer, cids = _offer(i, rng, by_type, trades, interests, towns)
        offers.append(offer)
        offer_truth.append(cids)
    by_gemeente: dict[str, list[int]] = {}
    by_concept: dict[str, list[int]] = {}
    for j, (offer, cids) in enumerate(zip(offers, offer_truth, strict=True)):
        by_gemeente.setdefault(offer.gemeente, []).append(j)
        for c in cids:
            by_concept.setdefault(c, []).append(j)

    profiles, labels, truth = [], [], {}
    for i in range(n_profiles):
        lang = LANGUAGES[int(rng.integers(len(LANGUAGES)))]
        profile, facts = _profile(i, rng, lang, interests, trades, sports, year, typo_rate)
        profiles.append(profile)
        truth[profile.id] = facts
        near = by_gemeente.get(profile.gemeente) or list(range(n_offers))
        related = [j for c in [*facts["interests"], facts["trade"], facts["child"]] if c for j in by_concept.get(c, ())]
        n = labels_per_profile * 2
        take = list(rng.choice(near, size=min(len(near), (2 * n) // 3), replace=False))
        if related:
            take += list(rng.choice(related, size=min(len(related), n // 3 + 1), replace=False))
        take += list(rng.integers(0, n_offers, size=n // 3))
        graded, seen = 0, set()
        for j in rng.permutation(np.array(take, dtype=np.int64)):
            if j in seen:
                continue
            seen.add(j)
            grade = _coordinator_grade(profile, offers[j], offer_truth[j], facts, year, rng)
            if grade is None:
                continue
            labels.append(Label(profile.id, offers[j].id, grade))
            graded += 1
            if graded >= labels_per_profile:
                break
    return SyntheticData(profiles, offers, labels, truth)


def _coordinator_grade(profile, offer, offer_concepts, facts, year, rng):
    """Grade 0..4 a sensible coordinator would reach, concept first, or None if never suggestible."""
    age = year - profile.birth_year
    if offer.capacity == 0 or (offer.women_only and profile.gender == "m"):
        return None
    if (offer.age_min or 0) > age or (offer.age_max or 200) < age:
        return None
    if profile.availability and offer.schedule and not set(profile.availability) & set(offer.schedule):
        return None
    km = float(haversine_km(profile.lat, profile.lon, offer.lat, offer.lon))
    if profile.max_km is not None and km > profile.max_km:
        return None
    about = set(offer_concepts)
    around = set().union(*(_ancestors(c) for c in offer_concepts))
    if facts["refused"] and facts["refused"] in around:
        return 0
    if facts["watched"] and offer.type == "sport" and facts["watched"] in about:
        return 0
    likes = set(facts["interests"])
    # What the person wrote comes first: the activity itself, else something of the same kind.
    content = 1.0 if likes & about else 0.4 if likes & around else 0.0
    if facts["child"] and facts["child"] in about:
        content = max(content, 0.9)
    looking_for_work = "werk" in (profile.goals or ()) or bool(set(profile.wants or ()) & set(WORK_TYPES[:2]))
    if facts["trade"] and offer.type in WORK_TYPES and facts["trade"] in around:
        content = max(content, 1.0 if looking_for_work else 0.35)
    utility = 2.6 * content
    # The ticked type and the plan only break ties between comparable offers.
    if profile.wants:
        utility += 0.4 if offer.type in profile.wants else -0.2
    rules = reading()
    if any(set(rules["goal_concepts"][g]) & set(rules["type_concepts"][offer.type]) for g in profile.goals or ()):
        utility += 0.3
    near, reach, far = travel_limits(profile.mobility, profile.max_km)
    if km <= near:
        utility += 0.3
    elif km > reach:
        utility -= 0.8 + 0.04 * (km - reach) + (1.2 if km > far else 0.0)
    level = DUTCH_LEVELS.index(profile.dutch_level)
    if offer.min_dutch_level:
        gap = DUTCH_LEVELS.index(offer.min_dutch_level) - level
        utility -= 0.8 if gap == 1 else 2.0 if gap >= 2 else 0.0
    if level <= 1 and set(offer.host_languages or ()) & set(profile.languages or ()):
        utility += 0.2
    learner = "taal" in (profile.goals or ()) or level < 3
    if learner and offer.type in LANGUAGE_TYPES and content == 0:
        utility += 0.5
    if learner and offer.language_rich is False and offer.type in WORK_TYPES:
        utility -= 0.6
    if profile.needs_childcare and offer.childcare is not None:
        utility += 0.2 if offer.childcare else -0.6
    utility -= 0.02 * (offer.cost_eur or 0)
    utility += rng.normal(0, 0.4)
    return int(np.digitize(utility, [0.3, 1.1, 1.9, 2.7]))
