"""Mentions and actor linking: NER entities and registry names -> mentions linked to actors.

Matching is on normalized token keys (``هيئه``/``هيئة``, ``سوريا``/``سورية`` meet),
quote-aware (``«الهيئة»``), clitic-aware on the first token (``وطالبان``, ``للنصرة``),
longest match first. NER entities keep their label; registry matches that no entity
covers become ``dictionary`` mentions. Unregistered PER/ORG names become discovered
actors with a deterministic id from their normalized name.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from rasd.actors.registry import NameEntry, Registry, RegistryActor, load_registry
from rasd.annotations import ActorInfo, MentionAnn, state
from rasd.text.clitics import corpus_split, proclitic_candidates
from rasd.text.normalize import normalize_key

# Tokens a name may run across without breaking the match.
_TRANSPARENT = {'"', "'", "-"}
_ADJ_LABEL = "NORP"
DISCOVERED_TYPES = {"PER", "ORG"}


@dataclass(frozen=True)
class Match:
    start: int  # char offsets of the name itself (clitics and quotes excluded)
    end: int
    entries: tuple[NameEntry, ...]
    clitic: str  # stripped proclitic surface, "" if none


def _key(tok: Token) -> str:
    return normalize_key(tok.text)


def _is_word(key: str) -> bool:
    return bool(key) and key[0].isalnum()


def _name_tokens(doc: Doc) -> list[Token]:
    return [t for t in doc if not t.is_space]


def find_names(doc: Doc, reg: Registry) -> list[Match]:
    """Longest registry-name matches over the doc, left to right, non-overlapping."""
    toks = _name_tokens(doc)
    keys = [_key(t) for t in toks]
    maxlen = reg.max_name_len
    out: list[Match] = []
    i = 0
    while i < len(toks):
        if not _is_word(keys[i]):
            i += 1
            continue
        best: tuple[int, Match] | None = None
        # first-token variants: as is, then with proclitics stripped
        variants = [("", keys[i], 0)] + [
            (c.prefix, c.key, c.offset) for c in proclitic_candidates(keys[i]) if not c.strips_article
        ]
        for prefix, first, offset in variants:
            seq = [first]
            j = i
            last_word = i
            while len(seq) <= maxlen:
                entries = reg.lookup(tuple(seq)) if seq else []
                if entries and (best is None or last_word > best[0]):
                    start = toks[i].idx + _surface_offset(toks[i].text, prefix, offset)
                    end = toks[last_word].idx + len(toks[last_word].text)
                    best = (last_word, Match(start, end, tuple(entries), toks[i].text[:start - toks[i].idx]))
                j += 1
                while j < len(toks) and keys[j] in _TRANSPARENT:
                    j += 1
                if j >= len(toks) or not _is_word(keys[j]) or toks[j].is_sent_start:
                    break
                seq.append(keys[j])
                last_word = j
            if best is not None and prefix == "":
                break  # an exact match beats clitic readings
        if best is None:
            i += 1
            continue
        out.append(best[1])
        i = best[0] + 1
    return out


def _surface_offset(text: str, prefix: str, key_offset: int) -> int:
    """Offset in the surface token of the stem, given a split found on its key."""
    if not prefix:
        return 0
    # keys are char-for-char except deleted marks; walk until we consumed the prefix letters
    n = 0
    for i, ch in enumerate(text):
        if n == len(prefix):
            return i
        if normalize_key(ch):
            n += len(normalize_key(ch))
    return len(text)


def discovered_id(label: str, key: str) -> str:
    """Deterministic id for an actor not in the registry."""
    digest = hashlib.sha256(f"{label}\x1f{key}".encode("utf-8")).hexdigest()[:12]
    return f"x.{label.lower()}.{digest}"


def _actor_info(a: RegistryActor) -> ActorInfo:
    return ActorInfo(id=a.id, name=a.name, type=a.type, known=True, name_en=a.name_en, code=a.code,
                     aliases=list(a.aliases) + list(a.aliases_en))


def _choose(entries: tuple[NameEntry, ...], reg: Registry, label: str | None) -> tuple[NameEntry, float, str]:
    """Pick one registry entry; prefer type-compatible, then names over aliases."""
    def score(e: NameEntry) -> tuple[int, int]:
        a = reg.actors[e.actor]
        compatible = label is None or a.type == label or (label == _ADJ_LABEL and e.how == "adjective") or (
            {a.type, label} <= {"GPE", "LOC"})
        return (1 if compatible else 0, {"name": 3, "alias": 2, "alias_en": 2, "capital": 1, "adjective": 1}[e.how])

    ranked = sorted(entries, key=score, reverse=True)
    best = ranked[0]
    ambiguous = len({e.actor for e in ranked if score(e) == score(best)}) > 1
    conf = 0.6 if ambiguous else 0.95 if best.how in ("name", "alias", "alias_en") else 0.85
    reason = f"registry {best.how} {best.surface!r}"
    if ambiguous:
        reason += f"; ambiguous between {', '.join(sorted({e.actor for e in ranked}))}"
    return best, conf, reason


def entity_mentions(doc: Doc) -> list[MentionAnn]:
    """NER entities as mentions, with proclitics stripped from the first token."""
    out = []
    for ent in doc.ents:
        first = ent[0]
        start = ent.start_char
        split = corpus_split(first.text)
        if split is not None and len(ent) > 0 and (len(ent) > 1 or split.offset < len(first.text)):
            start = first.idx + split.offset
        conf = ent._.get("confidence") if ent.has_extension("confidence") else None
        out.append(MentionAnn(start, ent.end_char, ent.label_, "model",
                              float(conf) if conf is not None else 0.8,
                              reason="NER model" + (f"; proclitic {first.text[:start - first.idx]!r} stripped"
                                                    if start != ent.start_char else "")))
    return out


def link_document(doc: Doc, reg: Registry) -> None:
    st = state(doc)
    mentions = entity_mentions(doc)
    by_span = {(m.start, m.end): m for m in mentions}
    matches = find_names(doc, reg)
    for match in matches:
        m = by_span.get((match.start, match.end))
        overlapping = [x for x in mentions if x.start < match.end and match.start < x.end]
        if m is None and overlapping:
            # a registry name inside or across a model entity: link the entity only if
            # the name covers it entirely (the model's span is then the name plus context)
            continue
        label = m.label if m else None
        entry, conf, reason = _choose(match.entries, reg, label)
        actor = reg.actors[entry.actor]
        if m is None:
            mlabel = _ADJ_LABEL if entry.how == "adjective" else actor.type
            m = MentionAnn(match.start, match.end, mlabel, "dictionary", conf, reason=reason)
            mentions.append(m)
        else:
            m.reason = f"{m.reason}; linked by {reason}"
        m.actor = actor.id
        st.actors.setdefault(actor.id, _actor_info(actor))
    for m in mentions:
        if m.actor is None and m.label in DISCOVERED_TYPES:
            key = normalize_key(doc.text[m.start:m.end])
            m.actor = discovered_id(m.label, key)
            st.actors.setdefault(m.actor, ActorInfo(id=m.actor, name=doc.text[m.start:m.end], type=m.label,
                                                    known=False))
    mentions.sort(key=lambda x: (x.start, -x.end))
    st.mentions = mentions


@Language.factory(
    "rasd_linker",
    default_config={"user_registry": []},
    requires=["doc.ents", "token.is_sent_start"],
)
def make_linker(nlp: Language, name: str, user_registry: list[str]):
    registry_files = tuple(user_registry)

    def linker(doc: Doc) -> Doc:
        link_document(doc, load_registry(registry_files))
        return doc

    return linker
