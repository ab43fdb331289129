"""``rasd_linker``: mentions (NER entities, registry names, agents, kunya names) linked to actors.

Matching is on normalized token keys (:mod:`rasd.actors.matching`): ``هيئه``/``هيئة`` and
``سوريا``/``سورية`` meet, proclitics are stripped (``وطالبان``, ``للنصرة``), quotes skipped.
A registry name and an NER entity on the same words become one mention; where NER is
absent the name becomes a ``dictionary`` mention unless it is risky (a name the registry
marks ``ambiguous`` needs quotes, NER agreement or an unambiguous mention of the same
actor in the document). When a name fits several actors, the type the NER assigned,
validity on the publication date, the other actors of the document (and their relations
and countries) decide, and the reason says so. A capital is the government (``دمشق تعلن``)
unless it follows a locative cue (``في كابل``). Unregistered PER/ORG names become
discovered actors with deterministic ids. Codes: :mod:`rasd.actors.codes`.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from rasd.actors.agents import AgentMatch, find_agents, resolve_bare_bodies
from rasd.actors.codes import actor_code, day_of
from rasd.actors.knowledge import cues, nominals
from rasd.actors.matching import QUOTES, Hit, SpanIndex, TokenView, name_key, scan, token_view
from rasd.actors.registry import NameEntry, Registry, RegistryActor, load_registry
from rasd.annotations import ActorInfo, DocState, MentionAnn, state
from rasd.text.clitics import corpus_split, proclitic_candidates
from rasd.text.normalize import normalize_key

ADJ_LABEL = "NORP"
DISCOVERED_TYPES = {"PER", "ORG"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
_HOW_RANK = {"name": 0.3, "alias": 0.2, "alias_en": 0.2, "capital": 0.1, "adjective": 0.1}
_LOCATIVE_CLITICS = {"ب", "وب", "فب"}


def discovered_id(label: str, key: str) -> str:
    """Deterministic id for an actor not in the registry (same normalized name -> same id, any document)."""
    digest = hashlib.sha256(f"{label}\x1f{key}".encode("utf-8")).hexdigest()[:12]
    return f"x.{label.lower()}.{digest}"


def discovered_key(text: str) -> str:
    return " ".join(name_key(text))


def actor_info(a: RegistryActor, code: str | None = None) -> ActorInfo:
    return ActorInfo(id=a.id, name=a.name, type=a.type, known=True, name_en=a.name_en, code=code or a.code,
                     aliases=list(a.aliases) + list(a.aliases_en))


# -- NER entities ---------------------------------------------------------------

def entity_mentions(doc: Doc) -> list[MentionAnn]:
    """NER entities as mentions, with proclitics stripped from the first token."""
    out = []
    for ent in doc.ents:
        first = ent[0]
        start = ent.start_char
        split = corpus_split(first.text)
        if first.text.startswith("#") and len(first.text) > 1:
            start += 1  # #القدس: the hashtag mark is not part of the name
            why = "; hashtag mark stripped"
        elif split is not None and "ك" not in split.prefix and (len(ent) > 1 or split.offset < len(first.text)):
            # ك (like) hardly ever precedes a name, but names start with it: كوفي أنان is not ك + وفي
            start = first.idx + split.offset
            why = f"; proclitic {first.text[:start - first.idx]!r} stripped"
        else:
            why = ""
        conf = ent._.get("confidence") if ent.has_extension("confidence") else None
        out.append(MentionAnn(start, ent.end_char, ent.label_, "model",
                              float(conf) if conf is not None else 0.8, reason="NER model" + why))
    return out


# -- context ----------------------------------------------------------------------

def is_locative(view: TokenView, hit: Hit) -> bool:
    """``في كابل``, ``بكابل``, ``مدينة حلب``: the name is a location here."""
    if hit.clitic and view.keys[hit.first][:len(hit.clitic)] in _LOCATIVE_CLITICS:
        return True
    p = view.prev_word(hit.first)
    if p is None:
        return False
    c = cues()
    k = view.keys[p]
    return k in c["locative"] or k in c["city"] or k in c["region"]


def _acronym_ok(view: TokenView, hit: Hit, entries: tuple[NameEntry, ...]) -> tuple[NameEntry, ...]:
    """Latin acronyms (``IS``, ``UN``) match only in upper case."""
    surface = " ".join(view.texts[hit.first:hit.last + 1])
    return tuple(e for e in entries if not (e.how == "alias_en" and e.surface.isupper() and len(e.surface) <= 5
                                            and not surface.isupper()))


@dataclass
class DocContext:
    """What the document says so far, for choosing between same-name actors."""

    reg: Registry
    day: str | None
    actors: Counter = field(default_factory=Counter)
    countries: set[str] = field(default_factory=set)
    related: set[str] = field(default_factory=set)

    def add(self, actor: str) -> None:
        self.actors[actor] += 1
        c = self.reg.country_of(actor)
        if c:
            self.countries.add(c)
        self.related |= self.reg.related(actor) | self.reg.lineage(actor)


def type_fit(actor: RegistryActor, entry: NameEntry, label: str | None) -> float:
    if label is None:
        return 0.0
    if label == ADJ_LABEL:
        return 2.0 if entry.how == "adjective" else -1.0
    if actor.type == label or {actor.type, label} <= PLACE_LABELS:
        return 2.0
    if label == "ORG" and actor.type == "GPE":
        return -1.0  # metonymy: possible but unlikely
    return -4.0


def choose(entries: tuple[NameEntry, ...], ctx: DocContext, label: str | None) -> tuple[NameEntry, float, str]:
    """Pick one entry for a name; confidence falls with the margin over the runner-up."""
    reg = ctx.reg
    scored = []
    for e in entries:
        a = reg.actors[e.actor]
        s = type_fit(a, e, label) + _HOW_RANK[e.how]
        why = []
        if not a.valid_on(ctx.day):
            s -= 3
            why.append(f"not valid on {ctx.day}")
        if e.user:
            s += 2
            why.append("user registry")
        if ctx.actors.get(a.id):
            s += 3
            why.append("named elsewhere in the document")
        elif a.id in ctx.related:
            s += 2
            why.append("related to an actor of the document")
        elif reg.country_of(a.id) in ctx.countries:
            s += 1
            why.append(f"its country {reg.country_of(a.id)} is in the document")
        scored.append((s, e, why))
    scored.sort(key=lambda x: (-x[0], x[1].actor))
    s, best, why = scored[0]
    reason = f"registry {best.how} {best.surface!r}"
    distinct = {e.actor for _, e, _ in scored}
    if len(distinct) == 1:
        conf = 0.95 if best.how in ("name", "alias", "alias_en") else 0.85
        return best, conf, reason
    margin = s - max(x[0] for x in scored if x[1].actor != best.actor)
    conf = round(min(0.85, 0.5 + 0.1 * margin), 3)
    reason += (f"; chosen over {', '.join(sorted(distinct - {best.actor}))}"
               f" ({'; '.join(why) or 'name form'}{f'; label {label}' if label else ''})")
    return best, conf, reason


# -- kunya names (أبو محمد الجولاني) ----------------------------------------------

def kunya_spans(view: TokenView, taken: set[int]) -> list[tuple[int, int]]:
    """``أبو <name> ال<nisba>ي``: a kunya with a nisba is a person's name (token spans)."""
    kunya = cues()["kunya"]
    out = []
    for i, k in enumerate(view.keys):
        if k not in kunya or i in taken:
            continue
        j = view.next_word(i)
        if j is None or j in taken or len(view.keys[j]) < 3:
            continue
        n = view.next_word(j)
        if n is None or n in taken or not (view.keys[n].startswith("ال") and view.keys[n].endswith("ي")
                                           and len(view.keys[n]) >= 5):
            continue
        out.append((i, n))
    return out


