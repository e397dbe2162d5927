"""The web app's labelled vocabulary has exactly the keys of the matching interchange format."""

import pytest

from matching import schema
from webapp import vocab


@pytest.mark.no_db
@pytest.mark.parametrize("webapp_keys, format_keys", [
    (vocab.OFFER_TYPES, schema.OFFER_TYPES),
    (vocab.OFFER_TYPE_ICONS, schema.OFFER_TYPES),
    (vocab.DUTCH_LEVELS, schema.DUTCH_LEVELS),
    (vocab.GOALS, schema.GOALS),
    (vocab.MOBILITY, schema.MOBILITY),
    (vocab.GENDERS, schema.GENDERS),
    (vocab.DAY_PARTS, schema.DAY_PARTS),
])
def test_same_keys_in_same_order(webapp_keys, format_keys):
    assert list(webapp_keys) == list(format_keys)
