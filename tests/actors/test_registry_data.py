"""Checks of the shipped actor registry (rasd/data/actors/*.tsv) against docs/data-formats.md.

Reads the TSV files directly (stdlib only) so that the data can be validated independently of the loader.
"""
from __future__ import annotations

import os
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ACTORS = REPO / "rasd" / "data" / "actors"
ACTOR_FILES = ["countries.tsv", "state_bodies.tsv", "armed_groups.tsv", "persons.tsv",
               "organizations.tsv", "media.tsv", "parties.tsv"]
ALL_FILES = ACTOR_FILES + ["roles.tsv", "relations.tsv", "agents.tsv"]
REQUIRED = {
    **{f: ["id", "type", "kind", "code", "name", "source"] for f in ACTOR_FILES},
    "roles.tsv": ["person", "role", "org", "code", "source"],
    "relations.tsv": ["subject", "relation", "object", "source"],
    "agents.tsv": ["phrase", "code", "type", "kind", "source"],
}
OPTIONAL_COLUMNS = {
    **{f: ["name_en", "aliases", "aliases_en", "country", "since", "until"] for f in ACTOR_FILES},
    "roles.tsv": ["role_en", "since", "until"],
    "relations.tsv": ["since", "until"],
    "agents.tsv": ["forms"],
}
TYPES = {"PER", "ORG", "GPE", "LOC", "FAC", "NORP"}
KINDS = {"country", "government", "presidency", "ministry", "military", "police", "intelligence", "security",
         "parliament", "judiciary", "party", "armed_group", "opposition", "igo", "ngo", "media", "company",
         "religious", "person", "people", "region"}
RELATIONS = {"front_for", "successor_of", "part_of", "member_of", "leader_of", "ally_of", "rival_of"}
ID_RE = re.compile(r"^[a-z0-9_.]+$")
CODE_RE = re.compile(r"^[A-Z]{3,}$")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
PLACEHOLDERS = {"-", "--", '""', "''", "none", "None", "NONE", "n/a", "N/A", "NA", "null", "NULL", "TODO", "TBD",
                "?", "unknown", "xxx"}
ARABIC_RE = re.compile(r"[\u0621-\u064a]")
SOURCE_RE = re.compile(
    r"^(curated|mledoze|cameo_codebook|countryinfo_oeda|template:[a-z_]+"
    r"|petrarch_ar:(actor_dict_ar_v4|agents\.all\.ar|agents\.all\.ar_v3)\.txt:\d+"
    r"|phoenix:(MilNonState|Countries|International|agents):[^|]+)$")


@dataclass(frozen=True)
class Row:
    file: str
    line: int
    fields: dict[str, str]

    def get(self, col: str) -> str:
        return self.fields.get(col, "")

    def multi(self, col: str) -> list[str]:
        value = self.get(col)
        return [v.strip() for v in value.split(" | ")] if value else []

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class Table:
    name: str
    header_comments: tuple[str, ...]
    columns: tuple[str, ...]
    rows: tuple[Row, ...]


@lru_cache(maxsize=None)
def table(name: str) -> Table:
    comments: list[str] = []
    columns: list[str] | None = None
    rows: list[Row] = []
    text = (ACTORS / name).read_text(encoding="utf-8")
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        if line.startswith("#"):
            if columns is None:
                comments.append(line)
            continue
        cells = line.split("\t")
        if columns is None:
            columns = cells
            continue
        assert len(cells) <= len(columns), f"{name}:{lineno}: more fields than header columns"
        rows.append(Row(name, lineno, dict(zip(columns, cells))))
    assert columns is not None, f"{name}: no header row"
    return Table(name, tuple(comments), tuple(columns), tuple(rows))


@lru_cache(maxsize=None)
def actors() -> dict[str, Row]:
    out: dict[str, Row] = {}
    for f in ACTOR_FILES:
        for r in table(f).rows:
            out.setdefault(r.get("id"), r)
    return out


@lru_cache(maxsize=None)
def alias_index() -> dict[str, set[str]]:
    """Exact Arabic name/alias → actor ids (what an exact-match lookup would return)."""
    idx: dict[str, set[str]] = defaultdict(set)
    for f in ACTOR_FILES:
        for r in table(f).rows:
            for n in [r.get("name"), *r.multi("aliases")]:
                idx[n].add(r.get("id"))
    return idx


def shared_dir() -> Path | None:
    env = os.environ.get("RASD_SHARED")
    path = Path(env) if env else REPO.parent / "shared"
    return path if (path / "data").is_dir() else None


# --------------------------------------------------------------------------- file structure

