"""How strong a password must be: coordinators and administrators see personal data of many people.

Strength is estimated with zxcvbn (dictionaries, keyboard patterns, dates,
repeats), not with character-class rules that "Welkom01!" passes. The name and
e-mail address of the person count as guessable words.
"""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from zxcvbn import zxcvbn

#: Roles that see or change the personal data of many newcomers.
STRICT_ROLES = {"coordinator", "admin", "gemeente"}
#: zxcvbn score (0..4) and length needed.
STRICT = {"score": 3, "length": 12}
NORMAL = {"score": 2, "length": 8}
#: zxcvbn is slow on very long input, and nobody types more.
_CHECKED_LENGTH = 128

TOO_WEAK = _l("This password is too easy to guess. Use a short sentence of four or more words.")
TOO_SHORT = _l("Use at least %(length)d characters.")


def problem(password: str, strict: bool, personal=()) -> str | None:
    """A translated message when ``password`` is not strong enough, else None."""
    rule = STRICT if strict else NORMAL
    if len(password or "") < rule["length"]:
        return str(TOO_SHORT) % {"length": rule["length"]}
    words = [w for w in personal if w]
    if zxcvbn(password[:_CHECKED_LENGTH], user_inputs=words)["score"] < rule["score"]:
        return str(TOO_WEAK)
    return None


def needs_strict(user) -> bool:
    return bool(user.roles & STRICT_ROLES)


def personal_words(user) -> list[str]:
    parts = [user.display_name or "", (user.email or "").split("@")[0], user.phone or ""]
    return [p for part in parts for p in part.replace(".", " ").split() if p]
