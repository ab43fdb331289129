"""The ``rasd_events`` spaCy component: PLOVER/CAMEO event coding with roles, modality, nested
attribution, dates, quantities and actor relations, written to ``DocState.events`` / ``.relations``.

Order of work per document: triggers (:mod:`.triggers`) → roles (:mod:`.roles`) → sources
(:mod:`.attribution`) → modality (:mod:`.modality`) → PLOVER remaps → date and quantity → relations
(:mod:`.relations`). Roles point at the linked mentions of earlier stages (actor id, CAMEO code,
place) and fall back to raw spans. Every event says which rule produced it and why.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from rasd.annotations import ArgAnn, AttributionAnn, DateAnn, DocState, EventAnn, QuantityAnn, state
from rasd.events import authority, contents, descriptions, gates, nonevents, possessives, senses, targets
from rasd.events.gates import words_in
from rasd.events import lexicon as lx
from rasd.events.attribution import Source, find_sources
from rasd.events.dates import NUMBER_WORDS
from rasd.events.modality import PRECEDENCE, find_cues, modality_of
from rasd.events.relations import find_relations
from rasd.events.reporters import reporter_roles
from rasd.events.roles import Roles, bind, participant, find_place_before, is_place, place_id, to_arg
from rasd.events.triggers import Candidate, attach_support, candidates, mode_and_context, select
from rasd.events.view import (DocView, Phrase, build_view, conj_prefix, counted_at, earlier_in_sentence, is_verb_form,
                              looks_adjectival)
from rasd.text.normalize import normalize_key

MIN_CONFIDENCE = 0.55  # calibrated on the dev set (best micro F1 between 0.55 and 0.65)
REMAP_PLANNED = {"CONSULT": ("AGREE", "036"), "SUPPORT": ("AGREE", "032"), "COOPERATE": ("AGREE", "031"),
                 "AID": ("AGREE", "033"), "RETREAT": ("CONCEDE", None)}
_NUMBERS = {normalize_key(k): v for k, v in NUMBER_WORDS.items()}
_ALLEGED_ACTOR_CUES = frozenset({"mod.002", "mod.006", "mod.010", "mod.011"})


@dataclass
class Coded:
    """An event under construction (candidate + roles + everything said about it)."""

    c: Candidate
    r: Roles
    sources: list[Source] = field(default_factory=list)
    extra_sources: list[AttributionAnn] = field(default_factory=list)
    modality: str = "asserted"
    why: list[str] = field(default_factory=list)
    suppressed: str | None = None
    type_override: tuple[str, str | None, str] | None = None  # (type, mode, cameo) set by a rule
    type: str = ""
    cameo: str | None = None


def _event_subjects(view: DocView, st: DocState, coded: list[Coded]) -> None:
    """«غارة استهدفت مكتبا»، «التفجير الذي استهدف مسجدا»: a verb whose subject is an event noun
    describes that event — its object is the event's target (or place), not a second event."""
    toks = view.toks
    by_sent = _by_sentence(view, coded)
    for e in coded:
        subj = e.r.a1
        if e.suppressed or not e.c.verbal or subj is None or e.r.passive or subj.last >= e.c.first:
            continue
        sents = {toks[subj.first].sent, toks[min(subj.first + 1, len(toks) - 1)].sent}
        near = sorted((x for s in sents for x in by_sent.get(s, ())), key=lambda ix: ix[0])
        noun = next((n for _, n in near if n is not e and not n.suppressed and n.c.nominal
                     and (n.c.first == subj.first or subj.first < n.c.first <= min(subj.last, subj.first + 1))), None)
        # «عمليات القصف التي تستهدف»: the event noun may be the genitive of the subject's head
        if noun is None or not (noun.c.trigger.type == e.c.trigger.type or (
                noun.c.trigger.type == "ASSAULT" and e.c.trigger.type == "COERCE")):
            continue
        e.suppressed = f"describes the event «{toks[noun.c.head].text}» (its subject)"
        target = e.r.a2 or e.r.dest
        if target is not None and is_place(view, st, target) and noun.r.loc is None:
            noun.r.loc = target
            noun.r.why.append(f"loc = the target of «{toks[e.c.head].text}» (the event is its subject)")
        elif target is not None and noun.r.a2 is None:
            noun.r.a2 = target
            noun.r.why.append(f"a2 = the target of «{toks[e.c.head].text}» (the event is its subject)")
        if noun.r.loc is None and e.r.loc is not None:
            noun.r.loc = e.r.loc
            noun.r.why.append(f"loc = the place of «{toks[e.c.head].text}»")


