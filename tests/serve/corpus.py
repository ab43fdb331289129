"""A small real store for the UI/API/export tests.

Real articles (the bundled sample corpus: seed article + ANT Corpus, Apache-2.0) go through
the pipeline with the test registries; because the events stage may not exist yet, a few
events, places and relations are added by hand to some results — read off the Arabic text,
with spans found in it (never typed as offsets). One hostile document tests escaping.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Optional

from rasd import schema

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
REGISTRIES = (str(FIXTURES / "registry_small.tsv"), str(Path(__file__).with_name("registry_ui.tsv")))

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

PLACES = {
    "t.makkah": schema.Place(id="t.makkah", name="مكة المكرمة", name_en="Mecca", feature="city", country="SA",
                             lat=21.4225, lon=39.8262),
    "t.deirezzor": schema.Place(id="t.deirezzor", name="دير الزور", name_en="Deir ez-Zor", feature="city",
                                country="SY", lat=35.3359, lon=40.1408),
    "t.tripoli": schema.Place(id="t.tripoli", name="طرابلس", name_en="Tripoli", feature="city", country="LY",
                              lat=32.8872, lon=13.1913),
    "t.khabarovsk": schema.Place(id="t.khabarovsk", name="إقليم خاباروفسك", name_en="Khabarovsk Krai",
                                 feature="region", country="RU", lat=48.4827, lon=135.0838),
    "t.idlib": schema.Place(id="t.idlib", name="إدلب", name_en="Idlib", feature="city", country="SY",
                            lat=35.9306, lon=36.6339),
}


@dataclass(frozen=True)
class Ev:
    """An event read off the text: surfaces (searched after ``near``) instead of offsets."""

    eid: str
    type: str
    trigger: str
    near: str = ""
    mode: Optional[str] = None
    cameo: Optional[str] = None
    actor1: Optional[tuple[str, Optional[str]]] = None
    actor2: Optional[tuple[str, Optional[str]]] = None
    location: Optional[tuple[str, str]] = None
    date: Optional[tuple[str, str, str]] = None  # value, precision, surface
    modality: str = "asserted"
    attribution: tuple[tuple[str, str, Optional[str]], ...] = ()  # surface, cue, actor
    quantity: Optional[tuple[float, str]] = None


@dataclass(frozen=True)
class Rel:
    type: str
    subject: str
    object: str
    evidence: str


@dataclass(frozen=True)
class Extra:
    events: tuple[Ev, ...] = ()
    relations: tuple[Rel, ...] = ()
    places: tuple[str, ...] = field(default_factory=tuple)


EXTRAS: dict[str, Extra] = {
    "seed": Extra(
        events=(
            Ev("e1", "COOPERATE", "تطوير التنسيق", near="وجدوا أن", actor1=("«النصرة»", "t.nusra"),
               actor2=("«طالبان»", "t.taliban"), modality="reported",
               attribution=(("مواقع إلكترونية داعمة لـ«المعارضات»", "حسب", None),)),
            Ev("e2", "COERCE", "توقيف", near="وعلى خط موازٍ", mode="arrest", cameo="173",
               actor1=("جهاز الأمن الفيدرالي الروسي", "t.fsb"), actor2=("مواطن أجنبي", None),
               location=("إقليم خاباروفسك", "t.khabarovsk"), modality="reported",
               attribution=(("وكالة «سانا»", "ذكرت", "t.sana"), ("جهاز الأمن الفيدرالي الروسي", "أعلن", "t.fsb"))),
        ),
        relations=(Rel("front_for", "t.hts", "t.nusra",
                       "«هيئة تحرير الشام» التي يتخذ منها تنظيم «جبهة النصرة» الإرهابي غطاء له"),),
        places=("t.khabarovsk",)),
    "JA-internationalNews-196-20161028": Extra(
        events=(
            Ev("e1", "ACCUSE", "اتهمت", mode="allege", cameo="112", actor1=("السعودية", "t.sau"),
               actor2=("الحوثيين", "t.houthis"), location=("مدينة مكة المكرمة", "t.makkah")),
            Ev("e2", "ASSAULT", "أطلقوا", near="وأعلن الحوثيون", mode="heavy-weapons", cameo="195",
               actor1=("الحوثيون", "t.houthis"), actor2=("السعودية", "t.sau"), modality="reported",
               attribution=(("الحوثيون", "أعلن", "t.houthis"),)),
        ),
        relations=(Rel("ally_of", "t.saleh", "t.houthis", "علي عبد الله صالح، المتحالف مع الحوثيين"),),
        places=("t.makkah",)),
    "JA-internationalNews-1248-20170619": Extra(
        events=(
            Ev("e1", "ASSAULT", "أطلقت", mode="heavy-weapons", cameo="195", actor1=("ايران", "t.irn"),
               actor2=("داعش", "t.isis"), location=("دير الزور", "t.deirezzor"), modality="reported",
               attribution=(("الحرس الثوري الإيراني", "أعلن", "t.irgc"),)),
            Ev("e2", "ASSAULT", "مقتل", near="وأسفر القصف", actor2=("مسلحي التنظيم المتطرف", "t.isis"),
               modality="reported", quantity=(10.0, "عشرات"),
               attribution=(("الحرس الثوري", "أوضح", "t.irgc"),)),
        ),
        places=("t.deirezzor",)),
    "JA-internationalNews-950-20170525": Extra(
        events=(Ev("e1", "COERCE", "القبض", mode="arrest", cameo="173", actor1=("أجهزة أمنية ليبية", None),
                   actor2=("والد منفذ هجوم مانشستر", None), location=("طرابلس", "t.tripoli"),
                   date=("2017-05-24", "day", "أمس الأربعاء"),
                   attribution=(("قوة الردع الخاصة", "أعلن", "t.rada"),)),),
        places=("t.tripoli",)),
    "JA-internationalNews-1101-20170605": Extra(
        events=(
            Ev("e1", "SANCTION", "قطع", mode="discontinue", cameo="161", actor1=("السعودية", "t.sau"),
               actor2=("بقطر", "t.qat"), date=("2017-06-05", "day", "05 جوان 2017")),
            Ev("e2", "SANCTION", "قطع", near="حيث أعلنت", mode="discontinue", cameo="161",
               actor1=("مملكة البحرين", "t.bhr"), actor2=("قطر", "t.qat"),
               attribution=(("الخارجية البحرينية", "وفق", "t.bhr"),)),
        )),
    "hostile": Extra(
        events=(Ev("e1", "ASSAULT", "سيطرت", mode="seize", actor1=("«هيئة تحرير الشام»", "t.hts"),
                   location=("ريف إدلب", "t.idlib"), modality="reported",
                   attribution=(("مصادر محلية", "بحسب", None),)),),
        places=("t.idlib",)),
}


def _find(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    i = text.find(needle, after)
    if i < 0:
        raise ValueError(f"{needle!r} not found in text after offset {after}")
    return i, i + len(needle)


def _event(text: str, r: schema.Result, ev: Ev, registry) -> schema.Event:
    anchor = _find(text, ev.near)[0] if ev.near else 0
    ts, te = _find(text, ev.trigger, anchor)
    sent = next(i for i, s in enumerate(r.sentences) if s.start <= ts < s.end)

    def arg(surface_id):
        if surface_id is None:
            return None
        s, e = _find(text, surface_id[0], anchor)
        return dict(actor=surface_id[1], start=s, end=e, text=text[s:e])

    def code(aid):
        return registry.actors[aid].code if aid in registry.actors else None

    a1, a2 = arg(ev.actor1), arg(ev.actor2)
    loc = None
    if ev.location:
        s, e = _find(text, ev.location[0], anchor)
        loc = schema.LocationArg(place=ev.location[1], start=s, end=e, text=text[s:e])
    date = None
    if ev.date:
        s, e = _find(text, ev.date[2], anchor)
        date = schema.DateArg(value=ev.date[0], precision=ev.date[1], text=text[s:e], start=s, end=e)
    quantity = None
    if ev.quantity:
        s, e = _find(text, ev.quantity[1], anchor)
        quantity = schema.Quantity(value=ev.quantity[0], start=s, end=e, text=text[s:e])
    attrs = []
    for surface, cue, actor in ev.attribution:
        s, e = _find(text, surface, anchor if surface not in text[:anchor] else 0)
        attrs.append(schema.Attribution(actor=actor, start=s, end=e, text=text[s:e], cue=cue))
    return schema.Event(
        id=ev.eid, type=ev.type, mode=ev.mode, cameo=ev.cameo, sentence=sent,
        trigger=schema.TextSpan(start=ts, end=te, text=text[ts:te]),
        actor1=schema.ActorArg(**a1, code=code(a1["actor"])) if a1 else None,
        actor2=schema.ActorArg(**a2, code=code(a2["actor"])) if a2 else None,
        location=loc, date=date, quantity=quantity, modality=ev.modality, attribution=attrs,
        method="hand", confidence=0.9, reason="hand-annotated test event")


def augment(r: schema.Result, extra: Extra, registry) -> schema.Result:
    """Add ``extra``'s events, relations and places (and the actors they name) to a pipeline result."""
    text = r.document.text
    data = r.model_dump(by_alias=True)
    events = [_event(text, r, ev, registry) for ev in extra.events]
    relations = []
    for rel in extra.relations:
        s, e = _find(text, rel.evidence)
        relations.append(schema.Relation(type=rel.type, subject=rel.subject, object=rel.object,
                                         evidence=schema.TextSpan(start=s, end=e, text=text[s:e]),
                                         confidence=0.8, method="hand"))
    used = {a.id for a in r.actors}
    needed = {x for ev in events for x in (ev.actor1 and ev.actor1.actor, ev.actor2 and ev.actor2.actor) if x}
    needed |= {a.actor for ev in events for a in ev.attribution if a.actor}
    needed |= {x for rel in relations for x in (rel.subject, rel.object)}
    for aid in sorted(needed - used):
        a = registry.actors[aid]
        data["actors"].append(schema.Actor(id=a.id, name=a.name, name_en=a.name_en, type=a.type, code=a.code,
                                           aliases=list(a.aliases), known=True).model_dump())
    # place mentions, where no pipeline mention covers the place name
    taken = [(m.start, m.end) for m in r.mentions]
    n = len(r.mentions)
    for pid in extra.places:
        p = PLACES[pid]
        data["places"].append(p.model_dump())
        for ev in events:
            loc = ev.location
            if loc and loc.place == pid and all(loc.end <= s or loc.start >= e for s, e in taken):
                n += 1
                taken.append((loc.start, loc.end))
                data["mentions"].append(dict(id=f"m{n}", start=loc.start, end=loc.end, text=loc.text,
                                             label="LOC" if p.feature == "region" else "GPE", actor=None,
                                             place=pid, method="dictionary", confidence=0.9,
                                             reason="test gazetteer"))
    data["mentions"].sort(key=lambda m: m["start"])
    data["events"] = [e.model_dump() for e in events]
    data["relations"] = [x.model_dump() for x in relations]
    out = schema.Result.model_validate(data)
    out.check_spans()
    return out


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


def build_results() -> list[schema.Result]:
    import rasd
    from rasd.actors.registry import load_registry

    nlp = rasd.load(user_registry=REGISTRIES)
    registry = load_registry(REGISTRIES)
    out = []
    for art in sample_articles():
        r = nlp(art["text"], origin=art["origin"], title=art["title"], source=art["source"],
                published=art["published"])
        extra = EXTRAS.get(art["key"])
        out.append(augment(r, extra, registry) if extra else r)
    return out


def build_store(path: str | Path):
    from rasd.store import Store

    store = Store(path)
    for r in build_results():
        store.add(r)
    return store
