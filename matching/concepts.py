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

How it stays fast: a text is read once, left to right, as a list of words.
Step 1 walks a trie of the multiword labels and idioms, one dictionary probe
per word of the phrase, instead of trying every n-gram length at every
position (2.1 million probes for 10,000 real offers, 7.9 s). With 14,000
labels nearly half the words of a text ("in", "een", "voor") begin some
label, and the next word nearly always ends it, so each word's reading also
holds the words that may follow it in a phrase (in the trie or glued on):
a walk starts only when the next word is one of them (19,000 walks instead
of 238,000 for 10,000 offers). Steps 2-5 and that set are worked out once
per distinct word and cached, so the costly compound and fuzzy passes run
only for a word never seen before, and only when the exact steps found
nothing; compound splitting is tried only for a word that begins with a
known part and ends with one.

Known limits: negation ("ik hou niet van voetbal") and tense are ignored, so a
former trade the person does *not* want to return to still counts; words
outside the taxonomy are simply not seen.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from matching.normalise import (
    arabic_candidates,
    ethiopic_candidates,
    latin_candidates,
    normalise,
    script_of,
    split_compound,
    tokenise,
    words,
)
from matching.taxonomy import Concept, compound_parts, idioms, load_concepts, no_fuzzy_words, phrase_only_words

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
#: rapidfuzz ``fuzz.ratio`` cut-off (0..100) and shortest word tried, per script.
#: Latin 85 from six letters accepts one dropped or doubled letter ("footbal",
#: "sewwing", "cokking"); a five-letter Somali or Dutch word one letter from a
#: label is as often another word ("hadda" is "now", not a welder). Arabic script
#: writes few vowels, so one letter changes the word: "سنين" (years) is not
#: elderly care, "جمعه" (Friday) not community; only a stem of five letters
#: or more (after the article) is tried, at 88. Ge'ez letters are syllables:
#: three of them are as long as a six-letter Latin word.
FUZZY_RULES = {"latn": (6, 85.0), "arab": (5, 88.0), "ethi": (3, 85.0)}
#: Share of letters one script must have for :func:`detect_script` not to say "mixed".
DOMINANT_SCRIPT_SHARE = 0.8


@dataclass(frozen=True, slots=True)
class Match:
    """One concept found in a text, with the words that triggered it and how."""

    concept_id: str
    confidence: float
    surface: str
    method: str  # exact, stripped, inflected, compound, fuzzy, parent


@dataclass(eq=False, slots=True)
class _Node:
    """One word of the phrase trie: the words that may follow, and what the phrase so far is."""

    next: dict[str, _Node] = field(default_factory=dict)
    #: Concepts of the multiword label ending here (same-script labels only).
    hits: tuple[str, ...] = ()
    #: An idiom ends here: its words are skipped, not read as concepts.
    idiom: bool = False


