"""Rebuild the PLOVER/CAMEO ontology tables in rasd/data/events/ from ../shared/data.

Why a script: the tables are derived mechanically from the PLOVER manual (LaTeX), the
CAMEO→PLOVER table and the CAMEO code list; re-running it must reproduce them exactly.

    /work/venv/bin/python training/events/build_ontology.py [--shared DIR] [--out DIR]

Writes plover_types.tsv, plover_modes.tsv, plover_contexts.tsv, cameo_codes.tsv and
cameo_to_plover.tsv. The manual-vs-table mode normalisation is data here (MODE_FIXES),
documented in docs/events.md.
"""

from __future__ import annotations

import argparse
import os
import re
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

TYPES = [
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
    "MOBILIZE", "COERCE", "ASSAULT",
]

# CAMEO2PLOVER-2021 (draft 0.8) uses some mode names that the current manual
# (draft 2.0) renamed or dropped. (type, table mode) -> manual mode ("" = no mode).
MODE_FIXES: dict[tuple[str, str], str] = {
    ("ASSAULT", "assassinate"): "targeted",
    ("ASSAULT", "massacre"): "targeted",
    ("ASSAULT", "cleansing"): "",
    ("ASSAULT", "seize"): "destroy",
    ("ASSAULT", "pro_autocracy"): "",
    ("COERCE", "ban"): "restrict",
    ("THREATEN", "ban"): "restrict",
    ("THREATEN", "political"): "restrict",
    ("RETREAT", "ease"): "",
    ("RETREAT", "return"): "",
}
# Contexts of the table that the manual does not list.
CONTEXT_FIXES = {"democracy": "pro_democracy", "humanitarian": "human_security"}

# Rows where the table contradicts the manual's own rules ("Potential ambiguities"
# and mode definitions); the manual wins. code -> (type, mode, contexts, why).
MANUAL_OVERRIDES: dict[str, tuple[str, str, tuple[str, ...], str]] = {
    "163": ("SANCTION", "discontinue", ("economic",),
            "manual, SANCTION modes: international (political or economic) sanctions are SANCTION 'discontinue'; table: COERCE restrict"),
    "116": ("SANCTION", "convict", ("legal",),
            "manual, SANCTION 'convict': find guilty or liable in court; table: ACCUSE disapprove"),
    "0813": ("CONCEDE", "", ("legal",),
             "manual, CONCEDE: removing curfews is a verbal concession (CONCEDE); table: RETREAT"),
    "0814": ("CONCEDE", "", ("legal",),
             "manual, CONCEDE: easing administrative/legal restrictions is CONCEDE; table: RETREAT"),
    "055": ("CONCEDE", "", ("diplomatic",),
            "manual, SUPPORT/CONCEDE ambiguities: expressions of regret or remorse are CONCEDE; table: SUPPORT"),
}

# CAMEO 02 (APPEAL) is absent from CAMEO2PLOVER-2021, but the manual defines
# REQUEST as "All requests, demands, and orders": map each 02x code like its 10x twin.
APPEAL_TWINS = {
    "020": "100", "021": "101", "0211": "1011", "0212": "1012", "0213": "1013",
    "0214": "1014", "022": "102", "023": "103", "0231": "1031", "0232": "1032",
    "0233": "1033", "0234": "1034", "024": "104", "0241": "1041", "0242": "1042",
    "0243": "1043", "0244": "1044", "025": "105", "0251": "1051", "0252": "1052",
    "0253": "1053", "0254": "1054", "0255": "1055", "0256": "1056", "026": "106",
    "027": "107", "028": "108",
}

PLOVER_SRC = "plover_ontology"
CAMEO_SRC = "cameo_codebook"


def shared_dir(arg: str | None) -> Path:
    if arg:
        return Path(arg)
    env = os.environ.get("RASD_SHARED")
    return Path(env) if env else REPO.parent / "shared"


def untex(s: str) -> str:
    """Strip the LaTeX markup used in the PLOVER manual tables to plain text."""
    s = re.sub(r"\\hyperref\[[^\]]*\]\{([^}]*)\}", r"\1", s)
    for _ in range(3):
        s = re.sub(r"\\(?:textit|textbf|emph|texttt|textsf|plcat|plcon|plmod|ti|txt|url)\{([^{}]*)\}", r"\1", s)
    s = s.replace("\\_", "_").replace("``", '"').replace("''", '"').replace("---", " - ")
    s = s.replace("\\$", "$").replace("$+$", "+").replace("\\ldots", "...").replace("\\&", "&")
    s = re.sub(r"\\autoref\{[^}]*\}|\\ref\{[^}]*\}", "", s)
    s = s.replace("~", " ").replace("`", "'")
    return re.sub(r"\s+", " ", s).strip()


