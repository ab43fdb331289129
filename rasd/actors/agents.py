"""Unnamed actors (agents): ``الشرطة الباكستانية`` -> ``PAKCOP``, ``مسلحين مجهولين`` -> ``UAF``.

Agent phrases come from the registry's ``agents.tsv`` (phrase, forms, role code). A phrase
found in the text takes its country from what directly follows it: a nationality adjective
(``الباكستانية``), a country name or capital (``شرطة باكستان``), or a "local" modifier
(``الشرطة المحلية`` -> the document's main country). A phrase followed by a named
organisation (``مسلحو طالبان``) denotes that organisation's members and takes its code.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from rasd.actors.codes import agent_actor_id, compose, country_code
from rasd.actors.knowledge import cues, portfolios
from rasd.actors.matching import Hit, NameIndex, TokenView, after_definite_noun, name_key, scan
from rasd.actors.registry import Agent, NameEntry, Registry

_ARTICLE = "ال"


@dataclass(frozen=True)
class AgentForm:
    agent: Agent
    surface: str


@dataclass(frozen=True)
class AgentMatch:
    """An agent phrase (tokens ``first..last``, chars ``[start, end)``) and what it resolved to."""

    first: int
    last: int
    start: int
    end: int
    agent: Agent
    code: str
    actor: str  # agent actor id, or the organisation whose members it denotes
    country: str | None  # ISO3 lowercase
    reason: str
    confidence: float
    modifier: Hit | None = None  # the registry hit absorbed as modifier (adjective, country, org)


def _form_keys(form: str) -> list[tuple[str, ...]]:
    """The form's key and its definite variant (``شرطة`` -> ``الشرطة``; ``مسلح مجهول`` -> ``المسلح المجهول``)."""
    key = name_key(form)
    out = [key]
    if key and not any(t.startswith(_ARTICLE) for t in key):
        out.append(tuple(_ARTICLE + t for t in key))
    return out


def agent_index(reg: Registry) -> NameIndex:
    """The registry's agent phrases as a :class:`NameIndex` (built once per registry)."""
    idx = reg.__dict__.get("_agent_index")
    if idx is None:
        idx = NameIndex()
        for agent in reg.agents:
            for form in (agent.phrase,) + agent.forms:
                for key in _form_keys(form):
                    if not any(p.agent is agent for p in idx.get(key)):
                        idx.add(key, AgentForm(agent, form))
        reg.__dict__["_agent_index"] = idx
    return idx


def main_country(reg: Registry, actors: Counter) -> str | None:
    """The document's most mentioned country (ISO3), from the actors linked so far."""
    counts: Counter = Counter()
    for actor, n in actors.items():
        c = reg.country_of(actor)
        if c:
            counts[c] += n
    return counts.most_common(1)[0][0] if counts else None


def _pick(forms: tuple[AgentForm, ...]) -> Agent:
    return forms[0].agent


def _modifier(reg: Registry, entries: tuple[NameEntry, ...]) -> tuple[str, NameEntry] | None:
    """How a registry hit right after an agent phrase modifies it: ``country`` or ``org``."""
    for e in entries:
        a = reg.actors[e.actor]
        if e.how == "adjective" or a.kind == "country":
            return "country", e
    for e in entries:
        a = reg.actors[e.actor]
        if a.type == "ORG" and not e.ambiguous:
            return "org", e
    return None


def _adjectival(view: TokenView, hit: Hit, covered: set[int]) -> bool:
    """An adjective of the word before (``الصراع المسلح``, ``داعش الإرهابي``), unless a human plural
    (``السلطات المتظاهرين`` still names protesters)."""
    if view.keys[hit.first].endswith(("ون", "ين")):
        return False
    if after_definite_noun(view, hit):
        return True
    p = view.prev_word(hit.first)
    return (hit.first == hit.last and not hit.clitic and view.keys[hit.first].startswith(_ARTICLE)
            and p is not None and p in covered)


def _verb_reading(view: TokenView, hit: Hit, covered: set[int], names: frozenset[int]) -> bool:
    """«طالب الرئيس بـ…»، «وطالب المحتجون»: a verb homograph opening its clause before a definite noun or a name."""
    if hit.first != hit.last or view.keys[hit.first][len(hit.clitic):] not in cues()["verb_homograph"]:
        return False
    if hit.clitic not in ("", "و", "ف") or view.prev_word(hit.first) is not None and not hit.clitic:
        return False
    j = view.next_word(hit.last)
    return j is not None and (view.keys[j].startswith(_ARTICLE) or j in covered or j in names)