# -- the document pass ------------------------------------------------------------------

@dataclass
class _Pending:
    hit: Hit
    entries: tuple[NameEntry, ...]
    mention: MentionAnn | None  # the NER mention it attaches to
    extended: bool = False  # the NER span was only part of the registry name: its label is not evidence


def _attach(hits: list[tuple[Hit, tuple[NameEntry, ...]]], model: list[MentionAnn], view: TokenView,
            reg: Registry) -> list[_Pending]:
    """Pair registry hits with NER mentions on the same words."""
    out = []
    index = SpanIndex(model, slack=max((h.end - h.start for h, _ in hits), default=0))
    gone: set[int] = set()
    for hit, entries in hits:
        over = [m for m in index.near(hit.start, hit.end)
                if id(m) not in gone and m.start < hit.end and hit.start < m.end]
        if not over:
            out.append(_Pending(hit, entries, None))
            continue
        m = over[0]
        if len(over) == 1 and hit.clitic and m.start == view.starts[hit.first] and m.start < hit.start:
            # NER kept a proclitic the registry match strips (للامم المتحدة, وكوفي أنان)
            m.reason = f"{m.reason}; proclitic {hit.clitic!r} stripped"
            m.start = hit.start
        if len(over) == 1 and (m.start, m.end) == (hit.start, hit.end):
            out.append(_Pending(hit, entries, m))
        elif len(over) == 1 and hit.start <= m.start and m.end <= hit.end:
            m.reason = f"{m.reason}; span extended to the registry name"
            m.start, m.end = hit.start, hit.end
            out.append(_Pending(hit, entries, m, extended=True))
        elif len(over) == 1 and hit.start == m.start and _rest_is_modifier(view, hit, m, reg):
            out.append(_Pending(hit, entries, m))
        elif len(over) > 1 and all(hit.start <= x.start and x.end <= hit.end for x in over):
            # the model split one registry name into pieces (داعش – خراسان): one mention for the name
            for x in over[1:]:
                model.remove(x)
                gone.add(id(x))
            m.reason = f"{m.reason}; {len(over)} entities joined into the registry name"
            m.start, m.end = hit.start, hit.end
            out.append(_Pending(hit, entries, m, extended=True))
        # else: the name sits inside a longer entity (جامعة دمشق) or across two: trust the model
    return out


