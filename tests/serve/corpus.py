"""The two stores the UI/API/export tests run on, over the same ten articles.

* the **real** store: the bundled sample corpus (seed article + ANT Corpus, Apache-2.0) and one hostile
  document, through the real pipeline with the shipped registry and gazetteer. Whatever the pipeline
  finds, tests on it assert what must hold for *any* correct output (every mention highlighted, every
  event listed, counts equal to what the stored results hold, text escaped).
* the **curated** store: the same articles as hand-built contract :class:`~rasd.schema.Result` objects
  (``tests/serve/annotations.py``: mentions, events, relations read off the text by hand, shipped
  registry/gazetteer ids), so counting tests have exact, hand-checkable numbers that no change in
  extraction quality can move. Sentences come from a plain punctuation splitter; nothing here calls
  the pipeline.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from rasd import schema
from rasd.pipeline import document_id
from rasd.version import __version__
from tests.serve.annotations import DISCOVERED, DOCS, Doc, Ev

# ANT Corpus ids used (see rasd/data/sample/ant_sample.jsonl)
ANT_IDS = (
    "JA-internationalNews-196-20161028",  # Saudi Arabia accuses the Houthis of firing a missile at Mecca
    "JA-internationalNews-1248-20170619",  # Iran fires missiles at ISIS in Deir ez-Zor
    "JA-internationalNews-950-20170525",  # Libyan forces arrest the Manchester attacker's father
    "JA-internationalNews-1101-20170605",  # Bahrain, UAE, Saudi Arabia, Egypt cut ties with Qatar
    "JA-politic-307-20170321",
    "JA-internationalNews-592-20170321",
    "JA-internationalNews-85-13082016",
    "JA-internationalNews-1212-20170615",
)

# A hostile document: markup, attribute breakout and a bidi override in article text and metadata.
HOSTILE_TEXT = (
    "<script>alert('xss')</script> أعلنت «هيئة تحرير الشام» في بيان \"><img src=x onerror=alert(1)> "
    "أنها سيطرت على مواقع جديدة في ريف إدلب \u202eبحسب مصادر محلية\u202c، وفق ما نقلت وسائل إعلام."
)
HOSTILE_TITLE = "<script>alert('title')</script>بيان الهيئة"
HOSTILE_SOURCE = '"><img src=x onerror=alert(2)>'


def sample_articles() -> list[dict]:
    folder = resources.files("rasd.data").joinpath("sample")
    seed = folder.joinpath("seed-article.txt").read_text(encoding="utf-8")
    rows = {}
    for line in folder.joinpath("ant_sample.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        rows[d["id"]] = d
    arts = [dict(key="seed", text=seed, origin="seed-article.txt", title="تعاون «النصرة» و«طالبان»",
                 source="الوطن", published="2023-03-15")]
    for aid in ANT_IDS:
        d = rows[aid]
        arts.append(dict(key=aid, text=d["text"], origin=d["id"], title=d["title"], source=d["source"],
                         published=d["published"]))
    arts.append(dict(key="hostile", text=HOSTILE_TEXT, origin="hostile.txt", title=HOSTILE_TITLE,
                     source=HOSTILE_SOURCE, published="2024-01-10"))
    return arts


# -- the real store ---------------------------------------------------------------------------

def build_real_results() -> list[schema.Result]:
    """The pipeline's output for the articles (shipped registry and gazetteer, nothing added)."""
    import rasd

    nlp = rasd.load()
    return [nlp(a["text"], origin=a["origin"], title=a["title"], source=a["source"], published=a["published"])
            for a in sample_articles()]


# -- the curated store ------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?؟]+[\"”»)]?(?=\s)|\n")
_LETTER = re.compile("[\u0621-\u064a]")
_PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")