def _by_sentence(view: DocView, coded: list[Coded]) -> dict[int, list[tuple[int, Coded]]]:
    """Coded triggers by sentence, in document order: pair rules look only within a sentence (a scan of
    every pair is quadratic on long documents)."""
    out: dict[int, list[tuple[int, Coded]]] = {}
    for i, e in enumerate(coded):
        out.setdefault(view.toks[e.c.first].sent, []).append((i, e))
    return out


def _inside_charge(view: DocView, a: Coded, b: Coded) -> bool:
    """«اتهمت الصحيفة الإدارة "بالعمل على عرقلة الحوار"»: an event noun inside the ب-phrase of the charge (after the
    accused, same clause, no verb between) is what the accuser alleges."""
    toks = view.toks
    start = (a.r.a2.last if a.r.a2 is not None and a.r.a2.first > a.c.last else a.c.last) + 1
    for j in range(start, b.c.first):
        t = toks[j]
        if t.clause != toks[b.c.first].clause or (t.word and is_verb_form(t.key, t.text)):
            return False
        if t.key[:1] == "ب" and (t.key.startswith("بال") or conj_prefix(t.text) == "ب"):
            return True
    return False


def _claims(view: DocView, coded: list[Coded]) -> None:
    """«تبنى تنظيم داعش التفجير»: a claim of responsibility makes the claimant the act's source as well as its actor
    (docs/events.md guidelines)."""
    for e in coded:
        sup = e.c.support
        if e.suppressed or sup is None or lx.nkey(sup[0].form) != lx.nkey("تبنى") or e.r.a1 is None or e.sources:
            continue
        m = e.r.a1.mention
        e.extra_sources.append(AttributionAnn(e.r.a1.start, e.r.a1.end, view.toks[sup[1]].text, m.actor if m else None))
        e.why.append(f"source: the claimant of «{view.toks[sup[1]].text}»")


def _accusations(view: DocView, coded: list[Coded]) -> None:
    """«اتهم X بـ…»: the charged act is alleged, its actor is the accused, its source the accuser."""
    toks = view.toks
    for k, a in enumerate(coded):
        if a.c.trigger.type != "ACCUSE" or a.c.trigger.mode != "allege" or a.suppressed:
            continue
        for b in coded[k + 1:]:
            if b.c.first - a.c.last > 12 or toks[b.c.first].sent != toks[a.c.first].sent:
                break
            if b.suppressed or b.c.trigger.type == "ACCUSE":
                continue
            if (b.c.split.prep == "ب" or toks[b.c.first - 1].key in ("ب", "بالوقوف")) and b.c.first - a.c.last <= 8 \
                    or _inside_charge(view, a, b):
                if b.r.a1 is None and a.r.a2 is not None:
                    b.r.a1 = a.r.a2
                    b.r.why.append("a1 = the accused of «%s»" % toks[a.c.head].text)
                if a.r.a1 is not None:
                    b.extra_sources.append(AttributionAnn(a.r.a1.start, a.r.a1.end, toks[a.c.head].text,
                                                          a.r.a1.mention.actor if a.r.a1.mention else None))
                b.why.append(f"alleged: charge of the accusation «{toks[a.c.head].text}»")
                b.modality = "alleged"
                break