def find_agents(view: TokenView, reg: Registry, hits_by_first: dict[int, tuple[Hit, tuple[NameEntry, ...]]],
                covered: set[int], doc_actors: Counter, names: frozenset[int] = frozenset()) -> list[AgentMatch]:
    """``covered``: tokens of linked registry names; ``names``: tokens of other names (NER entities) that a
    complement may not be (جريدة «الخبر» الجزائرية is a named newspaper, not an agent)."""
    idx = agent_index(reg)
    if not idx.entries:
        return []
    local = cues()["local"]
    out: list[AgentMatch] = []
    for hit in scan(view, idx):
        if any(t in covered for t in range(hit.first, hit.last + 1)) or _adjectival(view, hit, covered) \
                or _verb_reading(view, hit, covered, names):
            continue
        agent = _pick(hit.payloads)
        role = agent.code
        j = view.next_word(hit.last)
        mod = hits_by_first.get(j) if j is not None else None
        how = _modifier(reg, mod[1]) if mod else None
        portfolio = ""
        construct = not view.keys[hit.last][len(hit.clitic) if hit.first == hit.last else 0:].startswith(_ARTICLE)
        if how is not None and how[0] == "country" and not construct and how[1].how != "adjective":
            mod = how = None  # «زار الرئيس | باكستان»: a definite head takes no country name as its genitive
        if how is None and construct and j is not None and j not in covered and j not in names and j not in hits_by_first \
                and not view.quotes_between(hit.last, j + 1):
            # (only an indefinite head takes a complement: «وزير الدفاع الروسي», never «أدان الرئيس الهجوم الإسرائيلي»)
            # وزير الدفاع الروسي: a definite complement, then the nationality
            k = view.next_word(j)
            mod_k = hits_by_first.get(k) if k is not None else None
            how_k = _modifier(reg, mod_k[1]) if mod_k else None
            if how_k and how_k[0] == "country" and view.keys[j].startswith(_ARTICLE) and (
                    view.keys[j] not in cues()["function"]):
                role = portfolios().get(view.keys[j], role)
                portfolio = view.texts[j]
                mod, how = mod_k, how_k
        if how and how[0] == "country":
            e = how[1]
            iso3 = reg.country_of(e.actor)
            code = compose(country_code(reg, iso3), role)
            what = f"agent {agent.phrase!r}" + (f" + {portfolio!r}" if portfolio else "") + f" ({role})"
            out.append(AgentMatch(hit.first, mod[0].last, hit.start, mod[0].end, agent, code,
                                  agent_actor_id(role, iso3), iso3,
                                  f"{what} + {e.how} {e.surface!r} -> {iso3}", 0.85 if not portfolio else 0.8,
                                  mod[0]))
        elif how and how[0] == "org":
            e = how[1]
            org = reg.actors[e.actor]
            out.append(AgentMatch(hit.first, hit.last, hit.start, hit.end, agent, org.code, org.id, reg.country_of(org.id),
                                  f"agent {agent.phrase!r} followed by {e.surface!r}: members of {org.id}", 0.75))
        elif j is not None and view.keys[j] in local and (iso3 := main_country(reg, doc_actors)):
            code = compose(country_code(reg, iso3), role)
            out.append(AgentMatch(hit.first, j, hit.start, view.ends[j], agent, code, agent_actor_id(role, iso3), iso3,
                                  f"agent {agent.phrase!r} ({role}) + 'local' -> the document's main country {iso3}",
                                  0.6))
        else:
            out.append(AgentMatch(hit.first, hit.last, hit.start, hit.end, agent, role, agent_actor_id(role, None),
                                  None, f"agent {agent.phrase!r} ({role}), no nationality in the phrase", 0.7))
    return out


def resolve_bare_bodies(reg: Registry, view: TokenView, text: str, mentions: list, doc_actors: Counter) -> None:
    """``قالت وزارة الداخلية إن …`` in a Tunisian story: an unlinked NER organisation or an agent phrase without a
    country (``الحرس الوطني``; a one-word agent with its definite complement, ``وزارة | الخارجية``) that is a
    state body's name without its nationality is read as the body of the document's main country, when the
    registry holds that body under the name + the country's adjective (``وزارة الداخلية التونسية`` -> ``tun.moi``).
    Lower confidence, and the reason says so: in a story about several countries this is a guess."""
    iso3 = main_country(reg, doc_actors)
    country = reg.actors.get(iso3) if iso3 else None
    if country is None:
        return
    adjectives = [name_key(a) for a in country.adjectives if a.startswith(_ARTICLE)]
    taken = {t for m in mentions for t in range(view.token_at(m.start) or 0, (view.token_at(m.end - 1) or -1) + 1)}
    for m in mentions:
        bare_agent = m.method == "agent" and m.actor is not None and m.actor.count(".") == 1  # agent.cop: no country
        if not (m.actor is None and m.label == "ORG" and m.method == "model" or bare_agent):
            continue
        words, end = name_key(text[m.start:m.end]), m.end
        if len(words) == 1 and bare_agent:  # «وزارة | الخارجية»: the complement the agent phrase left out
            last = view.token_at(m.end - 1)
            j = view.next_word(last) if last is not None else None
            if j is None or j in taken or not view.keys[j].startswith(_ARTICLE):
                continue
            words, end = words + (view.keys[j],), view.ends[j]
        if len(words) < 2:
            continue  # one word (الحكومة، الجيش) is an agent or a coreference, not this
        found = {e.actor for adj in adjectives for e in reg.index.get(words + adj)}
        found = {a for a in found if reg.country_of(a) == iso3}
        if len(found) == 1:
            (actor,) = found
            m.actor, m.end = actor, end
            m.confidence = min(m.confidence, 0.6)
            m.reason = (f"{m.reason}; a state body named without its country: read as the document's main country's "
                        f"({iso3}) {reg.actors[actor].name!r}")