def split_sentences(text: str) -> list[schema.Sentence]:
    """Sentences at . ! ? ؟ followed by a space, and at line breaks (whitespace trimmed)."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        _add_sentence(out, text, start, m.end())
        start = m.end()
    _add_sentence(out, text, start, len(text))
    return out


def _add_sentence(out: list, text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    if chunk.strip():
        s = start + len(chunk) - len(chunk.lstrip())
        out.append(schema.Sentence(start=s, end=s + len(chunk.strip())))


def word_occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    """Spans of ``surface`` as a whole word; only a proclitic (و ف ب ل ك) may be glued before it."""
    out, i = [], text.find(surface)
    while i >= 0:
        j = i + len(surface)
        k = i
        while k > 0 and _LETTER.match(text[k - 1]):
            k -= 1
        if text[k:i] in _PROCLITICS and not (j < len(text) and _LETTER.match(text[j])):
            out.append((i, j))
        i = text.find(surface, i + 1)
    return out


def _find(text: str, needle: str, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    hi = len(text) if hi is None else hi
    i = text.find(needle, lo, hi)
    if i < 0:
        raise ValueError(f"{needle!r} not found in text[{lo}:{hi}]")
    return i, i + len(needle)


@lru_cache(maxsize=1)
def _registry():
    from rasd.actors.registry import load_registry

    return load_registry()


@lru_cache(maxsize=1)
def _gazetteer():
    from rasd.actors.gazetteer import load_gazetteer

    return load_gazetteer()


def _actor(aid: str) -> schema.Actor:
    if aid in DISCOVERED:
        name, type_ = DISCOVERED[aid]
        return schema.Actor(id=aid, name=name, type=type_, known=False)
    a = _registry().actors[aid]
    return schema.Actor(id=a.id, name=a.name, name_en=a.name_en, type=a.type, code=a.code, aliases=list(a.aliases),
                        known=True)


def _place(pid: str) -> schema.Place:
    p = _gazetteer().places[pid]
    return schema.Place(id=p.id, name=p.name, name_en=p.name_en, feature=p.feature, country=p.country,
                        lat=p.lat, lon=p.lon)


def _code(aid: str | None) -> str | None:
    return _registry().actors[aid].code if aid and aid in _registry().actors else None


def hand_mentions(text: str, doc: Doc) -> list[schema.Mention]:
    """Every occurrence of each annotated surface, longest surfaces first, never overlapping."""
    taken: list[tuple[int, int]] = []
    found = []
    for men in sorted(doc.mentions, key=lambda m: -len(m.surface)):
        for s, e in word_occurrences(text, men.surface):
            if all(e <= a or s >= b for a, b in taken):
                taken.append((s, e))
                found.append((s, e, men.label, men.actor, men.place, "dictionary", "hand-annotated name"))
    for surface, label, actors in doc.both:
        s, e = _find(text, surface)
        found += [(s, e, label, aid, None, "coreference", "hand-annotated: one phrase, several referents")
                  for aid in actors]
    found.sort(key=lambda f: (f[0], f[1]))
    return [schema.Mention(id=f"m{i}", start=s, end=e, text=text[s:e], label=label, actor=actor, place=place,
                           method=method, confidence=0.95, reason=reason)
            for i, (s, e, label, actor, place, method, reason) in enumerate(found, 1)]


def hand_event(text: str, sentences: list[schema.Sentence], ev: Ev) -> schema.Event:
    anchor = ev.near or ev.trigger
    idx = next(i for i, s in enumerate(sentences) if anchor in text[s.start:s.end])
    lo, hi = sentences[idx].start, sentences[idx].end
    start = _find(text, ev.near, lo, hi)[0] if ev.near else lo

    def span(surface: str) -> tuple[int, int]:
        return _find(text, surface, start, hi)

    def actor_arg(arg):
        if arg is None:
            return None
        s, e = span(arg[0])
        return schema.ActorArg(actor=arg[1], start=s, end=e, text=text[s:e], code=_code(arg[1]))

    ts, te = span(ev.trigger)
    loc = date = quantity = None
    if ev.location:
        s, e = span(ev.location[0])
        loc = schema.LocationArg(place=ev.location[1], start=s, end=e, text=text[s:e])
    if ev.date:
        s, e = _find(text, ev.date[2])
        date = schema.DateArg(value=ev.date[0], precision=ev.date[1], text=text[s:e], start=s, end=e)
    if ev.quantity:
        s, e = span(ev.quantity[1])
        quantity = schema.Quantity(value=ev.quantity[0], start=s, end=e, text=text[s:e])
    attribution = []
    for surface, cue, actor in ev.attribution:
        s, e = _find(text, surface, lo, hi) if surface in text[lo:hi] else _find(text, surface)
        attribution.append(schema.Attribution(actor=actor, start=s, end=e, text=text[s:e], cue=cue))
    return schema.Event(
        id=ev.eid, type=ev.type, mode=ev.mode, cameo=ev.cameo, sentence=idx,
        trigger=schema.TextSpan(start=ts, end=te, text=text[ts:te]),
        actor1=actor_arg(ev.actor1), actor2=actor_arg(ev.actor2), location=loc, date=date, quantity=quantity,
        modality=ev.modality, attribution=attribution, method="hand", confidence=0.9,
        reason="hand-annotated test event")


def hand_result(art: dict, doc: Doc) -> schema.Result:
    """A contract Result built by hand for one article (no pipeline)."""
    text = art["text"]
    sentences = split_sentences(text)
    mentions = hand_mentions(text, doc)
    events = [hand_event(text, sentences, ev) for ev in doc.events]
    relations = []
    for rel in doc.relations:
        s, e = _find(text, rel.evidence)
        relations.append(schema.Relation(type=rel.type, subject=rel.subject, object=rel.object,
                                         evidence=schema.TextSpan(start=s, end=e, text=text[s:e]),
                                         confidence=0.8, method="hand"))
    actor_ids = {m.actor for m in mentions if m.actor}
    actor_ids |= {a.actor for ev in events for a in (ev.actor1, ev.actor2) if a and a.actor}
    actor_ids |= {a.actor for ev in events for a in ev.attribution if a.actor}
    actor_ids |= {x for rel in relations for x in (rel.subject, rel.object)}
    place_ids = {m.place for m in mentions if m.place} | {ev.location.place for ev in events
                                                         if ev.location and ev.location.place}
    result = schema.Result(
        rasd_version=__version__,
        document=schema.Document(id=document_id(text), origin=art["origin"], title=art["title"],
                                 source=art["source"], published=art["published"], text=text),
        sentences=sentences, mentions=mentions, actors=[_actor(a) for a in sorted(actor_ids)],
        places=[_place(p) for p in sorted(place_ids)], events=events, relations=relations)
    result.check_spans()
    return result


def build_hand_results() -> list[schema.Result]:
    """The curated store's results: every article, annotated by hand (``tests/serve/annotations.py``)."""
    return [hand_result(a, DOCS[a["key"]]) for a in sample_articles()]


def store_results(path, results) -> str:
    """Write ``results`` to a new SQLite store at ``path``; returns the path."""
    from rasd.store import Store

    store = Store(path)
    for r in results:
        assert store.add(r), r.document.origin
    store.close()
    return str(path)
