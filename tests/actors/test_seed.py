"""Regression on the seed article's gold (../shared/examples): every gold mention linked, both
coreference items resolved, the places geocoded. Uses the shipped registry and gazetteer."""

from __future__ import annotations

import json

import pytest

from tests.conftest import SHARED, requires_shared

pytestmark = [requires_shared, pytest.mark.shared]

# gold id -> (registry actor id | "discovered" | None, place id | None). The gold file's ids are its own.
GOLD_TO_RASD = {
    "HTS": ("hts", None),
    "NUSRA": ("nusra", None),
    "TALIBAN": ("taliban", None),
    "ISIS": ("isis", None),
    "ISIS_K": ("isis_k", None),
    "DIMASHQI": ("discovered", None),
    "JOLANI": ("per.al_sharaa_ahmed", None),
    "SHOIGU": ("per.shoigu_sergei", None),
    "FSB": ("rus.fsb", None),
    "SANA": ("sana", None),
    "SYRIA": ("syr", "geonames:163843"),
    "AFGHANISTAN": ("afg", "geonames:1149361"),
    "LIBYA": ("lby", "geonames:2215636"),
    "KABUL": (None, "geonames:1138958"),
    "KHABAROVSK": (None, "rasd:region.ru.khabarovsk_krai"),
    "HATAY_AIRPORT": (None, "rasd:facility.airport.tr.hatay_province"),
    "CENTRAL_ASIA": (None, "rasd:macro.central_asia"),
    "RUSSIAN_FAR_EAST": (None, "rasd:macro.russian_far_east"),
}


def _gold() -> dict:
    return json.loads((SHARED / "examples" / "seed-article.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_result():
    import rasd

    text = (SHARED / "examples" / "seed-article.txt").read_text(encoding="utf-8")
    return rasd.load()(text, origin="seed-article.txt")


def _linked(res, g: dict) -> bool:
    actor, place = GOLD_TO_RASD[g["actor"]]
    over = [m for m in res.mentions if m.start < g["end"] and g["start"] < m.end and m.method != "agent"]
    for m in over:
        ok_actor = actor is None or m.actor == actor or (actor == "discovered" and (m.actor or "").startswith("x."))
        ok_place = place is None or m.place == place
        if ok_actor and ok_place:
            return True
    return False


GOLD_MENTIONS = _gold()["mentions"] if SHARED else []


@pytest.mark.parametrize("g", [pytest.param(g, id=f"{g['start']}-{g['actor']}") for g in GOLD_MENTIONS])
def test_gold_mention_linked(seed_result, g):
    over = [(m.text, m.actor, m.place, m.method) for m in seed_result.mentions if m.start < g["end"] and g["start"] < m.end]
    assert _linked(seed_result, g), f"{g['text']!r} -> {over}"


def test_linked_count(seed_result):
    linked = sum(_linked(seed_result, g) for g in GOLD_MENTIONS)
    assert linked == len(GOLD_MENTIONS) == 59


@pytest.mark.parametrize("context, noun, actor", [
    ("بين «الحركة» وتنظيم", "الحركة", "taliban"),  # paragraph 2
    ("للحركة الأفغانية", "حركة", "taliban"),  # paragraph 7 (ل + (ا)لحركة)
    ("وفد من «الهيئة»", "الهيئة", "hts"),  # paragraph 5
])
def test_coreference_items(seed_result, context, noun, actor):
    text = seed_result.document.text
    pos = text.index(context) + context.index(noun)
    got = [(m.actor, m.method) for m in seed_result.mentions if m.start <= pos < m.end]
    assert actor in [a for a, _ in got], got


@pytest.mark.parametrize("place, feature, country", [
    ("rasd:region.ru.khabarovsk_krai", "region", "RU"),
    ("geonames:1138958", "city", "AF"),
    ("geonames:1149361", "country", "AF"),
    ("geonames:163843", "country", "SY"),
    ("geonames:2215636", "country", "LY"),
    ("rasd:facility.airport.tr.hatay_province", "facility", "TR"),
])
def test_geocoded(seed_result, place, feature, country):
    p = {x.id: x for x in seed_result.places}[place]
    assert (p.feature, p.country) == (feature, country) and p.lat is not None and p.lon is not None
