"""Build tests/events/dev/dev.jsonl from the hand annotation in training/events/dev_annotations.txt.

Why: annotating with character offsets by hand is error-prone; the annotator writes span *strings*
(with #k for the k-th occurrence) and this script resolves them to [start, end) code-point offsets,
checks that each record's text is found in its corpus unit (so it can be re-found), and fills
source/license/published from the locator. All judgement (what is an event, which span) is in the
annotation file; nothing here infers annotations.

    /work/venv/bin/python training/events/build_dev.py
    /work/venv/bin/python training/events/build_dev.py --src training/events/dev2_annotations.txt \
        --out tests/events/dev/dev2.jsonl --prefix events-dev2

Annotation syntax: see the header of training/events/dev_annotations.txt and docs/events.md.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import resolve  # noqa: E402

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SRC = HERE / "dev_annotations.txt"
OUT = REPO / "tests" / "events" / "dev" / "dev.jsonl"
ROLE_KEYS = {"a1": "actor1", "a2": "actor2", "loc": "location"}


class AnnotationError(ValueError):
    pass


def span(text: str, spec: str, where: str) -> dict:
    """Resolve 'string' or 'string#k' (k-th occurrence, 1-based) to a span dict.

    A space in the annotated string matches any run of whitespace (news text has no-break
    spaces); the span's text is always copied from the document, so offsets stay exact.
    """
    m = re.fullmatch(r"(.*?)#(\d+)", spec)
    s, k = (m.group(1), int(m.group(2))) if m else (spec, 0)
    if not s.strip():
        raise AnnotationError(f"{where}: empty span")
    rx = re.compile(r"\s+".join(re.escape(w) for w in s.split()))
    found = list(rx.finditer(text))
    if not found:
        raise AnnotationError(f"{where}: {s!r} not found in text")
    if k == 0 and len(found) > 1:
        raise AnnotationError(f"{where}: {s!r} occurs {len(found)} times; add #k")
    if k > len(found):
        raise AnnotationError(f"{where}: {s!r} has only {len(found)} occurrences")
    hit = found[(k or 1) - 1]
    return {"start": hit.start(), "end": hit.end(), "text": hit.group(0)}


def parse_opts(parts: list[str], where: str) -> dict[str, str]:
    out = {}
    for p in parts:
        k, eq, v = p.partition("=")
        if not eq:
            raise AnnotationError(f"{where}: expected key=value, got {p!r}")
        out[k.strip()] = v.strip()
    return out


def build_event(text: str, line: str, where: str) -> dict:
    parts = [p.strip() for p in line[2:].split(" ; ")]
    head = parts[0].split()
    if len(head) != 3:
        raise AnnotationError(f"{where}: 'E TYPE mode cameo' expected, got {parts[0]!r}")
    etype, mode, cameo = head
    o = parse_opts(parts[1:], where)
    ev: dict = {"type": etype, "mode": None if mode == "-" else mode, "cameo": None if cameo == "-" else cameo}
    ev["trigger"] = span(text, o.pop("trigger"), where)
    for k, name in ROLE_KEYS.items():
        v = o.pop(k, "")
        ev[name] = span(text, v, where) if v else None
    ev["modality"] = o.pop("mod", "asserted")
    attrs = []
    for item in [a for a in o.pop("attr", "").split(" > ") if a.strip()]:
        src, _, cue = item.partition("|")
        a = span(text, src.strip(), where)
        a["cue"] = cue.strip()
        attrs.append(a)
    ev["attribution"] = attrs
    if "under" in o:
        ev["underlying_type"] = o.pop("under")
    if "ctx" in o:
        ev["context"] = [c.strip() for c in o.pop("ctx").split(",") if c.strip()]
    if "note" in o:
        ev["note"] = o.pop("note")
    if o:
        raise AnnotationError(f"{where}: unknown keys {sorted(o)}")
    return ev


def build_relation(text: str, line: str, where: str) -> dict:
    parts = [p.strip() for p in line[2:].split(" ; ")]
    o = parse_opts(parts[1:], where)
    rel = {"type": parts[0], "subject": span(text, o.pop("subj"), where),
           "object": span(text, o.pop("obj"), where), "evidence": span(text, o.pop("ev"), where)}
    if o:
        raise AnnotationError(f"{where}: unknown keys {sorted(o)}")
    return rel


def parse(path: Path, prefix: str = "events-dev") -> list[dict]:
    records: list[dict] = []
    cur: dict | None = None
    pending: list[tuple[int, str]] = []

    def finish() -> None:
        if cur is None:
            return
        unit = resolve(cur["locator"])
        text = unit.text
        if "T" in cur:  # whitespace-tolerant like span(); the text is copied from the unit
            hit = re.search(r"\s+".join(re.escape(w) for w in cur.pop("T").split()), unit.text)
            if not hit:
                raise AnnotationError(f"{path.name}:{cur['line']}: text is not a substring of {unit.locator}")
            text = hit.group(0)
        rec = {"id": f"{prefix}-{len(records) + 1:03d}", "source": unit.source, "locator": unit.locator,
               "license": unit.license, "published": unit.published, "text": text, "events": [],
               "relations": []}
        if "N" in cur:
            rec["note"] = cur["N"]
        for n, line in pending:
            where = f"{path.name}:{n}"
            if line.startswith("E "):
                rec["events"].append(build_event(text, line, where))
            elif line.startswith("R "):
                rec["relations"].append(build_relation(text, line, where))
        records.append(rec)

    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@ "):
            finish()
            cur, pending = {"locator": line[2:].strip(), "line": n}, []
        elif cur is None:
            raise AnnotationError(f"{path.name}:{n}: content before the first '@' record")
        elif line.startswith("T "):
            cur["T"] = line[2:]
        elif line.startswith("N "):
            cur["N"] = line[2:].strip()
        elif line.startswith(("E ", "R ")):
            pending.append((n, line))
        else:
            raise AnnotationError(f"{path.name}:{n}: unknown line {line[:20]!r}")
    finish()
    return records


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", type=Path, default=SRC, help="hand annotation file")
    ap.add_argument("--out", type=Path, default=OUT, help="JSONL to write")
    ap.add_argument("--prefix", default="events-dev", help="record id prefix (events-dev2 for dev2)")
    a = ap.parse_args()
    records = parse(a.src, a.prefix)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {a.out} ({len(records)} records, {sum(len(r['events']) for r in records)} events)")


if __name__ == "__main__":
    try:
        main()
    except AnnotationError as e:
        raise SystemExit(str(e))
