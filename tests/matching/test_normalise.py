"""Tests for script-aware normalisation, tokenisation and candidate generation."""

import pytest

from matching.normalise import (
    Token,
    arabic_candidates,
    ethiopic_candidates,
    latin_candidates,
    normalise,
    script_of,
    split_compound,
    tokenise,
)


@pytest.mark.parametrize(
    ("with_marks", "plain"),
    [
        ("كُرَةُ القَدَمِ", "كره القدم"),  # harakat and taa marbuta
        ("نجّاراً", "نجارا"),  # shadda and tanwin
        ("الطـــبخ", "الطبخ"),  # tatweel
        ("أحب", "احب"),
        ("إسلام", "اسلام"),
        ("آشپزی", "اشپزي"),  # Persian alef madda and yeh
        ("مستشفى", "مستشفي"),  # alef maqsura
        ("مسؤول", "مسوول"),
        ("رئيس", "رييس"),
        ("ٱلرحمن", "الرحمن"),
        ("الرَّحْمٰن", "الرحمن"),  # superscript alef
    ],
)
def test_arabic_marks_and_letter_variants_fold(with_marks, plain):
    assert normalise(with_marks) == plain


def test_persian_and_arabic_yeh_kaf_are_the_same_word():
    persian = "کار یک"  # U+06A9 kaf, U+06CC yeh
    arabic = "كار يك"  # U+0643 kaf, U+064A yeh
    assert persian != arabic
    assert normalise(persian) == normalise(arabic)


def test_persian_and_arabic_indic_digits_become_ascii():
    assert normalise("۱۴۰۲ و ٢٠٢٤") == "1402 و 2024"


def test_zwnj_splits_persian_words_and_bidi_marks_vanish():
    assert [t.text for t in tokenise("کتاب\u200cها")] == ["كتاب", "ها"]
    assert normalise("\u200fفوتبال\u200e") == "فوتبال"


def test_latin_casefold_and_accents():
    assert normalise("Café IDEEËN Ĳsbaan") == "cafe ideeen ijsbaan"
    assert normalise("auto's") == "autos"


def test_geez_is_kept_and_ethiopic_punctuation_separates():
    text = "ኩዕሶ፡እግሪ።ምስፋይ፣ምግቢ"
    tokens = tokenise(text)
    assert [t.text for t in tokens] == ["ኩዕሶ", "እግሪ", "ምስፋይ", "ምግቢ"]
    assert all(t.script == "ethi" for t in tokens)


def test_tokens_never_span_scripts():
    tokens = tokenise("I like كرة القدم and ኩዕሶ!")
    assert tokens == [
        Token("i", "latn"),
        Token("like", "latn"),
        Token("كره", "arab"),
        Token("القدم", "arab"),
        Token("and", "latn"),
        Token("ኩዕሶ", "ethi"),
    ]


def test_arabic_comma_and_question_mark_are_separators():
    assert [t.text for t in tokenise("طبخ،خياطة؟")] == ["طبخ", "خياطه"]


def test_script_of():
    assert script_of("voetbal") == "latn"
    assert script_of("فوتبال") == "arab"
    assert script_of("ኩዕሶ") == "ethi"
    assert script_of("!!") == ""


@pytest.mark.parametrize(
    ("word", "stem"),
    [("والطبخ", "طبخ"), ("بالرياضه", "رياضه"), ("للاطفال", "اطفال"), ("فالخياطه", "خياطه")],
)
def test_arabic_proclitics_are_offered_as_candidates(word, stem):
    assert stem in [form for form, _ in arabic_candidates(word)]


def test_arabic_candidates_start_with_the_word_itself_and_keep_three_letter_stems():
    forms = list(arabic_candidates("دفي"))
    assert forms[0] == ("دفي", 0)
    assert "دف" not in [f for f, _ in forms]  # suffix stripping never leaves two letters


def test_farsi_plural_suffix_without_zwnj():
    assert "كتاب" in [f for f, _ in arabic_candidates("كتابها")]


def test_tigrinya_prefix_and_suffix():
    assert "ኩዕሶ" in [f for f, _ in ethiopic_candidates("ንኩዕሶ")]
    assert "ምግቢ" in [f for f, _ in ethiopic_candidates("ምግቢን")]


def test_latin_candidates_keep_stems_of_four_letters():
    forms = [f for f, _ in latin_candidates("gardens")]
    assert "garden" in forms
    assert "kok" not in [f for f, _ in latin_candidates("koken")]


VOCAB = {"voetbal", "vereniging", "naai", "atelier", "taal", "stage", "plek", "werk", "ervaring"}


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("voetbalvereniging", ["voetbal", "vereniging"]),
        ("naaiatelier", ["naai", "atelier"]),
        ("taalstageplek", ["taal", "stage", "plek"]),
        ("werkervaringsplek", ["werk", "ervaring", "plek"]),  # linking s
    ],
)
def test_split_compound(word, parts):
    assert split_compound(word, VOCAB) == parts


@pytest.mark.parametrize("word", ["voetbal", "voetbalx", "voetbals", "klaslokaal", ""])
def test_split_compound_rejects_single_parts_leftovers_and_trailing_linkers(word):
    assert split_compound(word, VOCAB) is None


def test_split_compound_prefers_fewest_parts():
    vocab = {"taal", "stage", "taalstage", "plek"}
    assert split_compound("taalstageplek", vocab) == ["taalstage", "plek"]
