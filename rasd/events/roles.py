"""Role filling: bind a trigger's argument frame to noun phrases around it.

Arabic news grammar used here (docs/events.md, "Frame notation"):
- verbs: the subject and object come from rasd/events/clauses.py (VSO/SVO, relative clauses, conjuncts);
- unvocalised perfectives are often passive: with an agent marker (من قبل، على يد، من طرف) or a
  number right after the verb (اعتقل 3 أشخاص) the phrase after the verb is the patient;
- masdars take their patient or agent as genitive (توقيف مواطن) per the frame's binding order;
- marked realizations (prep:P, between) are bound before plain ones; a place in an actor slot of an
  attack or seizure is the location (قصف المدينة); default location is في/ب + a place.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rasd.annotations import DocState
from rasd.events.apposition import cut_before, object_particle, skip_adjunct_pp, skip_apposition
from rasd.events import lexicon as lx
from rasd.events.clauses import (COMPLEMENTIZERS, KANA, REL_PRONOUNS, after_conjuncts, antecedent, clause_initial,
                                 object_np, phrase_ending_at, prepositional, pronoun_subject, skip_light, subject_before,
                                 subject_np)
from rasd.events.frames import Slot
from rasd.events.triggers import Candidate
from rasd.events.genitives import _QUALIFIERS, event_noun, find_between, genitive, lam_genitive, masdar_shape  # noqa: F401
from rasd.events.places import (find_place_before, is_actorish, is_country, is_place, participant,  # noqa: F401
                                place_id, to_arg)
from rasd.events.view import (DocView, Phrase, attached_prep, bare_key, best_mention, conj_prefix, counted_at,
                              is_definite, looks_adjectival, noun_phrase, place_pp, stop_word)

AGENT_MARKERS = (("من", "قبل"), ("علي", "يد"), ("علي", "ايدي"), ("من", "طرف"), ("من", "جانب"))
SEARCH = 14  # tokens searched after a trigger for marked arguments
SEARCH_NOUN = 8  # ... after an event noun (its complements follow it closely: «السيطرة المستدامة … على الساحة» is not one)
ACTOR_ROLES = ("a1", "a2")
PATIENT_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT", "THREATEN", "ACCUSE", "PROTEST", "MOBILIZE"})
LOCATIVE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST"})


@dataclass
class Roles:
    a1: Phrase | None = None
    a2: Phrase | None = None
    loc: Phrase | None = None
    dest: Phrase | None = None
    src: Phrase | None = None
    theme: Phrase | None = None  # the content or thing (not output; it keeps a genitive from the actor slots)
    passive: bool = False
    explicit_subject: bool = False
    rel_object: Phrase | None = None  # the antecedent a resumptive object pronoun takes back (المعارض الذي اعتقلته)
    subject: Phrase | None = None  # the verb's grammatical subject, whatever role it fills (a purpose masdar's actor)
    why: list[str] = field(default_factory=list)

    def get(self, role: str) -> Phrase | None:
        return getattr(self, role, None)

    def set(self, role: str, ph: Phrase | None, why: str) -> bool:
        if ph is None or role not in ("a1", "a2", "loc", "dest", "src", "theme") or getattr(self, role) is not None:
            return False
        setattr(self, role, ph)
        self.why.append(f"{role} = {why}")
        return True


def _window(view: DocView, c: Candidate, particle: bool = True) -> range:
    """Tokens searched for marked arguments: from after the head (a phrase's prepositional particle
    such as «قضى على» introduces its patient) to the end of the clause."""
    sent = view.toks[c.first].sent
    end = c.head + 1
    last = max((c.last,) + c.consumed) if particle else c.last  # «ألقت الوحدات … القبض على X»
    hi = min(last + 1 + (SEARCH if c.verbal else SEARCH_NOUN), view.sents[sent][1] + 1)
    j = end
    while j < hi:
        t = view.toks[j]
        if j > last + 1 and (t.key in COMPLEMENTIZERS or t.key in lx.lexicon().word_class("clause_break")):
            break
        j += 1
    return range(end, j)


def find_prep(view: DocView, c: Candidate, prep: str, window: range) -> Phrase | None:
    """Phrase introduced by ``prep`` (a word, a multiword marker, or a proclitic ب/ل) after the trigger."""
    pk = lx.words(prep)
    toks = view.toks
    for j in window:
        if j in c.consumed:
            continue
        t = toks[j]
        if len(pk) == 1 and len(pk[0]) == 1:  # proclitic ب / ل
            p = pk[0]
            if p == "ل" and c.nominal and j > c.last + 3:
                break  # «… بالتنسيق مع المنظمة الدولية للهجرة»: a far ل-phrase belongs to another noun
            lead = attached_prep(view, j) == p and not conj_prefix(t.text)  # «بقصر قرطاج» (see attached_prep)
            head_pp = not lead and not conj_prefix(t.text) and place_pp(t.key) and t.key.lstrip("وف")[:1] == p  # «بجهة X»
            if t.key.startswith(p) and len(t.key) > 2 and conj_prefix(t.text).endswith(p) or lead or head_pp or (
                    p == "ل" and t.key.startswith("لل")):
                strip = len(conj_prefix(t.text)) if not t.key.startswith("لل") else 2
                if lead:  # the mention starts after the ب (بقصر قرطاج), else the ب of «بارتكاب»
                    m = view.mention_of.get(j)
                    strip = m.start - t.start if m is not None and t.start < m.start < t.end else 1
                elif head_pp:
                    strip = len(t.text) - len(t.text.lstrip("وف")) + 1
                ph = noun_phrase(view, j, strip=strip)
                if ph is not None and p == "ل" and event_noun(view, j, strip or 1):
                    continue  # «لدعم بكين»، «لتمويل مشاريع»: a purpose masdar, not a recipient
                if ph is not None:
                    return ph
            continue
        if j + len(pk) > len(toks):
            break
        if all(_prep_tok(toks[j + k].key, w) for k, w in enumerate(pk)):
            nxt = j + len(pk)
            if nxt < len(toks) and toks[nxt].sent == t.sent:
                return noun_phrase(view, nxt)
    return None


def _prep_tok(key: str, word: str) -> bool:
    return key == word or key in ("و" + word, "ف" + word)


def find_place(view: DocView, st: DocState, c: Candidate, window: range,
               preps=("على مستوى", "في", "ب", "داخل", "قرب")) -> Phrase | None:  # «على مستوى محطة» (Maghreb: at the spot)
    for prep in preps:
        ph = find_prep(view, c, prep, window)
        if ph is not None and is_place(view, st, ph):
            return ph
    return None


# -- binding ---------------------------------------------------------------------------------------

def _realization_order(frame: tuple[Slot, ...]) -> list[tuple[Slot, str]]:
    marked, plain = [], []
    for slot in frame:
        for real in slot.realizations:
            (marked if real.startswith("prep:") or real == "between" else plain).append((slot, real))
    return marked + plain


def _is_passive(view: DocView, c: Candidate, window: range) -> str | None:
    t = view.toks[c.head]
    word = t.text[len(conj_prefix(t.text)):]
    lemma = c.trigger.lemma.split()[0] if c.trigger.lemma else ""
    if c.kind == "past" and lemma.endswith("ى") and word.endswith("ي") and word[:-1] == lemma[:-1]:
        return f"«{word}» spelt with ي where the active verb ends in ى (ألقي القبض = was arrested)"
    if not c.trigger.transitive or c.kind not in ("past", "present"):
        return None
    if c.kind == "past" and "\u064f" in word[:3]:
        return "vocalised passive (damma on the first letter)"
    toks = view.toks
    for j in window:
        if toks[j].key in REL_PRONOUNS:
            break  # «الإهانة التي تعرضت لها من قبل المعتمد»: the marker belongs to the relative clause
        if j > c.last + 1 and toks[j].word and not toks[j].key.endswith("ا") and event_noun(view, j):
            break  # «طالب رئيس الهيئة تعديل القانون لمراقبة الطريق من طرف الهياكل»: the nearer masdar owns it
        for marker in AGENT_MARKERS:
            if j + 1 < len(toks) and toks[j].key == marker[0] and toks[j + 1].key == marker[1]:
                return f"agent marker «{toks[j].text} {toks[j + 1].text}»"
    if c.kind == "past" and not pronoun_subject(t.key, t.text) and clause_initial(view, c.head):
        j = skip_light(view, c.last + 1, t.sent, limit=3)  # (after its subject, «الشرطة اعتقلت 3 أشخاص», active)
        if j is not None and counted_at(view, j) and not _accusative_after(view, j):
            return "unvocalised perfective followed by a number (اعتقل 3 أشخاص، قتل ثلاثة أشخاص، قتل نحو 20)"
    return None


def _accusative_after(view: DocView, j: int) -> bool:
    """«قتل اثنان من المسلحين جنديا»: an indefinite accusative after the counted phrase is the object, so the
    count is the subject (active), not a passive's patient."""
    ph = noun_phrase(view, j)
    k = ph.last + 1 if ph is not None else j + 1
    toks = view.toks
    return k < len(toks) and toks[k].sent == toks[j].sent and toks[k].word and toks[k].key.endswith("ا") \
        and len(toks[k].key) > 3 and not is_definite(toks[k].key, toks[k].text) and not counted_at(view, k)


