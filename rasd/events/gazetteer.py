"""Place names for role decisions when no linked mention covers a phrase.

The events stage asks "is this phrase a place?" (a location, a visit's destination, قصف المدينة).
Linked mentions from ``rasd_places`` answer first; this fallback reads the shipped place tables
(``rasd/data/places``: countries, regions, cities not marked ambiguous) once, normalised like text.
"""

from __future__ import annotations

from functools import lru_cache

from rasd.annotations import PlaceInfo
from rasd.data_files import packaged, read_tsv
from rasd.text.normalize import normalize_key

FILES = ("countries.tsv", "regions.tsv", "cities.tsv")


def _key(name: str) -> str:
    k = " ".join(normalize_key(name).replace('"', " ").split())
    return k[2:] if k.startswith("ال") and len(k) > 4 else k


def _float(v: str | None) -> float | None:
    try:
        return float(v) if v else None
    except ValueError:
        return None


@lru_cache(maxsize=1)
def infos() -> dict[str, PlaceInfo]:
    return {}


@lru_cache(maxsize=1)
def definite_only() -> set[str]:
    """Keys whose every gazetteer spelling carries the article (المنزلة): without it the text means a common
    noun (منزله «his house», منزلة «rank»), so :func:`lookup` wants the article there too."""
    return set()


@lru_cache(maxsize=1)
def places() -> dict[str, tuple[str, str]]:
    """normalised name (article dropped) -> (place id, feature); :func:`infos` gets the rows."""
    out: dict[str, tuple[str, str]] = {}
    info = infos()
    bare: set[str] = set()
    definite = definite_only()
    for name in FILES:
        ref = packaged("places", name)
        if not ref.is_file():
            continue
        for row in read_tsv(ref, ("id", "name", "feature")):
            if row.get("ambiguous"):
                continue
            value = (row.require("id"), row.require("feature"))
            info.setdefault(value[0], PlaceInfo(id=value[0], name=row.require("name"), feature=value[1],
                                                name_en=row.get("name_en"), country=row.get("country"),
                                                lat=_float(row.get("lat")), lon=_float(row.get("lon"))))
            for n in [row.require("name")] + row.multi("aliases"):
                k = _key(n)
                if len(k) >= 3:
                    out.setdefault(k, value)
                    (definite if k != " ".join(normalize_key(n).split()) else bare).add(k)
    definite -= bare
    return out


def lookup(text: str) -> tuple[str, str] | None:
    """(place id, feature) if ``text`` (or its head words) names a known place."""
    words = _key(text).split()
    table = places()
    article = normalize_key(text).lstrip('"# ').startswith("ال")
    for n in range(min(len(words), 4), 0, -1):
        key = " ".join(words[:n])
        hit = table.get(key)
        if hit is not None and (article or key not in definite_only()):
            return hit
    return None


def info(place_id: str) -> PlaceInfo | None:
    places()
    return infos().get(place_id)