def _split_joined(model: list[MentionAnn], hits: list[tuple[Hit, tuple[NameEntry, ...]]],
                  view: TokenView) -> list[MentionAnn]:
    """Drop an NER span made only of two or more registry names and joiner words
    (``كتائب القسام التابعة لحركة حماس``): the names then stand as mentions of their own."""
    joiners = cues()["joiner"]
    index = SpanIndex([h for h, _ in hits])
    out = []
    for m in model:
        inside = sorted((h for h in index.near(m.start, m.end) if m.start <= h.start and h.end <= m.end),
                        key=lambda h: h.first)
        chosen: list[Hit] = []
        for h in inside:  # in text order, skipping a hit that overlaps the one before
            if not chosen or h.first > chosen[-1].last:
                chosen.append(h)
        first, last = view.token_at(m.start), view.token_at(m.end - 1)
        if first is not None and last is not None and _two_names_side_by_side(index, view, m, first, last):
            continue  # «منظمة العفو الدولية قوات الأمن»: the NER span runs from one name into the next
        if len(chosen) < 2 or first is None or last is None or view.starts[chosen[0].first] > m.start + 2:
            out.append(m)
            continue
        covered = {i for h in chosen for i in range(h.first, h.last + 1)}
        rest = [i for i in range(first, last + 1) if view.words[i] and i not in covered]
        if not (rest and all(view.keys[i] in joiners for i in rest)):
            out.append(m)
    return out


def _two_names_side_by_side(index: SpanIndex, view: TokenView, m: MentionAnn, first: int, last: int) -> bool:
    """The span opens with a registry name of two words or more and the next word starts another registry name
    (which may end after the span): two actors, not one."""
    near = list(index.near(m.start, m.end + 200))
    for h1 in near:
        if h1.first == first and h1.last > h1.first and h1.last < last and not h1.clitic:
            j = view.next_word(h1.last)
            if j is not None and any(h2.first == j and h2.last > h2.first for h2 in near):
                return True
    return False


