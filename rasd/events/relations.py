"""Relations between actors stated in the text (``relation_cues.tsv`` patterns and naming rules).

A pattern such as ``{S} التابعة ل{O}`` or ``متزعم {O} {S}`` says where subject and object sit around
the cue; the cue's first word may vary in article, gender and number (التابع، التابعين؛ منتمين)
and up to two adjectives may follow it (القيادي الشرعي في). Title cues also read in apposition
after the name (أبو عبيدة المتحدث باسم كتائب القسام). Two naming rules need no cue row:
- «X – خراسان» / «داعش ليبيا»: a mention whose name is another actor's name plus a place is part_of it;
- title + nationality adjective + person (وزير الدفاع الروسي سيرغي شويغو): the person is member_of
  that state (needs the adjective linked to a country).
Subjects and objects are actor ids: the linked mention's, or a discovered id for an unlinked phrase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rasd.actors.linker import discovered_id
from rasd.annotations import ActorInfo, DocState, RelationAnn
from rasd.events import lexicon as lx
from rasd.events.attribution import Attributions
from rasd.events.clauses import phrase_ending_at
from rasd.events.view import DocView, Phrase, bare_key, looks_adjectival, noun_phrase
from rasd.text.normalize import normalize_key

_ORG_HEADS = ("تنظيم", "حركه", "جبهه", "هيئه", "حزب", "جماعه", "كتائب", "لواء", "مجلس", "وزاره", "جهاز", "منظمه",
              "اتحاد", "نقابه", "قوات", "جيش", "ميليشيا", "مليشيا", "فصيل", "شركه", "وكاله", "مكتب")


@dataclass(frozen=True)
class Shape:
    s_before: bool  # subject phrase ends right before the cue
    o_first: bool  # cue {O} {S}: object right after the cue, then the subject
    o_before: bool  # {O} cue {S}
    prep: str  # trailing proclitic/preposition of the cue form (ل، ب، في، إلى، مع، من، عن) or ""


@lru_cache(maxsize=None)
def _shape(cue: lx.RelationCue) -> Shape | None:
    pat = cue.pattern
    if pat.startswith("{S}"):
        m = re.search(r"(\S*)\{O\}", pat)
        lead = m.group(1) if m else ""
        return Shape(True, False, False, lead)
    if pat.startswith("{O}") and "{S}" in pat and "غطاء" not in pat and "ستار" not in pat:
        return Shape(False, False, True, "")
    if "{O} {S}" in pat:
        return Shape(False, True, False, "")
    return None


@lru_cache(maxsize=1)
def _cue_index() -> dict[str, list[lx.RelationCue]]:
    """Relation cues by the first three letters of their first word's stem (article dropped)."""
    index: dict[str, list[lx.RelationCue]] = {}
    for cue in lx.lexicon().relations:
        if cue.keys:
            stem = cue.keys[0][2:] if cue.keys[0].startswith("ال") else cue.keys[0]
            index.setdefault(stem[:3], []).append(cue)
    return index


def _cue_match(view: DocView, i: int, keys: tuple[str, ...]) -> int | None:
    """Last token of the cue when it starts at token ``i`` (first word inflects; ≤ 2 adjectives may follow)."""
    toks = view.toks
    t = toks[i].key
    first = keys[0]
    bare = t[1:] if t[:1] == "و" and len(t) > len(first) else t
    stem = first[2:] if first.startswith("ال") else first
    b2 = bare[2:] if bare.startswith("ال") else bare
    if not (b2 == stem or b2.startswith(stem) and len(b2) - len(stem) <= 3 and len(stem) >= 4
            or stem.endswith("ي") and b2.startswith(stem[:-1]) and len(b2) - len(stem) <= 2 and len(stem) >= 4):
        return None
    k = i
    for w in keys[1:]:
        if len(w) == 1:  # a proclitic (ل، ب) attached to the object
            nxt = k + 1
            if nxt < len(toks) and toks[nxt].key.startswith(w):
                return k
            return None
        k += 1
        skipped = 0
        while k < len(toks) and toks[k].key != w and looks_adjectival(toks[k].key) and skipped < 2:
            k += 1
            skipped += 1
        if k >= len(toks) or toks[k].key != w or toks[k].sent != toks[i].sent:
            return None
    return k