@pytest.mark.parametrize("name", ALL_FILES)
def test_file_has_provenance_header_and_columns(name: str) -> None:
    raw = (ACTORS / name).read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), f"{name}: BOM"
    assert b"\r" not in raw, f"{name}: CR line ends"
    t = table(name)
    assert raw.startswith(b"#"), f"{name}: must start with a provenance header"
    header = " ".join(t.header_comments).lower()
    assert "license" in header, f"{name}: header must state the file's license"
    assert "built from" in header or "written by hand" in header, f"{name}: header must say what it was built from"
    missing = [c for c in REQUIRED[name] if c not in t.columns]
    assert not missing, f"{name}: missing required columns {missing}"
    assert len(set(t.columns)) == len(t.columns), f"{name}: duplicate column names"


@pytest.mark.parametrize("name", ALL_FILES)
def test_required_fields_filled_and_no_placeholders(name: str) -> None:
    t = table(name)
    problems = []
    for r in t.rows:
        for c in REQUIRED[name]:
            if not r.get(c).strip():
                problems.append(f"{r.where}: empty {c}")
        for c, v in r.fields.items():
            if v != v.strip():
                problems.append(f"{r.where}: {c} has surrounding whitespace")
            items = v.split(" | ") if v else []
            for item in items:
                if not item.strip() or item.strip() in PLACEHOLDERS or "|" in item:
                    problems.append(f"{r.where}: bad value {item!r} in {c}")
            if len(items) != len(set(items)):
                problems.append(f"{r.where}: duplicate values in {c}")
    assert not problems, "\n".join(problems[:30])


@pytest.mark.parametrize("name", ALL_FILES)
def test_sources_are_known_provenance(name: str) -> None:
    bad = [f"{r.where}: {s!r}" for r in table(name).rows for s in r.multi("source") if not SOURCE_RE.match(s)]
    assert not bad, "\n".join(bad[:30])


def test_nothing_derived_from_anetac() -> None:
    for name in ALL_FILES:
        assert "anetac" not in (ACTORS / name).read_text(encoding="utf-8").lower(), name


# --------------------------------------------------------------------------- actor rows

def test_ids_unique_across_files_and_well_formed() -> None:
    seen: dict[str, str] = {}
    problems = []
    for f in ACTOR_FILES:
        for r in table(f).rows:
            rid = r.get("id")
            if not ID_RE.match(rid):
                problems.append(f"{r.where}: malformed id {rid!r}")
            if rid in seen:
                problems.append(f"{r.where}: id {rid} also at {seen[rid]}")
            seen[rid] = r.where
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", ACTOR_FILES)
def test_actor_enums_codes_and_names(name: str) -> None:
    problems = []
    for r in table(name).rows:
        if r.get("type") not in TYPES:
            problems.append(f"{r.where}: type {r.get('type')!r}")
        if r.get("kind") not in KINDS:
            problems.append(f"{r.where}: kind {r.get('kind')!r}")
        if not CODE_RE.match(r.get("code")):
            problems.append(f"{r.where}: code {r.get('code')!r}")
        for n in [r.get("name"), *r.multi("aliases")]:
            if not ARABIC_RE.search(n):
                problems.append(f"{r.where}: Arabic name/alias without Arabic letters: {n!r}")
        if r.get("country") and r.get("country") not in actors():
            problems.append(f"{r.where}: country {r.get('country')!r} is not a registry id")
        elif r.get("country") and actors()[r.get("country")].file != "countries.tsv":
            problems.append(f"{r.where}: country {r.get('country')!r} is not a country row")
        for a in r.multi("ambiguous"):
            if a not in [r.get("name"), *r.multi("aliases"), *r.multi("adjectives"), *r.multi("capital")]:
                problems.append(f"{r.where}: ambiguous form {a!r} is not one of the row's names")
    assert not problems, "\n".join(problems[:30])


def _parse_date(value: str) -> tuple[int, int, int]:
    m = DATE_RE.match(value)
    assert m, f"bad date {value!r}"
    y, mo, d = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    assert 1 <= mo <= 12 and 1 <= d <= 31 and 1900 <= y <= 2030, f"bad date {value!r}"
    return y, mo, d


@pytest.mark.parametrize("name", ALL_FILES)
def test_dates_parse_and_are_ordered(name: str) -> None:
    problems = []
    for r in table(name).rows:
        try:
            since = _parse_date(r.get("since")) if r.get("since") else None
            until = _parse_date(r.get("until")) if r.get("until") else None
        except AssertionError as exc:
            problems.append(f"{r.where}: {exc}")
            continue
        if since and until and since > until:
            problems.append(f"{r.where}: since {r.get('since')} after until {r.get('until')}")
    assert not problems, "\n".join(problems)


