"""The web app's labelled vocabulary has exactly the keys of the matching interchange format."""

import pytest

from matching import schema
from webapp import vocab


@pytest.mark.no_db
@pytest.mark.parametrize(
    "webapp_keys, format_keys",
    [
        (vocab.OFFER_TYPES, schema.OFFER_TYPES),
        (vocab.OFFER_TYPE_ICONS, schema.OFFER_TYPES),
        (vocab.DUTCH_LEVELS, schema.DUTCH_LEVELS),
        (vocab.GOALS, schema.GOALS),
        (vocab.MOBILITY, schema.MOBILITY),
        (vocab.GENDERS, schema.GENDERS),
        (vocab.DAY_PARTS, schema.DAY_PARTS),
    ],
)
def test_same_keys_in_same_order(webapp_keys, format_keys):
    assert list(webapp_keys) == list(format_keys)


@pytest.mark.parametrize(
    ("lang", "youngest", "oldest", "expected"),
    [
        ("nl", 16, None, "16 jaar en ouder"),
        ("nl", 16, 23, "16 tot 23 jaar"),
        ("nl", None, 12, "tot 12 jaar"),
        ("ar", 16, None, "16 سنة فأكثر"),
    ],
)
def test_an_age_range_is_written_in_words(app, lang, youngest, oldest, expected):
    """A bare "16–" shows as "–16" in Arabic; words read the same in both directions."""
    with app.test_request_context(headers={"Accept-Language": lang}):
        assert vocab.age_range(youngest, oldest) == expected


@pytest.mark.parametrize(("lang", "cost", "hours"), [("nl", "€\xa02,50", "1,5"), ("en", "€2.50", "1.5")])
def test_money_and_hours_follow_the_reader_s_locale(app, lang, cost, hours):
    from decimal import Decimal

    with app.test_request_context(headers={"Accept-Language": lang}):
        assert vocab.money(Decimal("2.50")) == cost
        assert vocab.number(1.5) == hours
        assert vocab.number(1.0) == "1"


def test_the_phone_example_stays_left_to_right_in_arabic(app):
    from webapp.forms import phone

    class Field:
        data = "not a number"

    with app.test_request_context(headers={"Accept-Language": "ar"}):
        with pytest.raises(Exception) as raised:
            phone()(None, Field())
        message = str(raised.value)
    assert "\u206606 12345678\u2069" in message and "مثل" in message