def bind(view: DocView, st: DocState, c: Candidate) -> Roles:
    r = Roles()
    trig = c.trigger
    sent = view.toks[c.first].sent
    window = _window(view, c)
    verbal = c.verbal
    frame = trig.frame if verbal else (trig.frame_noun or trig.frame)
    if c.kind == "hal":
        frame = tuple(s for s in trig.frame if "subj" not in s.realizations)
    passive = _is_passive(view, c, window) if verbal else None
    r.passive = passive is not None
    if passive:
        r.why.append(f"passive: {passive}")
    subj = obj = particle_gen = None
    obj_from = c.last + 1
    appos = None
    if verbal or c.kind == "hal":  # a hal participle (داعيا، محذرا) takes an object like its verb, no subject
        subj, obj_from = subject_np(view, c, r) if verbal else (None, c.last + 1)
        if subj is not None and c.consumed and subj.first < min(c.consumed) <= subj.last:
            cut = min(c.consumed) - 1  # «هدد الزعيم بقتل …»: the subject ends before the particle
            subj = Phrase(subj.first, cut, subj.start, view.toks[cut].end, best_mention(view, subj.first, cut))
            obj_from = cut + 1
        if subj is not None and subj.first > c.last and not r.passive:  # VSO: «X، أستاذ …، OBJ»
            subj, obj_from, appos = skip_apposition(view, subj, obj_from)
            if appos:
                r.why.append(appos)
            obj_from, pp = skip_adjunct_pp(view, obj_from) if obj_from not in c.consumed else (obj_from, None)
            if pp:
                r.why.append(pp)
                appos = appos or pp
        if r.passive:
            obj, subj = subj, None
        else:
            if subj is not None and subj.first > c.last:
                k = after_conjuncts(view, obj_from, sent)
                if k != obj_from:
                    obj_from, appos = k, appos or "coordinated subjects are skipped"
                    r.why.append(appos)
            near = obj_from <= c.last + 8 or subj is not None and subj.first > c.last and obj_from == subj.last + 1
            obj = object_np(view, obj_from, sent) if near or appos else None  # (a long titled subject: the object follows it)
            if obj is not None and subj is not None and obj.first <= subj.last:
                obj = None
            if c.consumed and (obj is None or obj.first <= min(c.consumed) <= obj.last or obj.first > max(c.consumed)):
                obj = particle_gen = _particle_genitive(view, c)  # «هدد بقتل المعارضين»، «أطلقت السلطات سراح 5 معتقلين»
            if r.rel_object is not None:
                obj = r.rel_object  # the antecedent taken back by the object pronoun
            elif c.last > c.head and trig.is_phrase and object_particle(view, c):
                obj = noun_phrase(view, c.head + 1) or obj  # «سيقاطع جلسة اليوم»: the particle is the object
    gen = particle_gen if verbal else genitive(view, c)  # a verb's «gen» slot is its particle's genitive (سراح X)
    if gen is None and not verbal and not any(real == "prep:ل" for sl in frame for real in sl.realizations):
        gen = lam_genitive(view, c)
    _support_subject(view, c, r)
    if trig.is_phrase and c.last > c.first and not verbal:
        # «إطلاق سراح X»: the genitive after the particle noun is that noun's, i.e. the patient
        frame = tuple(sorted(frame, key=lambda sl: sl.roles[0] != "a2"))
    if trig.symmetric and not any("between" in sl.realizations for sl in frame):
        frame = frame + (Slot(("a1", "a2"), ("between",)),)
    for slot, real in _realization_order(frame):
        roles = slot.roles
        if real == "between":
            pair = find_between(view, window)
            if pair:
                r.set(roles[0], pair[0], "first of «بين X و Y»")
                r.set(roles[1], pair[1], "second of «بين X و Y»")
            continue
        if real.startswith("prep:"):
            if any(r.get(x) is not None for x in roles):
                continue
            ph = find_prep(view, c, real[5:], window)
            if ph is not None and roles[0] in ("a1", "a2") and is_place(view, st, ph) and real[5:] in ("في", "ب"):
                continue
            if ph is not None:
                r.set(roles[0], ph, f"phrase after «{real[5:]}» ({real})")
            continue
        role = roles[0]
        if r.get(role) is not None:
            continue
        if real == "subj" and subj is not None:
            r.subject = subj
            if r.set(role, subj, "subject of the verb" + (" (before it: SVO)" if subj.last < c.first else "")):
                subj = None
        elif real in ("obj", "obj2") and obj is not None:
            if r.set(role, obj, "subject of the passive verb" if r.passive else "object of the verb"):
                obj = None
        elif real == "gen" and gen is not None:
            counted = view.toks[gen.first].key.isdigit()  # «حجز 3 سيارات»، «اعتقال 5 أشخاص»: what is counted undergoes
            if role == "theme" and participant(view, gen) and not counted:
                continue  # «رفض السفير»: a participant genitive is the actor (subjective genitive)
            if role == "a1" and (counted or _named_place(view, gen) and not is_country(view, st, gen)):
                if not counted and c.trigger.type in LOCATIVE_TYPES:  # «هجوم باريس»: the attack in Paris
                    r.set("loc", gen, "named place in the genitive (idafa): where it happened")
                continue  # «تدمير غزة»: a named place in the genitive undergoes the act («المكتب المحلي» may act)
            if role in ACTOR_ROLES and event_noun(view, gen.first):
                r.set("theme", gen, "genitive names the kind or content of the event, not a participant")
                gen = None
            elif r.set(role, gen, "genitive of the noun (idafa)"):
                gen = None
    if r.rel_object is not None and r.a2 is None and r.a1 is not r.rel_object:
        r.set("a2", r.rel_object, "the antecedent the object pronoun takes back («الذين أطلقت إسرائيل سراحهم»)")
    if r.a1 is None and c.nominal:
        r.set("a1", relative_agent(view, c), "subject of the support verb in the relative clause on the noun")
    if r.a1 is None and c.nominal:
        r.set("a1", nisba_agent(view, c), "nationality or group adjective of the event noun (الغارات الإسرائيلية)")
    if r.a2 is None and c.nominal:  # «الاعتداء الذي تعرض له الصحفي»: the subject of تعرض is the victim
        r.set("a2", relative_agent(view, c, "a2"), "subject of «تعرض» in the relative clause on the noun")
    if r.a1 is None and (r.passive or c.nominal):  # agent markers (role_markers.tsv): من قبل، على يد، من طرف
        for marker in ("من قبل", "على يد", "على أيدي", "من طرف"):
            ph = find_prep(view, c, marker, window)
            if ph is not None:
                r.set("a1", ph, f"agent after «{marker}»")
                break
    if r.a2 is None and c.trigger.type in PATIENT_TYPES:  # «قضت المحكمة بالسجن في حق X»، «حملة ضد X»
        near = window if c.verbal else range(window.start, min(window.stop, c.last + 5))
        for marker in lx.patient_markers():
            ph = find_prep(view, c, marker, near)
            if ph is not None and not is_place(view, st, ph):
                r.set("a2", ph, f"target after «{marker}» (role_markers.tsv)")
                break
    _places(view, st, c, r, _window(view, c, particle=False) if c.consumed else window)
    return r