@dataclass(frozen=True)
class Mode:
    type: str
    mode: str
    description: str


def manual_sections(tex: str) -> dict[str, str]:
    """Body of each \\section{TYPE} of the event-category chapter."""
    out: dict[str, str] = {}
    parts = re.split(r"\\section\{([^}]*)\}", tex)
    for name, body in zip(parts[1::2], parts[2::2]):
        if name in TYPES:
            out[name] = body
    return out


def table_rows(body: str) -> list[tuple[str, str]]:
    """(name, content) rows of a LaTeX tabular; rows end with a double backslash."""
    lines = [l for l in body.splitlines() if not l.strip().startswith("%")]
    text = "\n".join(lines)
    text = re.sub(r"\\(?:begin|end)\{tabular\}(\{[^}]*\})?|\\hline", " ", text)
    rows: list[tuple[str, str]] = []
    for row in text.split("\\\\"):
        name, sep, content = row.partition("&")
        name = untex(name)
        if not sep or name == "Name":
            continue
        content = untex(content.replace("&", " "))
        if re.fullmatch(r"[a-z][a-z_-]*", name):
            rows.append((name, content))
        elif not name and rows:  # continuation row of a 2-line cell
            rows[-1] = (rows[-1][0], rows[-1][1] + " " + content)
    return rows


def parse_modes(sections: dict[str, str]) -> list[Mode]:
    modes: list[Mode] = []
    for t in TYPES:
        body = sections[t]
        m = re.search(r"\\begin\{tabular\}.*?\\end\{tabular\}", body, re.S)
        if not m:
            continue
        for name, desc in table_rows(m.group(0)):
            modes.append(Mode(t, name, desc))
    return modes


def definition(body: str) -> str:
    text = body.split("\\subsection", 1)[0]
    lines = [l for l in text.splitlines() if not l.strip().startswith("%")]
    text = "\n".join(lines)
    text = re.sub(r"\\begin\{itemize\}|\\end\{itemize\}|\\item", " ", text)
    return untex(text)


def quad(body: str) -> str:
    m = re.search(r"\\subsection\{Quad category: ([A-Z ]+)\}", body)
    return m.group(1).strip() if m else ""


def requires_recipient(body: str) -> str:
    m = re.search(r"\\subsection\{Requires recipient: (Yes|No)\}", body)
    return ("1" if m.group(1) == "Yes" else "0") if m else ""


def scores(tex: str) -> dict[tuple[str, str], str]:
    m = re.search(r"\\hspace\*\{-1.2cm\}.*?\\end\{tabular\}", tex, re.S)
    out: dict[tuple[str, str], str] = {}
    if not m:
        return out
    for line in m.group(0).splitlines():
        if line.strip().startswith("%"):
            continue
        cells = [untex(re.sub(r"\\cellcolor\{[^}]*\}", "", c)) for c in line.rstrip("\\ ").split("&")]
        for name, val in zip(cells[0::2], cells[1::2]):
            if not re.fullmatch(r"-?\d+(\.\d+)?", val.strip()):
                continue
            t, _, mode = name.partition(":")
            out[(t.strip(), mode.strip().lower())] = val.strip()
    return out


def parse_contexts(tex: str) -> list[tuple[str, str]]:
    m = re.search(r"START CONTEXTS TABLE(.*?)END CONTEXTS TABLE", tex, re.S)
    assert m, "contexts table not found in PLOVER_MANUAL.tex"
    rows = []
    for line in m.group(1).splitlines():
        line = line.strip()
        if "&" in line and not line.startswith(("Name", "\\hline", "\\multicolumn", "\\caption")):
            name, _, content = line.partition("&")
            rows.append((untex(name), untex(content.rstrip("\\ ").rstrip("\\"))))
    return rows


@dataclass(frozen=True)
class Cameo:
    code: str
    name: str
    root: str
    name_icews: str
    line: int