def _inherit(view: DocView, st: DocState, coded: list[Coded]) -> None:
    """Zero subjects continue the previous event's actor; «حيث» clauses take the preceding place."""
    toks = view.toks
    for k, e in enumerate(coded):
        prev = next((p for p in earlier_in_sentence(view, coded, k) if not p.suppressed), None)
        prev_verb = next((p for p in earlier_in_sentence(view, coded, k) if not p.suppressed and p.c.verbal), None) or prev
        if e.c.verbal and e.r.a1 is None and not e.r.passive and not e.r.explicit_subject and prev_verb is not None \
                and prev_verb.r.a1 is not None:  # «أدان X … وشكك»: the previous verb's subject
            e.r.a1 = prev_verb.r.a1
            e.r.why.append(f"a1 = the actor of the preceding «{toks[prev_verb.c.head].text}» (no explicit subject)")
        if e.c.nominal and e.c.trigger.symmetric and e.r.a1 is None and e.r.a2 is not None and prev is not None \
                and prev.r.a1 is not None and (prev.c.verbal or prev.c.support is not None) \
                and (e.c.split.prep == "ب" or toks[e.c.first - 1].key in ("بعد", "اثر", "خلال", "عقب", "اثناء")):
            e.r.a1 = prev.r.a1  # «ألقت الوحدات، بالتنسيق مع الحرس، القبض…»: the clause's actor coordinates
            e.r.why.append(f"a1 = the actor of «{toks[prev.c.head].text}» (adverbial «بالتنسيق مع»، «بعد اشتباك مع»)")
        if e.c.nominal and e.r.a1 is None and prev is not None and prev.c.nominal and prev.c.support is not None \
                and prev.r.a1 is not None and 0 < e.c.first - prev.c.last <= 8 \
                and (e.c.split.conj == "و" or toks[e.c.first - 1].key in ("و", "ومن")):
            e.r.a1 = prev.r.a1  # «تمكنت الوحدات من إيقاف 27 شخصا، وحجز 3 سيارات»: the coordinated noun shares the actor
            e.r.why.append(f"a1 = the actor of the coordinated «{toks[prev.c.head].text}» (support verb)")
        main = prev_verb if prev_verb is not None and prev_verb.r.a1 is not None else prev
        if e.c.kind == "hal" and e.r.a1 is None and main is not None and main.r.a1 is not None:
            e.r.a1 = main.r.a1  # «وندد الحزب بالاعتداء داعيا …»: the verb's subject, not the noun's
            e.r.why.append("a1 = the main clause's actor (hal participle)")
        if e.r.loc is None:
            lo = view.sents[toks[e.c.first].sent][0]
            for j in range(e.c.first - 1, max(lo, e.c.first - 6) - 1, -1):
                if toks[j].key in ("حيث", "وحيث"):
                    ph = prev.r.dest or prev.r.loc if prev is not None and prev.c.last < j else None
                    if ph is None:
                        ph = find_place_before(view, st, Candidate(e.c.trigger, j, j, j, e.c.kind, e.c.split))
                    if ph is None:
                        ph = _place_ending_before(view, st, j)
                    if ph is not None:
                        e.r.loc = ph
                        e.r.why.append("loc = the place «حيث» refers to")
                    break


def _place_ending_before(view: DocView, st: DocState, j: int) -> Phrase | None:
    from rasd.events.clauses import phrase_ending_at
    k = j - 1
    while k >= 0 and not view.toks[k].word:
        k -= 1
    ph = phrase_ending_at(view, k, view.sents[view.toks[j].sent][0]) if k >= 0 else None
    if ph is not None and view.toks[ph.first].key[:1] in "بفل" or ph is not None and view.toks[ph.first - 1].key in ("الي", "في"):
        return ph
    return None


def _riots_and_casualties(view: DocView, coded: list[Coded]) -> None:
    """Clashes between civilians and security forces are PROTEST riots; killing words next to an
    attack in the same sentence are its casualties (docs/events.md guidelines)."""
    toks = view.toks
    casualty = lx.lexicon().word_class("casualty")
    for e in coded:
        c = e.c
        if e.suppressed or c.trigger.type != "ASSAULT":
            continue
        if c.trigger.symmetric and (
                (words_in(view, e.r.a1, "civilian") and words_in(view, e.r.a2, "security"))
                or (words_in(view, e.r.a2, "civilian") and words_in(view, e.r.a1, "security"))):
            e.type_override = ("PROTEST", "riot", "145")
            e.why.append("a clash between civilians and security forces: PROTEST riot")
            continue
        lemma = lx.nkey(c.trigger.lemma)
        if lemma in casualty:
            other = [o for o in coded if o is not e and not o.suppressed and _type(o) == "ASSAULT"
                     and toks[o.c.first].sent == toks[c.first].sent and lx.nkey(o.c.trigger.lemma) not in casualty]
            if other:
                e.suppressed = f"casualties of «{toks[other[0].c.head].text}» in the same sentence"
                o = other[0].c
                linked = c.first < o.first and (toks[o.first - 1].key in ("في", "خلال", "جراء", "اثر") or o.split.prep == "ب")
                if other[0].r.a2 is None and e.r.a2 is not None and o.nominal and linked \
                        and 0 < o.first - e.r.a2.last <= 3:  # «قُتل X في غارة»
                    other[0].r.a2 = e.r.a2
                    other[0].r.why.append(f"a2 = the victims of «{toks[c.head].text}»")
                if other[0].r.a1 is None and e.r.a1 is not None and o.nominal and linked and _actorish(view, e.r.a1) \
                        and not counted_at(view, e.r.a1.first):  # (a counted subject is a victim: «قتل 5 جنود في هجوم»)
                    other[0].r.a1 = e.r.a1  # «مسلحون … قتلوا ستة أطفال خلال هجوم على قرية»: the killers attacked
                    other[0].r.why.append(f"a1 = the killers of «{toks[c.head].text}»")