def _named_place(view: DocView, ph: Phrase) -> bool:
    m = ph.mention
    return m is not None and m.label in ("GPE", "LOC", "FAC") or m is None and place_id(view, ph) is not None


def _support_subject(view: DocView, c: Candidate, r: Roles) -> None:
    if c.support is None:
        return
    sv, k = c.support
    if sv.subject_role in ("impersonal", "theme") or k > c.first:
        return
    toks = view.toks
    sent = toks[k].sent
    ph = None
    rel = k - 1
    if k > 2 and toks[k - 1].key in ("قد", "لقد") and toks[k - 2].key in KANA:
        rel = k - 3  # «الذي كان قد قدم استقالته»
    if rel >= 0 and toks[rel].key in REL_PRONOUNS:  # «… الذي يؤدي زيارة عمل»: the antecedent performs it
        ante = phrase_ending_at(view, rel - 1, max(view.sents[sent][0], rel - 8))
        if ante is not None:
            r.set(sv.subject_role, antecedent(view, ante, toks[rel].key),
                  f"antecedent of the support verb «{toks[k].text}» ({sv.id})")
            return
    j = skip_light(view, k + 1, sent)
    if j is not None and j < c.first:
        ph = noun_phrase(view, j)
        if ph is not None and ph.last >= c.first:
            ph = cut_before(view, ph, c.first)  # «تبنى تنظيم «داعش» مسؤولية التفجير»
    if ph is None and not clause_initial(view, k):
        ph = phrase_ending_at(view, k - 1, view.sents[sent][0])
        t0 = toks[ph.first] if ph is not None else None
        if ph is not None and prepositional(view, ph) and (ph.mention is not None or is_definite(t0.key, t0.text)
                                                            or place_pp(t0.key) or place_id(view, ph) is not None):
            # «الوحدة الخاصة بمنطقة الشرطة بقفصة تمكنت من»: a place or definite PP qualifies the subject before it;
            # an indefinite common noun heads an asyndetic relative clause («القبض على منحرف قام بطعن»)
            ph = subject_before(view, k, view.sents[sent][0])
    if ph is not None:
        r.set(sv.subject_role, ph, f"subject of the support verb «{toks[k].text}» ({sv.id})")


