"""Parser for the Arabic PETRARCH actor dictionary (UniversalPetrarch `actor_dict_ar_v4.txt`, MIT).

Entries are a name line (tokens joined by `_`, mostly lemmatised) followed by one or more
`[CODE date-date]` brackets, either on the same line or on indented lines below. We keep the line
number of the name so that registry rows can cite `petrarch_ar:actor_dict_ar_v4.txt:<line>`.
The dictionary is noisy: nothing parsed here is shipped without review.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from common import loose_key, shared_dir

FILE_NAME = "actor_dict_ar_v4.txt"
_BRACKET = re.compile(r"\[\s*([~A-Za-z]+)\s*([^\]]*)\]")


@dataclass(frozen=True)
class CodeSpan:
    code: str
    dates: str  # raw date text, e.g. "20050407-20140724" or ">20050115" (often bogus: 18000101)


@dataclass
class PetrarchEntry:
    line: int
    raw: str
    codes: list[CodeSpan] = field(default_factory=list)

    @property
    def text(self) -> str:
        """Name with `_` token joins turned into spaces."""
        return " ".join(self.raw.replace("_", " ").split())

    @property
    def key(self) -> str:
        return loose_key(self.text)

    @property
    def source(self) -> str:
        return f"petrarch_ar:{FILE_NAME}:{self.line}"


def default_path() -> Path:
    return shared_dir() / "data" / "petrarch_arabic_dictionaries" / FILE_NAME


def parse(path: Path | None = None) -> list[PetrarchEntry]:
    """Parse the dictionary into entries (name line number, raw name, code spans)."""
    path = path or default_path()
    entries: list[PetrarchEntry] = []
    current: PetrarchEntry | None = None
    with path.open(encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, start=1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            stripped = line.strip()
            if stripped.startswith("["):
                if current is not None:
                    current.codes.extend(_codes(stripped))
                continue
            name = _BRACKET.split(stripped)[0].strip() if "[" in stripped else stripped
            name = name.split("#")[0].strip().lstrip("+")
            current = PetrarchEntry(line=lineno, raw=name)
            current.codes.extend(_codes(stripped))
            entries.append(current)
    return entries


def _codes(text: str) -> list[CodeSpan]:
    return [CodeSpan(m.group(1).lstrip("~").upper(), m.group(2).strip()) for m in _BRACKET.finditer(text)]


def index_by_key(entries: list[PetrarchEntry]) -> dict[str, list[PetrarchEntry]]:
    idx: dict[str, list[PetrarchEntry]] = {}
    for e in entries:
        if e.codes and e.key:
            idx.setdefault(e.key, []).append(e)
    return idx


AGENTS_FILE = "agents.all.ar.txt"
_AGENT_LINE = re.compile(r"^([^#\[]*?)\s*(?:\{[^}]*\})?\s*\[~?([A-Z~]+)\]\s*(.*)$")


@dataclass(frozen=True)
class AgentEntry:
    line: int
    english: str
    code: str
    arabic: str

    @property
    def source(self) -> str:
        return f"petrarch_ar:{AGENTS_FILE}:{self.line}"


def parse_agents(path: Path | None = None) -> list[AgentEntry]:
    """Parse `ENGLISH_KEY [~CODE]arabic phrase` lines of agents.all.ar.txt (comments after # dropped)."""
    path = path or shared_dir() / "data" / "petrarch_arabic_dictionaries" / AGENTS_FILE
    out: list[AgentEntry] = []
    with path.open(encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, start=1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            m = _AGENT_LINE.match(line)
            if not m:
                continue
            arabic = m.group(3).split("#")[0].strip().lstrip("?").strip()
            if arabic:
                out.append(AgentEntry(lineno, m.group(1).strip(), m.group(2).replace("~", ""), arabic))
    return out