@dataclass(frozen=True)
class _Index:
    exact: dict[str, tuple[str, ...]]
    max_ngram: int
    parts: frozenset[str]
    #: Every beginning and every ending (three letters or more) of a part, for `_may_split`.
    part_heads: frozenset[str]
    part_tails: frozenset[str]
    fuzzy: dict[tuple[str, str], tuple[str, ...]]
    no_fuzzy: frozenset[str]
    #: Words whose everyday sense is not their concept (a dialect's "also", a
    #: light verb "play"): read only inside a phrase.
    phrase_only_words: frozenset[str]
    phrases: dict[str, _Node]
    #: Beginnings (three letters or more short of the end) of Latin one-word labels, so
    #: "taal" may start gluing "taal cafe" into "taalcafe" and "mijn" never tries.
    glue_prefixes: frozenset[str]
    #: `glue_prefixes` and the one-word labels, sorted: a word glued to the next one outside
    #: these neither is a label nor may grow into one, so no glued walk can start there.
    glue_steps: tuple[str, ...]
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
        for labels in c.labels.values():
            for label in labels:
                # `words`, not `tokenise`: the same words without a `Token` each (14,000 labels).
                tokens = words(label)
                if not tokens:
                    continue
                key = " ".join(tokens)
                cids = exact[key]
                if c.id not in cids:
                    cids.append(c.id)
                max_ngram = max(max_ngram, len(tokens))
    single = [k for k in exact if " " not in k]
    parts = {k for k in single if k.isascii() and k.isalpha()}
    parts |= {normalise(w) for w in compound_parts()}
    fuzzy: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key in single:
        script = script_of(key)
        if len(key) >= FUZZY_RULES.get(script, (99, 0))[0]:
            fuzzy[_script_key(key, script)].append(key)
    idiom_keys = {" ".join(words(p)) for p in idioms()}
    glue_prefixes = frozenset(key[:j] for key in single if script_of(key) == "latn" for j in range(3, len(key) - 2))
    return _Index(
        exact={k: tuple(v) for k, v in exact.items()},
        max_ngram=max_ngram,
        parts=frozenset(parts),
        part_heads=frozenset(p[:j] for p in parts for j in range(3, len(p) + 1)),
        part_tails=frozenset(p[-j:] for p in parts for j in range(3, len(p) + 1)),
        fuzzy={k: tuple(v) for k, v in fuzzy.items()},
        no_fuzzy=frozenset(normalise(w) for w in no_fuzzy_words()),
        phrase_only_words=frozenset(normalise(w) for w in phrase_only_words()),
        phrases=_phrase_trie(exact, idiom_keys, max_ngram),
        glue_prefixes=glue_prefixes,
        glue_steps=tuple(sorted(glue_prefixes.union(single))),
        parents={c.id: c.parent for c in load_concepts()},
    )


def _phrase_trie(exact: dict[str, list[str]], idiom_keys: set[str], max_ngram: int) -> dict[str, _Node]:
    """Trie over the words of multiword labels and idioms.

    A label mixing scripts never matches (the words of a phrase must share a
    script) and a phrase longer than the longest label is never tried, so
    neither enters the trie.
    """
    root: dict[str, _Node] = {}

    def node(path: list[str]) -> _Node:
        children, current = root, None
        for word in path:
            current = children.setdefault(word, _Node())
            children = current.next
        return current

    for key, cids in exact.items():
        path = key.split(" ")
        if len(path) > 1 and len({script_of(w) for w in path}) == 1:
            node(path).hits = tuple(cids)
    for key in idiom_keys:
        path = key.split(" ")
        if 1 < len(path) <= max_ngram:
            node(path).idiom = True
    return root


def _variants(word: str, script: str) -> Iterator[tuple[str, int]]:
    if script == "arab":
        return arabic_candidates(word)
    if script == "ethi":
        return ethiopic_candidates(word)
    return latin_candidates(word)


#: Tokens longer than this are matched exactly or not at all: no real word or Dutch compound is
#: this long, and splitting or fuzzy-matching a pasted run of letters would take seconds.
MAX_GUESS_LEN = 40


def _lookup_word(word: str, script: str, fuzzy: bool) -> tuple[tuple[str, float, str], ...]:
    """Resolve one token to (concept id, confidence, method) triples."""
    index = _index()
    for form, strips in _variants(word, script):
        if form in index.phrase_only_words:
            return ()
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
    return _lookup_fuzzy(word, script) if fuzzy else ()


def _may_split(word: str, index: _Index) -> bool:
    """Whether `split_compound` may split ``word``: it begins with a known part and ends with one.

    `split_compound` tests this too, by probing every beginning and ending
    of the word; here the walk stops at the first one that begins (or ends)
    no part at all, after one or two probes for nearly every word. The
    limits are `split_compound`'s defaults (parts of 3-30 letters).
    """
    n = len(word)
    for j in range(3, min(n, 30) + 1):
        head = word[:j]
        if head not in index.part_heads:
            return False
        if head in index.parts:
            break
    else:
        return False
    for i in range(n - 3, max(0, n - 30) - 1, -1):
        tail = word[i:]
        if tail not in index.part_tails:
            return False
        if tail in index.parts:
            return True
    return False