def _particle_genitive(view: DocView, c: Candidate) -> Phrase | None:
    """The genitive of a phrase's noun particle (سراح X، بقتل X) is the verb's patient; a prepositional
    particle (القبض على) is handled by the frame's ``prep:`` slot."""
    last = max(c.consumed)
    t = view.toks[last]
    if t.key in lx.lexicon().word_class("stop") or last + 1 >= len(view.toks) or t.key.endswith("ا"):
        return None
    n = view.toks[last + 1]
    if n.sent != t.sent or not n.word or stop_word(view, n.key) or looks_adjectival(n.key, participles=False) \
            and not n.key.endswith(("يين", "يون")):
        return None
    ph = noun_phrase(view, last + 1)
    return ph if participant(view, ph) else None  # «هددت بإيقاف نشاطها»: a thing is no patient


def nisba_agent(view: DocView, c: Candidate) -> Phrase | None:
    """«الهجوم الإسرائيلي»، «الغارات الجوية الروسية»، «العدوان الأمريكي»: a nisba adjective linked to an actor
    that agrees with the event noun (right after it, or after one more adjective) names who acted."""
    toks = view.toks
    for j in (c.last + 1, c.last + 2):
        if j >= len(toks) or toks[j].sent != toks[c.first].sent or not toks[j].word:
            return None
        m = view.mention_of.get(j)
        if m is not None and m.label == "NORP" and m.actor and m.start >= toks[j].start \
                and is_definite(toks[j].key, toks[j].text) == is_definite(toks[c.first].key, toks[c.first].text) \
                and not toks[j].key.endswith(("يين", "يون")):  # (a plural nisba is people: «قتل الفلسطينيين»)
            return Phrase(j, j, m.start, m.end, m)
        if not looks_adjectival(toks[j].key):
            return None
    return None


