"""Load and validate the concept taxonomy shipped in ``matching/data/taxonomy.json``.

The taxonomy is data, not code, so translators and coordinators can add a
synonym without touching Python. Each concept is a language-independent idea
("football", "sewing", "learning_dutch") with the offer types it points to, the
work sectors it belongs to, an optional parent, and labels per language.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from types import MappingProxyType

from . import schema

__all__ = [
    "LABEL_LANGUAGES",
    "LANGUAGES",
    "OFFER_TYPES",
    "SECTORS",
    "Concept",
    "TaxonomyError",
    "compound_parts",
    "idioms",
    "phrase_only_words",
    "load_concepts",
    "no_fuzzy_words",
    "parse_taxonomy",
    "taxonomy_hash",
]

#: The twelve offer types of the interchange format (docs/matching-data-format.md).
OFFER_TYPES = schema.OFFER_TYPES  # the interchange format owns the list

#: Work sectors a concept can belong to; used to match a former trade with employers.
SECTORS: tuple[str, ...] = (
    "administration",
    "agriculture",
    "beauty",
    "care",
    "cleaning",
    "construction",
    "crafts",
    "education",
    "hospitality",
    "logistics",
    "production",
    "retail",
    "technology",
    "transport",
)

#: Languages every concept must have labels in.
LANGUAGES: tuple[str, ...] = ("nl", "en", "ar", "ti", "fa", "so")
#: All label keys: the six languages plus Latin-script transliterations
#: ("koora", "futbol", "khayata") of words from the non-Latin languages.
LABEL_LANGUAGES: tuple[str, ...] = (*LANGUAGES, "translit")


class TaxonomyError(ValueError):
    """The taxonomy data is inconsistent (unknown offer type, missing parent, ...)."""


@dataclass(frozen=True)
class Concept:
    """One language-independent concept.

    Attributes
    ----------
    id : str
        English snake_case identifier, stable across releases.
    offer_types : tuple of str
        Offer types (see :data:`OFFER_TYPES`) this interest points to.
    sectors : tuple of str
        Work sectors (see :data:`SECTORS`) when the concept is also a trade.
    parent : str or None
        Broader concept ("football" -> "sport").
    labels : mapping of str to tuple of str
        Words and phrases per language code in :data:`LABEL_LANGUAGES`.
    """

    id: str
    offer_types: tuple[str, ...]
    sectors: tuple[str, ...]
    parent: str | None
    labels: Mapping[str, tuple[str, ...]] = field(compare=False, hash=False, repr=False)

    def label(self, lang: str = "nl") -> str:
        """Return the preferred display label in ``lang``, falling back to Dutch, then the id."""
        for code in (lang, "nl"):
            words = self.labels.get(code)
            if words:
                return words[0]
        return self.id


def parse_taxonomy(raw: Mapping) -> tuple[Concept, ...]:
    """Build validated :class:`Concept` objects from the decoded JSON document.

    Raises
    ------
    TaxonomyError
        On duplicate ids, unknown offer types or sectors, missing languages,
        unknown parents or parent cycles.
    """
    concepts: list[Concept] = []
    seen: set[str] = set()
    for entry in raw.get("concepts", []):
        cid = entry["id"]
        if cid in seen:
            raise TaxonomyError(f"duplicate concept id {cid!r}")
        seen.add(cid)
        bad_types = set(entry.get("offer_types", [])) - set(OFFER_TYPES)
        if bad_types:
            raise TaxonomyError(f"{cid}: unknown offer types {sorted(bad_types)}")
        bad_sectors = set(entry.get("sectors", [])) - set(SECTORS)
        if bad_sectors:
            raise TaxonomyError(f"{cid}: unknown sectors {sorted(bad_sectors)}")
        labels = entry.get("labels", {})
        missing = [lang for lang in LANGUAGES if not labels.get(lang)]
        if missing:
            raise TaxonomyError(f"{cid}: no labels in {missing}")
        unknown_langs = set(labels) - set(LABEL_LANGUAGES)
        if unknown_langs:
            raise TaxonomyError(f"{cid}: unknown label languages {sorted(unknown_langs)}")
        concepts.append(
            Concept(
                id=cid,
                offer_types=tuple(entry.get("offer_types", [])),
                sectors=tuple(entry.get("sectors", [])),
                parent=entry.get("parent"),
                labels=MappingProxyType({k: tuple(v) for k, v in labels.items()}),
            )
        )
    _check_parents({c.id: c.parent for c in concepts})
    return tuple(concepts)


def _check_parents(parents: Mapping[str, str | None]) -> None:
    for cid, parent in parents.items():
        if parent is not None and parent not in parents:
            raise TaxonomyError(f"{cid}: unknown parent {parent!r}")
        chain = {cid}
        while parent is not None:
            if parent in chain:
                raise TaxonomyError(f"{cid}: parent cycle through {parent!r}")
            chain.add(parent)
            parent = parents[parent]


@lru_cache(maxsize=1)
def _raw() -> Mapping:
    text = resources.files("matching").joinpath("data/taxonomy.json").read_text("utf-8")
    return json.loads(text)


@lru_cache(maxsize=1)
def taxonomy_hash() -> str:
    """Short hash of the taxonomy file's content: any edit, even one synonym, changes it.

    A saved index holds concepts extracted with one taxonomy; this tells
    whether they still are what extraction would give today.
    """
    data = resources.files("matching").joinpath("data/taxonomy.json").read_bytes()
    return hashlib.sha256(data).hexdigest()[:16]


@lru_cache(maxsize=1)
def load_concepts() -> tuple[Concept, ...]:
    """Return the shipped concepts in file order (loaded once per process)."""
    return parse_taxonomy(_raw())


@lru_cache(maxsize=1)
def compound_parts() -> frozenset[str]:
    """Dutch words that are not concepts but occur in compounds ("vereniging", "atelier").

    Knowing them lets the compound splitter cut "voetbalvereniging" into
    "voetbal" + "vereniging" without "vereniging" meaning anything by itself.
    """
    return frozenset(_raw().get("compound_parts", []))


@lru_cache(maxsize=1)
def no_fuzzy_words() -> frozenset[str]:
    """Common words that look like a label but are not ("looking" vs "cooking")."""
    return frozenset(_raw().get("no_fuzzy", []))


@lru_cache(maxsize=1)
def phrase_only_words() -> frozenset[str]:
    """Words whose everyday sense is not their concept: read as a concept only inside a multiword label.

    Some differ by dialect (Levantine "كمان" is "also", elsewhere "violin");
    some are a light verb in most sentences (Farsi "فوتبال بازی می‌کنم", "I
    play football", is not board games; Arabic "العب", "I play"). With or
    without clitics, alone they are not read.
    """
    return frozenset(_raw().get("phrase_only_words", []))


@lru_cache(maxsize=1)
def idioms() -> frozenset[str]:
    """Multiword phrases whose words must not be read as concepts.

    Farsi/Dari "دوست دارم" ("I like", literally "friend I have") would
    otherwise yield ``making_friends`` for every "I like ..." sentence.
    """
    return frozenset(_raw().get("idioms", []))
