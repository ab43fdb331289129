"""Validate the events dev set (tests/events/dev/dev.jsonl) and print its statistics.

Checks every record against the format in docs/events.md: required fields, licenses, PLOVER
types/modes and CAMEO codes (against rasd/data/events), modality values, and that every span
satisfies text[start:end] == span text. With --check-sources it also re-finds each text in
../shared/data through its locator.

    /work/venv/bin/python training/events/validate_dev.py [--check-sources] [--stats] [PATH]
Exit status 1 and one line per problem when invalid.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DEV = REPO / "tests" / "events" / "dev" / "dev.jsonl"
DATA = REPO / "rasd" / "data" / "events"

MODALITIES = {"asserted", "reported", "alleged", "planned", "negated", "hypothetical"}
RELATIONS = {"front_for", "member_of", "leader_of", "part_of", "ally_of", "rival_of", "successor_of"}
LICENSES = {"Apache-2.0", "MIT", "CC BY-SA 4.0", "CC BY-NC-SA 4.0"}
LICENSE_OF = {"ant": "Apache-2.0", "fig": "MIT", "aner": "CC BY-SA 4.0", "snn": "CC BY-NC-SA 4.0"}
RECORD_KEYS = {"id", "source", "locator", "license", "published", "text", "events", "relations"}
EVENT_KEYS = {"type", "mode", "cameo", "trigger", "actor1", "actor2", "location", "modality", "attribution"}
OPTIONAL_EVENT_KEYS = {"underlying_type", "context", "note"}


def _table(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8") as f:
        return list(csv.DictReader([l for l in f if not l.startswith("#")], delimiter="\t",
                                   quoting=csv.QUOTE_NONE))


def _check_span(text: str, sp, where: str, errors: list[str], nullable: bool = False) -> None:
    if sp is None:
        if not nullable:
            errors.append(f"{where}: missing span")
        return
    if not isinstance(sp, dict) or not {"start", "end", "text"} <= set(sp):
        errors.append(f"{where}: span needs start, end, text: {sp!r}")
        return
    s, e = sp["start"], sp["end"]
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
        errors.append(f"{where}: bad offsets [{s}, {e}) for text of length {len(text)}")
    elif text[s:e] != sp["text"]:
        errors.append(f"{where}: text[{s}:{e}] = {text[s:e]!r} != {sp['text']!r}")


def validate(records: list[dict]) -> list[str]:
    types = {r["type"] for r in _table("plover_types.tsv")}
    modes = {(r["type"], r["mode"]) for r in _table("plover_modes.tsv")}
    contexts = {r["context"] for r in _table("plover_contexts.tsv")}
    cameo = {r["code"] for r in _table("cameo_codes.tsv")}
    errors: list[str] = []
    ids = Counter(r.get("id") for r in records)
    for i, dup in ((i, n) for i, n in ids.items() if n > 1):
        errors.append(f"duplicate id {i} ({dup}x)")
    for rec in records:
        rid = rec.get("id", "?")
        missing = RECORD_KEYS - set(rec)
        if missing:
            errors.append(f"{rid}: missing keys {sorted(missing)}")
            continue
        text = rec["text"]
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{rid}: empty text")
            continue
        pub = rec["published"]
        if pub is not None and not (isinstance(pub, str) and len(pub) == 10 and pub[4] == pub[7] == "-"
                                    and pub.replace("-", "").isdigit()):
            errors.append(f"{rid}: published must be YYYY-MM-DD or null, got {pub!r}")
        if rec["license"] not in LICENSES:
            errors.append(f"{rid}: unknown license {rec['license']!r}")
        kind = rec["locator"].split(":", 1)[0]
        if LICENSE_OF.get(kind) != rec["license"]:
            errors.append(f"{rid}: license {rec['license']!r} does not match corpus {kind!r}")
        for k, ev in enumerate(rec["events"]):
            where = f"{rid} event {k}"
            missing = EVENT_KEYS - set(ev)
            extra = set(ev) - EVENT_KEYS - OPTIONAL_EVENT_KEYS
            if missing or extra:
                errors.append(f"{where}: missing {sorted(missing)} / unknown {sorted(extra)}")
                continue
            if ev["type"] not in types:
                errors.append(f"{where}: unknown type {ev['type']!r}")
            if ev["mode"] is not None and (ev["type"], ev["mode"]) not in modes:
                errors.append(f"{where}: {ev['mode']!r} is not a {ev['type']} mode")
            if ev["cameo"] is not None and ev["cameo"] not in cameo:
                errors.append(f"{where}: unknown CAMEO code {ev['cameo']!r}")
            if ev["modality"] not in MODALITIES:
                errors.append(f"{where}: unknown modality {ev['modality']!r}")
            if ev.get("underlying_type") is not None and ev["underlying_type"] not in types:
                errors.append(f"{where}: unknown underlying_type {ev['underlying_type']!r}")
            for c in ev.get("context", []):
                if c not in contexts:
                    errors.append(f"{where}: unknown context {c!r}")
            _check_span(text, ev["trigger"], f"{where} trigger", errors)
            for role in ("actor1", "actor2", "location"):
                _check_span(text, ev[role], f"{where} {role}", errors, nullable=True)
            if not isinstance(ev["attribution"], list):
                errors.append(f"{where}: attribution must be a list")
            else:
                for j, a in enumerate(ev["attribution"]):
                    _check_span(text, a, f"{where} attribution[{j}]", errors)
                    if isinstance(a, dict) and not isinstance(a.get("cue"), str):
                        errors.append(f"{where} attribution[{j}]: cue must be a string")
                if ev["modality"] == "reported" and not ev["attribution"]:
                    errors.append(f"{where}: modality reported needs an attribution")
        for k, rel in enumerate(rec["relations"]):
            where = f"{rid} relation {k}"
            if rel.get("type") not in RELATIONS:
                errors.append(f"{where}: unknown relation type {rel.get('type')!r}")
            for part in ("subject", "object", "evidence"):
                _check_span(text, rel.get(part), f"{where} {part}", errors)
    return errors


def check_sources(records: list[dict]) -> list[str]:
    sys.path.insert(0, str(HERE))
    from corpora import resolve  # noqa: E402  (needs ../shared)

    errors = []
    for rec in records:
        unit = resolve(rec["locator"])
        if rec["text"] not in unit.text:
            errors.append(f"{rec['id']}: text not found in {rec['locator']}")
        if unit.source != rec["source"]:
            errors.append(f"{rec['id']}: source {rec['source']!r} != {unit.source!r}")
    return errors


def stats(records: list[dict]) -> str:
    by_type = Counter(ev["type"] for r in records for ev in r["events"])
    rec_by_type = Counter(t for r in records for t in {ev["type"] for ev in r["events"]})
    by_mod = Counter(ev["modality"] for r in records for ev in r["events"])
    by_src = Counter(r["locator"].split(":", 1)[0] for r in records)
    empty = sum(1 for r in records if not r["events"])
    lines = [f"records {len(records)}, events {sum(by_type.values())}, records without events {empty}, "
             f"relations {sum(len(r['relations']) for r in records)}"]
    lines.append("events per type (records): " + ", ".join(f"{t} {n} ({rec_by_type[t]})" for t, n in sorted(by_type.items())))
    lines.append("modality: " + ", ".join(f"{m} {n}" for m, n in sorted(by_mod.items())))
    lines.append("sources: " + ", ".join(f"{s} {n}" for s, n in sorted(by_src.items())))
    return "\n".join(lines)


def load(path: Path) -> list[dict]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise SystemExit(f"{path}:{n}: invalid JSON: {e}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEV))
    ap.add_argument("--check-sources", action="store_true")
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    records = load(Path(a.path))
    errors = validate(records)
    if a.check_sources and not errors:
        errors += check_sources(records)
    for e in errors:
        print(e)
    if a.stats:
        print(stats(records))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
