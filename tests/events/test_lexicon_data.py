"""The event knowledge files (rasd/data/events/*.tsv) and the events dev set are well-formed.

Stdlib + pytest only: these tests check the data contract the event coder will rely on
(docs/events.md), not the coder itself.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "rasd" / "data" / "events"
TRAINING = REPO / "training" / "events"
DEV = REPO / "tests" / "events" / "dev" / "dev.jsonl"
DEV2 = REPO / "tests" / "events" / "dev" / "dev2.jsonl"  # blind second dev set (round 3)
DEV3B = REPO / "tests" / "events" / "dev" / "dev3b.jsonl"  # blind dev set 3, part b (ANT localNews, SNN, ANERcorp)
DEV3A = REPO / "tests" / "events" / "dev" / "dev3a.jsonl"  # blind third dev set, part a (ANT internationalNews/politic)
DEV_FILES = sorted((REPO / "tests" / "events" / "dev").glob("dev*.jsonl"))
sys.path.insert(0, str(TRAINING))

from frames import FrameError, parse_frame  # noqa: E402
import validate_dev  # noqa: E402

TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
TSV_FILES = sorted(p.name for p in DATA.glob("*.tsv"))
PLACEHOLDERS = {"-", "--", '""', "''", "none", "None", "null", "N/A", "n/a", "NA"}
ARABIC_DIACRITICS = re.compile("[\u064b-\u0652\u0670]")  # tanween, harakat, shadda, sukun, dagger alif


def shared_dir() -> Path:
    env = os.environ.get("RASD_SHARED")
    return Path(env) if env else REPO.parent / "shared"


@lru_cache(maxsize=None)
def read_tsv(name: str) -> tuple[list[str], list[str], list[dict[str, str]]]:
    """(header comment lines, columns, rows) of a data file, following docs/data-formats.md."""
    raw = (DATA / name).read_bytes()
    text = raw.decode("utf-8")
    lines = text.split("\n")
    comments = []
    i = 0
    while lines[i].startswith("#"):
        comments.append(lines[i])
        i += 1
    columns = lines[i].split("\t")
    rows = []
    for n, line in enumerate(lines[i + 1:], i + 2):
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        assert len(fields) == len(columns), f"{name}:{n}: {len(fields)} fields, header has {len(columns)}"
        rows.append(dict(zip(columns, fields)))
    return comments, columns, rows


def rows(name: str) -> list[dict[str, str]]:
    return read_tsv(name)[2]


# ---------------------------------------------------------------- common TSV rules

@pytest.mark.parametrize("name", TSV_FILES)
def test_tsv_follows_common_rules(name):
    raw = (DATA / name).read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), "BOM"
    assert b"\r" not in raw, "CR line ends"
    comments, columns, body = read_tsv(name)
    assert len(comments) >= 2, "provenance header missing"
    assert any("License" in c or "license" in c for c in comments), "no license in the header"
    assert "source" in columns
    assert len(set(columns)) == len(columns)
    assert body, "no rows"
    for r in body:
        for col, v in r.items():
            assert v == v.strip(), f"{name}: whitespace around {col}={v!r}"
            assert v not in PLACEHOLDERS, f"{name}: placeholder {v!r} in {col}"
            if " | " not in v:
                assert "|" not in v or col in ("frame", "frame_noun"), f"{name}: use ' | ' in {col}={v!r}"
        assert r["source"], f"{name}: empty source"


@pytest.mark.parametrize("name", [n for n in TSV_FILES if "id" in read_tsv(n)[1]])
def test_ids_are_unique(name):
    ids = Counter(r["id"] for r in rows(name))
    assert not [i for i, n in ids.items() if n > 1]


# ---------------------------------------------------------------- ontology

def test_plover_types_are_the_16_types():
    assert [r["type"] for r in rows("plover_types.tsv")] == TYPES


def test_plover_modes_belong_to_listed_types():
    by_type = {r["type"]: set(filter(None, r["modes"].split(" | "))) for r in rows("plover_types.tsv")}
    for r in rows("plover_modes.tsv"):
        assert r["mode"] in by_type[r["type"]]
    assert by_type["ASSAULT"] >= {"abduct", "targeted", "explosives", "aerial", "drone"}
    assert by_type["REQUEST"] == by_type["REJECT"] == {"assist", "change", "yield", "meet"}


def test_cameo_codes_have_names_and_keep_leading_zeros():
    codes = {r["code"]: r["name"] for r in rows("cameo_codes.tsv")}
    assert codes["0341"] == "Express intent to change leadership"
    assert codes["173"].startswith("Arrest")
    assert codes["018"] == "Make empathetic comment"
    assert all(re.fullmatch(r"\d{3,4}", c) for c in codes)


def test_cameo_to_plover_is_consistent_with_manual_and_codebook():
    codes = {r["code"] for r in rows("cameo_codes.tsv")}
    modes = {(r["type"], r["mode"]) for r in rows("plover_modes.tsv")}
    contexts = {r["context"] for r in rows("plover_contexts.tsv")}
    table = {r["cameo"]: r for r in rows("cameo_to_plover.tsv")}
    for code, r in table.items():
        assert code in codes
        assert r["type"] in TYPES
        assert not r["mode"] or (r["type"], r["mode"]) in modes, r
        for c in filter(None, r["context"].split(" | ")):
            assert c in contexts, r
    # manual wins over the 2021 table where they conflict
    assert (table["163"]["type"], table["163"]["mode"]) == ("SANCTION", "discontinue")
    assert table["020"]["type"] == "REQUEST" and table["020"]["source"] == "curated"
    assert table["186"]["mode"] == "targeted"


# ---------------------------------------------------------------- trigger lexicon

def triggers() -> list[dict[str, str]]:
    return rows("triggers.tsv")


def test_trigger_lexicon_size_and_type_coverage():
    rs = triggers()
    assert len(rs) >= 500
    per_type = Counter(r["type"] for r in rs)
    assert set(per_type) == set(TYPES)
    assert min(per_type.values()) >= 10, per_type
    for t in ("ASSAULT", "COERCE", "CONSULT", "ACCUSE", "REJECT", "REQUEST", "THREATEN", "PROTEST"):
        assert per_type[t] >= 25, (t, per_type[t])


def test_trigger_rows_reference_valid_ontology():
    modes = {(r["type"], r["mode"]) for r in rows("plover_modes.tsv")}
    contexts = {r["context"] for r in rows("plover_contexts.tsv")}
    codes = {r["code"] for r in rows("cameo_codes.tsv")}
    type_of = {r["cameo"]: r["type"] for r in rows("cameo_to_plover.tsv")}
    for r in triggers():
        assert r["type"] in TYPES, r["id"]
        assert not r["mode"] or (r["type"], r["mode"]) in modes, r["id"]
        assert r["cameo"] in codes, r["id"]
        if r["cameo"] in type_of and type_of[r["cameo"]] != r["type"]:
            assert "maps to" in r["note"], f"{r['id']}: CAMEO {r['cameo']} maps to {type_of[r['cameo']]}"
        for c in filter(None, r["context"].split(" | ")):
            assert c in contexts, r["id"]


def test_trigger_rows_have_the_forms_their_pos_needs():
    for r in triggers():
        assert re.fullmatch(r"[a-z]+\.\d{3}", r["id"]) and r["id"].startswith(r["type"].lower() + ".")
        assert r["pos"] in ("verb", "noun", "phrase"), r["id"]
        assert r["symmetric"] in ("0", "1") and r["negative"] in ("0", "1"), r["id"]
        assert 0 < float(r["confidence"]) <= 1, r["id"]
        if r["pos"] == "noun":
            assert not r["past"] and not r["present"] and not r["frame"] and r["frame_noun"], r["id"]
        else:
            assert r["past"] and r["present"] and r["frame"] and r["frame_noun"], r["id"]
            assert r["lemma"].startswith(r["past"]), r["id"]
        assert bool(r["particle"]) == (r["pos"] == "phrase"), r["id"]


def test_trigger_forms_are_arabic_and_unvocalised():
    for r in triggers():
        for col in ("lemma", "past", "present", "masdar", "plural", "particle", "extra_forms"):
            v = r[col]
            assert not re.search(r"[A-Za-z]", v), (r["id"], col, v)
            assert not ARABIC_DIACRITICS.search(v), (r["id"], col, v)


@pytest.mark.parametrize("column", ["frame", "frame_noun"])
def test_trigger_frames_parse(column):
    for r in triggers():
        try:
            slots = parse_frame(r[column])
        except FrameError as e:
            pytest.fail(f"{r['id']} {column}: {e}")
        roles = [role for s in slots for role in s.roles]
        if r[column]:
            assert roles, r["id"]


def lex(type_: str, lemma: str) -> dict[str, str]:
    found = [r for r in triggers() if r["type"] == type_ and r["lemma"] == lemma]
    assert len(found) == 1, (type_, lemma, len(found))
    return found[0]


@pytest.mark.parametrize("type_,lemma,column,expected", [
    ("COERCE", "اعتقل", "plural", "اعتقالات"),
    ("COERCE", "ألقى القبض", "frame", "a1=subj a2=prep:على"),
    ("COERCE", "ألقى القبض", "particle", "القبض"),
    ("CONSULT", "استقبل", "frame", "a2=subj a1=obj"),       # the host is the PLOVER recipient
    ("CONSULT", "التقى", "symmetric", "1"),
    ("CONSULT", "تلقى اتصالا", "frame", "a2=subj a1=prep:من"),
    ("ASSAULT", "اشتبك", "symmetric", "1"),
    ("ASSAULT", "هجمة", "plural", "هجمات"),
    ("ASSAULT", "أطلق النار", "frame", "a1=subj a2=prep:على loc=prep:في"),
    ("ASSAULT", "استشهد", "frame", "a2=subj a1=prep:برصاص|prep:على يد|prep:في"),
    ("REJECT", "رفض", "negative", "1"),
    ("REJECT", "ألغى زيارة", "negative", "1"),
    ("REQUEST", "دعا", "extra_forms", "دعت | دعوا | يدعون | تدعو"),
    ("ACCUSE", "اتهم", "frame", "a1=subj a2=obj theme=prep:ب"),
    ("SANCTION", "فرض عقوبات", "cameo", "163"),
    ("PROTEST", "وقفة احتجاجية", "mode", "demo"),
    ("PROTEST", "إضراب عن الطعام", "mode", "hunger"),
    ("RETREAT", "أطلق سراح", "frame", "a1=subj a2=gen"),
    ("THREATEN", "أصدر مذكرة توقيف", "mode", "arrest"),  # manual: in-absentia warrants are THREATEN
])
def test_trigger_examples(type_, lemma, column, expected):
    assert lex(type_, lemma)[column] == expected


def test_noun_frames_bind_patient_before_agent():
    """اعتقال المتهمين: the genitive is the patient; the agent needs من قبل / على يد."""
    slots = parse_frame(lex("COERCE", "اعتقل")["frame_noun"])
    assert slots[0].roles == ("a2",) and slots[0].realizations[0] == "gen"
    assert "prep:من قبل" in slots[1].realizations


@pytest.mark.parametrize("frame", [
    "a1=subj a2=obj",
    "a1=subj a2=prep:مع a1,a2=between",
    "a2=gen|prep:ل a1=prep:من قبل|prep:على يد|gen",
    "a1=subj theme=prep:احتجاجا على",
    "a1=subj a2=prep:ب theme=clause",
    "",
])
def test_frame_grammar_accepts(frame):
    parse_frame(frame)


@pytest.mark.parametrize("frame", [
    "a1=subject",              # unknown realization
    "actor=subj",              # unknown role
    "a1=prep:with",            # preposition must be Arabic
    "a1,a2=subj",              # two roles only with between
    "a1,a2,loc=between",       # between fills exactly two roles
    "a1 subj",                 # no '='
    "a1=subj|",                # empty alternative
])
def test_frame_grammar_rejects(frame):
    with pytest.raises(FrameError):
        parse_frame(frame)


# ---------------------------------------------------------------- cue files

MODALITIES = {"asserted", "reported", "alleged", "planned", "negated", "hypothetical"}


def test_reporting_cues():
    rs = rows("reporting_cues.tsv")
    forms = {r["form"] for r in rs}
    assert {"قال", "أعلن", "كشف", "أكد", "أوضح", "أشار", "ذكر", "أفاد", "صرح", "لفت", "وفق", "حسب",
            "بحسب", "نقلا عن", "في بيان", "مصادر"} <= forms
    for r in rs:
        assert r["source_position"] in ("follows", "precedes", "either"), r["id"]
        assert r["modality"] in MODALITIES, r["id"]
        assert r["pos"] in ("verb", "noun", "prep", "phrase"), r["id"]
        if r["pos"] == "verb":
            assert r["past"] and r["present"], r["id"]
    by_form = {r["form"]: r for r in rs}
    assert by_form["نفى"]["modality"] == "negated"
    assert by_form["زعم"]["modality"] == "alleged"
    assert "إن" in by_form["قال"]["complement"].split(" | ")


def test_modality_cues():
    rs = rows("modality_cues.tsv")
    per = Counter(r["modality"] for r in rs)
    assert set(per) == {"alleged", "planned", "negated", "hypothetical"}
    forms = {r["form"]: r["modality"] for r in rs}
    for form, modality in [("مزعوم", "alleged"), ("يخطط", "planned"), ("سوف", "planned"),
                           ("من المقرر", "planned"), ("لم", "negated"), ("لن", "negated"),
                           ("عدم", "negated"), ("إذا", "hypothetical"), ("في حال", "hypothetical")]:
        assert forms[form] == modality, form
    for r in rs:
        assert r["scope"] in ("next_verb", "next_noun", "complement", "head_noun", "clause", "actor"), r["id"]
        assert r["position"] in ("before", "after"), r["id"]


def test_relation_cues():
    allowed = {"front_for", "member_of", "leader_of", "part_of", "successor_of", "ally_of", "rival_of"}
    rs = rows("relation_cues.tsv")
    assert {r["relation"] for r in rs} == allowed
    for r in rs:
        assert "{O}" in r["pattern"], r["id"]
    by_form = {r["form"]: r for r in rs}
    assert by_form["المعروفة سابقا"]["relation"] == "successor_of"
    assert by_form["القيادي في"]["relation"] == "member_of"


def test_support_verbs_role_markers_and_mode_cues():
    for r in rows("support_verbs.tsv"):
        assert r["subject_role"] in ("a1", "a2", "loc", "theme", "impersonal"), r["id"]
        assert r["object"] in ("obj", "subj") or r["object"].startswith("prep:"), r["id"]
    assert {r["form"]: r["subject_role"] for r in rows("support_verbs.tsv")}["تعرض ل"] == "a2"
    assert {r["role"] for r in rows("role_markers.tsv")} <= {"a1", "a2", "co", "loc", "dest", "src", "date"}
    modes = {(r["type"], r["mode"]) for r in rows("plover_modes.tsv")}
    contexts = {r["context"] for r in rows("plover_contexts.tsv")}
    for r in rows("mode_cues.tsv"):
        assert r["type"] == "*" or r["type"] in TYPES, r["id"]
        assert not r["mode"] or (r["type"], r["mode"]) in modes, r["id"]
        assert not r["context"] or r["context"] in contexts, r["id"]


# ---------------------------------------------------------------- dev set

def dev_records(path: Path = DEV) -> list[dict]:
    return [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]


@pytest.mark.parametrize("path", DEV_FILES, ids=[p.stem for p in DEV_FILES])
def test_dev_set_validates(path):
    errors = validate_dev.validate(dev_records(path))
    assert not errors, "\n".join(errors[:20])


def test_dev2_is_disjoint_from_dev_and_covers_the_types():
    docs = {r["locator"].split(":")[2] if r["locator"].startswith("ant:") else r["locator"] for r in dev_records()}
    recs = dev_records(DEV2)
    assert len(recs) >= 80
    assert not [r["id"] for r in recs if (r["locator"].split(":")[2] if r["locator"].startswith("ant:")
                                         else r["locator"]) in docs]
    assert set(t for r in recs for t in {e["type"] for e in r["events"]}) == set(TYPES)
    assert sum(1 for r in recs if not r["events"]) >= 5


def test_dev3b_validates_is_disjoint_and_covers_the_types():
    """dev3b is blind test text: well-formed, drawn from documents dev/dev2 never used, all 16 types."""
    recs = dev_records(DEV3B)
    errors = validate_dev.validate(recs)
    assert not errors, "\n".join(errors[:20])

    def doc(r: dict) -> str:  # ANT document, SaudiNewsNet article, ANERcorp sentence, FIGNEWS post
        loc = r["locator"].split(":")
        if loc[0] == "ant":
            return loc[2]
        return ":".join(loc[:3]) if loc[0] == "snn" else r["locator"]

    used = {doc(r) for r in dev_records() + dev_records(DEV2)}
    assert not [r["id"] for r in recs if doc(r) in used]
    assert {r["locator"].split(":", 1)[0] for r in recs} == {"ant", "snn", "aner"}
    assert {e["type"] for r in recs for e in r["events"]} == set(TYPES)
    assert sum(1 for r in recs if not r["events"]) >= 10
    assert all(r["license"] == "CC BY-NC-SA 4.0" for r in recs if r["locator"].startswith("snn:"))


def test_dev3a_is_blind_and_covers_the_types():
    """dev3a shares no document with dev/dev2 nor with the hand-judged internationalNews precision samples."""
    import sample_dev3

    def doc(r):
        return r["locator"].split(":")[2] if r["locator"].startswith("ant:") else r["locator"]

    seen = {doc(r) for r in dev_records() + dev_records(DEV2)}
    recs = dev_records(DEV3A)
    assert len(recs) >= 50
    assert not [r["id"] for r in recs if doc(r) in seen or sample_dev3.in_precision_sample(doc(r))]
    assert {r["locator"].split(":")[1] for r in recs} == {"internationalNews", "politic"}
    per_type = Counter(t for r in recs for t in {e["type"] for e in r["events"]})
    assert set(per_type) == set(TYPES) and min(per_type.values()) >= 2, per_type
    assert sum(1 for r in recs if not r["events"]) >= 5


def test_dev_set_size_and_coverage():
    recs = dev_records()
    assert len(recs) >= 150
    per_type = Counter(t for r in recs for t in {e["type"] for e in r["events"]})
    assert set(per_type) == set(TYPES)
    assert min(per_type.values()) >= 5, per_type
    modalities = Counter(e["modality"] for r in recs for e in r["events"])
    assert modalities["negated"] >= 5 and modalities["planned"] >= 5
    assert sum(1 for r in recs if not r["events"]) >= 10
    for r in recs:
        if r["locator"].startswith("snn:"):
            assert r["license"] == "CC BY-NC-SA 4.0"


def test_validator_catches_bad_offsets():
    rec = dict(dev_records()[0])
    ev = dict(rec["events"][0])
    ev["trigger"] = dict(ev["trigger"], start=ev["trigger"]["start"] + 1)
    rec["events"] = [ev]
    assert any("trigger" in e for e in validate_dev.validate([rec]))


@pytest.mark.shared
def test_dev_texts_are_found_in_shared_corpora():
    if not (shared_dir() / "data" / "ant_corpus_v1.1").is_dir():
        pytest.skip(f"shared data not found at {shared_dir()} (set RASD_SHARED)")
    errors = [e for path in DEV_FILES for e in validate_dev.check_sources(dev_records(path))]
    assert not errors, "\n".join(errors[:20])