def _type(e: Coded) -> str:
    return e.type_override[0] if e.type_override else e.c.trigger.type


def _verb_and_its_noun(view: DocView, coded: list[Coded]) -> None:
    """«منح المغرب قرضين»، «قصف الجيش بالصواريخ»: a verb whose object (or second object) is an event noun of
    its own type names one event; the noun is evidence for the verb's reading."""
    toks = view.toks
    by_sent = _by_sentence(view, coded)
    for e in coded:
        if e.suppressed or not e.c.verbal:
            continue
        objects_end = max([e.c.last] + [x.last for x in (e.r.a1, e.r.a2) if x is not None and x.first > e.c.last])
        for _, n in by_sent.get(toks[e.c.first].sent, ()):  # the noun must be in the verb's sentence
            if n is e or n.suppressed or not n.c.nominal or n.c.trigger.type != e.c.trigger.type:
                continue
            instrument = n.c.split.prep == "ب" and e.c.trigger.type == "ASSAULT" \
                and toks[n.c.first].clause == toks[e.c.first].clause  # «استهدفت … في ساعات الفجر بعبوة ناسفة»
            near = objects_end + (6 if n.c.split.lam or instrument else 1)  # «… لتمويل مشاريع»: its purpose
            if e.c.last < n.c.first <= near and toks[n.c.first].sent == toks[e.c.first].sent:
                objects_end = max(objects_end, n.c.last)
                n.suppressed = f"object of the {e.c.trigger.type} verb «{toks[e.c.head].text}» (one event)"
                e.c.score = max(e.c.score, n.c.score)
                role = "purpose" if n.c.split.lam else "instrument" if instrument else "object"
                e.why.append(f"its {role} «{toks[n.c.head].text}» ({n.c.trigger.id}) names the same {n.c.trigger.type} event")


def _same_event_nouns(view: DocView, coded: list[Coded]) -> None:
    """«الهجوم المفاجئ والتوغل»، «بطاقة إيداع بالسجن»: an event noun joined to the previous one of the
    same type by «و» or ب (after at most two adjectives) names the same event once more."""
    toks = view.toks
    for k, e in enumerate(coded):
        c = e.c
        if e.suppressed or not c.nominal or k == 0:
            continue
        p = next((q for q in earlier_in_sentence(view, coded, k) if not q.suppressed), None)
        if p is None or not p.c.nominal or p.c.trigger.type != c.trigger.type or toks[p.c.first].sent != toks[c.first].sent:
            continue
        gap = range(p.c.last + 1, c.first)
        joined = c.split.conj == "و" or c.split.prep == "ب" or (len(gap) and toks[gap[-1]].key == "و")
        genitive = not len(gap) and not c.split.conj and not c.split.prep and not p.c.split.article \
            and p.c.first == p.c.last  # «هجوم الدهس»، «عملية اغتيال»: the genitive names its kind
        adjectives = all(toks[j].word and toks[j].key != "و" and looks_adjectival(toks[j].key)
                         for j in gap if toks[j].key != "و")
        if genitive or joined and len(gap) <= 3 and adjectives:
            e.suppressed = f"same event as «{toks[p.c.head].text}» ({'its genitive' if genitive else 'joined event nouns'})"
            for role in ("a1", "a2", "loc"):
                if p.r.get(role) is None and e.r.get(role) is not None:
                    setattr(p.r, role, e.r.get(role))
                    p.r.why.append(f"{role} from the joined «{toks[c.head].text}»")


