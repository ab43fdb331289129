"""Rough lexicon coverage of the dev-set triggers (a baseline for the coder, not a coder).

For each gold trigger, does some triggers.tsv row of the same type have a form whose crude
stem equals a crude stem of the trigger's first or last word? Stems strip common clitics and
inflectional affixes after the normalisation the coder will use. This over- and under-counts
(no morphology, no context); it shows where the lexicon has no entry at all.

    /work/venv/bin/python training/events/lexicon_coverage.py
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
_DIAC = re.compile("[\u064b-\u0652\u0670\u0640]")
PRE = ("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "س")
SUF = ("اتهم", "تهم", "ات", "ون", "ين", "ان", "وا", "تا", "تم", "ها", "هم", "هما", "ه", "ة", "ت", "ا")


def norm(w: str) -> str:
    w = _DIAC.sub("", w)
    w = re.sub("[أإآٱ]", "ا", w).replace("ى", "ي").replace("ؤ", "و").replace("ئ", "ي")
    return w


def stems(word: str) -> set[str]:
    out, todo = set(), {norm(word)}
    for _ in range(3):
        nxt = set()
        for w in todo:
            out.add(w)
            for p in PRE:
                if w.startswith(p) and len(w) - len(p) >= 3:
                    nxt.add(w[len(p):])
            for s in SUF:
                if w.endswith(s) and len(w) - len(s) >= 3:
                    nxt.add(w[: -len(s)])
            if w[:1] in "يتن" and len(w) >= 4:
                nxt.add(w[1:])
        todo = nxt - out
    return out


def main() -> None:
    rows = [r for r in csv.DictReader([l for l in open(REPO / "rasd/data/events/triggers.tsv", encoding="utf-8")
                                        if not l.startswith("#")], delimiter="\t", quoting=csv.QUOTE_NONE)]
    forms: dict[str, set[str]] = {}
    for r in rows:
        ws = [r["lemma"], r["past"], r["present"]]
        for col in ("masdar", "plural", "extra_forms"):
            ws += r[col].split(" | ")
        keys = forms.setdefault(r["type"], set())
        for w in filter(None, ws):
            parts = w.split()
            keys |= stems(parts[0]) | stems(parts[-1])
    hit, total = Counter(), Counter()
    missed: dict[str, list[str]] = {}
    for line in open(REPO / "tests/events/dev/dev.jsonl", encoding="utf-8"):
        for ev in json.loads(line)["events"]:
            t = ev["type"]
            words = ev["trigger"]["text"].split()
            total[t] += 1
            if (stems(words[0]) | stems(words[-1])) & forms.get(t, set()):
                hit[t] += 1
            else:
                missed.setdefault(t, []).append(ev["trigger"]["text"])
    for t in sorted(total):
        print(f"{t:10s} {hit[t]:3d}/{total[t]:3d}  missed: {' / '.join(missed.get(t, [])[:8])}")
    print(f"{'ALL':10s} {sum(hit.values()):3d}/{sum(total.values()):3d} = {sum(hit.values()) / sum(total.values()):.1%}")


if __name__ == "__main__":
    main()