def _rest_is_modifier(view: TokenView, hit: Hit, m: MentionAnn, reg: Registry) -> bool:
    """The entity is the name plus adjectives only (``طالبان الأفغانية``)."""
    j = view.next_word(hit.last)
    while j is not None and view.starts[j] < m.end:
        if not any(e.how == "adjective" for e in reg.lookup((view.keys[j],))):
            return False
        j = view.next_word(j)
    return True


def _adjectival_name(view: TokenView, hit: Hit) -> bool:
    """A name starting with a nisba adjective (``الخارجية``) right after a definite noun modifies that noun."""
    k = view.keys[hit.first]
    if hit.clitic or hit.first == hit.last or not (k.startswith("ال") and k.endswith(("يه", "ي"))):
        return False
    p = view.prev_word(hit.first)
    if p is None or any(view.keys[x] not in QUOTES for x in range(p + 1, hit.first)):
        return False
    c = cues()
    return view.keys[p].startswith("ال") and view.keys[p] not in c["locative"] | c["function"]


def _construct_head(view: TokenView, hit: Hit) -> bool:
    """A one-word name without article followed by a definite word, unquoted: a noun in construct state."""
    if hit.first != hit.last or view.keys[hit.first].startswith("ال") or view.quoted(hit.first, hit.last):
        return False
    j = view.next_word(hit.last)
    return j is not None and j == hit.last + 1 and view.keys[j].startswith("ال") and \
        view.keys[j] not in cues()["function"]


def _evidence(p: _Pending, view: TokenView, ctx: DocContext) -> str | None:
    """Why a risky (``ambiguous``) name may still be a mention, or None.

    NER agreement or quotes say the words are a name, not which actor: the actor must then
    also fit the document (its country or a related actor is there, or the document names
    no country at all)."""
    if any(ctx.actors.get(e.actor) for e in p.entries):
        return "the same actor is named unambiguously in the document"
    if any(e.actor in ctx.related for e in p.entries) and not (p.mention is None and _construct_head(view, p.hit)):
        return "a related actor (relation or earlier/later name) is named in the document"
    if p.mention is None and _construct_head(view, p.hit):
        return None  # فتح المعابر: "opening the crossings", not Fatah
    cue = "NER agrees" if p.mention is not None else "quoted" if view.quoted(p.hit.first, p.hit.last) else None
    if cue is None:
        return None
    reg = ctx.reg
    for e in p.entries:
        country = reg.country_of(e.actor)
        if e.actor in ctx.related or not ctx.countries or country in ctx.countries or country is None:
            return cue
    return None


