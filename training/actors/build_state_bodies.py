"""Regenerate rasd/data/actors/state_bodies.tsv: governments, ministries, armed forces, police, intelligence.

    python training/actors/build_state_bodies.py      (run build_countries.py first)

Rows come from two curated inputs:
  * curated/state_body_templates.tsv — patterns used in Arabic news for any country
    (وزارة الدفاع {adj_f}, الجيش {adj_m} …), expanded for the countries of a group in curated/country_groups.tsv,
    with the country's name/adjectives from countries.tsv (mledoze, ODbL) and curated/countries_curated.tsv;
  * curated/state_bodies_curated.tsv — named bodies (rus.fsb, usa.cia, irn.irgc …) and per-country corrections.
    A curated row whose id exists among the generated rows overrides it (a new `name` demotes the generated
    name to an alias; aliases are added); `absorbs` lists generated ids whose names become aliases of the
    curated row and which are then dropped (e.g. tur.mit absorbs tur.intelligence: المخابرات التركية = MIT);
    `drop_aliases` removes generated aliases that denote another actor (القوات اللبنانية is the Lebanese Forces
    party, not the army); `skip` (templates) removes a body for countries that do not have it.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

import petrarch_ar
from link_petrarch import link_sources
from common import (ACTORS_DIR, CURATED_DIR, Row, join_multi, read_tsv, shared_dir, split_multi, unique,
                    with_article, write_tsv)

COLUMNS = ["id", "type", "kind", "code", "name", "name_en", "aliases", "aliases_en", "country",
           "ambiguous", "since", "until", "source"]
HEADER = [
    "rasd actor registry: state bodies (governments, presidencies, ministries, armed forces, police, intelligence,",
    "parliaments, judiciaries) of the focus countries, and government / foreign ministry / army of other states.",
    "Built from: curated templates and named bodies written by hand (training/actors/curated/state_body_templates.tsv,",
    "  state_bodies_curated.tsv, country_groups.tsv; MIT) expanded with country names and English demonyms from",
    "  gazetteer_countries_mledoze (ODbL 1.0) via countries.tsv; some spellings checked against",
    "  petrarch_arabic_dictionaries/actor_dict_ar_v4.txt (MIT), cited per row as petrarch_ar:<file>:<line>.",
    "Regenerate: python training/actors/build_state_bodies.py (edit the curated TSVs, not this file).",
    "License of this file: ODbL 1.0 (it contains mledoze-derived names); see rasd/data/actors/README.md.",
    "Columns: country = registry id (ISO3 lowercase) of the state; code = CAMEO country code + role (GOV, MIL, COP,",
    "  SPY, LEG, JUD); ambiguous = aliases that also denote other actors or ordinary phrases (need context);",
    "  since/until = validity of the body itself (dissolved services, new governments).",
]


@dataclass(frozen=True)
class CountryInfo:
    id: str
    code: str
    name: str
    name_en: str
    demonym: str
    adj_pairs: tuple[tuple[str, str], ...]  # (definite masculine, definite feminine) per nisba variant


def load_countries() -> dict[str, CountryInfo]:
    """Countries keyed by ISO3 (upper case) with the adjective forms needed by templates."""
    data = shared_dir() / "data" / "gazetteer_countries_mledoze" / "countries.json"
    demonyms = {e["cca3"]: e.get("demonyms", {}).get("eng", {}).get("m", "") for e in
                json.loads(data.read_text(encoding="utf-8"))}
    curated = {r.get("iso3"): r for r in read_tsv(CURATED_DIR / "countries_curated.tsv")}
    out: dict[str, CountryInfo] = {}
    for row in read_tsv(ACTORS_DIR / "countries.tsv"):
        if row.get("kind") != "country":
            continue
        iso3 = _iso3_of(row, curated)
        cur = curated.get(iso3)
        pairs: list[tuple[str, str]] = []
        if cur is not None and cur.get("adj_m"):
            pairs = list(zip(cur.multi("adj_m"), cur.multi("adj_f")))
        elif cur is not None:
            pairs = [(with_article(n), with_article(n) + "ة") for n in cur.multi("nisba")]
        out[iso3] = CountryInfo(row.get("id"), row.get("code"), row.get("name"), row.get("name_en"),
                                demonyms.get(iso3, ""), tuple(pairs))
    return out


def _iso3_of(row: Row, curated: dict[str, Row]) -> str:
    for iso3, cur in curated.items():
        if cur.get("id") and cur.get("id") == row.get("id"):
            return iso3
    return row.get("id").upper()


def load_groups() -> dict[str, list[str]]:
    return {r.get("group"): r.multi("members") for r in read_tsv(CURATED_DIR / "country_groups.tsv")}


def expand(template: str, c: CountryInfo, adj: tuple[str, str]) -> str:
    return (template.replace("{adj_m}", adj[0]).replace("{adj_f}", adj[1]).replace("{country}", c.name)
            .replace("{en}", c.name_en).replace("{dem}", c.demonym or c.name_en))


def generate(templates: list[Row], countries: dict[str, CountryInfo],
             groups: dict[str, list[str]]) -> dict[str, dict[str, str]]:
    rows: dict[str, dict[str, str]] = {}
    for t in templates:
        members = (sorted(countries) if t.get("countries") == "all" else groups[t.get("countries")])
        skip = set(t.multi("skip"))
        for iso3 in members:
            c = countries.get(iso3)
            if c is None:
                raise SystemExit(f"{t.path.name}:{t.line}: unknown country {iso3}")
            if iso3 in skip or not c.adj_pairs:
                continue
            names = unique(expand(n, c, adj) for adj in c.adj_pairs
                           for n in [t.get("name"), *t.multi("aliases")])
            en = unique(expand(n, c, c.adj_pairs[0]) for n in [t.get("name_en"), *t.multi("aliases_en")])
            rid = f"{c.id}.{t.get('body')}"
            rows[rid] = {
                "id": rid, "type": t.get("type"), "kind": t.get("kind"),
                "code": c.code + t.get("code_suffix"), "name": names[0], "name_en": en[0],
                "aliases": join_multi(names[1:]), "aliases_en": join_multi(en[1:]), "country": c.id,
                "source": f"template:{t.get('body')} | mledoze",
            }
    return rows


def apply_curated(rows: dict[str, dict[str, str]], curated: list[Row]) -> None:
    """Merge curated rows into generated ones (see module docstring)."""
    for cur in curated:
        rid = cur.get("id")
        base = rows.get(rid)
        absorbed: list[str] = []
        for gid in cur.multi("absorbs"):
            gone = rows.pop(gid, None)
            if gone is None:
                raise SystemExit(f"{cur.path.name}:{cur.line}: absorbs unknown generated id {gid}")
            absorbed += [gone["name"], *split_multi(gone["aliases"])]
        if base is None:
            missing = [c for c in ("type", "kind", "code", "name", "country") if not cur.get(c)]
            if missing:
                raise SystemExit(f"{cur.path.name}:{cur.line}: new id {rid} lacks {missing}")
            base = {"id": rid, "source": ""}
            rows[rid] = base
        old_names = [base.get("name", "")] + split_multi(base.get("aliases", ""))
        old_en = [base.get("name_en", "")] + split_multi(base.get("aliases_en", ""))
        for col in ("type", "kind", "code", "country", "since", "until", "ambiguous"):
            if cur.get(col):
                base[col] = cur.get(col)
        name = cur.get("name") or base.get("name", "")
        base["name"] = name
        dropped = set(cur.multi("drop_aliases"))
        base["aliases"] = join_multi(a for a in cur.multi("aliases") + old_names + absorbed
                                     if a != name and a not in dropped)
        name_en = cur.get("name_en") or base.get("name_en", "")
        base["name_en"] = name_en
        base["aliases_en"] = join_multi(a for a in cur.multi("aliases_en") + old_en if a != name_en)
        base["source"] = join_multi(split_multi(base.get("source", "")) + cur.multi("source"))


def cite_petrarch(rows) -> None:
    """Add petrarch_ar citations for exact name matches (see link_petrarch.py)."""
    entries = petrarch_ar.parse()
    index, by_line = petrarch_ar.index_by_key(entries), {e.line: e for e in entries}
    for row in rows:
        row["source"], _ = link_sources(row, index, by_line)


def main() -> int:
    countries = load_countries()
    rows = generate(list(read_tsv(CURATED_DIR / "state_body_templates.tsv")), countries, load_groups())
    apply_curated(rows, list(read_tsv(CURATED_DIR / "state_bodies_curated.tsv")))
    cite_petrarch(rows.values())
    n = write_tsv(ACTORS_DIR / "state_bodies.tsv", HEADER, COLUMNS, sorted(rows.values(), key=lambda r: r["id"]))
    print(f"wrote {n} rows to {ACTORS_DIR / 'state_bodies.tsv'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