def relative_agent(view: DocView, c: Candidate, role: str = "a1") -> Phrase | None:
    """«التفجير الذي نفذه تنظيم داعش»، «الهجوم الذي قامت به حركة حماس»: the subject of a support verb in
    a relative clause on the event noun is the event's actor."""
    toks = view.toks
    j = c.last + 1
    while j < len(toks) and j <= c.last + 3 and toks[j].word and toks[j].key not in REL_PRONOUNS \
            and (looks_adjectival(toks[j].key) or toks[j].key.startswith("و") and j > c.last + 1):
        j += 1
    if j >= len(toks) or toks[j].sent != toks[c.first].sent:
        return None
    if toks[j].key in REL_PRONOUNS and j + 1 < len(toks):
        v = toks[j + 1]
    elif j == c.last + 1 and not c.split.article and not toks[c.first].key.startswith("ال") and not c.trigger.is_phrase:
        j -= 1  # an indefinite noun takes an asyndetic relative clause: «بسبب إضراب ينفذه الأعوان»
        v = toks[j + 1]
    else:
        return None
    svs = [sv for sv, split in lx.support_verb(v.key) if sv.subject_role == role]
    if not svs:
        return None
    k = j + 2
    prep = svs[0].object[5:] if svs[0].object.startswith("prep:") else ""
    if prep in ("ب", "ل") and k < len(toks) and toks[k].key in tuple(prep + p for p in ("ه", "ها", "هم", "هما")):
        k += 1  # «قامت به»، «تعرض له»: the preposition takes the event noun back as a pronoun
    elif v.key == lx.nkey(v.text) and not v.key.endswith(("ه", "ها")):
        return None  # the verb must take the event noun back as its object pronoun (نفذه، شنتها)
    if k < len(toks) and toks[k].key in ("له", "لها", "لهم", "لهما", "اليه", "اليها", "اليهم"):
        k += 1  # «الدعوة التي وجهها له العاهل المغربي»: an indirect object pronoun before the subject
    k = skip_light(view, k, v.sent)
    return noun_phrase(view, k) if k is not None else None


