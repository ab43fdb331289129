"""Index of the Arabic PETRARCH verb dictionaries (CAMEO.ar.0.5.txt, verbs_assualt_only.txt).

Why: triggers.tsv is curated starting from these noisy, lemmatised, partly machine-translated
dictionaries; this index lets build_triggers.py record, for each curated trigger, the
dictionary line it came from (`petrarch_ar:<file>:<line>`), and lets a curator list what the
dictionaries propose for a CAMEO code (`python petrarch_index.py 173`).
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FILES = ("CAMEO.ar.0.5.txt", "verbs_assualt_only.txt")
_DIAC = re.compile("[\u064b-\u0652\u0670\u0640]")


def shared_dir() -> Path:
    env = os.environ.get("RASD_SHARED")
    return Path(env) if env else REPO.parent / "shared"


def norm(word: str) -> str:
    """Loose matching key: no diacritics/tatweel, bare alif, ى->ي, ة->ه, no _ or +."""
    w = _DIAC.sub("", word)
    w = re.sub("[أإآٱ]", "ا", w).replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و").replace("ئ", "ي")
    return re.sub(r"[_+\s]+", " ", w).strip()


@dataclass(frozen=True)
class Hit:
    file: str
    line: int
    kind: str  # "verb" (verb list line) or "pattern" (object word in a pattern)
    text: str
    codes: tuple[str, ...]  # codes on the line, else of the block

    @property
    def ref(self) -> str:
        return f"petrarch_ar:{self.file}:{self.line}"


@lru_cache(maxsize=1)
def index() -> dict[str, list[Hit]]:
    out: dict[str, list[Hit]] = {}
    base = shared_dir() / "data" / "petrarch_arabic_dictionaries"
    for fname in FILES:
        lines = (base / fname).read_text(encoding="utf-8").splitlines()
        in_verbs = fname != FILES[0]
        block: list[tuple[int, str, tuple[str, ...]]] = []
        block_codes: set[str] = set()

        def flush() -> None:
            for n, text, codes in block:
                kind = "pattern" if text.startswith("-") else "verb"
                use = codes or tuple(sorted(block_codes))
                if kind == "verb":
                    key = norm(text)
                    out.setdefault(key, []).append(Hit(fname, n, kind, text, use))
                else:
                    body = re.sub(r"^-\s*\*?", "", text)
                    for w in re.findall(r"[\u0621-\u064a_]+", body):
                        out.setdefault(norm(w), []).append(Hit(fname, n, kind, body.strip(), use))

        for n, raw in enumerate(lines, 1):
            if "VERB PATTERNS" in raw:
                in_verbs = True
                continue
            if not in_verbs:
                continue
            m = re.match(r"---\s*(.*?)\s*\[([^\]]*)\]\s*---", raw)
            if m:
                flush()
                block, block_codes = [], set()
                if re.fullmatch(r"\d+", m.group(2)):
                    block_codes.add(m.group(2))
                block.append((n, m.group(1), ((m.group(2),) if re.fullmatch(r"\d+", m.group(2)) else ())))
                continue
            s = raw.split("#", 1)[0].strip()
            if not s:
                continue
            codes = tuple(re.findall(r"\[(\d+)\]", s))
            block_codes.update(codes)
            text = re.sub(r"\[[^\]]*\]", "", s).strip()
            block.append((n, text, codes))
        flush()
    return out


def lookup(word: str) -> list[Hit]:
    return index().get(norm(word), [])


if __name__ == "__main__":
    want = sys.argv[1] if len(sys.argv) > 1 else ""
    seen = set()
    for key, hits in sorted(index().items()):
        for h in hits:
            if want and not any(c.startswith(want) for c in h.codes):
                continue
            if (key, h.codes) in seen:
                continue
            seen.add((key, h.codes))
            print(f"{','.join(h.codes)}\t{h.kind}\t{key}\t{h.ref}")
