"""Script-aware text normalisation and tokenisation for multilingual free text.

Newcomers type interests in Arabic, Farsi/Dari, Tigrinya (Ge'ez script), Somali,
English and Dutch, on phones with whatever keyboard they have. The same word then
arrives in many byte forms: with or without Arabic vowel marks, with a Persian
``ی``/``ک`` or an Arabic ``ي``/``ك``, with Persian digits, with a zero-width
non-joiner or a space, with or without Dutch accents. Concept lookup only works
when the taxonomy labels and the user's text go through *the same* function, so
this module is deliberately lossy: it throws away distinctions that people do
not type consistently and keeps the ones that change meaning.

Nothing here knows about concepts; :mod:`matching.concepts` builds its index
with :func:`normalise` and :func:`tokenise` and adds vocabulary-driven steps on
top (:func:`split_compound`, :func:`arabic_candidates`, :func:`ethiopic_candidates`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass

__all__ = [
    "Token",
    "arabic_candidates",
    "ethiopic_candidates",
    "latin_candidates",
    "normalise",
    "script_of",
    "split_compound",
    "tokenise",
    "words",
]

# --- Arabic script (Arabic, Farsi, Dari) -----------------------------------

#: Harakat (fathatan..sukun), maddah/hamza marks above and below, the
#: superscript alef and Quranic annotation signs. Vowel marks are optional in
#: everyday writing, so a word typed with them must equal the word without.
_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed]")
_TATWEEL = "\u0640"  # kashida: pure typographic stretching, never meaningful

#: Letter variants that people use interchangeably. Both directions of the
#: Persian/Arabic split (ی/ي, ک/ك) collapse to the Arabic code point, so a Dari
#: speaker on an Arabic keyboard and the Farsi label meet in the middle.
_ARABIC_FOLD = str.maketrans(
    {
        "\u0623": "\u0627",  # أ -> ا
        "\u0625": "\u0627",  # إ -> ا
        "\u0622": "\u0627",  # آ -> ا
        "\u0671": "\u0627",  # ٱ -> ا
        "\u0672": "\u0627",
        "\u0673": "\u0627",
        "\u0649": "\u064a",  # ى -> ي
        "\u06cc": "\u064a",  # Persian ی -> ي
        "\u06d0": "\u064a",  # Pashto ې -> ي
        "\u0626": "\u064a",  # ئ -> ي
        "\u0629": "\u0647",  # ة -> ه  (taa marbuta written as haa at word end)
        "\u06c0": "\u0647",  # ۀ -> ه  (Persian ezafe on haa)
        "\u06c1": "\u0647",  # ہ -> ه
        "\u06be": "\u0647",  # ھ -> ه
        "\u06d5": "\u0647",  # ە -> ه
        "\u0624": "\u0648",  # ؤ -> و
        "\u06a9": "\u0643",  # Persian ک -> ك
        "\u06aa": "\u0643",  # ڪ -> ك
    }
)

#: Arabic-Indic (U+0660..) and extended/Persian (U+06F0..) digits to ASCII, so
#: "B1" and "ب۱" style mixes and years compare as the same token.
_DIGITS = str.maketrans({chr(base + i): str(i) for base in (0x0660, 0x06F0) for i in range(10)})
#: Both tables at once: they touch disjoint characters, so one pass equals two. The
#: pass is skipped for text without any of them (nearly every offer), since
#: ``str.translate`` looks up every character of the text in the table.
_FOLD_AND_DIGITS = {**_ARABIC_FOLD, **_DIGITS}
_FOLDABLE = re.compile("[" + "".join(map(chr, _FOLD_AND_DIGITS)) + "]")

# --- Invisible and layout characters ---------------------------------------

_ZWNJ = "\u200c"
#: ZWJ, soft hyphen, bidi controls and BOM carry no lexical information.
#: The generic combining diacritics (accents) that :func:`_strip_latin_accents` drops.
_COMBINING = re.compile("[\u0300-\u036f]")
_INVISIBLE = re.compile("[\u200b\u200d\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
#: Apostrophes inside Latin words ("auto's", Somali "la'aan", "i'm") are typed
#: inconsistently (’ ' ` or nothing); dropping them makes all forms equal.
_APOSTROPHES = re.compile("['\u2019\u2018`\u00b4\u02bc]")

# --- Ethiopic ----------------------------------------------------------------

#: Ethiopic punctuation: ፡ (word space) ። ፣ ፤ ፥ ፦ ፧ ፨. They separate words
#: exactly like spaces and commas do in Latin text.
_ETHIOPIC_PUNCT = re.compile("[\u1360-\u1368]")

# --- Tokens --------------------------------------------------------------------

_LATIN = "a-z0-9\u00c0-\u024f"
_ARABIC = "\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff"
_ETHIOPIC = "\u1200-\u135a\u1380-\u138f\u2d80-\u2ddf\uab00-\uab2f"
_TOKEN = re.compile(f"(?P<latn>[{_LATIN}]+)|(?P<arab>[{_ARABIC}]+)|(?P<ethi>[{_ETHIOPIC}]+)")
#: One word of one script, as `words` finds it.
WORD_PATTERN = f"[{_LATIN}]+|[{_ARABIC}]+|[{_ETHIOPIC}]+"
_WORD = re.compile(WORD_PATTERN)
#: `_WORD` on ASCII text, where only its first class can match: a third faster without the alternation.
_ASCII_WORD = re.compile("[a-z0-9]+")


@dataclass(frozen=True, slots=True)
class Token:
    """A normalised word and the script it is written in (``latn``, ``arab``, ``ethi``)."""

    text: str
    script: str


def _strip_latin_accents(text: str) -> str:
    """Remove combining accents (é -> e, ë -> e) but leave other scripts' marks alone.

    Dutch writes "café", "ideeën", "financiën" with and without accents, and
    Somali/English input rarely has them at all. Only the generic combining
    diacritics block (U+0300..U+036F) is dropped, so Ethiopic and Arabic are not
    touched by this step.
    """
    stripped = _COMBINING.sub("", unicodedata.normalize("NFD", text))
    return unicodedata.normalize("NFC", stripped)


def normalise(text: str) -> str:
    """Return ``text`` in the canonical form used for every lookup.

    Steps, each chosen because users type the variants interchangeably:

    * NFKC, which also turns Arabic presentation forms (ﻻ, ﺏ) into base letters
      and the Dutch ligature ``ĳ`` into ``ij`` (``ij`` itself stays two letters,
      so "wijk" and "fietsenmaker" are unaffected);
    * casefold and strip Latin accents ("Café" -> "cafe");
    * Arabic script: drop harakat, superscript alef and tatweel; unify alef
      forms, ى/ي, ة/ه, ؤ/و, ئ/ي and the Persian ی/ک with Arabic ي/ك;
    * Persian and Arabic-Indic digits become ASCII digits;
    * ZWNJ (the Persian half-space in "کتاب‌ها", "می‌خواهم") becomes a space, so
      the stem is its own token; the same text typed without ZWNJ is handled by
      suffix stripping in :func:`arabic_candidates`;
    * other invisible characters and in-word apostrophes are removed;
    * Ethiopic punctuation (፡ ። ፣ ፤ ...) becomes a space; Ge'ez syllables are
      otherwise kept as they are (NFC), since each one is an atomic letter.

    Negation and word order are not represented; see :mod:`matching.concepts`.
    """
    if not text:
        return ""
    if text.isascii():
        # Every step but case and apostrophes leaves ASCII as it is (most Dutch offer text).
        return _APOSTROPHES.sub("", text.lower())
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", text)
    text = text.replace(_ZWNJ, " ")
    text = _strip_latin_accents(text.casefold())
    text = _ARABIC_MARKS.sub("", text).replace(_TATWEEL, "")
    if _FOLDABLE.search(text):
        text = text.translate(_FOLD_AND_DIGITS)
    text = _ETHIOPIC_PUNCT.sub(" ", text)
    return _APOSTROPHES.sub("", text)


def tokenise(text: str) -> list[Token]:
    """Split normalised ``text`` into same-script word tokens.

    A token never spans two scripts ("footballكرة" gives two tokens), and
    anything that is not a letter or digit of Latin, Arabic or Ethiopic script
    (punctuation, emoji, hyphens, Arabic comma ،) separates tokens.
    """
    return [Token(m.group(), m.lastgroup or "") for m in _TOKEN.finditer(normalise(text))]


def words(text: str) -> list[str]:
    """The texts of :func:`tokenise`'s tokens, without building `Token` objects.

    Concept extraction reads every word of every offer; a token's script
    follows from its text (:func:`script_of`), so the hot path needs only
    the strings.
    """
    text = normalise(text)
    # Normalised text has no capitals, so on ASCII `_WORD` finds exactly the runs of [a-z0-9].
    return _ASCII_WORD.findall(text) if text.isascii() else _WORD.findall(text)


def script_of(word: str) -> str:
    """Return the script code of a single already-tokenised word."""
    match = _TOKEN.fullmatch(word)
    return match.lastgroup or "" if match else ""


# --- Vocabulary-driven candidate generation --------------------------------

#: Arabic proclitics in the order they stack: conjunction (و/ف), then
#: preposition (ب/ل/ك), then the article ال. "والطبخ" = و + ال + طبخ,
#: "بالرياضه" = ب + ال + رياضه, "للاطفال" = ل + (ا)ل + اطفال.
_AR_CONJ = ("و", "ف")
_AR_PREP = ("ب", "ل", "ك")
_AR_ARTICLE = "ال"
#: Enclitics and inflections that Arabic and Farsi/Dari add to a noun stem:
#: pronoun suffixes (عملي "my work", كارم), plurals (ات ون ين ها هاي),
#: the accusative alif of tanwin ("نجاراً" -> "نجارا" after normalisation),
#: the Persian indefinite/ezafe ی (folded to ي), and the Farsi/Dari possessives
#: written joined: ش "his/her", شان/تان/مان "their/your/our", and after a
#: plural هایش/هایم ("فوتبالش", "دوستانش", "کتابهایم").
_AR_FA_POSSESSIVES = ("هايشان", "هايش", "هايم", "شان", "تان", "مان")
_AR_SUFFIXES = (*_AR_FA_POSSESSIVES, "هاي", "ها", "ات", "ون", "ين", "ان", "هم", "نا", "ي", "ه", "ك", "م", "ا", "ش")
#: A pronoun suffix turns a final taa marbuta (folded to ه) back into ت:
#: "ثقافته" is "ثقافه" + "ه", "رعايتي" is "رعايه" + "ي".
_TAA = "ت"


def _arabic_prefix_variants(word: str) -> Iterator[tuple[str, int]]:
    """Yield (stem, number of clitics removed) for every plausible proclitic split."""
    yield word, 0
    seen = {word}
    starts = [(word, 0)]
    if word[:1] in _AR_CONJ and len(word) > 3:
        starts.append((word[1:], 1))
    for base, n in starts:
        options = [(base, n)]
        if base[:1] in _AR_PREP and len(base) > 3:
            rest = base[1:]
            options.append((rest, n + 1))
            if base.startswith("لل") and len(base) > 4:
                # ل + ال contracts to لل: "للاطفال" -> "الاطفال" / "اطفال"
                options.append(("ا" + rest, n + 1))
                options.append((base[2:], n + 2))
        for stem, m in options:
            if stem not in seen:
                seen.add(stem)
                yield stem, m
            if stem.startswith(_AR_ARTICLE) and len(stem) > 3 and stem[2:] not in seen:
                seen.add(stem[2:])
                yield stem[2:], m + 1


def arabic_candidates(word: str) -> Iterator[tuple[str, int]]:
    """Yield (candidate, strips) forms of an Arabic-script word, fewest strips first.

    Arabic glues conjunctions, prepositions and the article to the noun, and
    Farsi/Dari add plural and possessive suffixes (often without ZWNJ). Rather
    than a full morphological analyser, the caller tries each stripped form
    against the taxonomy vocabulary and keeps the first hit, so a strip is only
    ever accepted when it lands on a known word. Prefix stripping keeps at
    least two letters and suffix stripping at least three, so short words
    ("فن", "دف") are only found when typed as such.
    """
    prefix_forms = sorted(_arabic_prefix_variants(word), key=lambda pair: pair[1])
    yield from prefix_forms
    for stem, n in prefix_forms:
        for suffix in _AR_SUFFIXES:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 3:
                base = stem[: -len(suffix)]
                yield base, n + 1
                if base.endswith(_TAA) and len(base) >= 4:
                    yield base[:-1] + "ه", n + 1


#: Tigrinya prepositions written as one syllable in front of the noun
#: (ን "to/for", ብ "by", ከ "like", ዝ relative, ኣብ/ካብ/ምስ written joined by some)
#: and common suffixes: ን "and", ታት/ት plurals, possessives ይ/ኻ/ና.
_TI_PREFIXES = ("ኣብ", "ካብ", "ምስ", "ን", "ብ", "ከ", "ዝ", "ክ")
_TI_SUFFIXES = ("ታት", "ውን", "ን", "ይ", "ና", "ኻ", "ኺ", "ካ", "ኪ", "ኩም", "ክን", "ም", "ት")
#: First code point of the Ge'ez syllable rows (eight vowel orders each) that
#: `_sixth_order` may change: U+1200..U+1357 (ሀ..ፗ) without the labialised rows.
_GEEZ_FIRST, _GEEZ_LAST = 0x1200, 0x1357


def _sixth_order(word: str) -> str:
    """`word` with its last syllable in the sixth (vowelless) order, or `word` itself.

    A Tigrinya noun that takes a suffix changes the vowel of its last syllable:
    "ስራሕ" (work) gives "ስራሐይ" (my work), "ስራሑ" (his work), "ስራሓ" (her
    work), "ስራሖም" (their work). After the suffix is removed, the stem's last
    syllable is turned back into the sixth order to find the noun.
    """
    last = ord(word[-1]) if word else 0
    if not _GEEZ_FIRST <= last <= _GEEZ_LAST:
        return word
    order = (last - _GEEZ_FIRST) % 8
    if order not in (0, 1, 3, 6):  # ä, u, a, o: the vowels a suffix leaves on the stem
        return word
    return word[:-1] + chr(last - order + 5)


def ethiopic_candidates(word: str) -> Iterator[tuple[str, int]]:
    """Yield (candidate, strips) forms of a Ge'ez-script word, fewest strips first.

    Ge'ez letters are syllables, so clitics are whole code points and can be
    removed without touching the stem's vowels. As for Arabic, the caller only
    accepts a form that exists in the vocabulary.
    """
    yield word, 0
    stems = [word]
    for prefix in _TI_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            stems.append(word[len(prefix) :])
            yield word[len(prefix) :], 1
    for stem in stems:
        plain = _sixth_order(stem)
        if plain != stem:  # "ስራሑ", his work: the vowel alone says whose
            yield plain, 1 + (stem is not word)
        for suffix in _TI_SUFFIXES:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 2:
                base = stem[: -len(suffix)]
                yield base, 1 + (stem is not word)
                plain = _sixth_order(base)
                if plain != base:
                    yield plain, 2 + (stem is not word)


#: English and Dutch inflections tried when a Latin word is not in the vocabulary
#: ("gardens" -> "garden", "schilderen" -> "schilder", "painted" -> "paint").
_LATIN_SUFFIXES = ("ing", "ers", "ies", "en", "es", "er", "ed", "s", "e", "n", "t")
#: `_LATIN_SUFFIXES` by their last letter, in the same order: a word is tried only with
#: the suffixes it may end in (every distinct word of every offer comes through here).
_LATIN_SUFFIXES_BY_LAST: dict[str, tuple[str, ...]] = {
    last: tuple(s for s in _LATIN_SUFFIXES if s[-1] == last) for last in {s[-1] for s in _LATIN_SUFFIXES}
}


def latin_candidates(word: str) -> Iterator[tuple[str, int]]:
    """Yield (candidate, strips) inflection-stripped forms of a Latin word.

    Only stems of at least four letters are produced, so short words never
    collapse onto unrelated ones ("koken" does not become "kok").
    """
    yield word, 0
    for suffix in _LATIN_SUFFIXES_BY_LAST.get(word[-1:], ()):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            yield word[: -len(suffix)], 1


#: Dutch linking morphemes between compound parts: werk-erva-ring-s-plek,
#: boek-en-kast, kind-er-opvang. Tried only between two known parts.
_LINKERS = ("", "s", "en", "e", "er")


def split_compound(
    word: str,
    is_known: Callable[[str], bool] | Collection[str],
    min_part: int = 3,
    max_part: int | None = 30,
) -> list[str] | None:
    """Split a Dutch compound into known parts, or return ``None``.

    Dutch writes compounds as one word ("voetbalvereniging", "naaiatelier",
    "taalstageplek", "werkervaringsplek"), so the concept word is hidden inside
    a token that is not itself in the vocabulary. The word is split into the
    fewest parts that are all known (``is_known``), optionally joined by a
    linking ``s``/``e``/``en``/``er``. Every part must be at least ``min_part``
    letters long, which stops accidental splits into tiny fragments.

    Parameters
    ----------
    word : str
        A normalised Latin token.
    is_known : callable or collection
        Membership test for the vocabulary of possible parts.
    min_part : int
        Minimum length of a part.
    max_part : int or None
        Maximum length of a part (None: no limit). Bounds the work to linear in the
        word's length; without it a long run of letters costs cubic time.

    Returns
    -------
    list of str or None
        The parts (without linkers), or ``None`` if no full split exists.
    """
    known = is_known if callable(is_known) else is_known.__contains__
    n = len(word)
    longest = max_part or n
    # A full split begins with a known part and ends with one. Most words have
    # neither, and finding that out costs a fraction of filling the table.
    if not any(known(word[:j]) for j in range(min_part, min(n, longest) + 1)):
        return None
    if not any(known(word[i:]) for i in range(max(0, n - longest), n - min_part + 1)):
        return None
    # best[i] = fewest-part split of word[i:], computed right to left
    best: list[list[str] | None] = [None] * (n + 1)
    best[n] = []
    for i in range(n - min_part, -1, -1):
        choice: list[str] | None = None
        for j in range(min(n, i + longest), i + min_part - 1, -1):
            part = word[i:j]
            if not known(part):
                continue
            for linker in _LINKERS:
                k = j + len(linker)
                rest = best[k] if k <= n and word[j:k] == linker else None
                if rest is None or (linker and k == n):
                    continue
                candidate = [part, *rest]
                if choice is None or len(candidate) < len(choice):
                    choice = candidate
        best[i] = choice
    parts = best[0]
    return parts if parts and len(parts) >= 2 else None