def _forward(view: DocView, j: int) -> Phrase | None:
    toks = view.toks
    while j < len(toks) and toks[j].key in ('"', "،", "المدعو", "المدعوه"):
        j += 1
    if j >= len(toks):
        return None
    return noun_phrase(view, j, max_len=6)


def _actor_id(view: DocView, st: DocState, ph: Phrase) -> str:
    if ph.mention is not None and ph.mention.actor:
        return ph.mention.actor
    text = view.text[ph.start:ph.end].strip('"«» ')
    key = normalize_key(text)
    head = key.split()[0] if key.split() else key
    head = head[2:] if head.startswith("ال") else head
    label = "ORG" if head in _ORG_HEADS else "PER"
    aid = discovered_id(label, key)
    st.actors.setdefault(aid, ActorInfo(id=aid, name=text, type=label, known=False))
    return aid


def _relation(view: DocView, st: DocState, attrs: Attributions, rel: str, s: Phrase, o: Phrase,
              cue_tok: int, conf: float, method: str, role: str | None = None,
              nested: bool = False) -> RelationAnn | None:
    if not nested and s.first <= o.last and o.first <= s.last:
        return None
    sid, oid = _actor_id(view, st, s), _actor_id(view, st, o)
    if sid == oid:
        return None
    linked = (s.mention is not None and s.mention.actor) and (o.mention is not None and o.mention.actor)
    start, end = min(s.start, o.start, view.toks[cue_tok].start), max(s.end, o.end, view.toks[cue_tok].end)
    return RelationAnn(rel, sid, oid, start, end, round(conf * (1.0 if linked else 0.75), 3), role=role,
                       attribution=[x.ann() for x in attrs.for_token(cue_tok)], method=method)


def _by_cues(view: DocView, st: DocState, attrs: Attributions) -> list[RelationAnn]:
    out: list[RelationAnn] = []
    toks = view.toks
    index = _cue_index()
    for t in toks:
        if not t.word:
            continue
        if "تخذ" in t.key:
            for cue in lx.lexicon().relations:
                if cue.relation == "front_for" and cue.keys:
                    r = _cover(view, st, attrs, t.i, cue)
                    if r is not None:
                        out.append(r)
        bare = bare_key(t)
        for cue in index.get(bare[:3], ()):
            if cue.relation == "front_for":
                continue
            shape = _shape(cue)
            if shape is None:
                continue
            last = _cue_match(view, t.i, cue.keys)
            if last is None:
                continue
            after = last + 1
            if shape.prep and len(shape.prep) == 1 and after < len(toks):
                o = noun_phrase(view, after, strip=1, max_len=6)
            else:
                o = _forward(view, after)
            s = None
            if shape.s_before or shape.o_first:
                s = phrase_ending_at(view, t.i - 1, view.sents[t.sent][0]) if t.i > 0 else None
                if s is not None and view.toks[s.first].sent != t.sent:
                    s = None
            title_first = shape.s_before and (s is None or not _name_like(view, s)) and o is not None
            if (shape.o_first or title_first) and o is not None and (s is None or not _name_like(view, s)):
                s = _forward(view, o.last + 1)  # متزعم «النصرة» أبو محمد الجولاني / القيادي في X المدعو Y
            if shape.o_before:
                o2 = phrase_ending_at(view, t.i - 1, view.sents[t.sent][0])
                s, o = o, o2
            if s is None or o is None or not _name_like(view, s) and not _name_like(view, o):
                continue
            if _rest_of_title(view, o, t.i):
                continue  # «الرئيس المصري الأسبق حسني مبارك»: a nationality adjective is no group to lead
            if (shape.o_first or title_first) and not _name_like(view, s):
                continue  # a leader or member is a named person or group
            r = _relation(view, st, attrs, cue.relation, s, o, t.i, cue.confidence, f"cue:{cue.id}",
                          role=" ".join(x.text for x in toks[t.i:last + 1]))
            if r is not None:
                out.append(r)
    return out


def _rest_of_title(view: DocView, ph: Phrase, cue_tok: int) -> bool:
    """The phrase after the cue word still lies in the title the linker read as one agent (الرئيس | المصري
    الأسبق): it qualifies the title and names no group the person leads or belongs to."""
    m = view.mention_of.get(ph.first)
    return m is not None and m.method == "agent" and m is view.mention_of.get(cue_tok)


