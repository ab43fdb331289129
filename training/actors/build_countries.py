"""Regenerate rasd/data/actors/countries.tsv from ../shared/data plus curated overrides.

    python training/actors/build_countries.py

Inputs: gazetteer_countries_mledoze/countries.json (Arabic + English names, ODbL 1.0),
cameo_codebook/countrynames.txt (CAMEO country codes, MIT), countryinfo_oeda (ISO3 cross-check and
English names, CC BY-SA 3.0) and training/actors/curated/countries_curated.tsv (hand-written
variants, nationality adjectives, capitals, fixes of mledoze typos). The curated file wins.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import petrarch_ar
from link_petrarch import link_sources
from common import ACTORS_DIR, CURATED_DIR, Row, join_multi, nisba_forms, read_tsv, shared_dir, unique, write_tsv

COLUMNS = ["id", "type", "kind", "code", "name", "name_en", "aliases", "aliases_en", "country",
           "adjectives", "capital", "ambiguous", "since", "until", "source"]
# Entities that are not "independent" in mledoze but are treated as states in news usage.
STATE_LIKE = {"PSE", "TWN", "UNK"}
_ASCII_NAME = re.compile(r"^[A-Za-z][A-Za-z .'()-]+$")

HEADER = [
    "rasd actor registry: countries and dependent territories (type GPE; kind country or region).",
    "Built from: gazetteer_countries_mledoze/countries.json (mledoze/countries, ODC Open Database License (ODbL) 1.0:",
    "  Arabic common/official names, English names, ISO codes); cameo_codebook/countrynames.txt (text_to_CAMEO,",
    "  MIT: CAMEO country codes); countryinfo_oeda/CountryInfo.120116.txt (Schrodt, CC BY-SA 3.0: ISO3 cross-check,",
    "  English country names); training/actors/curated/countries_curated.tsv (hand-written, MIT: spelling variants,",
    "  fixes of mledoze typos, nationality adjectives, capitals used as metonymy, ambiguous forms).",
    "Regenerate: python training/actors/build_countries.py (edit the curated TSV, not this file).",
    "License of this file: ODbL 1.0 (derived database of mledoze/countries); see rasd/data/actors/README.md.",
    "Columns: country = ISO3 in lowercase = the registry id of the country this row belongs to (own id for states,",
    "  sovereign for dependencies); adjectives = nationality adjective forms; capital = capital names used as",
    "  metonymy for the government; ambiguous = aliases/adjectives that are also ordinary words or other names.",
]


@dataclass(frozen=True)
class Curated:
    row: Row

    def __getattr__(self, name: str) -> str:  # column access: cur.nisba
        return self.row.get(name)

    def multi(self, name: str) -> list[str]:
        return self.row.multi(name)


def load_cameo_codes(path: Path) -> dict[str, str]:
    """English country name (lowercased) → CAMEO code."""
    codes: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and re.fullmatch(r"[A-Z]{3,6}", parts[1].strip()):
            codes[parts[0].strip().lower()] = parts[1].strip()
    return codes


def load_countryinfo(path: Path) -> dict[str, str]:
    """ISO3 → English country name from CountryInfo (file has a few non-UTF-8 bytes)."""
    text = path.read_bytes().decode("utf-8", errors="replace")
    out: dict[str, str] = {}
    for m in re.finditer(r"<CountryCode>([A-Z]{3})</CountryCode>\s*<CountryName>([^<]+)</CountryName>", text):
        out[m.group(1)] = _title(m.group(2).replace("_", " ").strip())
    return out


def _title(name: str) -> str:
    small = {"of", "the", "and"}
    words = name.lower().split()
    return " ".join(w if i and w in small else w.capitalize() for i, w in enumerate(words))


def english_names(entry: dict) -> list[str]:
    names = [entry["name"]["common"], entry["name"]["official"]]
    names += [a for a in entry.get("altSpellings", []) if len(a) > 3 and _ASCII_NAME.match(a)]
    return unique(n for n in names if _ASCII_NAME.match(n))


def cameo_code(entry: dict, cameo: dict[str, str]) -> str | None:
    for n in [entry["name"]["common"], entry["name"]["official"], *entry.get("altSpellings", [])]:
        code = cameo.get(n.lower())
        if code:
            return code
    return None


def adjectives(cur: Curated | None) -> list[str]:
    if cur is None:
        return []
    forms: list[str] = []
    for i, masc in enumerate(cur.multi("nisba")):
        forms += nisba_forms(masc, cur.multi("plural") if i == 0 else ())
    forms += cur.multi("adjectives_extra")
    return unique(forms)


def build_row(entry: dict, cur: Curated | None, cameo: dict[str, str], cinfo: dict[str, str]) -> dict[str, str]:
    iso3 = entry["cca3"]
    ara = entry["translations"]["ara"]
    drop = set(cur.multi("aliases_drop")) if cur else set()
    mledoze_ar = [n for n in (ara["common"], ara["official"]) if n not in drop]
    name = (cur.name if cur and cur.name else "") or mledoze_ar[0]
    aliases = [a for a in unique(mledoze_ar + (cur.multi("aliases_add") if cur else [])) if a != name]
    sources = ["mledoze"]
    code = cur.code if cur and cur.code else ""
    if not code:
        found = cameo_code(entry, cameo)
        if found:
            sources.append("cameo_codebook")
        code = found or iso3
    en = english_names(entry)
    if iso3 in cinfo:
        sources.append("countryinfo_oeda")
        en.append(cinfo[iso3])
    seen: set[str] = set()
    en = [n for n in en + (cur.multi("aliases_en_add") if cur else [])
          if not (n.lower() in seen or seen.add(n.lower()))]
    sovereign = cur.sovereign if cur else ""
    is_state = bool(entry.get("independent")) or iso3 in STATE_LIKE
    rid = (cur.id if cur and cur.id else "") or iso3.lower()
    if cur and any(cur.row.get(c) for c in cur.row.fields if c not in ("iso3", "id", "sovereign", "code")):
        sources.append("curated")
    return {
        "id": rid,
        "type": "GPE",
        "kind": "country" if is_state else "region",
        "code": code,
        "name": name,
        "name_en": entry["name"]["common"],
        "aliases": join_multi(aliases),
        "aliases_en": join_multi(n for n in en if n != entry["name"]["common"]),
        "country": rid if is_state else sovereign,
        "adjectives": join_multi(adjectives(cur)),
        "capital": join_multi(cur.multi("capital")) if cur else "",
        "ambiguous": join_multi(cur.multi("ambiguous")) if cur else "",
        "source": join_multi(sources),
    }


def cite_petrarch(rows) -> None:
    """Add petrarch_ar citations for exact name matches (see link_petrarch.py)."""
    entries = petrarch_ar.parse()
    index, by_line = petrarch_ar.index_by_key(entries), {e.line: e for e in entries}
    for row in rows:
        row["source"], _ = link_sources(row, index, by_line)


def main() -> int:
    data = shared_dir() / "data"
    entries = json.loads((data / "gazetteer_countries_mledoze" / "countries.json").read_text(encoding="utf-8"))
    cameo = load_cameo_codes(data / "cameo_codebook" / "countrynames.txt")
    cinfo = load_countryinfo(data / "countryinfo_oeda" / "CountryInfo.120116.txt")
    curated = {r.get("iso3"): Curated(r) for r in read_tsv(CURATED_DIR / "countries_curated.tsv")}
    known = {e["cca3"] for e in entries}
    unknown = sorted(set(curated) - known)
    if unknown:
        raise SystemExit(f"countries_curated.tsv: iso3 not in mledoze: {unknown}")
    rows = sorted((build_row(e, curated.get(e["cca3"]), cameo, cinfo) for e in entries), key=lambda r: r["id"])
    cite_petrarch(rows)
    n = write_tsv(ACTORS_DIR / "countries.tsv", HEADER, COLUMNS, rows)
    print(f"wrote {n} rows to {ACTORS_DIR / 'countries.tsv'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
