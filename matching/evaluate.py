"""Offline evaluation: ranking metrics per language, hard-constraint audit, and baselines.

The judged set (``tests/data/eval_*.jsonl``) holds realistic profiles written
in Arabic, Tigrinya, Farsi, Somali, English and Dutch with a coordinator's
grades (0 not suitable .. 3 excellent); unjudged offers count as 0. A grade
of 2 or more is "relevant" for P@5, recall@10 and MRR; NDCG uses the grades.

Every system is audited with `violates`, an independent scalar check of the
hard constraints written from the format description rather than reusing the
vectorised mask, so a bug in the mask cannot hide itself.
"""

from __future__ import annotations

import hashlib

import numpy as np

from .geo import haversine_km, position, reliable
from .io import MAX_ERRORS, InputError, load_jsonl_numbered
from .ranker import Ranker
from .schema import Offer, Profile

K_NDCG, K_PRECISION, K_RECALL = 10, 5, 10
RELEVANT = 2
LANGUAGE_ORDER = ("ar", "ti", "fa", "so", "en", "nl")


def violates(profile: Profile, offer: Offer, year: int) -> str | None:
    """Name of the hard constraint this pair breaks, or None."""
    if offer.capacity == 0:
        return "capacity"
    if offer.women_only and profile.gender == "m":
        return "women_only"
    if profile.birth_year is not None:
        age = year - profile.birth_year
        if (offer.age_min is not None and age < offer.age_min) or (offer.age_max is not None and age > offer.age_max):
            return "age"
    if profile.availability and offer.schedule and not (set(profile.availability) & set(offer.schedule)):
        return "schedule"
    if profile.max_km is not None:
        # Only where both sides have a real position: a gemeente's seat
        # standing in for an unknown kern is a guess, not a distance.
        a = position(profile.lat, profile.lon, profile.kern, profile.gemeente)
        b = position(offer.lat, offer.lon, offer.kern, offer.gemeente)
        if reliable(a[2]) and reliable(b[2]):
            km = float(haversine_km(a[0], a[1], b[0], b[1]))
            if km > profile.max_km:
                return "max_km"
    return None


def dcg(grades) -> float:
    """Discounted cumulative gain with exponential gain ``2**grade - 1``."""
    grades = np.asarray(grades, dtype=np.float64)
    return float(((2.0**grades - 1.0) / np.log2(np.arange(2, grades.size + 2))).sum())


def metrics_for(ranked_grades, all_grades) -> dict:
    """NDCG@10, P@5, recall@10 and reciprocal rank for one ranked list.

    Parameters
    ----------
    ranked_grades : sequence of int
        Grades of the ranked offers, best first.
    all_grades : sequence of int
        Grades of every judged offer for this person (for the ideal ranking).
    """
    ideal = dcg(sorted(all_grades, reverse=True)[:K_NDCG])
    ranked = list(ranked_grades)
    relevant = [g >= RELEVANT for g in ranked]
    n_relevant = sum(g >= RELEVANT for g in all_grades)
    first = next((i for i, r in enumerate(relevant) if r), None)
    return {
        "ndcg@10": dcg(ranked[:K_NDCG]) / ideal if ideal > 0 else 0.0,
        "p@5": sum(relevant[:K_PRECISION]) / K_PRECISION,
        "recall@10": sum(relevant[:K_RECALL]) / n_relevant if n_relevant else 0.0,
        "mrr": 1.0 / (first + 1) if first is not None else 0.0,
    }


def split_halves(profiles) -> tuple[list, list]:
    """Profiles split into a development half and a held-out half, per language.

    Within each language the profiles are ordered by a hash of their id and
    dealt alternately, so the split is stable, needs no seed and does not
    follow the order the set was written in. Only the development half may be
    read profile by profile while the ranker is tuned; the held-out half is
    reported, never inspected.
    """
    by_language: dict[str, list] = {}
    for profile in profiles:
        by_language.setdefault(_language(profile), []).append(profile)
    dev, held_out = [], []
    for group in by_language.values():
        ordered = sorted(group, key=lambda p: hashlib.sha256(p.id.encode()).hexdigest())
        dev.extend(ordered[0::2])
        held_out.extend(ordered[1::2])
    return dev, held_out


def _language(profile: Profile) -> str:
    lang = profile.extra.get("lang")
    if isinstance(lang, str):
        return lang
    return (profile.languages or ("?",))[0]


