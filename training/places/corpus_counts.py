"""Count how Arabic news corpora write candidate place names (used to choose spellings and drop junk).

Two corpora from ../shared/data are read: ant_corpus_v1.1 (Apache-2.0, Tunisian news 2014-2017) and
saudinewsnet (CC BY-NC-SA 4.0, Saudi news 2015). Only counts of the candidate names are computed; no text
and no counts are written to the shipped files, they only steer which spellings the builder keeps.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from arabic_script import strip_diacritics

_TOKEN = re.compile("[\u0621-\u064a\u0671\u0640\u064b-\u0652]+")
_TEXT_TAGS = re.compile(r"<(TITLE|ABSTRACT|TEXT)>(.*?)</\1>", re.S)
#: Words that, right before a name, show it is used as a place.
LOCATIVE_WORDS = frozenset(
    "في بمدينة مدينة بلدة ببلدة قرية بقرية محافظة بمحافظة ولاية بولاية إقليم بإقليم مقاطعة منطقة بمنطقة "
    "مطار ميناء قناة خليج مضيق معبر مخيم ريف بريف ضواحي أطراف شمال جنوب شرق غرب شمالي جنوبي شرقي غربي "
    "قرب بالقرب أنحاء عاصمة العاصمة وفي مدينتي محافظتي".split()
)
_PROCLITICS = ("وب", "فب", "ول", "فل", "وك", "و", "ف", "ب", "ل", "ك")
_LOCATIVE_PROCLITICS = frozenset({"وب", "فب", "ب"})


@dataclass
class NameCount:
    """Occurrences of one candidate name in one corpus."""

    total: int = 0
    locative: int = 0  # preceded by a locative word or attached ب-


@dataclass
class CorpusCounts:
    """Counts per candidate name for each corpus (ant, snn)."""

    ant: dict[str, NameCount] = field(default_factory=dict)
    snn: dict[str, NameCount] = field(default_factory=dict)

    def total(self, name: str) -> int:
        return sum(c[name].total for c in (self.ant, self.snn) if name in c)

    def inflected(self, name: str) -> int:
        return sum(self.total(f) for f in inflections(name))

    def locative(self, name: str) -> int:
        return sum(c[name].locative for c in (self.ant, self.snn) if name in c)


def ant_texts(folder: Path) -> Iterator[str]:
    """Title, abstract and text of every ANT article."""
    for path in sorted(folder.glob("*.trec.xml")):
        raw = path.read_text(encoding="utf-8")
        for match in _TEXT_TAGS.finditer(raw):
            yield match.group(2)


def snn_texts(folder: Path) -> Iterator[str]:
    """Title and content of every SaudiNewsNet article."""
    for path in sorted((folder / "json").glob("*.json")):
        for article in json.loads(path.read_text(encoding="utf-8")):
            yield f"{article.get('title') or ''}\n{article.get('content') or ''}"


def _variants(token: str) -> Iterator[tuple[str, bool]]:
    """The token itself and the token without one proclitic cluster; bool = the cluster had ب."""
    yield token, False
    for clitic in _PROCLITICS:
        if token.startswith(clitic) and len(token) - len(clitic) >= 2:
            rest = token[len(clitic):]
            yield rest, clitic in _LOCATIVE_PROCLITICS
            if clitic.endswith("ل") and rest.startswith("ل"):
                yield "ا" + rest, False  # للموصل -> الموصل


def count_names(texts: Iterable[str], names: set[str], max_words: int = 4) -> dict[str, NameCount]:
    """Count each name (1..max_words tokens, diacritics ignored) with its clitic-prefixed forms."""
    counts: dict[str, NameCount] = {}
    for text in texts:
        tokens = [strip_diacritics(t) for t in _TOKEN.findall(text)]
        for i, token in enumerate(tokens):
            prev = tokens[i - 1] if i else ""
            for form, bi in _variants(token):
                for n in range(1, max_words + 1):
                    if i + n > len(tokens):
                        break
                    if n == 1 and form is not token and len(form) <= 3:
                        continue  # ولد is not و + لد: short names are counted as whole tokens only
                    candidate = " ".join([form, *tokens[i + 1 : i + n]])
                    if candidate in names:
                        entry = counts.setdefault(candidate, NameCount())
                        entry.total += 1
                        if bi or prev in LOCATIVE_WORDS:
                            entry.locative += 1
    return counts


def inflections(name: str) -> list[str]:
    """Forms that a common noun takes but a place name rarely does (article, possessive suffixes).

    مدينة → المدينة/مدينته/مدينتها; الجديد → جديد; بيان → البيان/بيانه. A name often seen in these forms
    is a common word.
    """
    if " " in name:
        return []
    if name.startswith("ال"):
        return [name[2:]] if len(name) > 4 else []
    stem = name[:-1] + "ت" if name.endswith("ة") else name
    return ["ال" + name, stem + "ه", stem + "ها", stem + "هم"]


def count_in_shared(shared: Path, names: set[str]) -> CorpusCounts:
    """Counts of the names in ant_corpus_v1.1 and saudinewsnet under the shared data folder."""
    data = shared / "data"
    clean = {strip_diacritics(n) for n in names}
    clean |= {f for n in list(clean) for f in inflections(n)}
    return CorpusCounts(
        ant=count_names(ant_texts(data / "ant_corpus_v1.1"), clean),
        snn=count_names(snn_texts(data / "saudinewsnet"), clean),
    )
