"""``rasd_coref``: nominal references and short names resolved to an earlier actor of the document.

* A definite noun from ``rasd/data/linking/nominals.tsv`` (``الحركة``, ``«الهيئة»``, ``التنظيم``,
  ``الوزير``) refers to the most recent compatible actor: one whose name contains the noun
  (``حركة طالبان``) is a strong match; one whose registry kind fits (an armed group for
  ``التنظيم``) a weaker one, used only when no strong match is found. A nationality adjective
  after the noun narrows the choice (``الحركة الأفغانية`` -> an Afghan movement).
  ``الوزير``/``الرئيس`` need a person whose role or title in the document contains the word.
* ``الجانبان``/``الطرفين`` refer to the last two actors together: two mentions on the same
  span, one per side (the events stage may pair them).
* A person's last name (``شويغو``, ``الجولاني``, ``الدمشقي``) after their full name refers to them.

Every resolution is a mention with ``method="coreference"``, the antecedent, a reason naming
it, and a lower confidence than a name.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from rasd.actors.codes import day_of
from rasd.actors.knowledge import Nominal, cues, nominals
from rasd.actors.matching import TokenView, clitic_variants, name_key, surface_offset, token_view
from rasd.actors.registry import Registry, load_registry
from rasd.annotations import DocState, MentionAnn, state

WINDOW = 40  # mentions looked back for a weak (kind-only) antecedent
STRONG_SENTENCES = 6  # how far back (sentences) a name-word antecedent may be
WEAK_SENTENCES = 1  # a kind-only antecedent: this or the previous sentence
PAIR_SENTENCES = 2  # the two sides: within this and the two previous sentences
_NOT_ANTECEDENT = {"NORP"}


@dataclass
class ActorProfile:
    """What the document and registry say about an actor, for compatibility tests."""

    id: str
    type: str
    kind: str | None = None
    country: str | None = None
    words: set[str] = field(default_factory=set)  # normalized name tokens
    roles: set[str] = field(default_factory=set)  # normalized role/title tokens


def _profiles(st: DocState, reg: Registry, view: TokenView, text: str, day: str | None) -> dict[str, ActorProfile]:
    out: dict[str, ActorProfile] = {}
    for aid, info in st.actors.items():
        p = ActorProfile(aid, info.type)
        a = reg.actors.get(aid)
        if a is not None:
            p.kind, p.country = a.kind, reg.country_of(aid)
            for n in a.names():
                p.words.update(name_key(n))
            for r in reg.roles_of(aid, day):
                p.roles.update(name_key(r.role))
        p.words.update(name_key(info.name))
        out[aid] = p
    for m in st.mentions:
        if m.actor in out:
            words = name_key(text[m.start:m.end])
            (out[m.actor].roles if m.method == "agent" else out[m.actor].words).update(words)
    return out


def _candidates(view: TokenView, st: DocState) -> list[tuple[int, str, str]]:
    """(token, clitic, key) of tokens free for a reference: not in a mention, or a bare agent mention."""
    taken: set[int] = set()
    for m in st.mentions:
        if _bare_agent(m):
            continue  # a bare agent (agent.gov): a nominal reading may replace it
        a, b = view.token_at(m.start), view.token_at(m.end - 1)
        if a is not None and b is not None:
            taken.update(range(a, b + 1))
    out = []
    for i, k in enumerate(view.keys):
        if i in taken or not view.words[i]:
            continue
        out.append((i, "", k))
        out.extend((i, pre, stem) for pre, stem in clitic_variants(k))
    return out


def _bare_agent(m: MentionAnn) -> bool:
    """An agent mention without country or person (``agent.gov`` for الوزير): a nominal reading may replace it."""
    return m.method == "agent" and bool(m.actor) and m.actor.startswith("agent.") and m.actor.count(".") == 1


def _generic(m: MentionAnn) -> bool:
    """An agent mention that names no one in particular (``agent.uaf``, ``agent.rus.mil``)."""
    return m.method == "agent" and bool(m.actor) and m.actor.startswith("agent.")


def _compatible(nom: Nominal, p: ActorProfile, country: str | None) -> int:
    """2 strong, 1 weak, 0 not compatible."""
    if p.type not in nom.types or (country and p.country != country):
        return 0
    if nom.roles:
        return 2 if nom.roles & p.roles else 0
    if nom.name_words & p.words:
        return 2
    return 1 if p.kind in nom.kinds else 0


def _locative(view: TokenView, m: MentionAnn) -> bool:
    i = view.token_at(m.start)
    if i is None:
        return False
    p = view.prev_word(i)
    return p is not None and view.keys[p] in cues()["locative"]


def resolve_document(doc: Doc, reg: Registry) -> None:
    st = state(doc)
    view = token_view(doc)
    text = doc.text
    day = day_of(st.meta.published)
    profiles = _profiles(st, reg, view, text, day)
    noms = nominals()
    antecedents = [m for m in sorted(st.mentions, key=lambda x: x.start)
                   if m.actor in profiles and m.label not in _NOT_ANTECEDENT and not _generic(m)]
    added: list[MentionAnn] = []
    replaced: set[int] = set()
    done: set[int] = set()
    for i, clitic, key in _candidates(view, st):
        if i in done:
            continue
        nom = noms.get(key)
        if nom is None:
            continue
        start = view.starts[i] + _clitic_len(view.texts[i], clitic)
        end, country, absorbed = _modifier(view, st, reg, i)
        if end is None or _title_of_next_person(view, st, end):
            continue  # الرئيس الإيراني محمود أحمدي نجاد: a title, not a reference
        sent = _sentence_of(view, start)
        history = [m for m in antecedents if m.end <= start]
        if nom.pair:
            new = _pair(nom, [m for m in history if sent - _sentence_of(view, m.start) <= PAIR_SENTENCES],
                        profiles, view, start, end)
        else:
            new = _single(nom, history, profiles, start, end, country, view.quoted(i, i),
                          lambda m: sent - _sentence_of(view, m.start))
        if not new:
            continue
        done.add(i)
        for bare in [m for m in st.mentions if _bare_agent(m) and m.start <= start < m.end]:
            replaced.add(id(bare))
        if absorbed is not None:
            replaced.add(id(absorbed))
        added.extend(new)
        antecedents.extend(new)  # a resolved reference is the most recent mention of its actor
        antecedents.sort(key=lambda x: x.start)
    added.extend(_short_names(view, st, antecedents, profiles, done | {j for m in added for j in _toks(view, m)}))
    _relink_short_person_mentions(st, text, antecedents, profiles)
    st.mentions = sorted([m for m in st.mentions if id(m) not in replaced] + added, key=lambda x: (x.start, -x.end))


def _sentence_of(view: TokenView, char: int) -> int:
    """Index of the sentence containing ``char`` (from the tokens' sentence starts)."""
    starts = view.__dict__.get("_sent_chars")
    if starts is None:
        starts = [view.starts[0]] if view.starts else [0]
        starts += [view.starts[i] for i, s in enumerate(view.sent_starts) if s]
        view.__dict__["_sent_chars"] = starts
    return bisect_right(starts, char) - 1


def _title_of_next_person(view: TokenView, st: DocState, end: int) -> bool:
    i = view.token_at(end - 1)
    j = view.next_word(i) if i is not None else None
    return j is not None and any(m.label == "PER" and m.start == view.starts[j] and m.method != "coreference"
                                 for m in st.mentions)


def _toks(view: TokenView, m: MentionAnn) -> range:
    a, b = view.token_at(m.start), view.token_at(m.end - 1)
    return range(a, b + 1) if a is not None and b is not None else range(0)


def _clitic_len(surface: str, clitic_key: str) -> int:
    return surface_offset(surface, clitic_key)


def _modifier(view: TokenView, st: DocState, reg: Registry, i: int
              ) -> tuple[int | None, str | None, MentionAnn | None]:
    """(end char, country, absorbed NORP mention) — end None when the noun heads a longer name."""
    j = view.next_word(i)
    if j is None or not view.keys[j].startswith("ال") or view.quotes_between(i, j) or (
            view.keys[j] in cues()["function"]):
        return view.ends[i], None, None
    adj = next((m for m in st.mentions if m.label == "NORP" and m.start == view.starts[j] and m.actor), None)
    if adj is not None:
        return adj.end, reg.country_of(adj.actor), adj
    if any(m.start <= view.starts[j] < m.end for m in st.mentions):
        return view.ends[i], None, None  # الحركة «طالبان»: the next word is another mention
    return None, None, None  # الحركة الإسلامية: a descriptive phrase or a name we do not know


def _single(nom: Nominal, history: list[MentionAnn], profiles: dict[str, ActorProfile], start: int, end: int,
            country: str | None, quoted: bool, distance) -> list[MentionAnn]:
    """``distance(m)``: sentences between the antecedent and the reference."""
    weak: MentionAnn | None = None
    for k, m in enumerate(reversed(history)):
        d = distance(m)
        if d > STRONG_SENTENCES:
            break
        fit = _compatible(nom, profiles[m.actor], country)
        if fit == 2:
            return [_coref(start, end, m, 0.7 + (0.05 if quoted else 0.0),
                           f"nominal {nom.head!r} -> most recent actor whose name contains it")]
        if fit == 1 and weak is None and k < WINDOW and d <= WEAK_SENTENCES:
            weak = m
    if weak is not None:
        return [_coref(start, end, weak, 0.5, f"nominal {nom.head!r} -> most recent actor of a fitting kind "
                                              f"({profiles[weak.actor].kind})")]
    return []


def _pair(nom: Nominal, history: list[MentionAnn], profiles: dict[str, ActorProfile], view: TokenView,
          start: int, end: int) -> list[MentionAnn]:
    sides: list[MentionAnn] = []
    for m in reversed(history):
        p = profiles[m.actor]
        if p.type not in nom.types or (p.type == "GPE" and _locative(view, m)) or any(
                s.actor == m.actor for s in sides):
            continue
        sides.append(m)
        if len(sides) == 2:
            break
    if len(sides) < 2:
        return []
    names = " and ".join(s.actor for s in reversed(sides))
    return [_coref(start, end, s, 0.5, f"{nom.head!r} (the two sides) -> {names}") for s in reversed(sides)]


def _coref(start: int, end: int, ante: MentionAnn, conf: float, why: str) -> MentionAnn:
    return MentionAnn(start, end, ante.label if ante.label != "NORP" else "ORG", "coreference", conf,
                      actor=ante.actor, antecedent=ante,
                      reason=f"{why}: {ante.actor} at [{ante.start}, {ante.end})")


# First parts of compound names: the word after them is not a last name on its own.
_NAME_PARTICLES = frozenset({"عبد", "ابو", "ابي", "ابا", "بن", "ابن", "ال", "ام", "بنت"})


def _short_names(view: TokenView, st: DocState, antecedents: list[MentionAnn], profiles: dict[str, ActorProfile],
                 taken: set[int]) -> list[MentionAnn]:
    """Last names of persons named in full earlier (``شويغو`` after ``سيرغي شويغو``)."""
    first_seen: dict[str, MentionAnn] = {}
    last_names: dict[str, str] = {}
    skip = cues()["kunya"] | cues()["person_cue"]
    for m in antecedents:
        if profiles[m.actor].type != "PER" or m.method in ("agent", "coreference"):
            continue
        toks = list(_toks(view, m))
        if len(toks) < 2:
            continue
        last = view.keys[toks[-1]]
        prev = view.keys[toks[-2]]
        if len(last) >= 4 and last not in skip:
            first_seen.setdefault(m.actor, m)
            if prev not in _NAME_PARTICLES and last not in cues()["not_name"]:
                last_names.setdefault(last, m.actor)
            if len(toks) >= 3 or prev in _NAME_PARTICLES:
                # عبد الرحمن, بن لادن: the particle belongs to the last name (الله alone is not عبد الله)
                last_names.setdefault(prev + " " + last, m.actor)
    if not last_names:
        return []
    covered = set(taken)
    for m in st.mentions:
        covered.update(_toks(view, m))
    out = []
    for i, k in enumerate(view.keys):
        if i in covered or not view.words[i]:
            continue
        readings = [("", k)] + list(clitic_variants(k))
        for pre, stem in readings:
            actor = last_names.get(stem)
            if actor is None or first_seen[actor].end > view.starts[i]:
                continue
            start = view.starts[i] + _clitic_len(view.texts[i], pre)
            p = view.prev_word(i)
            if p is not None and p == i - 1 and p not in covered and \
                    last_names.get(view.keys[p] + " " + stem) == actor:
                start = view.starts[p]
            out.append(_coref(start, view.ends[i], first_seen[actor], 0.75,
                              "last name of the person named earlier"))
            break
    return out


def _relink_short_person_mentions(st: DocState, text: str, antecedents: list[MentionAnn],
                                  profiles: dict[str, ActorProfile]) -> None:
    """An NER person mention that is the end of a fuller name in the document (``أنان`` / ``كوفي أنان``,
    ``عبد الرحمن`` / ``رامي عبد الرحمن``) is that person, even when the full name comes later (captions)."""
    full: list[tuple[tuple[str, ...], MentionAnn]] = []
    for m in antecedents:
        if profiles[m.actor].type == "PER" and m.method not in ("agent", "coreference"):
            key = name_key(text[m.start:m.end])
            if len(key) >= 2:
                full.append((key, m))
    if not full:
        return
    for m in st.mentions:
        if m.label != "PER" or m.method in ("agent", "coreference") or not (m.actor or "x.").startswith("x."):
            continue
        key = name_key(text[m.start:m.end])
        if not key or len(key[-1]) < 3:
            continue
        readings = [("", key)] + [(pre, (stem,) + key[1:]) for pre, stem in clitic_variants(key[0])]
        matches: list[MentionAnn] = []
        for pre, k in readings:  # وأنان: NER kept the conjunction
            matches = [a for fk, a in full if len(fk) > len(k) and fk[-len(k):] == k and a.actor != m.actor]
            if matches:
                if pre:
                    m.start += _clitic_len(text[m.start:m.end].split(" ")[0], pre)
                break
        if not matches:
            continue
        before = [a for a in matches if a.end <= m.start]
        ante = before[-1] if before else matches[0]
        where = "earlier" if before else "later (cataphora)"
        m.actor, m.antecedent = ante.actor, ante
        m.confidence = min(m.confidence, 0.75 if before else 0.6)
        m.reason = (f"{m.reason}; short form of the person named {where} at [{ante.start}, {ante.end}): "
                    f"{ante.actor}")


@Language.factory("rasd_coref", default_config={"user_registry": [], "shipped_registry": True},
                  requires=["doc.ents", "doc._.rasd"], assigns=["doc._.rasd"])
def make_coref(nlp: Language, name: str, user_registry: list[str], shipped_registry: bool):
    files = tuple(user_registry)

    def coref(doc: Doc) -> Doc:
        reg = doc.user_data.get("rasd.registry") or load_registry(files, shipped_registry)
        resolve_document(doc, reg)
        return doc

    return coref