class _Systems:
    """The ranked offer positions of each system for one person (all allowed offers)."""

    def __init__(self, ranker: Ranker, profiles, offers, judgments, year, seed=0):
        self.ranker = ranker
        self.prior = Ranker(year=year, spread=ranker.spread)
        self.index = ranker.index(offers)
        self.rng = np.random.default_rng(seed)
        self.relevant_count = {}
        for j in judgments:
            if j.grade >= RELEVANT:
                self.relevant_count.setdefault(j.offer, set()).add(j.profile)
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.tfidf = TfidfVectorizer(sublinear_tf=True)
        texts = [o.text for o in offers]
        profile_texts = [f"{p.interests or ''} {p.profession or ''}" for p in profiles]
        try:
            self.tfidf.fit(texts + profile_texts)
        except ValueError:  # no words at all: the baseline has nothing to go on
            self.tfidf = None
        else:
            self.offer_vectors = self.tfidf.transform(texts)

    def rank(self, name: str, profile: Profile) -> list[str]:
        if name in ("model", "prior"):
            ranker = self.ranker if name == "model" else self.prior
            return [s.id for s in ranker.rank(profile, self.index, top=len(self.index), reasons=False)]
        _, allowed, _, _ = self.prior.scores(profile, self.index)
        rows = np.flatnonzero(allowed)
        if name == "random":
            scores = self.rng.random(rows.size)
        elif name == "popularity":
            # Leave the person out: their own judgments must not rank their list.
            scores = np.array(
                [len(self.relevant_count.get(self.index.ids[r], set()) - {profile.id}) for r in rows], dtype=float
            )
        elif self.tfidf is None:
            scores = np.zeros(rows.size)
        else:  # tfidf
            query = self.tfidf.transform([f"{profile.interests or ''} {profile.profession or ''}"])
            scores = np.asarray((self.offer_vectors[rows] @ query.T).todense()).ravel()
        order = np.lexsort((rows, -scores))
        return [self.index.ids[r] for r in rows[order]]


SYSTEMS = ("model", "prior", "tfidf", "popularity", "random")
METRICS = ("ndcg@10", "p@5", "recall@10", "mrr")
#: The year both judged sets were graded with (ages are 2025 - birth_year).
EVALUATION_YEAR = 2025


def _ranked_lists(profiles, offers, judgments, ranker: Ranker, year: int) -> dict:
    """Per system and profile: the metrics, the violations and the top 10 of its ranking."""
    grades: dict[str, dict[str, int]] = {}
    for j in judgments:
        grades.setdefault(j.profile, {})[j.offer] = j.grade
    by_id = {o.id: o for o in offers}
    systems = _Systems(ranker, profiles, offers, judgments, year)
    out = {}
    for name in SYSTEMS:
        out[name] = {}
        for profile in profiles:
            mine = grades.get(profile.id, {})
            ranked = systems.rank(name, profile)
            result = metrics_for([mine.get(oid, 0) for oid in ranked], list(mine.values()))
            result["violations"] = sum(violates(profile, by_id[oid], year) is not None for oid in ranked[:K_NDCG])
            result["top"] = ranked[:K_NDCG]
            out[name][profile.id] = result
    return out


def generic_share(tops) -> tuple[float, str | None]:
    """The largest share of top-10 lists that one offer appears in, and that offer.

    An offer written so generally that it lands in a fifth of all lists,
    whatever people wrote, is a sign that type or popularity outweighs content.
    """
    counts: dict[str, int] = {}
    for top in tops:
        for oid in top:
            counts[oid] = counts.get(oid, 0) + 1
    if not counts:
        return 0.0, None
    offer = max(sorted(counts), key=counts.get)
    return counts[offer] / len(tops), offer


def _table(results: dict, profiles) -> dict:
    """Mean metrics per language and over all, for the given profiles."""
    per_language: dict[str, list] = {}
    for profile in profiles:
        per_language.setdefault(_language(profile), []).append(results[profile.id])
    languages = sorted(per_language, key=lambda x: (LANGUAGE_ORDER.index(x) if x in LANGUAGE_ORDER else 99, x))
    table = {}
    for lang in [*languages, "all"]:
        rows = [r for rs in per_language.values() for r in rs] if lang == "all" else per_language[lang]
        table[lang] = {metric: round(float(np.mean([r[metric] for r in rows])), 4) for metric in METRICS}
        table[lang]["n"] = len(rows)
        table[lang]["violations"] = int(sum(r["violations"] for r in rows))
        share, offer = generic_share([r["top"] for r in rows])
        table[lang]["generic"] = round(share, 4)
        table[lang]["generic_offer"] = offer
    return table


