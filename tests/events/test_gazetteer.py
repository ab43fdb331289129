"""The events stage's place-name fallback (rasd.events.gazetteer)."""

from __future__ import annotations

import pytest

from rasd.events import gazetteer


@pytest.mark.parametrize("text, feature", [
    ("المنزلة", "city"),      # El Manzala (Egypt), spelled with the article
    ("الموصل", "city"),
    ("بغداد", "region"),      # names without the article match as written
    ("تونس", "country"),
    ("العراق", "country"),
])
def test_place_names_are_found(text, feature):
    hit = gazetteer.lookup(text)
    assert hit is not None and hit[1] == feature, hit


@pytest.mark.parametrize("text", [
    "منزله",   # «his house», not El Manzala: a name always written with the article needs it in the text
    "منزلة",   # «rank»
    "قاهرة",
])
def test_article_less_common_nouns_are_no_definite_place_names(text):
    assert gazetteer.lookup(text) is None