def test_counts_meet_minimums() -> None:
    kinds = defaultdict(int)
    for row in actors().values():
        kinds[row.get("kind")] += 1
    total = len(actors())
    assert total >= 2000, f"only {total} actors"
    assert kinds["armed_group"] >= 150, f"only {kinds['armed_group']} armed groups"
    assert kinds["person"] >= 300, f"only {kinds['person']} persons"
    assert kinds["country"] >= 195
    assert kinds["igo"] >= 40 and kinds["media"] >= 60


def test_shared_aliases_are_declared_ambiguous() -> None:
    """An exact alias that names two actors must be flagged in each row's `ambiguous` column."""
    declared = {rid: set(r.multi("ambiguous")) for rid, r in actors().items()}
    bad = [f"{alias!r} → {sorted(ids)}" for alias, ids in alias_index().items()
           if len(ids) > 1 and not all(alias in declared[i] for i in ids)]
    assert not bad, "\n".join(bad)


def test_country_adjectives_do_not_collide() -> None:
    owner: dict[str, str] = {}
    problems = []
    for r in table("countries.tsv").rows:
        for adj in r.multi("adjectives"):
            if adj in owner and adj not in r.multi("ambiguous"):
                problems.append(f"{adj!r}: {owner[adj]} and {r.get('id')}")
            owner[adj] = r.get("id")
    assert not problems, "\n".join(problems)


# --------------------------------------------------------------------------- roles / relations / agents

def test_roles_reference_existing_persons_and_orgs() -> None:
    problems = []
    for r in table("roles.tsv").rows:
        person, org = actors().get(r.get("person")), actors().get(r.get("org"))
        if person is None or person.get("kind") != "person":
            problems.append(f"{r.where}: person {r.get('person')!r} is not a person id")
        if org is None:
            problems.append(f"{r.where}: org {r.get('org')!r} does not exist")
        if not CODE_RE.match(r.get("code")):
            problems.append(f"{r.where}: code {r.get('code')!r}")
    assert not problems, "\n".join(problems)


def test_every_person_has_a_role_carrying_its_code() -> None:
    codes = defaultdict(set)
    for r in table("roles.tsv").rows:
        codes[r.get("person")].add(r.get("code"))
    bad = [f"{r.where}: {r.get('id')} code {r.get('code')} not among its roles {sorted(codes[r.get('id')])}"
           for r in table("persons.tsv").rows if r.get("code") not in codes[r.get("id")]]
    assert not bad, "\n".join(bad)


def test_relations_reference_existing_actors() -> None:
    problems = []
    for r in table("relations.tsv").rows:
        if r.get("relation") not in RELATIONS:
            problems.append(f"{r.where}: relation {r.get('relation')!r}")
        for c in ("subject", "object"):
            if r.get(c) not in actors():
                problems.append(f"{r.where}: {c} {r.get(c)!r} does not exist")
        if r.get("subject") == r.get("object"):
            problems.append(f"{r.where}: self relation")
    assert not problems, "\n".join(problems)


def test_agents_have_codes_types_and_arabic_forms() -> None:
    problems = []
    phrases = set()
    for r in table("agents.tsv").rows:
        if not CODE_RE.match(r.get("code")):
            problems.append(f"{r.where}: code {r.get('code')!r}")
        if r.get("type") not in TYPES or r.get("kind") not in KINDS:
            problems.append(f"{r.where}: type/kind {r.get('type')}/{r.get('kind')}")
        for f in [r.get("phrase"), *r.multi("forms")]:
            if not ARABIC_RE.search(f):
                problems.append(f"{r.where}: non-Arabic form {f!r}")
        if r.get("phrase") in phrases:
            problems.append(f"{r.where}: duplicate phrase {r.get('phrase')}")
        phrases.add(r.get("phrase"))
    assert not problems, "\n".join(problems)


# --------------------------------------------------------------------------- real news variants

