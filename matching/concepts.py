"""Map free text in any of the newcomers' languages to language-independent concepts.

"أحب كرة القدم", "ኩዕሶ እግሪ", "kubadda cagta", "i like footbal" and the offer
"Voetbalvereniging Nieuwleusen zoekt spelers" share no words, but all of them
mention the concept ``football``. The ranker compares concept vectors instead
of words.

Lookup, in order, per token (all on :func:`matching.normalise.normalise` output):

1. exact multiword labels, longest first ("kubadda cagta", "كره القدم",
   "koffie en taal"); Latin n-grams are also tried written together, so
   "taal cafe" finds "taalcafe";
2. the exact single word;
3. the word with clitics or inflections removed (Arabic و/ف + ب/ل/ك + ال and
   Farsi suffixes, Tigrinya ን/ብ/ዝ, English/Dutch -s/-en/-ing), accepted only
   when the stripped form is a known label;
4. Dutch compound splitting into known parts ("naaiatelier" -> naai + atelier);
5. fuzzy matching (rapidfuzz ``fuzz.ratio``) for typos ("footbal", "cokking"),
   only for words of four or more letters, only against labels of the same
   script, and for Latin only against labels with the same first letter, since
   typos rarely hit the first letter while unrelated words often rhyme
   ("looking"/"cooking").

Confidence is 1.0 for exact hits and lower for each less certain step; parent
concepts are added with a decayed confidence ("football" 1.0 -> "sport" 0.6).

Known limits: negation ("ik hou niet van voetbal") and tense are ignored, so a
former trade the person does *not* want to return to still counts; words
outside the taxonomy are simply not seen.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from matching.normalise import (
    Token,
    arabic_candidates,
    ethiopic_candidates,
    latin_candidates,
    normalise,
    split_compound,
    tokenise,
)
from matching.taxonomy import Concept, compound_parts, idioms, load_concepts, no_fuzzy_words

__all__ = [
    "Concept",
    "Match",
    "concept",
    "concept_ids",
    "detect_script",
    "extract_concepts",
    "extract_many",
    "find_concepts",
]

#: Confidence per lookup step (see module docstring).
EXACT = 1.0
STRIPPED = 0.95
COMPOUND = 0.9
INFLECTED = 0.9
FUZZY_MAX = 0.85
#: Each step up the parent chain multiplies confidence by this.
PARENT_DECAY = 0.6
#: rapidfuzz ``fuzz.ratio`` cut-off (0..100). 85 accepts one dropped or
#: doubled letter in a word of five or more ("footbal", "sewwing", "cokking")
#: but not a changed letter in a four-letter word.
FUZZY_CUTOFF = 85.0
FUZZY_MIN_LEN = 4
#: Share of letters one script must have for :func:`detect_script` not to say "mixed".
DOMINANT_SCRIPT_SHARE = 0.8


@dataclass(frozen=True, slots=True)
class Match:
    """One concept found in a text, with the words that triggered it and how."""

    concept_id: str
    confidence: float
    surface: str
    method: str  # exact, stripped, inflected, compound, fuzzy, parent


@dataclass(frozen=True)
class _Index:
    exact: dict[str, tuple[str, ...]]
    max_ngram: int
    parts: frozenset[str]
    fuzzy: dict[tuple[str, str], tuple[str, ...]]
    no_fuzzy: frozenset[str]
    idioms: frozenset[str]
    parents: dict[str, str | None]


@lru_cache(maxsize=1)
def _by_id() -> dict[str, Concept]:
    return {c.id: c for c in load_concepts()}


def concept_ids() -> tuple[str, ...]:
    """Return all concept ids in the taxonomy file's order.

    The order is stable for a given taxonomy version and is meant as feature
    column order; a trained model should store the ids it was trained with.
    """
    return tuple(_by_id())


def concept(cid: str) -> Concept:
    """Return the :class:`Concept` with id ``cid`` (``KeyError`` if unknown)."""
    return _by_id()[cid]


def _script_key(word: str, script: str) -> tuple[str, str]:
    return (script, word[0] if script == "latn" else "")


@lru_cache(maxsize=1)
def _index() -> _Index:
    exact: dict[str, list[str]] = defaultdict(list)
    max_ngram = 1
    for c in load_concepts():
        for words in c.labels.values():
            for label in words:
                tokens = tokenise(label)
                if not tokens:
                    continue
                key = " ".join(t.text for t in tokens)
                if c.id not in exact[key]:
                    exact[key].append(c.id)
                max_ngram = max(max_ngram, len(tokens))
    single = [k for k in exact if " " not in k]
    parts = {k for k in single if k.isascii() and k.isalpha()}
    parts |= {normalise(w) for w in compound_parts()}
    fuzzy: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key in single:
        if len(key) >= FUZZY_MIN_LEN:
            script = tokenise(key)[0].script
            fuzzy[_script_key(key, script)].append(key)
    return _Index(
        exact={k: tuple(v) for k, v in exact.items()},
        max_ngram=max_ngram,
        parts=frozenset(parts),
        fuzzy={k: tuple(v) for k, v in fuzzy.items()},
        no_fuzzy=frozenset(normalise(w) for w in no_fuzzy_words()),
        idioms=frozenset(" ".join(t.text for t in tokenise(p)) for p in idioms()),
        parents={c.id: c.parent for c in load_concepts()},
    )


def _variants(token: Token) -> Iterator[tuple[str, int]]:
    if token.script == "arab":
        return arabic_candidates(token.text)
    if token.script == "ethi":
        return ethiopic_candidates(token.text)
    return latin_candidates(token.text)


#: Tokens longer than this are matched exactly or not at all: no real word or Dutch compound is
#: this long, and splitting or fuzzy-matching a pasted run of letters would take seconds.
MAX_GUESS_LEN = 40


@lru_cache(maxsize=65536)
def _lookup_word(word: str, script: str) -> tuple[tuple[str, float, str], ...]:
    """Resolve one token to (concept id, confidence, method) triples; cached per word."""
    index = _index()
    token = Token(word, script)
    for form, strips in _variants(token):
        hits = index.exact.get(form)
        if hits:
            if strips == 0:
                return tuple((cid, EXACT, "exact") for cid in hits)
            conf, method = (STRIPPED, "stripped") if script != "latn" else (INFLECTED, "inflected")
            return tuple((cid, conf, method) for cid in hits)
    if len(word) > MAX_GUESS_LEN:
        return ()
    if script == "latn" and len(word) >= 6:
        found = _lookup_compound(word)
        if found:
            return found
    return _lookup_fuzzy(word, script)


def _lookup_compound(word: str) -> tuple[tuple[str, float, str], ...]:
    index = _index()
    parts = split_compound(word, index.parts)
    if not parts:
        return ()
    found: dict[str, None] = {}
    for part in parts:
        for cid in index.exact.get(part, ()):
            found.setdefault(cid)
    return tuple((cid, COMPOUND, "compound") for cid in found)


def _lookup_fuzzy(word: str, script: str) -> tuple[tuple[str, float, str], ...]:
    index = _index()
    if len(word) < FUZZY_MIN_LEN or word in index.no_fuzzy:
        return ()
    probe = word
    if script == "arab" and word.startswith("ال") and len(word) > 4:
        probe = word[2:]
    choices = index.fuzzy.get(_script_key(probe, script), ())
    best = process.extractOne(probe, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    if best is None:
        return ()
    key, score, _ = best
    conf = round(FUZZY_MAX * score / 100.0, 4)
    return tuple((cid, conf, "fuzzy") for cid in index.exact[key])


def _ngram_hits(tokens: list[Token], i: int, n: int) -> tuple[tuple[str, ...], float]:
    """Concepts for the n tokens starting at ``i`` as one multiword label."""
    index = _index()
    span = tokens[i : i + n]
    script = span[0].script
    if any(t.script != script for t in span):
        return (), 0.0
    rest = " ".join(t.text for t in span[1:])
    firsts = _variants(span[0]) if script == "arab" else iter([(span[0].text, 0)])
    for first, strips in firsts:
        hits = index.exact.get(f"{first} {rest}")
        if hits:
            return hits, EXACT if strips == 0 else STRIPPED
    if script == "latn" and all(len(t.text) >= 3 for t in span):
        # "taal cafe" -> "taalcafe", but never glue short words: "vrouw en" is not "vrouwen"
        hits = index.exact.get("".join(t.text for t in span))
        if hits:
            return hits, EXACT
    return (), 0.0


def find_concepts(text: str) -> list[Match]:
    """Return every concept mention in ``text`` with its trigger, parents included.

    Multiword labels win over their single words: "كرة القدم" is football, and
    its "كرة" is not looked up again on its own. Idioms listed in the taxonomy
    are skipped whole: Farsi "دوست دارم" means "I like", not "friend".
    """
    index = _index()
    tokens = tokenise(text)
    matches: list[Match] = []
    i = 0
    while i < len(tokens):
        for n in range(min(index.max_ngram, len(tokens) - i), 1, -1):
            if " ".join(t.text for t in tokens[i : i + n]) in index.idioms:
                i += n
                break
            hits, conf = _ngram_hits(tokens, i, n)
            if hits:
                surface = " ".join(t.text for t in tokens[i : i + n])
                matches.extend(Match(cid, conf, surface, "exact") for cid in hits)
                i += n
                break
        else:
            token = tokens[i]
            for cid, conf, method in _lookup_word(token.text, token.script):
                matches.append(Match(cid, conf, token.text, method))
            i += 1
    matches.extend(_parent_matches(matches, index.parents))
    return matches


def _parent_matches(matches: list[Match], parents: dict[str, str | None]) -> list[Match]:
    extra: list[Match] = []
    for m in matches:
        parent, conf = parents.get(m.concept_id), m.confidence
        while parent is not None:
            conf *= PARENT_DECAY
            extra.append(Match(parent, round(conf, 4), m.surface, "parent"))
            parent = parents.get(parent)
    return extra


def extract_concepts(text: str) -> dict[str, float]:
    """Return ``{concept id: confidence}`` for ``text``, confidences in (0, 1].

    Each concept keeps its best confidence over all mentions; parent concepts
    are included with a lower confidence (``PARENT_DECAY`` per level). Empty or
    unknown text gives ``{}``. Negation is not detected ("geen voetbal" still
    yields football).
    """
    result: dict[str, float] = {}
    for m in find_concepts(text) if text else ():
        if m.confidence > result.get(m.concept_id, 0.0):
            result[m.concept_id] = m.confidence
    return result


def extract_many(texts: Iterable[str]) -> list[dict[str, float]]:
    """Apply :func:`extract_concepts` to each text; word lookups are shared via a cache."""
    return [extract_concepts(t) for t in texts]


def detect_script(text: str) -> str:
    """Return the dominant script of ``text``: ``arab``, ``ethi``, ``latn``, ``mixed`` or ``''``.

    A script counts as dominant when it holds at least 80 % of the letters, so
    one Latin brand name in an Arabic sentence does not make it "mixed". Digits
    are ignored; text without letters gives ``''``.
    """
    counts: dict[str, int] = defaultdict(int)
    for token in tokenise(text):
        letters = sum(1 for ch in token.text if not ch.isdigit())
        if letters:
            counts[token.script] += letters
    total = sum(counts.values())
    if not total:
        return ""
    script, top = max(counts.items(), key=lambda kv: kv[1])
    return script if top >= DOMINANT_SCRIPT_SHARE * total else "mixed"
