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

from .concepts import extract_concepts
from .normalise import words

ROLES = ("want", "past", "child", "watch", "not")
#: Which cue wins when a clause has several: a refusal overrides everything.
_PRIORITY = ("not", "cannot", "child", "watch", "past")
_CLAUSE_PUNCTUATION = re.compile(r"[.!?;,\n\u060c\u061b\u061f\u1361-\u1366()/]+")
_ARABIC_CONJUNCTIONS = ("و", "ف")


@lru_cache(maxsize=1)
def _data() -> dict:
    raw = json.loads(resources.files("matching").joinpath("data/roles.json").read_text("utf-8"))
    cues = {role: {tuple(words(cue)) for cue in phrases} - {()} for role, phrases in raw["roles"].items()}
    return {
        "cues": cues,
        "longest": max(len(c) for group in cues.values() for c in group),
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
    breaks = _data()["breaks"]
    out = []
    for piece in _CLAUSE_PUNCTUATION.split(text or ""):
        current: list[str] = []
        for word in words(piece):
            if word in breaks:
                if current:
                    out.append(current)
                current = []
            else:
                current.append(word)
        if current:
            out.append(current)
    return out


def _forms(word: str) -> tuple[str, ...]:
    if word[:1] in _ARABIC_CONJUNCTIONS and len(word) > 2:
        return word, word[1:]
    return (word,)


def _has_cue(clause: list[str], cues: set, longest: int) -> bool:
    for i in range(len(clause)):
        for length in range(1, min(longest, len(clause) - i) + 1):
            head = clause[i]
            rest = tuple(clause[i + 1 : i + length])
            if any((form, *rest) in cues for form in _forms(head)):
                return True
    return False


def clause_role(clause: list[str]) -> str:
    """The cue role of one clause (see the module docstring), ``want`` without a cue."""
    data = _data()
    negated = [w for w in clause if w.startswith(data["negation_prefixes"]) and w.endswith("ን") and len(w) > 3]
    if negated:
        return "cannot" if any(stem in w for w in negated for stem in data["cannot_stems"]) else "not"
    for role in _PRIORITY:
        if _has_cue(clause, data["cues"][role], data["longest"]):
            return role
    return "want"


def read_mentions(text: str) -> dict[str, dict[str, float]]:
    """Concepts of a person's text by role: ``{role: {concept id: confidence}}`` for every role in `ROLES`.

    A concept keeps its best confidence per role. ``cannot`` becomes ``want``
    for a learnable skill and ``not`` for anything else.
    """
    skills = _data()["skills"]
    out: dict[str, dict[str, float]] = {role: {} for role in ROLES}
    for clause in clauses(text):
        role = clause_role(clause)
        for cid, conf in extract_concepts(" ".join(clause)).items():
            target = role
            if role == "cannot":
                target = "want" if cid in skills else "not"
            bucket = out[target]
            bucket[cid] = max(bucket.get(cid, 0.0), conf)
    return out