def link_document(doc: Doc, reg: Registry) -> None:
    st = state(doc)
    view = token_view(doc)
    ctx = DocContext(reg, day_of(st.meta.published))
    text = doc.text  # rebuilt from the tokens on every access: once per document
    model = [m for m in entity_mentions(doc) if not generic_head(text[m.start:m.end])]
    hits = [(h, e) for h in scan(view, reg.index, same=lambda e: e.actor) if (e := _acronym_ok(view, h, h.payloads))]
    model = _split_joined(model, hits, view)
    pending = _attach(hits, model, view, reg)
    # pass 1: names that can only mean one actor set the document's context
    for p in pending:
        if len({e.actor for e in p.entries}) == 1 and not p.entries[0].ambiguous:
            ctx.add(p.entries[0].actor)
    mentions = [m for m in model]
    linked: list[tuple[_Pending, MentionAnn]] = []
    # names with a safe reading first, so that risky ones see the whole document's context
    for p in sorted(pending, key=lambda p: all(e.ambiguous for e in p.entries)):
        if p.mention is None and _adjectival_name(view, p.hit) and not (
                p.hit.last > p.hit.first and all(reg.actors[e.actor].type == "PER" for e in p.entries)):
            continue  # السياسة الخارجية الأمريكية: "foreign policy", not the foreign ministry (a person's
            # full name may open with a nisba after a title: «الرئيس الباجي قائد السبسي»)
        safe = [e for e in p.entries if not e.ambiguous]
        evidence = None if safe else _evidence(p, view, ctx)
        if not safe and evidence is None:
            continue
        entries = tuple(safe) or p.entries
        label = p.mention.label if p.mention and not p.extended else None
        relabel = False
        if label is not None and max(type_fit(reg.actors[e.actor], e, label) for e in entries) < -2:
            if not safe or any(e.how == "adjective" or reg.actors[e.actor].type in PLACE_LABELS for e in entries):
                continue  # NER says PER, the name is a country adjective (أبو الحسن «التونسي»): not this actor
            relabel = True  # an unambiguous organisation name (وكالة «سانا») the model called PER
        entry, conf, reason = choose(entries, ctx, None if relabel else label)
        if evidence:
            reason += f"; ambiguous name accepted: {evidence}"
            conf = min(conf, 0.75)
        actor = reg.actors[entry.actor]
        m = p.mention
        if m is None:
            label = ADJ_LABEL if entry.how == "adjective" else actor.type
            m = MentionAnn(p.hit.start, p.hit.end, label, "dictionary", conf, reason=reason)
            mentions.append(m)
        else:
            m.reason = f"{m.reason}; linked by {reason}"
            m.confidence = min(1.0, (m.confidence + conf) / 2 + 0.05)
            if relabel:
                m.reason = f"{m.reason}; label {m.label} replaced by the registry type of an unambiguous name"
                m.label = actor.type
                m.confidence = min(m.confidence, 0.8)
            elif p.extended and m.label != actor.type and entry.how != "adjective":
                # the model labelled a part of the name (الشام in هيئة تحرير الشام): the whole name's type wins
                m.reason = f"{m.reason}; label {m.label} of the partial span replaced by the registry type"
                m.label = actor.type
        if entry.how == "capital" and is_locative(view, p.hit):
            m.label = "GPE"
            m.reason = f"{m.reason}; capital after a locative cue: a place, not the government"
            continue
        if entry.how == "capital":
            m.label = "GPE"
            m.confidence = min(m.confidence, 0.6)
            m.reason = f"{m.reason}; capital as metonymy for the government of {actor.id}"
        m.actor = actor.id
        linked.append((p, m))
        ctx.add(actor.id)
    agents = _add_agents(st, view, reg, ctx, linked, mentions, hits)
    _add_kunya(view, mentions)
    resolve_bare_bodies(reg, view, doc.text, mentions, ctx.actors)
    _discover(doc, st, mentions)
    _registry_codes(st, reg, ctx, mentions)
    for am, title, person in _titled_persons(view, agents, mentions):
        _apply_title(st, reg, ctx, am, title, person)
    _own_role_after(view, reg, ctx, mentions)
    mentions.sort(key=lambda x: (x.start, -x.end))
    st.mentions = mentions


def _add_agents(st: DocState, view: TokenView, reg: Registry, ctx: DocContext,
                linked: list[tuple[_Pending, MentionAnn]], mentions: list[MentionAnn],
                hits: list[tuple[Hit, tuple[NameEntry, ...]]]) -> list[AgentMatch]:
    """Agent mentions; returns the agent matches (persons' titles are resolved later)."""
    covered: set[int] = set()
    # nationality words inside an NER entity are not linked mentions but still modify an agent
    hits_by_first: dict[int, tuple[Hit, tuple[NameEntry, ...]]] = {
        h.first: (h, tuple(e for e in entries if e.how == "adjective")) for h, entries in hits
        if any(e.how == "adjective" for e in entries)}
    by_hit: dict[int, MentionAnn] = {}
    for p, m in linked:
        hits_by_first[p.hit.first] = (p.hit, tuple(e for e in p.entries if e.actor == m.actor))
        by_hit[p.hit.first] = m
        if m.label != ADJ_LABEL:
            covered.update(range(p.hit.first, p.hit.last + 1))
    model = [m for m in mentions if m.method == "model" and m.actor is None and m.label != ADJ_LABEL]
    found = []
    names = frozenset(t for m in model for t in range(view.token_at(m.start) or 0, (view.token_at(m.end - 1) or -1) + 1))
    for am in find_agents(view, reg, hits_by_first, covered, ctx.actors, names):
        over = [m for m in model if m.start < am.end and am.start < m.end]
        if any(m.start < am.start or m.end > am.end for m in over):
            continue  # the agent words are part of a longer entity (a title inside a person's name span)
        found.append(am)
        if am.modifier is not None:
            absorbed = by_hit.get(am.modifier.first)
            if absorbed is not None and absorbed in mentions:
                mentions.remove(absorbed)  # the adjective is part of the agent phrase
        for m in over:  # NER tagged the agent phrase (قوات الأمن الباكستانية as ORG): one mention
            mentions.remove(m)
        mentions.append(MentionAnn(am.start, am.end, am.agent.type, "agent", am.confidence, actor=am.actor,
                                   reason=am.reason + ("; NER entity on the same words" if over else "")))
        if am.actor not in st.actors:
            st.actors[am.actor] = actor_info(reg.actors[am.actor]) if am.actor in reg.actors else ActorInfo(
                id=am.actor, name=agent_name(reg, am), type=am.agent.type, known=False, code=am.code,
                aliases=[view_text(view, am.first, am.last)])
    return found