def parse_cameo_codes(path: Path) -> list[Cameo]:
    codes: dict[str, Cameo] = {}
    root = ""
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        m = re.match(r"//(\d\d)[:=] (.*)", line)
        if m:
            root = m.group(2).strip()
            continue
        m = re.match(r"(LABELi?): (\d+)= (.*)", line)
        if not m:
            continue
        kind, code, name = m.group(1), m.group(2), m.group(3).strip()
        old = codes.get(code)
        if old is None:
            codes[code] = Cameo(code, name if kind == "LABEL" else "", root, name if kind == "LABELi" else "", n)
        elif kind == "LABEL":  # a repeated LABEL corrects the earlier one (018 typo)
            codes[code] = Cameo(code, name, old.root, old.name_icews, n)
        elif kind == "LABELi" and name.lower() != old.name.lower():
            codes[code] = Cameo(code, old.name, old.root, name, old.line)
    out = []
    for c in codes.values():
        if not c.name:  # ICEWS-only code
            c = Cameo(c.code, c.name_icews, c.root, "", c.line)
        out.append(c)
    return sorted(out, key=lambda c: (c.code[:2], c.code))


@dataclass(frozen=True)
class Mapping:
    cameo: str
    name: str
    type: str
    mode: str
    contexts: tuple[str, ...]
    mode_table: str
    note: str
    source: str


def parse_cameo2plover(path: Path, cameo: dict[str, Cameo], mode_names: set[tuple[str, str]]) -> list[Mapping]:
    out: dict[str, Mapping] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        m = re.match(r"(\d{3,4}): ([A-Z]+),([^,]*),([^#]*)#\s*(.*)", line)
        if not m:
            continue
        code, t, mode_raw, ctx_raw, name = (g.strip() for g in m.groups())
        if code in out:
            continue  # 175 is listed twice with the same mapping
        notes = []
        mode = mode_raw
        if (t, mode_raw) in MODE_FIXES and code not in MANUAL_OVERRIDES:
            mode = MODE_FIXES[(t, mode_raw)]
            notes.append(f"table mode '{mode_raw}' -> manual mode '{mode}'" if mode else f"table mode '{mode_raw}' is not a mode in the manual")
        if mode and (t, mode) not in mode_names:
            raise SystemExit(f"{path}:{n}: mode {mode!r} of {t} not in the manual; add it to MODE_FIXES")
        ctxs = []
        for c in re.split(r"[;]", ctx_raw):
            c = c.strip()
            if c in CONTEXT_FIXES:
                notes.append(f"table context '{c}' -> manual context '{CONTEXT_FIXES[c]}'")
            if c:
                ctxs.append(CONTEXT_FIXES.get(c, c))
        if mode_raw == "pro_autocracy":
            ctxs.insert(0, "pro_autocracy")
        ctxs = [c for i, c in enumerate(ctxs) if c not in ctxs[:i]]
        if code in MANUAL_OVERRIDES:
            t, mode, ctx_over, why = MANUAL_OVERRIDES[code]
            ctxs = list(ctx_over)
            notes.append(why)
        if code not in cameo:
            notes.append("code not in CAMEO_codefile.txt")
        out[code] = Mapping(code, cameo[code].name if code in cameo else name, t, mode, tuple(ctxs), mode_raw,
                            "; ".join(notes), f"plover:CAMEO2PLOVER-2021.txt:{n}")
    for appeal, twin in APPEAL_TWINS.items():
        if appeal not in cameo or twin not in out:
            continue
        tm = out[twin]
        out[appeal] = Mapping(appeal, cameo[appeal].name, "REQUEST", tm.mode, tm.contexts, "",
                              f"not in CAMEO2PLOVER-2021; CAMEO 02 APPEAL mapped like its 10 DEMAND twin {twin}",
                              "curated")
    return sorted(out.values(), key=lambda m: (m.cameo[:2], m.cameo))


def header(lines: list[str]) -> str:
    return "".join(f"# {l}\n" if l else "#\n" for l in lines)


PLOVER_LIC = ("PLOVER manual and CAMEO2PLOVER table: openeventdata/PLOVER commit 5e0c24fb "
              "(../shared/data/plover_ontology), CC BY-SA 4.0.")
CAMEO_LIC = ("CAMEO code list 0.7b5: openeventdata/text_to_CAMEO commit 6d7b3abe "
             "(../shared/data/cameo_codebook/CAMEO_codefile.txt), MIT, (c) 2014 Philip Schrodt.")
CMD = "Regenerate: /work/venv/bin/python training/events/build_ontology.py"