def _adverbial_masdars(view: DocView, coded: list[Coded]) -> None:
    """«… احتجاجا على الفساد»، «تضامنا مع»: an indefinite accusative masdar after an event gives its
    reason or manner (مفعول لأجله), not a new event."""
    toks = view.toks
    for k, e in enumerate(coded):
        c = e.c
        t = toks[c.first]
        if e.suppressed or c.kind != "masdar" or c.split.prefix or not t.key.endswith("ا") or c.first != c.last:
            continue
        prev = next((p for p in earlier_in_sentence(view, coded, k) if not p.suppressed), None)
        if prev is not None:
            e.suppressed = f"adverbial accusative «{t.text}» of «{toks[prev.c.head].text}»"


def _alleged_actor(view: DocView, coded: list[Coded], k: int, cues) -> None:
    """«مواطن … متورط في تمويل X»: the suspect of the preceding arrest is the alleged act's actor."""
    e = coded[k]
    if e.modality != "alleged" or e.r.a1 is not None:
        return
    toks = view.toks
    if not any(cue.id in _ALLEGED_ACTOR_CUES and cue.last < e.c.first and e.c.first - cue.last <= 3 for cue in cues):
        return
    for p in reversed(coded[:k]):
        if toks[p.c.first].sent != toks[e.c.first].sent:
            break
        if p.r.a2 is not None and not p.suppressed:
            e.r.a1 = p.r.a2
            e.r.why.append(f"a1 = the suspect of «{toks[p.c.head].text}» (alleged involvement)")
            return


def _date(view: DocView, e: Coded) -> DateAnn | None:
    toks = view.toks
    sent = toks[e.c.first].sent
    best = None
    for d in view.dates:
        ds = next((t for t in toks if t.start <= d.start < t.end or t.start >= d.start), None)
        if ds is None or ds.sent != sent:
            continue
        dist = abs(ds.i - e.c.first) + (0 if ds.clause == toks[e.c.first].clause else 8)
        if best is None or dist < best[0]:
            best = (dist, d)
    if best is None:
        return None
    d = best[1]
    return DateAnn(d.value, d.precision, d.start, d.end)


def _quantity(view: DocView, r: Roles) -> QuantityAnn | None:
    toks = view.toks
    for ph in (r.a2, r.a1):
        if ph is None:
            continue
        for j in range(ph.first, min(ph.last, ph.first + 2) + 1):
            key = toks[j].key
            value = None
            if key.replace(".", "", 1).isdigit():
                value = float(key)
            elif key in _NUMBERS and j + 1 <= ph.last:
                value = float(_NUMBERS[key])
            if value is not None and j + 1 < len(toks) and toks[j + 1].word:
                return QuantityAnn(value, toks[j].start, toks[j + 1].end)
    return None


def _actorish(view: DocView, ph: Phrase | None) -> bool:
    return participant(view, ph)


def _state_clause(view: DocView, c: Candidate) -> bool:
    """An imperfect verb describing a noun (ملفات تهم…، المناطق التي يسيطرون عليها): a state, not an event."""
    if c.kind != "present" or c.split.future or c.first == 0:
        return False
    prev = view.toks[c.first - 1]
    if prev.key in ("التي", "الذي", "الذين"):
        return True
    from rasd.events.view import is_definite, looks_adjectival
    return prev.word and not is_definite(prev.key, prev.text) and prev.key.endswith(("ات", "ه")) \
        and not looks_adjectival(prev.key) and prev.sent == view.toks[c.first].sent