def agent_name(reg: Registry, am: AgentMatch) -> str:
    """An unnamed actor's display name: the agent phrase and its country (``شرطة (باكستان)``), the
    same for every document, unlike the surface words (``والشرطة الباكستانية``)."""
    country = reg.actors.get(am.country) if am.country else None
    return f"{am.agent.phrase} ({country.name})" if country else am.agent.phrase


def view_text(view: TokenView, first: int, last: int) -> str:
    return " ".join(view.texts[first:last + 1])


def _titled_persons(view: TokenView, agents: list[AgentMatch], mentions: list[MentionAnn]
                    ) -> list[tuple[AgentMatch, MentionAnn, MentionAnn]]:
    """``وزير الدفاع الروسي سيرغي شويغو`` / ``شويغو، وزير الدفاع``: (title, title mention, person mention).
    A qualifier of the title (السابق، الراحل) may stand between the title and the name."""
    by_start = {m.start: m for m in mentions if m.label == "PER" and m.method != "agent"}
    by_end = {m.end: m for m in mentions if m.label == "PER" and m.method != "agent"}
    agent_mentions = {(m.start, m.end): m for m in mentions if m.method == "agent"}
    qualifiers = cues()["title_qualifier"]
    out = []
    for am in agents:
        title = agent_mentions.get((am.start, am.end))
        if am.agent.type != "PER" or title is None:
            continue
        j = view.next_word(am.last)
        if j is not None and view.keys[j] in qualifiers:  # «وزير الخارجية الأمريكي السابق مايك بومبيو»
            j = view.next_word(j)
        person = by_start.get(view.starts[j]) if j is not None else None
        if person is None and am.first >= 2 and view.keys[am.first - 1] == "،":
            person = by_end.get(view.ends[am.first - 2])
        if person is not None:
            out.append((am, title, person))
    return out


def _own_role_after(view: TokenView, reg: Registry, ctx: DocContext, mentions: list[MentionAnn]) -> None:
    """«الأمير محمد بن سلمان ولي العهد»: a title right after a registry person that spells one of his roles (in
    roles.tsv, valid on the publication date) is in apposition — the person's mention takes it in, so that what
    follows (ولي العهد | وزير الخارجية الأمريكي) is not read as part of the name or as its object."""
    titles = {m.start: m for m in mentions if m.method == "agent"}
    taken: list[MentionAnn] = []
    for m in mentions:
        if m.label != "PER" or m.method == "agent" or not m.actor or m.actor not in reg.actors:
            continue
        last = view.token_at(m.end - 1)
        j = view.next_word(last) if last is not None else None
        t = titles.get(view.starts[j]) if j is not None and j == last + 1 else None
        t_last = view.token_at(t.end - 1) if t is not None else None
        if t is None or t_last is None:
            continue
        said = " ".join(name_key(view_text(view, j, t_last)))
        if said in {" ".join(name_key(r.role)) for r in reg.roles_of(m.actor, ctx.day)}:
            m.end = t.end
            m.reason = f"{m.reason}; his role «{said}» in apposition (roles.tsv)"
            taken.append(t)
    for t in taken:
        mentions.remove(t)


