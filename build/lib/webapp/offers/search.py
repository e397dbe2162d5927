"""Typo-tolerant search and filters for the sociale kaart.

Visitors misspell ("volybal", "fotbal") and Dutch glues words together
("voetbalvereniging"), so each query word is compared with rapidfuzz against the words
of an offer: a word counts as found when it is a prefix of a word, close to a whole word,
or (from five letters) close to part of a compound.
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz, process

#: How similar (0..100) a query word must be to a word of the offer to count as found.
MIN_SIMILARITY = 80

_WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """Lower-case and strip accents, so "café" finds "cafe"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def offer_words(offer) -> list[str]:
    parts = [offer.title, offer.description, " ".join(offer.tags or []), offer.organisation.name]
    if offer.kern:
        parts.append(offer.kern.name)
    return sorted(set(words(" ".join(parts))))


def word_score(query_word: str, candidates: list[str]) -> float:
    """Whole-word similarity, or for longer words the best-matching part of a compound."""
    if len(query_word) >= 3 and any(c.startswith(query_word) for c in candidates):
        return 100.0
    scores = [process.extractOne(query_word, candidates, scorer=fuzz.ratio)]
    if len(query_word) >= 5:  # short words match parts of too many compounds
        longer = [c for c in candidates if len(c) > len(query_word)]  # "en" is inside "naaien"
        scores.append(process.extractOne(query_word, longer, scorer=fuzz.partial_ratio))
    return max((found[1] for found in scores if found), default=0.0)


def relevance(query: str, offer) -> float:
    """0 when some query word is missing, else the mean similarity of the query words."""
    wanted = [w for w in words(query) if len(w) >= 2]
    if not wanted:
        return 100.0
    candidates = offer_words(offer)
    scores = [word_score(w, candidates) for w in wanted]
    if min(scores) < MIN_SIMILARITY:
        return 0.0
    return sum(scores) / len(scores)


def matches_time(offer, day: str | None, part: str | None) -> bool:
    """Offers with no fixed schedule are flexible and fit any time."""
    if not (day or part) or not offer.schedule:
        return True
    for key in offer.schedule:
        offer_day, _, offer_part = key.partition("-")
        if (not day or day == offer_day) and (not part or part == offer_part):
            return True
    return False


def search(offers, query: str = "", day: str | None = None, part: str | None = None) -> list:
    """Filter by time and text; with a query the best matches come first."""
    timed = [o for o in offers if matches_time(o, day, part)]
    if not query.strip():
        return timed
    scored = [(relevance(query, o), o) for o in timed]
    scored = [(s, o) for s, o in scored if s > 0]
    scored.sort(key=lambda pair: -pair[0])
    return [o for _s, o in scored]