def _places(view: DocView, st: DocState, c: Candidate, r: Roles, window: range) -> None:
    if c.trigger.type == "ASSAULT" and c.verbal and r.a1 is not None and r.a1.last < c.first and r.a2 is None \
            and r.theme is None and not is_country(view, st, r.a1) and (
                is_place(view, st, r.a1) or bare_key(view.toks[r.a1.first]) in lx.lexicon().word_class("place_head")):
        r.a2, r.a1 = r.a1, None  # «إن القرية دمرت بالكامل»: a village destroys nothing; the verb is passive
        r.why.append("a1 is a place before the verb: it was attacked (passive), a2")
    if c.trigger.type in LOCATIVE_TYPES:
        for role in ("a2",):
            ph = r.get(role)
            head = bare_key(view.toks[ph.first]) if ph is not None else ""
            heads = lx.lexicon().word_class("place_head")
            facility = head in heads or head.endswith("ا") and head[:-1] in heads  # «قصفت منزلا في حي …»
            if ph is not None and is_place(view, st, ph) and not is_country(view, st, ph) and (r.loc is None or facility):
                r.loc = ph
                setattr(r, role, None)
                r.why.append(f"{role} is a place: moved to location")
    if r.dest is None:
        ph = find_prep(view, c, "إلى", window)
        if ph is not None and is_place(view, st, ph):
            r.set("dest", ph, "place after «إلى»")
    if r.src is None:
        ph = find_prep(view, c, "من", window)
        if ph is not None and is_place(view, st, ph) and ph.mention is not None:
            r.set("src", ph, "place after «من»")
    if r.loc is None:
        ph = find_place(view, st, c, window)
        if ph is not None:
            r.set("loc", ph, "place after «في/ب»")

