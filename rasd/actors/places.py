"""``rasd_places``: offline geocoding of GPE/LOC/FAC mentions with the shipped gazetteer.

No server, no index: gazetteer names are matched on token keys like actor names. A place
name becomes a mention when NER or the registry already has one there, or, by dictionary,
when it is unambiguous or has context (``في``, ``مدينة``, ``محافظة``, quotes). A facility
phrase (``مطار هاتاي``, ``سجن صيدنايا``; heads in ``rasd/data/linking/facility_heads.tsv``)
is a facility at the named place's coordinates. Same-name places are told apart by the
cue word (city vs region), the countries the document mentions, the name form and population.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from rasd.actors.gazetteer import Gazetteer, GazPlace, PlaceName, load_gazetteer
from rasd.actors.knowledge import cues, facility_heads, iso2_of
from rasd.actors.matching import Hit, SpanIndex, TokenView, after_definite_noun, scan, token_view, whole_hashtag
from rasd.actors.registry import Registry, load_registry
from rasd.annotations import DocState, MentionAnn, PlaceInfo, state
from rasd.text.clitics import light_form, word_counts

PLACE_LABELS = {"GPE", "LOC", "FAC"}
COMMON_WORD_COUNT = 20  # ANT corpus count above which an ambiguous name is an ordinary word unless cued
BIG_PLACE = 500_000  # places this populous are named often enough that their name is not "a common word"
_LOCATIVE_CLITICS = {"ب", "وب", "فب"}


@dataclass(frozen=True)
class PlaceChoice:
    place: GazPlace
    confidence: float
    reason: str


def _cue(view: TokenView, hit: Hit) -> str | None:
    """``city`` | ``region`` | ``locative`` from the word before the name (or a locative proclitic)."""
    if hit.clitic and view.keys[hit.first][:len(hit.clitic)] in _LOCATIVE_CLITICS:
        return "locative"
    p = view.prev_word(hit.first)
    if p is None:
        return None
    k = view.keys[p]
    c = cues()
    for role in ("city", "region", "locative"):
        if k in c[role]:
            return role
    return None


def _enough_context(view: TokenView, hit: Hit, cue: str | None) -> bool:
    """An ambiguous place name needs a settlement/division word before it, or a locative cue when the word
    is rare as an ordinary word in news (``في صور`` may be "in pictures"). Quotes are no evidence: quoted
    names are often newspapers or groups (جريدة «الخبر»)."""
    if cue in ("city", "region"):
        return True
    if cue != "locative":
        return False
    words = view.texts[hit.first:hit.last + 1]
    return max(word_counts().get(light_form(w), 0) for w in words) <= COMMON_WORD_COUNT


def _common_word(gaz: Gazetteer, view: TokenView, hit: Hit) -> bool:
    """A one-word name of a smaller place that is also a frequent word in news (مالية, الأشهر): treated as
    ambiguous even when the gazetteer does not flag it."""
    if hit.first != hit.last:
        return False
    if max(gaz.places[n.place].population for n in hit.payloads) >= BIG_PLACE or any(
            gaz.places[n.place].feature == "country" for n in hit.payloads):
        return False
    return word_counts().get(light_form(view.texts[hit.first]), 0) > COMMON_WORD_COUNT


def _hashtag_name(view: TokenView, hit: Hit) -> bool:
    """A hashtag that is the name alone (``#غزة``, ``#رفح``) is meant as the name, however frequent the word
    is in news. Names flagged ambiguous in the gazetteer still need context (``#صور`` is «#photos» far more
    often than Tyre), and so does a definite one-word hashtag (``#الشروق``: «sunrise», a Tunisian daily)."""
    return whole_hashtag(view, hit) and (hit.last > hit.first or not view.keys[hit.first].startswith("ال"))


def _cue_words() -> frozenset[str]:
    c = cues()
    return c["city"] | c["region"] | c["locative"]


def doc_countries(st: DocState, reg: Registry | None) -> Counter:
    """ISO2 countries the document's linked actors belong to (mention counts)."""
    out: Counter = Counter()
    if reg is None:
        return out
    for m in st.mentions:
        if m.actor:
            iso2 = iso2_of(reg.country_of(m.actor))
            if iso2:
                out[iso2] += 1
    return out


def choose_place(gaz: Gazetteer, names: tuple[PlaceName, ...], cue: str | None, countries: Counter,
                 want_country: str | None = None) -> PlaceChoice:
    """Score same-name candidates: cue/feature fit, the document's countries, name form, population."""
    scored = []
    for n in names:
        p = gaz.places[n.place]
        s = {"name": 1.0, "alias": 0.5, "name_en": 0.5}[n.how]
        why = []
        if cue in ("city", "region") and p.feature == cue:
            s += 3
            why.append(f"{cue} cue")
        if want_country and p.feature == "country" and p.country == want_country:
            s += 5
            why.append("the linked actor is this country")
        if p.country and countries.get(p.country):
            s += 2
            why.append(f"{p.country} is mentioned in the document")
        s += math.log10(p.population + 1) / 4
        if p.feature == "country":
            s += 0.5
        scored.append((s, p, why))
    scored.sort(key=lambda x: (-x[0], x[1].id))
    s, best, why = scored[0]
    others = [x for x in scored if x[1].id != best.id]
    if not others:
        return PlaceChoice(best, 0.9, "gazetteer name")
    margin = s - others[0][0]
    reason = (f"chosen over {', '.join(o[1].id for o in others[:3])} "
              f"({'; '.join(why) or 'name form and population'})")
    return PlaceChoice(best, round(min(0.9, 0.5 + 0.1 * margin), 3), reason)


def _slug(text: str) -> str:
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "_", ascii_).strip("_") or "x"


def facility_place(head_en: str, surface: str, base: GazPlace) -> GazPlace:
    """A facility at ``base``'s coordinates: ``rasd:facility.airport.tr.hatay_province``."""
    country = (base.country or "xx").lower()
    pid = f"rasd:facility.{head_en}.{country}.{_slug(base.name_en or base.id)}"
    return GazPlace(pid, surface, "facility", base.lat, base.lon, f"{base.name_en or base.name} {head_en}",
                    (), base.country, base.admin1, 0, f"facility phrase at {base.id}")


def place_info(p: GazPlace) -> PlaceInfo:
    return PlaceInfo(id=p.id, name=p.name, feature=p.feature, name_en=p.name_en, country=p.country,
                     lat=p.lat, lon=p.lon)


def _label(p: GazPlace) -> str:
    if p.feature == "facility":
        return "FAC"
    if p.feature == "region" and not p.admin1:
        return "LOC"
    return "GPE"


def _set_place(st: DocState, m: MentionAnn, p: GazPlace, why: str) -> None:
    m.place = p.id
    m.reason = f"{m.reason}; place {p.id} ({why})" if m.reason else f"place {p.id} ({why})"
    st.places.setdefault(p.id, place_info(p))


def geocode_document(doc: Doc, gaz: Gazetteer, reg: Registry | None) -> None:
    st = state(doc)
    view = token_view(doc)
    text = doc.text  # rebuilt from the tokens on every access: once per document
    countries = doc_countries(st, reg)
    heads = facility_heads()
    mentions = st.mentions
    by_span = {(m.start, m.end): m for m in mentions if m.method != "coreference"}
    added: list[MentionAnn] = []
    hits = list(scan(view, gaz.index))
    removed: set[int] = _split_by_place_names(doc, mentions, hits)
    mentions = [x for x in mentions if id(x) not in removed]
    index = SpanIndex(mentions, slack=40)  # a facility head word may extend a mention leftwards (_facility)
    for hit in hits:
        cue = _cue(view, hit)
        m = by_span.get((hit.start, hit.end))
        over = [x for x in index.near(hit.start, hit.end)
                if x.start < hit.end and hit.start < x.end and x.method != "coreference"]
        want = None
        if m is not None:
            if m.label not in PLACE_LABELS and not (reg and m.actor and reg.countries.get(m.actor or "")):
                continue  # an ORG/PER/NORP with a place's name
            want = iso2_of(m.actor) if reg and m.actor in reg.countries else None
        elif over and hit.last > hit.first and all(
                x.start >= hit.start and x.end <= hit.end and (x.method == "agent" or (
                    x.method == "dictionary" and x.label in ("NORP", "GPE"))) for x in over):
            removed.update(id(x) for x in over)  # الشرق الأقصى الروسي, سجن صيدنايا العسكري: words of the name
        elif len(over) == 1 and (inner := _inside_place_mention(view, heads, over[0], hit)) is not None:
            m, cue = over[0], inner  # NER's مدينة حلب / مطار هاتاي: the place word inside the mention
        elif over:
            continue  # inside a longer mention (جامعة دمشق) or across two
        elif _before_complementizer(view, hit):
            continue  # «بحجة أن»: «on the pretext that», not Hajjah
        elif (all(n.ambiguous for n in hit.payloads) or (_common_word(gaz, view, hit) and not _hashtag_name(
                view, hit))) and not _enough_context(view, hit, cue):
            continue  # an ambiguous name without context stays a word (في بيان له: in a statement)
        elif cue is None and after_definite_noun(view, hit, _cue_words()):
            continue  # الشرق الأقصى: an adjective, not al-Aqsa
        choice = choose_place(gaz, hit.payloads, cue, countries, want)
        p = choice.place
        if m is None:
            conf = (0.85 if hit.last > hit.first else 0.75) + (0.05 if cue else 0.0)
            m = MentionAnn(hit.start, hit.end, _label(p), "dictionary", min(conf, choice.confidence + 0.1),
                           reason=f"gazetteer {p.feature} name" + (f"; {cue} cue" if cue else ""))
            added.append(m)
        _set_place(st, m, p, choice.reason)
        if m.start < hit.start and m.method != "dictionary":
            _facility_in_mention(st, view, text, heads, m, hit, p)
        else:
            _facility(st, view, text, heads, m, hit, p)
    st.mentions = sorted([x for x in mentions if id(x) not in removed] + added, key=lambda x: (x.start, -x.end))
    _countries_without_text(st, gaz, reg)


def _before_complementizer(view: TokenView, hit: Hit) -> bool:
    """A noun that introduces a «that»-clause (cue role ``clause_noun``: بحجة أن، بذريعة أن) right before «أن» is
    that noun, not the place it also spells."""
    j = view.next_word(hit.last)
    return hit.first == hit.last and hit.key[0] in cues()["clause_noun"] and j is not None \
        and j == hit.last + 1 and view.keys[j] in ("ان", "انه", "انها", "انهم")


def _split_by_place_names(doc: Doc, mentions: list[MentionAnn], hits: list[Hit]) -> set[int]:
    """Unlinked NER entities that gazetteer names cut across (``إقليم [خاباروفسك بالشرق الأقصى] الروسي``).

    When names extend past the entity's edges and together touch every word of it, the model's
    segmentation lost to the dictionary's: the entity is dropped and the names become the mentions.
    """
    removed: set[int] = set()
    for x in mentions:
        if x.method != "model" or (x.actor is not None and not x.actor.startswith("x.")):
            continue
        over = [h for h in hits if h.start < x.end and x.start < h.end]
        if not any(h.start < x.start or h.end > x.end for h in over):
            continue
        words = [t for t in doc if not t.is_space and t.idx < x.end and x.start < t.idx + len(t.text)
                 and any(c.isalpha() for c in t.text)]
        if words and all(any(h.start < t.idx + len(t.text) and t.idx < h.end for h in over) for t in words):
            removed.add(id(x))
    return removed


def _facility(st: DocState, view: TokenView, text: str, heads: dict, m: MentionAnn, hit: Hit,
              base: GazPlace) -> None:
    """``مطار هاتاي``: the place mention grows to the facility phrase, located at the place."""
    p = view.prev_word(hit.first)
    if p is None or p != hit.first - 1 or hit.clitic:
        return
    head = heads.get(view.keys[p])
    if head is None or any(x.start <= view.starts[p] < x.end for x in st.mentions if x is not m):
        return
    fac = facility_place(head.head_en, text[view.starts[p]:m.end], base)
    m.start = view.starts[p]
    m.label = "FAC"
    m.place = fac.id
    m.reason = f"{m.reason}; facility phrase {head.head!r} + place {base.id}: at its coordinates"
    st.places.setdefault(fac.id, place_info(fac))


def _inside_place_mention(view: TokenView, heads: dict, m: MentionAnn, hit: Hit) -> str | None:
    """The cue a GPE/LOC/FAC mention has before a gazetteer name it contains (``city``, ``region``,
    ``facility``), or None when the words before the name are not a settlement, division or facility word."""
    if m.label not in PLACE_LABELS or hit.end > m.end or hit.start <= m.start:
        return None
    first = view.token_at(m.start)
    if first is None or first != hit.first - 1:
        return None
    k = view.keys[first]
    c = cues()
    return "city" if k in c["city"] else "region" if k in c["region"] else "facility" if k in heads else None


def _facility_in_mention(st: DocState, view: TokenView, text: str, heads: dict, m: MentionAnn, hit: Hit,
                         base: GazPlace) -> None:
    first = view.token_at(m.start)
    head = heads.get(view.keys[first]) if first is not None else None
    if head is None:
        return
    fac = facility_place(head.head_en, text[m.start:m.end], base)
    m.place = fac.id
    m.reason = f"{m.reason}; facility phrase {head.head!r} + place {base.id}: at its coordinates"
    st.places.setdefault(fac.id, place_info(fac))


def _countries_without_text(st: DocState, gaz: Gazetteer, reg: Registry | None) -> None:
    """Country actors whose surface the gazetteer lacks still get their country place."""
    if reg is None:
        return
    for m in st.mentions:
        if m.place is None and m.label in ("GPE", "LOC") and m.actor in reg.countries:
            p = gaz.countries.get(iso2_of(m.actor) or "")
            if p is not None:
                _set_place(st, m, p, "the country of the linked actor")


@Language.factory("rasd_places", default_config={"user_gazetteer": [], "shipped_gazetteer": True},
                  requires=["doc.ents", "doc._.rasd"], assigns=["doc._.rasd"])
def make_places(nlp: Language, name: str, user_gazetteer: list[str], shipped_gazetteer: bool):
    files = tuple(user_gazetteer)
    load_gazetteer(files, shipped_gazetteer)  # fail early on a malformed file

    def places(doc: Doc) -> Doc:
        reg = doc.user_data.get("rasd.registry") or load_registry()
        geocode_document(doc, load_gazetteer(files, shipped_gazetteer), reg)
        return doc

    return places