def _confidence(view: DocView, e: Coded) -> float:
    """Lexicon prior, raised by participants (actors count more), a support verb and a place;
    lowered for participant-less mentions, abstract participants and state descriptions."""
    conf = e.c.score
    present = [x for x in (e.r.a1, e.r.a2) if x is not None]
    if present and not any(_actorish(view, x) for x in present) and e.c.score < 0.7:
        conf -= 0.15  # only abstract participants (دعم خط التعاون، ضبط حركة…): rarely an event
    if _state_clause(view, e.c):
        conf -= 0.2
    args = sum(1 for x in (e.r.a1, e.r.a2) if x is not None)
    c = e.c
    if c.nominal and c.first == c.last and lx.carries_pronoun(view.toks[c.first].text, c.split.rest, c.trigger.id) \
            and c.kind == "masdar" and "ات" not in c.split.rest[-6:]:
        args += 1  # «إيقافهم»، «اعتقاله»: the pronoun names a participant (a specific event; not «طلباتها»)
    actors = sum(1 for x in (e.r.a1, e.r.a2) if _actorish(view, x))
    conf += 0.12 * min(args, 1) + 0.05 * (actors == 2)
    if e.r.loc is not None:
        conf += 0.03
    if e.c.support is not None:
        conf += 0.1
    if args == 0 and e.r.loc is None and e.r.theme is None and e.c.score < 0.95:
        conf -= 0.2  # no participant and no place: usually a generic mention (زيارة الغريبة، المساعدات)
    return round(max(0.0, min(conf, 0.99)), 3)


def _reason(view: DocView, e: Coded, mode_why: list[str], underlying: str | None) -> str:
    toks = view.toks
    c = e.c
    text = view.text[toks[c.first].start:toks[c.last].end]
    parts = [f"{e.type}{'/' + c.trigger.mode if c.trigger.mode else ''}: «{text}» matches lexicon "
             f"{c.trigger.id} «{c.trigger.lemma}» as {c.kind}"]
    if c.consumed:
        parts[-1] += f" + particle «{' '.join(toks[k].text for k in c.consumed)}»"
    if c.split.prefix:
        parts[-1] += f" (proclitics «{c.split.prefix}»)"
    if c.support is not None:
        parts.append(f"carried by support verb «{toks[c.support[1]].text}» ({c.support[0].id})")
    if underlying:
        parts.append(f"PLOVER remap: planned {underlying} is coded {e.type}")
    parts += mode_why + e.r.why + e.why
    if e.sources:
        parts.append("source: " + "; ".join(s.why for s in e.sources))
    return ". ".join(parts)


