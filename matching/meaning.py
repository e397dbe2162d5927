"""What a person means by each thing they mention: wanted, done before, for a child, watched, refused.

"I was a cook, but I do not want to work in a kitchen again" mentions cooking
twice and wants neither; "my son needs help with homework" asks for homework
help for the son, not for the writer; "I like watching football, my knee is
bad" is no wish to play. Read as a bag of concepts, every one of these turns
into a wish. Here a text is cut into clauses (at punctuation and at words for
"but"), and a cue in a clause gives each concept in it one role:

* ``not``: refused ("I don't want", "ما بدي", "ኣይደልን", "ma rabo");
* ``cannot``: not able to; a refusal, except for a skill one can learn
  ("I cannot read" asks for a literacy class, "I cannot swim" for lessons);
* ``child``: for the writer's child ("my daughter", "ابني", "wiilkayga");
* ``watch``: watched, not done ("kijken", "اتفرج", "daawasho");
* ``past``: done before ("I was", "كنت", "ነይረ", "ahaa"): a former trade;
* ``want``: anything else.

What stands in brackets says more about the clause before it ("I was an
electrical engineer (power systems)") and, without a cue of its own, takes
its role.

The cues are data (``matching/data/roles.json``), one list per role with
every language together, so a coordinator can add a dialect's word without
touching code. Cues are matched as whole normalised words, so they are
exact; concepts inside a clause are found as everywhere else
(`matching.concepts`). Tigrinya negation is a circumfix (ኣይ...ን) on the
verb, so any word that begins with ኣይ or ዘይ and ends in ን is a ``not`` cue.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from .concepts import concepts_of_words
from .encoding import vocabulary
from .normalise import WORD_PATTERN, normalise, words

ROLES = ("want", "past", "child", "watch", "not")
#: Which cue wins when a clause has several: a refusal overrides everything.
_PRIORITY = ("not", "cannot", "child", "watch", "past")
_CLAUSE_PUNCTUATION = r"[.!?;,\n\u060c\u061b\u061f()/]+"
#: Ethiopic full stop (።) ends a sentence; the other marks (፡ ፣ ፤ ፥ ፦) cut a clause.
_ETHIOPIC_PUNCTUATION = str.maketrans({"\u1362": ".", **{c: "," for c in "\u1361\u1363\u1364\u1365\u1366"}})
_SENTENCE_END = frozenset(".!?\n\u061f")
#: A word (as `matching.normalise.words` finds it) or a run of clause punctuation.
_WORD_OR_BREAK = re.compile(f"(?P<word>{WORD_PATTERN})|(?P<cut>{_CLAUSE_PUNCTUATION})")
_ARABIC_CONJUNCTIONS = ("و", "ف")


@lru_cache(maxsize=1)
def _data() -> dict:
    raw = json.loads(resources.files("matching").joinpath("data/roles.json").read_text("utf-8"))
    cues = {role: {tuple(words(cue)) for cue in phrases} - {()} for role, phrases in raw["roles"].items()}
    # Every cue by its first word: a clause is read with one dictionary probe per word form.
    by_first: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for role, group in cues.items():
        for cue in group:
            by_first.setdefault(cue[0], []).append((role, cue[1:]))
    return {
        "cues": cues,
        "by_first": by_first,
        "breaks": frozenset(w for cue in raw["clause_breaks"] for w in words(cue)),
        "negation_prefixes": tuple(raw["ethiopic_negation_prefixes"]),
        "cannot_stems": tuple(raw["ethiopic_cannot_stems"]),
        "skills": frozenset(raw["skills"]),
    }


def cue_table() -> dict:
    """The cues as JSON-ready lists, for the hash of what a saved index was read with."""
    data = _data()
    return {
        "cues": {role: sorted(cues) for role, cues in data["cues"].items()},
        "breaks": sorted(data["breaks"]),
        "negation_prefixes": data["negation_prefixes"],
        "cannot_stems": data["cannot_stems"],
        "skills": sorted(data["skills"]),
    }


def clauses(text: str) -> list[list[str]]:
    """The text's clauses as lists of normalised words (cut at punctuation and at "but")."""
    return [clause for clause, _ in clause_runs(text)]


