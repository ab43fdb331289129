"""The rasd pipeline: a spaCy ``Language`` with rasd's components, and its results.

``load()`` builds it once (loading models and registries lazily, from package data);
``pipeline(text, **meta)`` and ``pipeline.pipe(items)`` return :class:`rasd.schema.Result`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
from dataclasses import dataclass, field, replace
from typing import Iterable, Iterator, Union

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from rasd import schema
from rasd.annotations import DocMeta, DocState, EventAnn, ensure_extensions, state
from rasd.errors import DocumentTooLargeError, EmptyDocumentError
from rasd.ingest.article import Article
from rasd.text.sentences import doc_sentence_spans
from rasd.text.tokenize import ArabicTokenizer
from rasd.version import __version__

DEFAULT_MAX_CHARS = 1_000_000

# Stages after the tokenizer, in order: (pipe name, module that registers its factory).
# A stage whose module is missing (not yet built) is skipped.
STAGES: tuple[tuple[str, str], ...] = (
    ("rasd_sentences", "rasd.text.sentences"),
    ("ner", "rasd.ner.component"),
    ("rasd_linker", "rasd.actors.linker"),
    ("rasd_coref", "rasd.actors.coref"),
    ("rasd_places", "rasd.actors.places"),
    ("rasd_events", "rasd.events.component"),
)


@dataclass(frozen=True)
class PipelineConfig:
    """What :func:`load` builds. Unknown stages (modules not installed) are skipped."""

    ner: bool = True
    ner_model: str | None = None  # a model directory from `rasd train ner --out DIR` (default: the shipped model)
    user_registry: tuple[str, ...] = ()
    max_chars: int = DEFAULT_MAX_CHARS
    disable: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict)


def _available(module: str) -> bool:
    try:
        importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and module.startswith(exc.name):
            return False
        raise
    return True


def build_nlp(config: PipelineConfig) -> Language:
    ensure_extensions()
    nlp = spacy.blank("ar")
    nlp.tokenizer = ArabicTokenizer(nlp.vocab)
    nlp.max_length = max(config.max_chars, 1)
    for name, module in STAGES:
        if name in config.disable or (name == "ner" and not config.ner) or not _available(module):
            continue
        if name == "ner":
            ner = importlib.import_module(module)
            if config.ner_model:
                ner.add_ner(nlp, config={"model": ner.model_path(config.ner_model).as_posix()})
            elif getattr(ner, "model_available", lambda: True)():
                ner.add_ner(nlp)
            continue
        cfg = {"user_registry": list(config.user_registry)} if name == "rasd_linker" else {}
        nlp.add_pipe(name, config=cfg)
    return nlp


def document_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _parse_published(value: str | dt.date | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise ValueError(f"published date {value!r} is not YYYY-MM-DD") from None


def arabic_ratio(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f"
               or "\ufb50" <= c <= "\ufeff") / len(letters)


Item = Union[str, Article]


class Pipeline:
    """Callable pipeline: ``pipeline(text, origin=..., published=...) -> Result``."""

    def __init__(self, config: PipelineConfig | None = None):
        self.config = config or PipelineConfig()
        self.nlp = build_nlp(self.config)

    @property
    def pipe_names(self) -> list[str]:
        return list(self.nlp.pipe_names)

    def __call__(self, text: str, *, origin: str | None = None, title: str | None = None,
                 source: str | None = None, published: str | dt.date | None = None) -> schema.Result:
        art = Article(text=text, origin=origin, title=title, source=source,
                      published=_parse_published(published))
        return next(self.pipe([art]))

    def make_doc(self, item: Item) -> Doc:
        art = item if isinstance(item, Article) else Article(text=item)
        text = art.text
        if not text.strip():
            raise EmptyDocumentError(art.origin or "<text>", "document is empty or whitespace only")
        if len(text) > self.config.max_chars:
            raise DocumentTooLargeError(
                art.origin or "<text>",
                f"document has {len(text):,} characters; the limit is {self.config.max_chars:,} "
                "(split it, or raise --max-chars)")
        doc = self.nlp.make_doc(text)
        st = state(doc)
        st.meta = DocMeta(origin=art.origin, title=art.title, source=art.source,
                          published=_parse_published(art.published))
        st.warnings.extend(art.warnings)
        ratio = arabic_ratio(text)
        if ratio < 0.5:
            st.warnings.append(f"little Arabic text: {ratio:.0%} of letters are Arabic; "
                               "results for non-Arabic text are unreliable")
        return doc

    def pipe_docs(self, items: Iterable[Item], batch_size: int = 16) -> Iterator[Doc]:
        docs = (self.make_doc(it) for it in items)
        yield from self.nlp.pipe(docs, batch_size=batch_size)

    def pipe(self, items: Iterable[Item], batch_size: int = 16) -> Iterator[schema.Result]:
        for doc in self.pipe_docs(items, batch_size=batch_size):
            yield to_result(doc)


def load(config: PipelineConfig | None = None, **overrides) -> Pipeline:
    """Build the pipeline. ``overrides`` are :class:`PipelineConfig` fields."""
    cfg = replace(config or PipelineConfig(), **overrides)
    return Pipeline(cfg)


# -- DocState -> contract -------------------------------------------------------

# ``doc.text`` is rebuilt from the tokens on every access (O(n)): callers pass the string once.

def _span(text: str, start: int, end: int) -> schema.TextSpan:
    return schema.TextSpan(start=start, end=end, text=text[start:end])


def _attribution(text: str, attrs) -> list[schema.Attribution]:
    return [schema.Attribution(actor=a.actor, start=a.start, end=a.end, text=text[a.start:a.end], cue=a.cue)
            for a in attrs]


def _event(text: str, st: DocState, i: int, ev: EventAnn) -> schema.Event:
    def actor_arg(arg):
        if arg is None:
            return None
        actor = arg.actor or (arg.mention.actor if arg.mention else None)
        code = arg.code or (st.actors[actor].code if actor in st.actors else None)
        return schema.ActorArg(actor=actor, start=arg.start, end=arg.end, text=text[arg.start:arg.end], code=code)

    loc = ev.location
    date = ev.date
    return schema.Event(
        id=f"e{i}", type=ev.type, mode=ev.mode, cameo=ev.cameo, context=list(ev.context), sentence=ev.sentence,
        trigger=_span(text, ev.trigger_start, ev.trigger_end),
        actor1=actor_arg(ev.actor1), actor2=actor_arg(ev.actor2),
        location=None if loc is None else schema.LocationArg(
            place=loc.place or (loc.mention.place if loc.mention else None),
            start=loc.start, end=loc.end, text=text[loc.start:loc.end]),
        date=None if date is None else schema.DateArg(
            value=date.value, precision=date.precision,
            text=text[date.start:date.end] if date.start is not None and date.end is not None else (date.text or ""),
            start=date.start, end=date.end),
        quantity=None if ev.quantity is None else schema.Quantity(
            value=ev.quantity.value, start=ev.quantity.start, end=ev.quantity.end,
            text=text[ev.quantity.start:ev.quantity.end]),
        modality=ev.modality, attribution=_attribution(text, ev.attribution),
        method=ev.method, confidence=ev.confidence, reason=ev.reason,
    )


def to_result(doc: Doc) -> schema.Result:
    """Convert a processed doc to the output contract, checking every span."""
    st = state(doc)
    text = doc.text
    mentions = sorted(st.mentions, key=lambda m: (m.start, -m.end))
    referenced = {m.actor for m in mentions if m.actor}
    for ev in st.events:
        for arg in (ev.actor1, ev.actor2):
            if arg is not None and (arg.actor or (arg.mention and arg.mention.actor)):
                referenced.add(arg.actor or arg.mention.actor)
        referenced.update(a.actor for a in ev.attribution if a.actor)
    for rel in st.relations:
        referenced.update((rel.subject, rel.object))
        referenced.update(a.actor for a in rel.attribution if a.actor)
    places_used = {m.place for m in mentions if m.place} | {
        ev.location.place for ev in st.events if ev.location and ev.location.place}
    result = schema.Result(
        rasd_version=__version__,
        document=schema.Document(
            id=document_id(text), origin=st.meta.origin, title=st.meta.title, source=st.meta.source,
            published=st.meta.published.isoformat() if st.meta.published else None, language="ar", text=text),
        sentences=[schema.Sentence(start=s, end=e) for s, e in doc_sentence_spans(doc)],
        mentions=[schema.Mention(id=f"m{i}", start=m.start, end=m.end, text=text[m.start:m.end], label=m.label,
                                 actor=m.actor, place=m.place, method=m.method,
                                 confidence=round(min(max(m.confidence, 0.0), 1.0), 3), reason=m.reason)
                  for i, m in enumerate(mentions, 1)],
        actors=[schema.Actor(id=a.id, name=a.name, name_en=a.name_en, type=a.type, code=a.code,
                             aliases=list(a.aliases), known=a.known)
                for aid, a in sorted(st.actors.items()) if aid in referenced],
        places=[schema.Place(id=p.id, name=p.name, name_en=p.name_en, feature=p.feature, country=p.country,
                             lat=p.lat, lon=p.lon)
                for pid, p in sorted(st.places.items()) if pid in places_used],
        events=[_event(text, st, i, ev) for i, ev in enumerate(
            sorted(st.events, key=lambda e: (e.trigger_start, e.trigger_end)), 1)],
        relations=[schema.Relation(type=r.type, subject=r.subject, object=r.object, role=r.role,
                                   evidence=_span(text, r.evidence_start, r.evidence_end),
                                   attribution=_attribution(text, r.attribution),
                                   confidence=r.confidence, method=r.method) for r in st.relations],
        warnings=list(st.warnings),
    )
    result.check_spans()
    return result