def _name_like(view: DocView, ph: Phrase) -> bool:
    """A linked mention, a quoted name, or a name-shaped phrase (kunya أبو/أم, no article)."""
    if ph.mention is not None and ph.mention.actor:
        return True
    toks = view.toks
    if ph.first > 0 and toks[ph.first - 1].key == '"' and ph.last + 1 < len(toks) and toks[ph.last + 1].key == '"':
        return True
    first = bare_key(toks[ph.first])
    if first in ("ابو", "ام", "ابن", "بن"):
        return True
    org = lx.lexicon().word_class("org_head")
    return first in org and ph.last > ph.first  # حركة حماس، كتائب القسام، هيئة تحرير الشام


def _formerly(view: DocView, st: DocState, attrs: Attributions) -> list[RelationAnn]:
    """«جبهة فتح الشام (النصرة سابقا)»: S successor_of O."""
    out: list[RelationAnn] = []
    toks = view.toks
    for t in toks:
        if t.key != "(" or t.i == 0:
            continue
        close = next((k for k in range(t.i + 1, min(t.i + 7, len(toks))) if toks[k].key == ")"), None)
        if close is None or close - 1 <= t.i + 1 or toks[close - 1].key not in ("سابقا", "سابقاً"):
            continue
        o = noun_phrase(view, t.i + 1, max_len=close - t.i - 2)
        s = phrase_ending_at(view, t.i - 1, view.sents[t.sent][0])
        if o is None or s is None:
            continue
        r = _relation(view, st, attrs, "successor_of", s, o, close - 1, 0.85, "cue:rel.027")
        if r is not None:
            out.append(r)
    return out


def _cover(view: DocView, st: DocState, attrs: Attributions, i: int, cue: lx.RelationCue) -> RelationAnn | None:
    """«A التي يتخذ منها B غطاء» (A front_for B) and «B (التي) تتخذ من A غطاء»."""
    toks = view.toks
    t = toks[i]
    if not re.fullmatch(r"[وف]?(يتخذ|تتخذ|اتخذ|اتخذت|يتخذون)", t.key):
        return None
    sent = t.sent
    j = i + 1
    if j >= len(toks) or not toks[j].key.startswith("من"):
        return None
    end = min(i + 12, view.sents[sent][1])
    cover_at = next((k for k in range(j + 1, end + 1) if toks[k].key.startswith(lx.nkey(cue.form))), None)
    if cover_at is None:
        return None
    if toks[j].key in ("منها", "منه"):  # A التي يتخذ منها B غطاء
        user = _forward(view, j + 1)
        k = i - 1
        if k >= 0 and toks[k].key in ("التي", "الذي"):
            k -= 1
        front = phrase_ending_at(view, k, view.sents[sent][0]) if k >= 0 else None
    else:  # B التي تتخذ من A غطاء
        front = noun_phrase(view, j, strip=2, max_len=6)
        k = i - 1
        if k >= 0 and toks[k].key in ("التي", "الذي"):
            k -= 1
        user = phrase_ending_at(view, k, view.sents[sent][0]) if k >= 0 else None
    if front is None or user is None:
        return None
    return _relation(view, st, attrs, "front_for", front, user, cover_at, cue.confidence, f"cue:{cue.id}",
                     role=f"{t.text} … {toks[cover_at].text}")


def _branches(view: DocView, st: DocState, attrs: Attributions) -> list[RelationAnn]:
    """A mention named «X – place» or «X place» where X names another actor of the document."""
    out: list[RelationAnn] = []
    names: dict[str, str] = {}
    for m in view.mentions:
        if m.actor and m.label in ("ORG",):
            names.setdefault(normalize_key(view.text[m.start:m.end]), m.actor)
    for m in view.mentions:
        if not m.actor or m.label != "ORG":
            continue
        key = normalize_key(view.text[m.start:m.end])
        parts = re.split(r"\s*-\s*|\s+", key)
        if len(parts) < 2:
            continue
        for cut in range(1, len(parts)):
            head = " ".join(parts[:cut])
            other = names.get(head)
            if other and other != m.actor:
                out.append(RelationAnn("part_of", m.actor, other, m.start, m.end, 0.8,
                                       attribution=[], method="rule:branch_name"))
                break
    return out