def clause_runs(text: str) -> list[tuple[list[str], bool]]:
    """The text's clauses, each with whether a sentence ends after it (a full stop, not a comma or "but")."""
    return [(clause, ends) for clause, ends, _ in _clause_runs(text)]


def _clause_runs(text: str) -> list[tuple[list[str], bool, bool]]:
    """`clause_runs`, each clause also with whether it stood in brackets."""
    breaks = _data()["breaks"]
    # Normalised once, whole: normalising removes Ethiopic punctuation, so it becomes ours first.
    text = normalise((text or "").translate(_ETHIOPIC_PUNCTUATION))
    out: list[tuple[list[str], bool, bool]] = []
    current: list[str] = []
    bracketed = inside = False
    for match in _WORD_OR_BREAK.finditer(text):
        word = match.group()
        if match.lastgroup == "cut" or word in breaks:
            ends = match.lastgroup == "cut" and not _SENTENCE_END.isdisjoint(word)
            if current:
                out.append((current, ends, bracketed))
            elif ends and out:
                out[-1] = (out[-1][0], True, out[-1][2])
            current = []
            if match.lastgroup == "cut":
                if "(" in word:
                    inside = True
                if ")" in word:
                    inside = False
            bracketed = inside
        else:
            current.append(word)
    if current:
        out.append((current, True, bracketed))
    return out


def _forms(word: str) -> tuple[str, ...]:
    if word[:1] in _ARABIC_CONJUNCTIONS and len(word) > 2:
        return word, word[1:]
    return (word,)


def _cue_roles(clause: list[str], by_first: dict) -> set:
    """The roles of every cue that occurs in `clause` as whole words in a row."""
    found = set()
    for i, word in enumerate(clause):
        for form in _forms(word):
            for role, rest in by_first.get(form, ()):
                if role not in found and tuple(clause[i + 1 : i + 1 + len(rest)]) == rest:
                    found.add(role)
    return found


def clause_role(clause: list[str]) -> str:
    """The cue role of one clause (see the module docstring), ``want`` without a cue."""
    data = _data()
    negated = [w for w in clause if w.startswith(data["negation_prefixes"]) and w.endswith("ን") and len(w) > 3]
    if negated:
        return "cannot" if any(stem in w for w in negated for stem in data["cannot_stems"]) else "not"
    found = _cue_roles(clause, data["by_first"])
    return next((role for role in _PRIORITY if role in found), "want")


def clause_roles(text: str) -> list[tuple[list[str], str, dict[str, float]]]:
    """Each clause of `text` with its role (`clause_role`) and its concepts.

    A child may be named in a clause of its own: "Gabadhayda (10 jir), waxay
    u baahan tahay caawinaad casharada guriga" names the daughter, then her
    age, then what she needs. A clause with a child cue and no narrow concept
    (only "children" or the like) passes its role on to the clauses after it
    that have no cue of their own, up to the end of the sentence.
    """
    vocab = vocabulary()
    out = []
    carried = "want"
    previous = "want"
    for clause, ends, bracketed in _clause_runs(text):
        role = clause_role(clause)
        found = concepts_of_words(clause)
        if role == "want" and bracketed:
            # "I was an electrical engineer (power systems)": what stands in brackets says more
            # about the clause before it.
            role = previous
        if role == "want":
            role = carried
        elif role == "child" and all(vocab.broad[vocab.index[c]] for c in found if c in vocab.index):
            carried = role
        out.append((clause, role, found))
        previous = role
        if ends:
            carried = "want"
    return out


def read_mentions(text: str) -> dict[str, dict[str, float]]:
    """Concepts of a person's text by role: ``{role: {concept id: confidence}}`` for every role in `ROLES`.

    A concept keeps its best confidence per role. ``cannot`` becomes ``want``
    for a learnable skill and ``not`` for anything else.
    """
    skills = _data()["skills"]
    out: dict[str, dict[str, float]] = {role: {} for role in ROLES}
    for _, role, found in clause_roles(text):
        for cid, conf in found.items():
            target = role
            if role == "cannot":
                target = "want" if cid in skills else "not"
            bucket = out[target]
            bucket[cid] = max(bucket.get(cid, 0.0), conf)
    return out
