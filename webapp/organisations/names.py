"""A name's skeleton: what two organisation names look like to a reader, not how they are spelled.

"VluchtelingenWerk", "Vluchtelingen werk", "VluchtelingenWerk" with a zero-width
space, with a right-to-left override, or with a Cyrillic "е" all read the same,
so a newcomer choosing whom to trust cannot tell them apart. Registration
refuses a new organisation whose skeleton another organisation already has.
"""

from __future__ import annotations

import unicodedata

from ..forms import clean_text

#: Letters of other scripts that look like Latin ones (the common Cyrillic and Greek look-alikes).
LOOK_ALIKES = str.maketrans(
    {
        "а": "a",
        "в": "b",
        "е": "e",
        "ё": "e",
        "к": "k",
        "м": "m",
        "н": "h",
        "о": "o",
        "р": "p",
        "с": "c",
        "т": "t",
        "у": "y",
        "х": "x",
        "і": "i",
        "ї": "i",
        "ј": "j",
        "ѕ": "s",
        "ԁ": "d",
        "ɡ": "g",
        "ԛ": "q",
        "α": "a",
        "β": "b",
        "ε": "e",
        "η": "n",
        "ι": "i",
        "κ": "k",
        "ν": "v",
        "ο": "o",
        "ρ": "p",
        "τ": "t",
        "υ": "u",
        "χ": "x",
        "ω": "w",
        "ℓ": "l",
        "0": "o",
        "1": "l",
    }
)


def skeleton(name: str) -> str:
    """Lower case, no accents, spaces, punctuation or invisible characters, look-alikes folded."""
    text = unicodedata.normalize("NFKD", clean_text(name or "")).casefold()
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return "".join(ch for ch in text.translate(LOOK_ALIKES) if ch.isalnum())