def _dash_branches(view: DocView, st: DocState, attrs: Attributions) -> list[RelationAnn]:
    """«تنظيم داعش – خراسان»: a group name, a dash and a place name the branch of that group."""
    from rasd.events import gazetteer

    out: list[RelationAnn] = []
    toks = view.toks
    for t in toks:
        if t.key != "-" or t.i == 0 or t.i + 1 >= len(toks) or not toks[t.i - 1].word:
            continue
        place = toks[t.i + 1]
        if not place.word or gazetteer.lookup(place.text) is None:
            continue
        parent = phrase_ending_at(view, t.i - 1, view.sents[t.sent][0])
        if parent is None or not _name_like(view, parent) and bare_key(toks[parent.first]) not in lx.lexicon().word_class("org_head"):
            continue
        branch = Phrase(parent.first, place.i, parent.start, place.end, view.mention_of.get(place.i)
                        if view.mention_of.get(place.i) is view.mention_of.get(parent.last) else None)
        core_mention = parent.mention if parent.mention is not None and parent.mention.end <= t.start else None
        if branch.mention is None and parent.mention is not None and parent.mention.end > t.start:
            branch = Phrase(branch.first, branch.last, branch.start, branch.end, parent.mention)
        core = Phrase(parent.last, parent.last, toks[parent.last].start, toks[parent.last].end, core_mention)
        if core_mention is None:  # the same name elsewhere in the document, linked
            key = toks[parent.last].key
            core = next((Phrase(parent.last, parent.last, core.start, core.end, m) for m in view.mentions
                         if m.actor and normalize_key(view.text[m.start:m.end]) == key), core)
        r = _relation(view, st, attrs, "part_of", branch, core, t.i, 0.8, "rule:branch_dash", nested=True)
        if r is not None:
            out.append(r)
    return out


def _titles(view: DocView, st: DocState, attrs: Attributions) -> list[RelationAnn]:
    """Title + nationality adjective + person: member_of the state (وزير الدفاع الروسي سيرغي شويغو).

    Needs the adjective linked to a country (a NORP mention) and a linked person: the name after the
    adjective, or a title mention the linker already resolved to the office holder."""
    out: list[RelationAnn] = []
    titles = lx.lexicon().word_class("title")
    toks = view.toks
    norps = [m for m in view.mentions if m.label == "NORP" and m.actor]
    pers = [m for m in view.mentions if m.label == "PER" and m.actor]
    for t in toks:
        if bare_key(t) not in titles and t.key not in titles:
            continue
        limit = toks[min(t.i + 5, len(toks) - 1)].end
        country = next((m for m in norps if t.end <= m.start <= limit), None)
        if country is None:
            continue
        person = next((m for m in pers if country.end <= m.start <= country.end + 2), None) or next(
            (m for m in pers if m.start <= t.start < m.end), None)
        if person is None or person.actor == country.actor:
            continue
        end = max(person.end, country.end)
        out.append(RelationAnn("member_of", person.actor, country.actor, t.start, end, 0.8,
                               role=view.text[t.start:country.end], attribution=[x.ann() for x in attrs.for_token(t.i)],
                               method="rule:title_nationality"))
    # the linker resolved «وزير الدفاع الروسي» to its holder and coded the role (RUSMIL): same statement
    done = {(r.subject, r.object) for r in out}
    first_at = {}
    for t in toks:
        first_at.setdefault(t.start, t)
    for m in pers:
        t0 = first_at.get(m.start)
        info = st.actors.get(m.actor)
        if t0 is None or info is None or not info.code or len(info.code) < 6 or bare_key(t0) not in titles:
            continue
        country = info.code[:3].lower()
        if country in st.actors and st.actors[country].type == "GPE" and (m.actor, country) not in done:
            done.add((m.actor, country))
            out.append(RelationAnn("member_of", m.actor, country, m.start, m.end, 0.75, role=view.text[m.start:m.end],
                                   attribution=[x.ann() for x in attrs.for_token(t0.i)],
                                   method="rule:title_role_code"))
    return out


def find_relations(view: DocView, st: DocState, attrs: Attributions) -> list[RelationAnn]:
    branches = _branches(view, st, attrs)
    named = {r.subject for r in branches}
    found = _by_cues(view, st, attrs) + branches + [r for r in _dash_branches(view, st, attrs)
                                                     if r.subject not in named] \
        + _titles(view, st, attrs) + _formerly(view, st, attrs)
    seen: set[tuple[str, str, str]] = {(r.type, r.subject, r.object) for r in st.relations}
    out = []
    for r in found:
        key = (r.type, r.subject, r.object)
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out
