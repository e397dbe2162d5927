"""Roles of mentions: wanted, done before, for a child, watched, refused, in several languages."""

import pytest

from matching.meaning import read_mentions


@pytest.mark.parametrize(
    "text, role, cid",
    [
        ("ما بدي ارجع اشتغل بالمطبخ", "not", "cooking"),
        ("كنت طباخ بمطعم", "past", "cooking"),
        ("ابني بحاجة مساعدة بالواجبات", "child", "homework_help"),
        ("ኣብ ክሽነ ደጊም ክሰርሕ ኣይደልን", "not", "cooking"),
        ("ምንባብን ምጽሓፍን ኣይክእልን", "want", "literacy"),  # cannot read: a need, not a refusal
        ("Gabadhayda waxay u baahan tahay caawinaad casharada guriga", "child", "homework_help"),
        ("I like watching football", "watch", "football"),
        ("Ik heb geen interesse in sport. Ik wil graag koken", "not", "sport"),
        ("Ik heb geen interesse in sport. Ik wil graag koken", "want", "cooking"),
    ],
)
def test_roles(text, role, cid):
    assert cid in read_mentions(text)[role]


def test_a_dialect_also_is_no_violin():
    assert "violin" not in read_mentions("بدي اتعلم هولندي كمان")["want"]


@pytest.mark.parametrize(
    "text, role, cid",
    [
        ("My son, he is 7, needs help with homework", "child", "homework_help"),
        ("Mijn dochter (9 jaar): zwemles", "child", "swimming"),
    ],
)
def test_a_cue_in_a_clause_of_its_own_carries_to_the_end_of_its_sentence(text, role, cid):
    assert cid in read_mentions(text)[role]


def test_a_carried_cue_stops_at_the_full_stop():
    mentions = read_mentions("Mijn zoon, 7 jaar. Ik wil graag koken")
    assert "cooking" in mentions["want"] and "cooking" not in mentions["child"]
