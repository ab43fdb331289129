"""Build a synthetic store for the UI/export benchmarks from real Arabic sentences (not committed).

Real articles (the bundled sample corpus: seed article + 30 ANT Corpus articles, Apache-2.0) go
through the pipeline once; their sentences, with the pipeline's mentions, are recombined into N
documents of 4–12 sentences. Events are synthetic (the events stage may not exist yet): per
document ``--events-per-doc`` events whose trigger is a real word of one of its sentences, roles
are its actor mentions, places come from a small list of cities, dates from 2015–2023. The point
is realistic *volume and shape* for timing, not realistic events.

    python benchmarks/serve/make_store.py --docs 10000 --events-per-doc 10 --db /tmp/bench.db
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from dataclasses import dataclass
from importlib import resources

from rasd import schema

TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
MODALITIES = ("asserted", "asserted", "asserted", "reported", "reported", "alleged", "planned", "negated")
OUTLETS = ("Jawhara FM", "الوطن", "سانا", "الجزيرة", "العربية", "الشرق الأوسط", "القدس العربي", "الأهرام")
# (id, Arabic name, English name, feature, ISO country, lat, lon) — approximate city coordinates.
CITIES = (
    ("b.damascus", "دمشق", "Damascus", "SY", 33.51, 36.29), ("b.aleppo", "حلب", "Aleppo", "SY", 36.20, 37.16),
    ("b.idlib", "إدلب", "Idlib", "SY", 35.93, 36.63), ("b.deirezzor", "دير الزور", "Deir ez-Zor", "SY", 35.34, 40.14),
    ("b.raqqa", "الرقة", "Raqqa", "SY", 35.95, 39.01), ("b.homs", "حمص", "Homs", "SY", 34.73, 36.72),
    ("b.baghdad", "بغداد", "Baghdad", "IQ", 33.31, 44.36), ("b.mosul", "الموصل", "Mosul", "IQ", 36.34, 43.13),
    ("b.kabul", "كابل", "Kabul", "AF", 34.53, 69.17), ("b.kandahar", "قندهار", "Kandahar", "AF", 31.61, 65.71),
    ("b.sanaa", "صنعاء", "Sanaa", "YE", 15.35, 44.21), ("b.aden", "عدن", "Aden", "YE", 12.78, 45.04),
    ("b.tripoli", "طرابلس", "Tripoli", "LY", 32.89, 13.19), ("b.sirte", "سرت", "Sirte", "LY", 31.21, 16.59),
    ("b.cairo", "القاهرة", "Cairo", "EG", 30.04, 31.24), ("b.riyadh", "الرياض", "Riyadh", "SA", 24.69, 46.72),
    ("b.tehran", "طهران", "Tehran", "IR", 35.69, 51.39), ("b.beirut", "بيروت", "Beirut", "LB", 33.89, 35.50),
    ("b.gaza", "غزة", "Gaza", "PS", 31.50, 34.47), ("b.tunis", "تونس", "Tunis", "TN", 36.81, 10.18),
)
_WORD = re.compile(r"[\u0621-\u064a]{3,}")


@dataclass
class Sent:
    text: str
    mentions: list[schema.Mention]  # offsets relative to the sentence
    actors: dict[str, schema.Actor]


def sentence_pool() -> list[Sent]:
    import rasd

    nlp = rasd.load()  # shipped registry and gazetteer
    folder = resources.files("rasd.data").joinpath("sample")
    texts = [folder.joinpath("seed-article.txt").read_text(encoding="utf-8")]
    texts += [json.loads(line)["text"] for line in
              folder.joinpath("ant_sample.jsonl").read_text(encoding="utf-8").splitlines()]
    pool = []
    for r in nlp.pipe(texts):
        actors = {a.id: a for a in r.actors}
        for s in r.sentences:
            text = r.document.text[s.start:s.end].strip()
            if len(text) < 40:
                continue
            lead = r.document.text[s.start:s.end].index(text)
            base = s.start + lead
            ms = [m.model_copy(update={"start": m.start - base, "end": m.end - base})
                  for m in r.mentions if base <= m.start and m.end <= base + len(text)]
            pool.append(Sent(text, ms, {m.actor: actors[m.actor] for m in ms if m.actor in actors}))
    return pool


def make_result(rng: random.Random, pool: list[Sent], n_events: int, version: str) -> schema.Result:
    chosen = rng.sample(pool, rng.randint(4, 12))
    parts, sentences, mentions, actors = [], [], [], {}
    pos = 0
    for s in chosen:
        sentences.append(schema.Sentence(start=pos, end=pos + len(s.text)))
        for m in s.mentions:
            mentions.append(m.model_copy(update={"id": f"m{len(mentions) + 1}", "start": m.start + pos,
                                                 "end": m.end + pos}))
        actors.update(s.actors)
        parts.append(s.text)
        pos += len(s.text) + 1
    text = "\n".join(parts)
    day = f"{rng.randint(2015, 2023)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    linked = [m for m in mentions if m.actor]
    places: dict[str, schema.Place] = {}
    events = []
    for k in range(n_events):
        si = rng.randrange(len(sentences))
        sent = sentences[si]
        words = list(_WORD.finditer(text, sent.start, sent.end))
        w = rng.choice(words)
        trigger = schema.TextSpan(start=w.start(), end=w.end(), text=w.group())
        roles = rng.sample(linked, min(2, len(linked))) if linked else []
        args = [schema.ActorArg(actor=m.actor, start=m.start, end=m.end, text=m.text, code=actors[m.actor].code)
                for m in roles]
        loc = None
        if rng.random() < 0.6:
            cid, name, name_en, country, lat, lon = rng.choice(CITIES)
            places[cid] = schema.Place(id=cid, name=name, name_en=name_en, feature="city", country=country,
                                       lat=lat, lon=lon)
            loc = schema.LocationArg(place=cid, start=w.start(), end=w.end(), text=w.group())
        attribution = []
        if linked and rng.random() < 0.4:
            src = rng.choice(linked)
            attribution = [schema.Attribution(actor=src.actor, start=src.start, end=src.end, text=src.text,
                                              cue="قال")]
        events.append(schema.Event(
            id=f"e{k + 1}", type=rng.choice(TYPES), sentence=si, trigger=trigger,
            actor1=args[0] if args else None, actor2=args[1] if len(args) > 1 else None, location=loc,
            date=schema.DateArg(value=day, precision="day", text=day) if rng.random() < 0.5 else None,
            modality=rng.choice(MODALITIES), attribution=attribution, method="synthetic", confidence=0.5))
    relations = []
    if len(linked) >= 2 and rng.random() < 0.3:
        a, b = rng.sample(linked, 2)
        if a.actor != b.actor:
            s = sentences[0]
            relations.append(schema.Relation(type=rng.choice(("ally_of", "rival_of", "member_of")), subject=a.actor,
                                             object=b.actor, evidence=schema.TextSpan(
                                                 start=s.start, end=s.end, text=text[s.start:s.end]),
                                             confidence=0.5, method="synthetic"))
    from rasd.pipeline import document_id

    return schema.Result(
        rasd_version=version,
        document=schema.Document(id=document_id(text), origin="synthetic", title=parts[0][:80],
                                 source=rng.choice(OUTLETS), published=day, text=text),
        sentences=sentences, mentions=mentions, actors=list(actors.values()), places=list(places.values()),
        events=events, relations=relations)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--events-per-doc", type=int, default=10)
    ap.add_argument("--db", default="/tmp/rasd-bench.db")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    from rasd.store import Store
    from rasd.version import __version__

    t0 = time.perf_counter()
    pool = sentence_pool()
    print(f"{len(pool)} real sentences in the pool ({time.perf_counter() - t0:.1f}s)")
    rng = random.Random(args.seed)
    store = Store(args.db)
    stored = 0
    t1 = time.perf_counter()
    while stored < args.docs:
        r = make_result(rng, pool, args.events_per_doc, __version__)
        r.check_spans()
        if store.add(r):
            stored += 1
            if stored % 1000 == 0:
                print(f"  {stored:,} documents ({time.perf_counter() - t1:.0f}s)", flush=True)
    st = store.stats()
    print(f"stored {st.documents:,} documents, {st.events:,} events, {st.mentions:,} mentions, "
          f"{st.relations:,} relations in {time.perf_counter() - t1:.0f}s -> {args.db}")


if __name__ == "__main__":
    main()
