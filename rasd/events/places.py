"""Participants and places: which noun phrases can fill an actor slot, which are places, and how a bound
phrase becomes an output argument (split from roles.py; re-exported there)."""

from __future__ import annotations

from rasd.annotations import ArgAnn, DocState
from rasd.events import gazetteer
from rasd.events import lexicon as lx
from rasd.events.triggers import Candidate
from rasd.events.view import PLACE_LABELS, DocView, Phrase, bare_key, conj_prefix, is_verb_form, noun_phrase, place_pp_head


def is_place(view: DocView, st: DocState, ph: Phrase) -> bool:
    m = ph.mention
    if m is not None and (m.label in PLACE_LABELS or m.place) and m.start <= view.toks[ph.first].end:
        return True
    if m is not None and m.label == "PER":
        return False
    if m is not None and m.label == "ORG":  # «يقصف مستشفى»: a bare facility noun is a place, not a body
        t = view.toks[ph.first]
        head = bare_key(t)
        head = place_pp_head(head) or head
        if head in lx.lexicon().word_class("place_head") and (m.end <= t.end or m.start >= t.end):
            return True  # a bare facility noun, or one whose genitive is the organisation («بمقر الحزب الجمهوري»)
        # a named facility the NER read as an organisation: «بقصر قرطاج»، «ساحة محمد علي»
        return t.start <= m.start < t.end and lx.nkey(view.text[m.start:t.end]) in lx.lexicon().word_class("facility_head")
    
    head = view.toks[ph.first].key
    head = head[len(conj_prefix(view.toks[ph.first].text)):] if head[:1] in "وفبل" else head
    head = place_pp_head(head) or head  # «بجهة النفيضة»: the splitter keeps «بجهة» whole
    heads = lx.lexicon().word_class("place_head")
    if head.endswith("ا") and not head.startswith("ال") and len(head) > 3 and head[:-1] in heads:
        return True  # tanween alif: «استهدف مسجدا»
    return head in heads or (head.startswith("ال") and head[2:] in heads) or gazetteer.lookup(
        view.text[ph.start:ph.end].lstrip("#")) is not None


def place_id(view: DocView, ph: Phrase) -> tuple[str, str] | None:
    """(place id, feature) of a phrase: its linked mention's place, else the gazetteer fallback."""
    m = ph.mention
    if m is not None and m.place:
        return m.place, ""
    if m is not None and m.label in ("PER", "ORG"):
        return None
    return gazetteer.lookup(view.text[ph.start:ph.end].lstrip("#"))


def is_country(view: DocView, st: DocState, ph: Phrase) -> bool:
    m = ph.mention
    if m is not None and m.place:
        p = st.places.get(m.place)
        return p is not None and p.feature == "country"
    hit = place_id(view, ph)
    return hit is not None and hit[1] == "country"


def find_place_before(view: DocView, st: DocState, c: Candidate) -> Phrase | None:
    """The nearest place phrase before the trigger in its sentence (for «حيث» and trailing triggers)."""
    sent = view.toks[c.first].sent
    lo = view.sents[sent][0]
    for j in range(c.first - 1, lo - 1, -1):
        m = view.mention_of.get(j)
        if m is not None and (m.label in PLACE_LABELS or m.place):
            k = j
            while k - 1 >= lo and view.mention_of.get(k - 1) is m:
                k -= 1
            ph = noun_phrase(view, k)
            if ph is not None:
                return ph
    return None


def to_arg(view: DocView, st: DocState, ph: Phrase | None) -> ArgAnn | None:
    if ph is None:
        return None
    m = ph.mention
    actor = m.actor if m is not None else None
    code = st.actors[actor].code if actor in st.actors else None
    place = m.place if m is not None else None
    return ArgAnn(ph.start, ph.end, actor=actor, code=code, place=place, mention=m)


def participant(view: DocView, ph: Phrase | None) -> bool:
    """A phrase that can be a participant: a linked actor, a quoted name, a group, title, organisation,
    security, armed or civilian noun, a number of people, or a place."""
    if ph is None:
        return False
    if ph.mention is not None:
        return True
    lex = lx.lexicon()
    toks = view.toks
    if ph.first > 0 and toks[ph.first - 1].key == '"' or toks[ph.first].text.startswith("#"):
        return True  # a quoted name, or a hashtag naming an actor in a post («#حماس تهدد»)
    head = bare_key(toks[ph.first])
    if head.isdigit():  # a number of people, not a duration (بالسجن «3 سنوات»)
        return not (ph.first + 1 < len(toks) and bare_key(toks[ph.first + 1]) in lex.word_class("duration_unit"))
    if head in lex.word_class("org_head"):  # حركة طالبان, not «حركة كل من المسلحين»
        return ph.last > ph.first and toks[ph.first + 1].key not in ("كل", "بعض", "جميع", "اي")
    # a dual or sound plural of a listed noun counts as the noun (جنديين، شرطيين، عنصرين)
    forms = {head, head[:-2]} if len(head) > 4 and head.endswith(("ين", "ان", "ون")) else {head}
    return any(f in lex.word_class(c) or "ال" + f in lex.word_class(c)
               for f in forms for c in ("group", "title", "security", "armed", "civilian", "polity")) \
        or any(head.startswith(p) and len(head) - len(p) <= 3 for p in lex.word_class("polity"))  # بلاده، حكومتي


def is_actorish(view: DocView, ph: Phrase) -> bool:
    """Not a date, time word or bare verb."""
    t = view.toks[ph.first]
    return ph.first not in view.date_of and not is_verb_form(t.key, t.text)