LOOKUPS = [
    ("سوريا", "syr"), ("سورية", "syr"), ("الجمهورية العربية السورية", "syr"),
    ("الولايات المتحدة الأمريكية", "usa"), ("أميركا", "usa"), ("روسيا الاتحادية", "rus"),
    ("السعودية", "sau"), ("المملكة العربية السعودية", "sau"), ("الإمارات العربية المتحدة", "are"),
    ("المغرب", "mar"), ("المكسيك", "mex"), ("صربيا", "srb"), ("الكيان الصهيوني", "isr"),
    ("داعش", "isis"), ("تنظيم الدولة", "isis"), ("ولاية خراسان", "isis_k"), ("داعش خراسان", "isis_k"),
    ("قسد", "sdf"), ("قوات سوريا الديمقراطية", "sdf"), ("وحدات حماية الشعب", "ypg"),
    ("أنصار الله", "houthis"), ("الحوثيون", "houthis"), ("جماعة الحوثي", "houthis"),
    ("جبهة النصرة", "nusra"), ("جبهة فتح الشام", "jfs"), ("هيئة تحرير الشام", "hts"), ("تحرير الشام", "hts"),
    ("حزب الله", "hezbollah"), ("حركة حماس", "hamas"), ("كتائب القسام", "qassam_brigades"),
    ("سرايا القدس", "saraya_al_quds"), ("حركة الجهاد الإسلامي في فلسطين", "pij"),
    ("حزب العمال الكردستاني", "pkk"), ("حركة طالبان", "taliban"), ("طالبان باكستان", "ttp"),
    ("حركة الشباب المجاهدين", "al_shabaab"), ("بوكو حرام", "boko_haram"), ("قوات الدعم السريع", "rsf"),
    ("الحشد الشعبي", "pmf"), ("كتائب حزب الله", "kataib_hezbollah"), ("عصائب أهل الحق", "asaib_ahl_al_haq"),
    ("الجيش الوطني السوري", "sna"), ("أحرار الشام", "ahrar_al_sham"), ("جيش الإسلام", "jaysh_al_islam"),
    ("الجيش الوطني الليبي", "lna"), ("قوات حفتر", "lna"), ("مجموعة فاغنر", "wagner"),
    ("القاعدة في جزيرة العرب", "aqap"), ("جماعة نصرة الإسلام والمسلمين", "jnim"),
    ("الجولاني", "per.al_sharaa_ahmed"), ("أبو محمد الجولاني", "per.al_sharaa_ahmed"),
    ("أحمد الشرع", "per.al_sharaa_ahmed"), ("بوتين", "per.putin_vladimir"), ("شويغو", "per.shoigu_sergei"),
    ("شويجو", "per.shoigu_sergei"), ("لافروف", "per.lavrov_sergei"), ("أردوغان", "per.erdogan_recep"),
    ("نتنياهو", "per.netanyahu_benjamin"), ("خامنئي", "per.khamenei_ali"), ("أبو مازن", "per.abbas_mahmoud"),
    ("حسن نصر الله", "per.nasrallah_hassan"), ("ترامب", "per.trump_donald"), ("ترمب", "per.trump_donald"),
    ("حميدتي", "per.hemedti"), ("غوتيريش", "per.guterres_antonio"),
    ("وزارة الدفاع الروسية", "rus.mod"), ("الدفاع الروسية", "rus.mod"), ("وزارة الخارجية التركية", "tur.mfa"),
    ("الجيش السوري", "syr.military"), ("الشرطة المصرية", "egy.police"), ("البنتاغون", "usa.mod"),
    ("الكرملين", "rus.presidency"), ("البيت الأبيض", "usa.presidency"), ("الحرس الثوري", "irn.irgc"),
    ("جهاز الأمن الفيدرالي الروسي", "rus.fsb"), ("الاستخبارات التركية", "tur.mit"), ("الموساد", "isr.mossad"),
    ("جيش الاحتلال", "isr.military"), ("فيلق القدس", "irn.quds_force"), ("الكنيست", "isr.parliament"),
    ("وزارة الصحة في غزة", "pse.gaza_moh"), ("السلطة الفلسطينية", "pse.pa"),
    ("الأمم المتحدة", "un"), ("مجلس الأمن الدولي", "unsc"), ("الأونروا", "unrwa"), ("حلف الناتو", "nato"),
    ("جامعة الدول العربية", "arab_league"), ("مجلس التعاون الخليجي", "gcc"), ("منظمة العفو الدولية", "amnesty"),
    ("هيومن رايتس ووتش", "hrw"), ("أطباء بلا حدود", "msf"), ("المرصد السوري لحقوق الإنسان", "sohr"),
    ("اللجنة الدولية للصليب الأحمر", "icrc"), ("الوكالة الدولية للطاقة الذرية", "iaea"),
    ("سانا", "sana"), ("رويترز", "reuters"), ("فرانس برس", "afp"), ("أ ف ب", "afp"), ("وكالة الأناضول", "anadolu"),
    ("تاس", "tass"), ("وفا", "wafa"), ("واس", "spa"), ("أ ش أ", "mena"), ("د ب أ", "dpa"), ("قناة الجزيرة", "al_jazeera"),
    ("حركة فتح", "fatah"), ("منظمة التحرير الفلسطينية", "plo"), ("جماعة الإخوان المسلمين", "muslim_brotherhood"),
]


