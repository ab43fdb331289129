"""The offline gazetteer: ``rasd/data/places/*.tsv`` (plus user files), normalized and indexed once.

Columns per ``docs/data-formats.md`` (Places). The optional ``ambiguous`` column is either a
flag for the whole row (``1``/``yes``: every name is also an ordinary word or another
entity) or a `` | ``-list of the ambiguous names. Ambiguous names need context to become
mentions (a preceding ``في``/``مدينة``, quotes, or NER).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.abc import Traversable
from pathlib import Path
from typing import Sequence

from rasd.actors.matching import NameIndex, name_key
from rasd.data_files import Row, packaged_tsvs, read_tsv
from rasd.errors import DataFileError

FEATURES = {"country", "region", "city", "facility"}
PLACE_COLUMNS = ("id", "name", "feature", "lat", "lon")
_ID_RE = re.compile(r"^(geonames:\d+|rasd:[a-z0-9_.\-]+)$")
_FLAG = {"1", "yes", "true"}


@dataclass(frozen=True)
class GazPlace:
    id: str
    name: str
    feature: str
    lat: float
    lon: float
    name_en: str | None = None
    aliases: tuple[str, ...] = ()
    country: str | None = None  # ISO2
    admin1: str | None = None
    population: int = 0
    source: str | None = None
    where: str = ""


@dataclass(frozen=True)
class PlaceName:
    place: str
    how: str  # name | alias | name_en
    ambiguous: bool


@dataclass
class Gazetteer:
    places: dict[str, GazPlace] = field(default_factory=dict)
    index: NameIndex = field(default_factory=NameIndex)
    countries: dict[str, GazPlace] = field(default_factory=dict)  # ISO2 -> country place

    def lookup(self, key: tuple[str, ...]) -> list[PlaceName]:
        return self.index.get(key)

    def search(self, text: str) -> list[PlaceName]:
        return self.lookup(name_key(text))


def _float(row: Row, col: str, lo: float, hi: float) -> float:
    v = row.require(col)
    try:
        x = float(v)
    except ValueError:
        raise row.error(f"{col} {v!r} is not a number") from None
    if not lo <= x <= hi:
        raise row.error(f"{col} {x} is outside [{lo}, {hi}]")
    return x


def _place_from_row(row: Row) -> tuple[GazPlace, set[str] | bool]:
    pid = row.require("id")
    if not _ID_RE.match(pid):
        raise row.error(f"id {pid!r} must be geonames:<number> or rasd:<slug>")
    feature = row.require("feature")
    if feature not in FEATURES:
        raise row.error(f"feature {feature!r} is not one of {', '.join(sorted(FEATURES))}")
    pop = row.get("population")
    if pop is not None and not pop.isdigit():
        raise row.error(f"population {pop!r} is not a whole number")
    amb = row.get("ambiguous")
    ambiguous: set[str] | bool = (amb.lower() in _FLAG) if amb and amb.lower() in _FLAG | {"0", "no", "false"} \
        else {" ".join(name_key(x)) for x in row.multi("ambiguous")}
    place = GazPlace(pid, row.require("name"), feature, _float(row, "lat", -90, 90), _float(row, "lon", -180, 180),
                     row.get("name_en"), tuple(row.multi("aliases")), (row.get("country") or "").upper() or None,
                     row.get("admin1"), int(pop) if pop else 0, row.get("source"), f"{row.path}:{row.line}")
    return place, ambiguous


def _load_file(gaz: Gazetteer, src: Path | Traversable, user: bool) -> None:
    for row in read_tsv(src, PLACE_COLUMNS):
        place, ambiguous = _place_from_row(row)
        prev = gaz.places.get(place.id)
        if prev is not None and not user:
            raise row.error(f"duplicate id {place.id!r} (first defined at {prev.where})")
        gaz.places[place.id] = place
        names = [(place.name, "name")] + [(a, "alias") for a in place.aliases]
        if place.name_en:
            names.append((place.name_en, "name_en"))
        for surface, how in names:
            key = name_key(surface)
            if not key or any(p.place == place.id for p in gaz.index.get(key)):
                continue
            amb = ambiguous if isinstance(ambiguous, bool) else " ".join(key) in ambiguous
            gaz.index.add(key, PlaceName(place.id, how, amb))
        if place.feature == "country" and place.country:
            gaz.countries.setdefault(place.country, place)


def load_gazetteer(user_files: Sequence[str | Path] = (), shipped: bool = True) -> Gazetteer:
    """The shipped gazetteer plus ``user_files`` (later rows with a known id replace it); cached."""
    return _load(tuple(str(Path(p).resolve()) for p in user_files), shipped)


@lru_cache(maxsize=4)
def _load(user_files: tuple[str, ...], shipped: bool) -> Gazetteer:
    gaz = Gazetteer()
    if shipped:
        for src in packaged_tsvs("places"):
            _load_file(gaz, src, user=False)
    for p in user_files:
        path = Path(p)
        if not path.is_file():
            raise DataFileError(p, None, "gazetteer file not found")
        _load_file(gaz, path, user=True)
    return gaz