def evaluate(profiles, offers, judgments, ranker: Ranker, year: int = EVALUATION_YEAR, halves: bool = False) -> dict:
    """Metrics per system and language, hard-constraint violations and generic offers in each top 10.

    Parameters
    ----------
    profiles, offers, judgments : sequences of records
    ranker : Ranker
        The "model" system; "prior" is the rule prior with the same spread.
    year : int
        Reference year for ages.
    halves : bool
        Also report the development and held-out halves (`split_halves`).

    Returns
    -------
    dict
        ``{"systems": {system: {language|"all": {metric: value, "n": profiles,
        "violations": count, "generic": share, "generic_offer": id}}},
        "halves": {"dev"|"held-out": {"systems": ...}}, "model": description, ...}``;
        ``"halves"`` only when asked for.
    """
    results = _ranked_lists(profiles, offers, judgments, ranker, year)
    report = {
        "systems": {name: _table(results[name], profiles) for name in SYSTEMS},
        "model": repr(ranker),
        "n_profiles": len(profiles),
        "n_offers": len(offers),
        "n_judgments": len(judgments),
    }
    if halves:
        report["halves"] = {
            half: {"systems": {name: _table(results[name], group) for name in SYSTEMS}, "n_profiles": len(group)}
            for half, group in zip(("dev", "held-out"), split_halves(profiles), strict=True)
        }
    return report


def check_judgments(
    judgments, lines, profiles, offers, path: str, profiles_path: str = "profiles", offers_path: str = "offers"
) -> list[str]:
    """Located problems of a judgment file: unknown profile or offer ids, repeated pairs."""
    profile_ids, offer_ids = {p.id for p in profiles}, {o.id for o in offers}
    problems, first = [], {}
    for j, number in zip(judgments, lines, strict=True):
        if j.profile not in profile_ids:
            problems.append(
                f"{path}:{number}: field 'profile': unknown profile id {j.profile!r} (not in {profiles_path})"
            )
        elif j.offer not in offer_ids:
            problems.append(f"{path}:{number}: field 'offer': unknown offer id {j.offer!r} (not in {offers_path})")
        elif (j.profile, j.offer) in first:
            problems.append(
                f"{path}:{number}: field 'offer': offer {j.offer!r} judged again "
                f"for profile {j.profile!r} (first on line "
                f"{first[j.profile, j.offer]})"
            )
        else:
            first[j.profile, j.offer] = number
        if len(problems) >= MAX_ERRORS:
            problems.append(f"{path}: stopped after {MAX_ERRORS} errors")
            break
    return problems


def evaluate_files(profiles_path, offers_path, judgments_path, ranker: Ranker, halves: bool = False) -> dict:
    """`evaluate` on JSON Lines files (raises `matching.io.InputError` on bad input).

    Every file is checked before any is refused, so one run lists all problems;
    empty files and judgments of unknown or repeated pairs are refused too.
    """
    problems, loaded = [], {}
    for path, kind in ((offers_path, "offer"), (profiles_path, "profile"), (judgments_path, "judgment")):
        try:
            records, lines = load_jsonl_numbered(path, kind)
        except InputError as exc:
            problems.extend(exc.problems)
            loaded[kind] = None
            continue
        if not records:
            problems.append(f"{path}: no {kind} records in the file")
        loaded[kind] = (records, lines)
    if all(loaded[kind] and loaded[kind][0] for kind in ("offer", "profile", "judgment")):
        problems.extend(
            check_judgments(
                *loaded["judgment"],
                loaded["profile"][0],
                loaded["offer"][0],
                str(judgments_path),
                str(profiles_path),
                str(offers_path),
            )
        )
    if problems:
        raise InputError(problems)
    offers, profiles, judgments = (loaded[k][0] for k in ("offer", "profile", "judgment"))
    return evaluate(profiles, offers, judgments, ranker, year=ranker.year or EVALUATION_YEAR, halves=halves)


def format_table(report: dict, title: str | None = None) -> str:
    """Plain-text table: one block per system, one row per language; the halves follow when present."""
    lines = [
        f"{title + ': ' if title else ''}{report['n_profiles']} profiles, {report['n_offers']} offers, "
        f"{report['n_judgments']} judgments; model: {report['model']}",
        "",
    ]
    blocks = [("", report["systems"])]
    blocks += [(f"{half} half", part["systems"]) for half, part in report.get("halves", {}).items()]
    header = f"{'system':<11}{'lang':<6}{'n':>4}{'NDCG@10':>9}{'P@5':>7}{'R@10':>7}{'MRR':>7}{'viol.':>7}{'generic':>9}"
    for name_of_block, systems in blocks:
        if name_of_block:
            lines.append(f"-- {name_of_block} --")
        lines.append(header)
        lines.append("-" * len(header))
        for name, table in systems.items():
            for lang, m in table.items():
                lines.append(
                    f"{name:<11}{lang:<6}{m['n']:>4}{m['ndcg@10']:>9.3f}{m['p@5']:>7.3f}"
                    f"{m['recall@10']:>7.3f}{m['mrr']:>7.3f}{m['violations']:>7d}{m['generic']:>9.2f}"
                )
            lines.append("")
    lines.append(
        "generic: the largest share of top-10 lists that any one offer appears in "
        f"(prior, all: {report['systems']['prior']['all']['generic_offer']})"
    )
    return "\n".join(lines) + "\n"