def _lookup_compound(word: str) -> tuple[tuple[str, float, str], ...]:
    index = _index()
    if not _may_split(word, index):
        return ()
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
    if word in index.no_fuzzy:
        return ()
    probe = word
    if script == "arab" and word.startswith("ال") and len(word) > 4:
        probe = word[2:]
    min_len, cutoff = FUZZY_RULES.get(script, (99, 100.0))
    if len(probe) < min_len:
        return ()
    choices = index.fuzzy.get(_script_key(probe, script), ())
    best = process.extractOne(probe, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
    if best is None:
        return ()
    key, score, _ = best
    conf = round(FUZZY_MAX * score / 100.0, 4)
    return tuple((cid, conf, "fuzzy") for cid in index.exact[key])


#: A word's own reading and the phrases it may begin, cached per distinct word.
_Word = tuple[tuple[tuple[str, float, str, str], ...], Collection[str], tuple[tuple[_Node, bool], ...], bool]


_NO_WORDS: frozenset[str] = frozenset()


def _word(word: str, fuzzy: bool = True) -> _Word:
    """What one word contributes: its concepts read alone, and the phrases it can start.

    Returns ``(hits, follow, starts, glues)``: ``hits`` are (concept id,
    confidence, surface, method) for the word on its own; ``starts`` the
    trie nodes of the word's forms that begin a multiword label, each with
    whether it is the word as written (else a stripped form, less certain,
    that may not begin an idiom); ``glues`` whether the word can begin a
    Latin label written together; ``follow`` every word that can come next
    in a phrase the word begins (in the trie, or glued on). With 14,000
    labels nearly half of all words in a text ("in", "een", "voor") begin
    some phrase, but the next word nearly always ends the walk:
    `_word_mentions` walks only when the next word is in ``follow``.
    """
    index = _index()
    script = script_of(word)
    found = _lookup_word(word, script, fuzzy)
    hits = tuple((cid, conf, word, method) for cid, conf, method in found) if found else ()
    if script == "arab":
        # Arabic proclitics may sit on the first word of a phrase: "بكرة القدم".
        forms = _variants(word, script)
        starts = tuple((index.phrases[form], strips == 0) for form, strips in forms if form in index.phrases)
    else:
        node = index.phrases.get(word)
        starts = () if node is None else ((node, True),)
    glues = script == "latn" and len(word) >= 3 and word in index.glue_prefixes
    if not (starts or glues):
        return hits, _NO_WORDS, starts, glues
    follow = {after for node, _ in starts for after in node.next}
    if glues:
        # `_phrase` glues on a next word of three letters or more, and goes on only while the
        # glued words are a label or the beginning of one: the words that allow the first step.
        steps = index.glue_steps
        at = bisect_left(steps, word)
        while at < len(steps) and steps[at].startswith(word):
            if len(steps[at]) >= len(word) + 3:
                follow.add(steps[at][len(word) :])
            at += 1
    return hits, frozenset(follow), starts, glues


# `_word` cached per distinct word, one cache per mode: keyed by the string alone, a cache hit
# costs a third of one keyed by (word, fuzzy), and a text's every word is one.
@lru_cache(maxsize=131072)
def _word_fuzzy(word: str) -> _Word:
    return _word(word, True)


@lru_cache(maxsize=131072)
def _word_exact(word: str) -> _Word:
    return _word(word, False)


def _phrase(words_: list[str], i: int, starts, glues: bool) -> tuple[int, tuple[tuple[str, float], ...]]:
    """The longest phrase at ``words_[i]``: (number of words, (concept, confidence) pairs).

    A longer phrase wins; at equal length an idiom beats a label, the word as
    written beats its stripped forms, and a label beats words glued together.
    An idiom gives no concepts; no phrase gives length 0.
    """
    index = _index()
    limit = min(index.max_ngram, len(words_) - i)
    best, found = 0, ()
    for node, written in starts:
        conf = EXACT if written else STRIPPED
        length = 1
        while length < limit:
            node = node.next.get(words_[i + length])
            if node is None:
                break
            length += 1
            if length > best and ((written and node.idiom) or node.hits):
                best = length
                found = () if written and node.idiom else tuple((cid, conf) for cid in node.hits)
    if glues:
        # No script test: a word of another script makes ``glued`` a string that is
        # neither a label nor the start of one, which ends the loop all the same.
        glued, length = words_[i], 1
        while length < limit:
            word = words_[i + length]
            if len(word) < 3:
                break
            glued += word
            length += 1
            if length > best and glued in index.exact:
                best, found = length, tuple((cid, EXACT) for cid in index.exact[glued])
            if glued not in index.glue_prefixes:
                break
    return best, found


def _mentions(text: str, fuzzy: bool = True) -> list[tuple[str, float, str, str]]:
    """Direct concept mentions in reading order: (concept id, confidence, surface, method).

    Multiword labels win over their single words: "كرة القدم" is football, and
    its "كرة" is not looked up again on its own. Idioms listed in the taxonomy
    are skipped whole: Farsi "دوست دارم" means "I like", not "friend".
    """
    return _word_mentions(words(text), fuzzy)


def _word_mentions(tokens: list[str], fuzzy: bool = True) -> list[tuple[str, float, str, str]]:
    """`_mentions` of a text already split into normalised words (`matching.normalise.words`)."""
    found: list[tuple[str, float, str, str]] = []
    read = _word_fuzzy if fuzzy else _word_exact
    last = len(tokens) - 1
    after_phrase = 0
    for i, word in enumerate(tokens):
        if i < after_phrase:
            continue
        hits, follow, starts, glues = read(word)
        # `_phrase` finds nothing unless the next word continues a walk: no walk then.
        if follow and i < last and tokens[i + 1] in follow:
            length, pairs = _phrase(tokens, i, starts, glues)
            if length:
                surface = " ".join(tokens[i : i + length])
                found.extend((cid, conf, surface, "exact") for cid, conf in pairs)
                after_phrase = i + length
                continue
        if hits:
            found.extend(hits)
    return found


@lru_cache(maxsize=4096)
def _ancestors(cid: str, conf: float) -> tuple[tuple[str, float], ...]:
    """(parent, confidence) up the chain, each step ``PARENT_DECAY`` less certain."""
    parents = _index().parents
    chain = []
    parent = parents.get(cid)
    while parent is not None:
        conf *= PARENT_DECAY
        chain.append((parent, round(conf, 4)))
        parent = parents.get(parent)
    return tuple(chain)


def find_concepts(text: str) -> list[Match]:
    """Return every concept mention in ``text`` with its trigger, parents included.

    Direct mentions come in reading order, then the parents of each in turn.
    """
    direct = [Match(*mention) for mention in _mentions(text)]
    parents = [
        Match(parent, conf, m.surface, "parent")
        for m in direct
        for parent, conf in _ancestors(m.concept_id, m.confidence)
    ]
    return direct + parents


def extract_concepts(text: str, fuzzy: bool = True) -> dict[str, float]:
    """Return ``{concept id: confidence}`` for ``text``, confidences in (0, 1].

    ``fuzzy=False`` reads only exact, inflected, stripped and compound forms:
    for curated offer text, where a near-miss is another word, not a typo.

    Each concept keeps its best confidence over all mentions; parent concepts
    are included with a lower confidence (``PARENT_DECAY`` per level). Empty or
    unknown text gives ``{}``. Negation is not detected ("geen voetbal" still
    yields football). This is what the web app stores per offer for search.
    """
    if not text:
        return {}
    return concepts_of_words(words(text), fuzzy)


def concepts_of_words(tokens: list[str], fuzzy: bool = True) -> dict[str, float]:
    """`extract_concepts` of a text already split into normalised words (`matching.normalise.words`).

    For a caller that reads the same words for other things too (an offer's
    cues), so the text is normalised and split once.
    """
    result: dict[str, float] = {}
    direct = _word_mentions(tokens, fuzzy)
    for cid, conf, _, _ in direct:
        if conf > result.get(cid, 0.0):
            result[cid] = conf
    for cid, conf, _, _ in direct:
        for parent, parent_conf in _ancestors(cid, conf):
            if parent_conf > result.get(parent, 0.0):
                result[parent] = parent_conf
    return result


def extract_many(texts: Iterable[str], fuzzy: bool = True) -> list[dict[str, float]]:
    """Apply :func:`extract_concepts` to each text; word lookups are shared via a cache."""
    return [extract_concepts(t, fuzzy) for t in texts]


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