@pytest.mark.parametrize("alias,expected", LOOKUPS)
def test_news_variant_resolves_by_exact_alias(alias: str, expected: str) -> None:
    assert alias_index().get(alias) == {expected}, f"{alias} → {sorted(alias_index().get(alias, set()))}"


@pytest.mark.parametrize("adjective,country", [
    ("الروسية", "rus"), ("الروس", "rus"), ("السوريين", "syr"), ("الأميركي", "usa"), ("الأمريكيين", "usa"),
    ("التركية", "tur"), ("الأتراك", "tur"), ("المصري", "egy"), ("الإيرانية", "irn"), ("الإسرائيلي", "isr"),
    ("الباكستانية", "pak"), ("الأفغان", "afg"), ("الكورية الشمالية", "prk"), ("الفلسطينيين", "pse"),
])
def test_nationality_adjective_forms(adjective: str, country: str) -> None:
    owners = {r.get("id") for r in table("countries.tsv").rows if adjective in r.multi("adjectives")}
    assert owners == {country}


@pytest.mark.parametrize("word", ["الحركة", "الجيش", "الهيئة", "الدولة", "الحكومة", "القوات", "المعارضة", "التنظيم"])
def test_generic_words_are_never_unambiguous_aliases(word: str) -> None:
    """Generic nouns are agents / coreference, not names: they must not resolve to one actor silently."""
    for rid in alias_index().get(word, set()):
        assert word in actors()[rid].multi("ambiguous"), f"{word} is a plain alias of {rid}"


@pytest.mark.parametrize("person,org,since,until", [
    ("per.shoigu_sergei", "rus.mod", "2012-11", "2024-05"),
    ("per.shoigu_sergei", "rus.security_council", "2024-05", ""),
    ("per.al_sharaa_ahmed", "nusra", "2012-01", "2016-07"),
    ("per.al_sharaa_ahmed", "syr.presidency", "2025-01", ""),
    ("per.putin_vladimir", "rus.presidency", "2012-05", ""),
])
def test_dated_roles(person: str, org: str, since: str, until: str) -> None:
    rows = [(r.get("since"), r.get("until")) for r in table("roles.tsv").rows
            if r.get("person") == person and r.get("org") == org]
    assert (since, until) in rows, rows


@pytest.mark.parametrize("subject,relation,obj", [
    ("hts", "successor_of", "jfs"), ("jfs", "successor_of", "nusra"), ("nusra", "part_of", "al_qaeda"),
    ("isis_k", "part_of", "isis"), ("qassam_brigades", "part_of", "hamas"), ("isis", "successor_of", "isi"),
])
def test_lineage_relations(subject: str, relation: str, obj: str) -> None:
    assert any((r.get("subject"), r.get("relation"), r.get("object")) == (subject, relation, obj)
               for r in table("relations.tsv").rows)


# --------------------------------------------------------------------------- provenance against ../shared

@pytest.mark.shared
def test_petrarch_citations_name_the_actor() -> None:
    """Every petrarch_ar actor citation points at a dictionary name line sharing a word with the row's names."""
    shared = shared_dir()
    if shared is None:
        pytest.skip("../shared not found (set RASD_SHARED) - cannot verify PETRARCH citations")
    lines = (shared / "data" / "petrarch_arabic_dictionaries" / "actor_dict_ar_v4.txt").read_text(
        encoding="utf-8").split("\n")

    def key(text: str) -> set[str]:
        text = re.sub("[أإآ]", "ا", text).replace("ة", "ه").replace("ى", "ي").replace("_", " ")
        return {t[2:] if t.startswith("ال") and len(t) > 3 else t for t in text.split()}

    problems = []
    for f in ACTOR_FILES:
        for r in table(f).rows:
            names = set().union(*(key(n) for n in [r.get("name"), *r.multi("aliases")]))
            for s in r.multi("source"):
                m = re.match(r"petrarch_ar:actor_dict_ar_v4\.txt:(\d+)$", s)
                if not m:
                    continue
                cited = lines[int(m.group(1)) - 1].split("[")[0]
                if cited.strip().startswith("[") or not key(cited) & names:
                    problems.append(f"{r.where}: line {m.group(1)} = {cited.strip()!r}")
    assert not problems, "\n".join(problems[:30])