def write(path: Path, head: list[str], cols: list[str], rows: list[list[str]]) -> None:
    for r in rows:
        for v in r:
            assert "\t" not in v and "\n" not in v, (path, r)
    body = "\t".join(cols) + "\n" + "".join("\t".join(r) + "\n" for r in rows)
    path.write_text(header(head) + body, encoding="utf-8")
    print(f"wrote {path} ({len(rows)} rows)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared")
    ap.add_argument("--out", default=str(REPO / "rasd" / "data" / "events"))
    a = ap.parse_args()
    shared = shared_dir(a.shared) / "data"
    out = Path(a.out)
    tex = (shared / "plover_ontology" / "PLOVER_MANUAL.tex").read_text(encoding="utf-8")
    secs = manual_sections(tex)
    modes = parse_modes(secs)
    sc = scores(tex)
    contexts = parse_contexts(tex)

    type_rows = []
    for t in TYPES:
        tm = [m.mode for m in modes if m.type == t]
        type_rows.append([t, quad(secs[t]), requires_recipient(secs[t]), sc.get((t, ""), ""),
                          " | ".join(tm), definition(secs[t]), "plover:PLOVER_MANUAL.tex"])
    write(out / "plover_types.tsv", [
        "PLOVER event types: quad category, whether a recipient is required, PLOVER score,",
        "modes (details in plover_modes.tsv) and the definition text of the manual (LaTeX stripped).",
        "Contexts apply to every type: plover_contexts.tsv.",
        f"Built from: {PLOVER_LIC}", CMD, "License of this file: CC BY-SA 4.0 (derived from the PLOVER manual).",
    ], ["type", "quad", "requires_recipient", "score", "modes", "definition", "source"], type_rows)

    mode_rows = [[m.type, m.mode, sc.get((m.type, m.mode), ""), m.description, "plover:PLOVER_MANUAL.tex"] for m in modes]
    write(out / "plover_modes.tsv", [
        "PLOVER modes per event type (REQUEST and REJECT share their modes), with the manual's",
        "description and PLOVER score (empty when the manual gives none).",
        f"Built from: {PLOVER_LIC}", CMD, "License of this file: CC BY-SA 4.0 (derived from the PLOVER manual).",
    ], ["type", "mode", "score", "description", "source"], mode_rows)

    write(out / "plover_contexts.tsv", [
        "PLOVER general contexts (usable with any event type), from the manual's context table.",
        f"Built from: {PLOVER_LIC}", CMD, "License of this file: CC BY-SA 4.0 (derived from the PLOVER manual).",
    ], ["context", "description", "source"], [[c, d, "plover:PLOVER_MANUAL.tex"] for c, d in contexts])

    cameo = parse_cameo_codes(shared / "cameo_codebook" / "CAMEO_codefile.txt")
    write(out / "cameo_codes.tsv", [
        "CAMEO event codes with their names and root category. name_icews = the ICEWS (2014) variant",
        "name where it differs (LABELi lines). Codes are strings: keep the leading zero.",
        f"Built from: {CAMEO_LIC}", CMD, "License of this file: MIT (derived from the CAMEO code list).",
    ], ["code", "name", "root", "name_icews", "source"],
        [[c.code, c.name, c.root, c.name_icews, f"cameo_codebook:CAMEO_codefile.txt:{c.line}"] for c in cameo])

    by_code = {c.code: c for c in cameo}
    mode_names = {(m.type, m.mode) for m in modes}
    maps = parse_cameo2plover(shared / "plover_ontology" / "CAMEO2PLOVER-2021.txt", by_code, mode_names)
    write(out / "cameo_to_plover.tsv", [
        "CAMEO event code -> PLOVER type, mode and contexts. `mode` is normalised to the modes of the",
        "current manual (plover_modes.tsv); `mode_table` is the mode exactly as in CAMEO2PLOVER-2021",
        "(draft 0.8) and `note` says what changed. CAMEO 01x (public statements) has no PLOVER type.",
        "CAMEO 02x (APPEAL) rows are curated: mapped to REQUEST like their 10x twins.",
        f"Built from: {PLOVER_LIC}", f"and {CAMEO_LIC}", CMD,
        "License of this file: CC BY-SA 4.0 (derived from the PLOVER table).",
    ], ["cameo", "name", "type", "mode", "context", "mode_table", "note", "source"],
        [[m.cameo, m.name, m.type, m.mode, " | ".join(m.contexts), m.mode_table, m.note, m.source] for m in maps])


if __name__ == "__main__":
    main()