def code_document(doc: Doc) -> None:
    st = state(doc)
    if not doc.text.strip():
        return
    view = build_view(doc)
    chosen = select(candidates(view), view)
    attrs = find_sources(view, st)
    cues = find_cues(view)
    cues_by_sent: dict[int, list] = {}
    for cue in cues:  # in token order, as modality_of reads them
        cues_by_sent.setdefault(view.toks[cue.tok].sent, []).append(cue)
    coded: list[Coded] = []
    for c in chosen:
        attach_support(view, c)
        coded.append(Coded(c, bind(view, st, c)))
    for e in coded:
        e.suppressed = nonevents.no_event_reason(view, e.c)
    senses.readiness(view, coded)
    contents.suppress_contents(view, coded)
    contents.deal_terms(view, coded)
    senses.consult_topics(view, coded)
    _event_subjects(view, st, coded)
    descriptions.relative_descriptions(view, coded)
    _same_event_nouns(view, coded)
    _verb_and_its_noun(view, coded)
    _adverbial_masdars(view, coded)
    senses.restatements(view, coded)
    _inherit(view, st, coded)
    for k, e in enumerate(coded):
        if e.suppressed:
            continue
        e.sources = attrs.for_token(e.c.first)
        reporter_roles(view, e)
        gates.visit_and_moves(view, e)
        gates.gate(view, st, e)
    targets.coordinated_event_nouns(view, coded)
    targets.gathered(view, coded)
    targets.purpose_actor(view, coded)
    targets.pronoun_patient(view, coded)
    possessives.possessive_actor(view, coded)
    possessives.possessive_subject(view, coded)
    possessives.meeting_subject(view, coded)
    authority.authorised_acts(view, coded)
    senses.released_captives(view, coded)
    targets.condemned_events(view, coded)
    targets.owner_of_the_object(view, coded)
    targets.decision_owner(view, coded)
    targets.deciding_body(view, coded)
    targets.dual_pronoun(view, st, coded)
    for rule in (senses.offers, senses.deals, senses.invitations, senses.pledges, senses.clashes, senses.internal_meetings,
                 senses.interceptions, senses.metaphors, senses.animal_attacks, senses.pretending,
                 descriptions.measure_targets, senses.control_subjects,
                 senses.ceasefire_genitives, senses.deliberations, descriptions.settings):
        rule(view, coded)
    _riots_and_casualties(view, coded)
    preset = {id(e): e.modality for e in coded}
    _accusations(view, coded)
    _claims(view, coded)
    for k, e in enumerate(coded):
        if e.suppressed:
            continue
        src_mod = None
        for s in e.sources:
            if src_mod is None or PRECEDENCE.index(s.modality) < PRECEDENCE.index(src_mod):
                src_mod = s.modality
        if e.extra_sources and src_mod is None:
            src_mod = "reported"
        sent = view.toks[e.c.first].sent  # cue scopes reach a few tokens at most: the neighbouring sentences suffice
        near = [c for x in (sent - 1, sent, sent + 1) for c in cues_by_sent.get(x, ())]
        modality, why = modality_of(view, e.c, near, src_mod)
        if e.modality == "alleged" and preset[id(e)] != "alleged" and PRECEDENCE.index(modality) > PRECEDENCE.index("alleged"):
            modality = "alleged"
        e.modality = modality
        e.why += why
        later = senses.future_date(view, e)
        if later:
            e.modality = "planned"
            e.why.append(f"planned: {later}")
        _alleged_actor(view, coded, k, near)
    out: list[EventAnn] = []
    for e in coded:
        if e.suppressed:
            continue
        trig = e.c.trigger
        e.type, e.cameo = trig.type, trig.cameo
        if e.type_override:
            e.type, _, e.cameo = e.type_override
        underlying = None
        purpose_only = any("purpose «لـ»" in w for w in e.why)
        if e.modality == "planned" and trig.type in REMAP_PLANNED and not purpose_only:
            underlying = trig.type
            e.type, code = REMAP_PLANNED[trig.type]
            e.cameo = code or e.cameo
        conf = _confidence(view, e)
        if conf < MIN_CONFIDENCE:
            continue
        mode, contexts, mode_why = mode_and_context(view, e.c)
        if underlying:
            mode = None
        if e.type_override:
            mode = e.type_override[1]
        toks = view.toks
        attribution = [s.ann() for s in e.sources] + e.extra_sources
        out.append(EventAnn(
            type=e.type, trigger_start=toks[e.c.first].start + _lead(toks[e.c.first].text, e.c),
            trigger_end=toks[e.c.last].end, sentence=toks[e.c.first].sent, method=e.c.method, confidence=conf,
            mode=mode, cameo=e.cameo, context=contexts,
            actor1=to_arg(view, st, e.r.a1), actor2=to_arg(view, st, e.r.a2), location=_loc(view, st, e.r.loc),
            date=_date(view, e), quantity=_quantity(view, e.r), modality=e.modality, attribution=attribution,
            reason=_reason(view, e, mode_why, underlying)))
    st.events.extend(out)
    st.relations.extend(find_relations(view, st, attrs))


def _lead(text: str, c: Candidate) -> int:
    """Offset of the trigger after separable proclitics (و ف ب ل ك س) — the article stays."""
    n = len(c.split.conj) + len(c.split.prep) + (1 if c.split.future or (c.split.lam and not c.split.prep) else 0)
    if c.split.prefix.endswith("لل"):
        n = len(c.split.prefix)  # للتراجع → تراجع (the article's alif is elided)
    if not n:
        return 0
    from rasd.events.view import _char_offset
    return _char_offset(text, n)


def _loc(view: DocView, st: DocState, ph: Phrase | None) -> ArgAnn | None:
    arg = to_arg(view, st, ph)
    if arg is not None:
        arg.actor = None
        arg.code = None
        if arg.place is None:
            hit = place_id(view, ph)
            if hit is not None and hit[0] not in st.places:
                from rasd.events import gazetteer
                found = gazetteer.info(hit[0])
                if found is None:
                    hit = None
                else:
                    st.places[hit[0]] = found
            arg.place = hit[0] if hit else None
    return arg


@Language.factory("rasd_events", requires=["token.is_sent_start"], assigns=["doc._.rasd"])
def make_events(nlp: Language, name: str):
    lx.lexicon()  # load the lexicon with the pipeline, not on the first document

    def events(doc: Doc) -> Doc:
        code_document(doc)
        return doc

    return events