def _add_kunya(view: TokenView, mentions: list[MentionAnn]) -> None:
    taken: set[int] = set()
    nisba: dict[int, MentionAnn] = {}  # a nisba read as a nationality adjective (أبو الحسن التونسي)
    for m in mentions:
        a, b = view.token_at(m.start), view.token_at(m.end - 1)
        if a is not None and b is not None:
            if m.label == ADJ_LABEL and m.method == "dictionary" and a == b:
                nisba[a] = m
                continue
            taken.update(range(a, b + 1))
    for i, n in kunya_spans(view, taken):
        if n in nisba:
            mentions.remove(nisba[n])
        mentions.append(MentionAnn(view.starts[i], view.ends[n], "PER", "pattern", 0.6,
                                   reason="kunya name pattern (أبو + name + nisba)"))


def generic_head(text: str) -> bool:
    """One common head noun (تنظيم، الحركة، وجماعة), a bare title (الأمير) or a currency is not a name.

    The name that follows it (تنظيم «النصرة») is its own mention; a definite head alone is left
    to coreference.
    """
    key = normalize_key(text).strip()
    if text.strip().startswith("\u0640") or len(key) < 2:
        return True  # a fragment (ـاس): the model split a word
    if " " in key:
        return False
    heads = _generic_heads() | cues()["not_name"]
    return key in heads or any(c.key in heads for c in proclitic_candidates(key))


def _generic_heads() -> frozenset[str]:
    noms = nominals()
    return frozenset(noms) | frozenset(normalize_key(n.head) for n in noms.values())


def _discover(doc: Doc, st: DocState, mentions: list[MentionAnn]) -> None:
    """Unlinked PER/ORG mentions become discovered actors (id from the normalized name)."""
    text = doc.text
    for m in mentions:
        if m.actor is None and m.label in DISCOVERED_TYPES:
            key = discovered_key(text[m.start:m.end])
            if not key:
                continue
            m.actor = discovered_id(m.label, key)
            m.reason = f"{m.reason}; not in the registry: discovered actor"
            st.actors.setdefault(m.actor, ActorInfo(id=m.actor, name=text[m.start:m.end], type=m.label,
                                                    known=False))


def _registry_codes(st: DocState, reg: Registry, ctx: DocContext, mentions: list[MentionAnn]) -> None:
    """ActorInfo for registry actors, with the code they carry on the publication date."""
    for m in mentions:
        if m.actor in reg.actors and (m.actor not in st.actors or m.method != "agent"):
            a = reg.actors[m.actor]
            choice = actor_code(reg, a, ctx.day)
            st.actors.setdefault(m.actor, actor_info(a, choice.code))
            if a.type == "PER" and choice.role is not None:
                m.reason = f"{m.reason}; code {choice.code}: {choice.reason}"


def _apply_title(st: DocState, reg: Registry, ctx: DocContext, am: AgentMatch, title: MentionAnn,
                 person: MentionAnn) -> None:
    """The title mention refers to the person; an unregistered role gives the person the title's code."""
    if person.actor is None:
        return
    title.actor = person.actor
    title.reason = f"{title.reason}; title of the adjacent person {person.actor}"
    a = reg.actors.get(person.actor)
    if a is not None and actor_code(reg, a, ctx.day).role is not None:
        return
    info = st.actors.get(person.actor)
    if info is not None:
        info.code = am.code
        person.reason = f"{person.reason}; code {am.code} from the title {am.agent.phrase!r}"


@Language.factory(
    "rasd_linker",
    default_config={"user_registry": [], "shipped_registry": True},
    requires=["doc.ents", "token.is_sent_start"],
    assigns=["doc._.rasd"],
)
def make_linker(nlp: Language, name: str, user_registry: list[str], shipped_registry: bool):
    registry_files = tuple(user_registry)
    load_registry(registry_files, shipped_registry)  # fail early on a malformed file

    def linker(doc: Doc) -> Doc:
        reg = load_registry(registry_files, shipped_registry)
        doc.user_data["rasd.registry"] = reg  # later stages (coref, places) use the same registry
        link_document(doc, reg)
        return doc

    return linker
