"""The output contract (schema 1) as pydantic models, and its JSON Schema.

Every span is ``[start, end)`` in Python code points of ``document.text`` (the
text exactly as ingested) and its ``text`` equals ``document.text[start:end]``;
:meth:`Result.check_spans` enforces that. Fields may be added; none may be
renamed, removed or change meaning without bumping :data:`SCHEMA_VERSION`.
See ``docs/output-contract.md``.
"""

from __future__ import annotations

from typing import Iterator, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1

MentionLabel = Literal["PER", "ORG", "GPE", "LOC", "FAC", "NORP", "DATE"]
EventType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
    "MOBILIZE", "COERCE", "ASSAULT",
]
Modality = Literal["asserted", "reported", "alleged", "planned", "negated", "hypothetical"]
DatePrecision = Literal["day", "week", "month", "year", "before", "after"]
RelationType = Literal[
    "front_for", "member_of", "leader_of", "part_of", "ally_of", "rival_of", "successor_of"
]
PlaceFeature = Literal["city", "country", "region", "facility"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class TextSpan(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Sentence(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Document(_Model):
    id: str = Field(description="sha256 of the text, hex, first 16 chars")
    origin: Optional[str] = Field(None, description="path or URL it came from")
    title: Optional[str] = None
    source: Optional[str] = Field(None, description="outlet name")
    published: Optional[str] = Field(None, description="YYYY-MM-DD")
    language: str = "ar"
    text: str


class Mention(_Model):
    id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    label: str = Field(description="PER ORG GPE LOC FAC NORP DATE (more may be added)")
    actor: Optional[str] = None
    place: Optional[str] = None
    method: str = Field(description="model | dictionary | coreference | ...")
    confidence: float = Field(ge=0.0, le=1.0)
    reason: Optional[str] = Field(None, description="why this label/link, in words")


class Actor(_Model):
    id: str
    name: str
    name_en: Optional[str] = None
    type: str
    code: Optional[str] = Field(None, description="CAMEO-style actor code")
    aliases: list[str] = Field(default_factory=list)
    known: bool = Field(description="true if the actor is in the registry")


class Place(_Model):
    id: str
    name: str
    name_en: Optional[str] = None
    feature: PlaceFeature
    country: Optional[str] = Field(None, description="ISO 3166-1 alpha-2")
    lat: Optional[float] = None
    lon: Optional[float] = None


class ActorArg(_Model):
    actor: Optional[str] = None
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    code: Optional[str] = None


class LocationArg(_Model):
    place: Optional[str] = None
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class DateArg(_Model):
    value: Optional[str] = Field(
        None, description="YYYY-MM-DD (day; week: its Monday; before/after: the bound), YYYY-MM (month) or YYYY (year)")
    precision: DatePrecision
    text: str
    start: Optional[int] = Field(None, ge=0)
    end: Optional[int] = Field(None, ge=0)


class Quantity(_Model):
    value: float
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Attribution(_Model):
    actor: Optional[str] = None
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    cue: str


class Event(_Model):
    id: str
    type: EventType
    mode: Optional[str] = None
    cameo: Optional[str] = None
    context: list[str] = Field(default_factory=list)
    sentence: int = Field(ge=0, description="index into sentences")
    trigger: TextSpan
    actor1: Optional[ActorArg] = None
    actor2: Optional[ActorArg] = None
    location: Optional[LocationArg] = None
    date: Optional[DateArg] = None
    quantity: Optional[Quantity] = None
    modality: Modality = "asserted"
    attribution: list[Attribution] = Field(
        default_factory=list, description="who says so, outermost first; empty = the outlet"
    )
    method: str
    confidence: float = Field(ge=0.0, le=1.0)
    reason: Optional[str] = None


class Relation(_Model):
    type: RelationType
    subject: str
    object: str
    role: Optional[str] = None
    evidence: TextSpan
    attribution: list[Attribution] = Field(default_factory=list)
    confidence: float = Field(ge=0.0, le=1.0)
    method: Optional[str] = None


class Result(_Model):
    """One processed document: the unit of ``rasd extract`` output."""

    schema_: Literal[1] = Field(SCHEMA_VERSION, alias="schema")
    rasd_version: str
    document: Document
    sentences: list[Sentence] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    def to_dict(self) -> dict:
        return self.model_dump(by_alias=True, mode="json")

    def to_json(self, indent: int | None = None) -> str:
        return self.model_dump_json(by_alias=True, indent=indent)

    def iter_spans(self) -> Iterator[tuple[str, int, int, str | None]]:
        """(where, start, end, text) for every span in the result."""
        for i, s in enumerate(self.sentences):
            yield f"sentences[{i}]", s.start, s.end, None
        for m in self.mentions:
            yield f"mention {m.id}", m.start, m.end, m.text
        for e in self.events:
            yield f"event {e.id} trigger", e.trigger.start, e.trigger.end, e.trigger.text
            for name in ("actor1", "actor2", "location", "quantity"):
                arg = getattr(e, name)
                if arg is not None:
                    yield f"event {e.id} {name}", arg.start, arg.end, arg.text
            if e.date is not None and e.date.start is not None and e.date.end is not None:
                yield f"event {e.id} date", e.date.start, e.date.end, e.date.text
            for k, a in enumerate(e.attribution):
                yield f"event {e.id} attribution[{k}]", a.start, a.end, a.text
        for k, r in enumerate(self.relations):
            yield f"relation {k} evidence", r.evidence.start, r.evidence.end, r.evidence.text
            for j, a in enumerate(r.attribution):
                yield f"relation {k} attribution[{j}]", a.start, a.end, a.text

    def check_spans(self) -> None:
        """Raise ValueError if any span is out of range or its text differs."""
        text = self.document.text
        for where, start, end, span_text in self.iter_spans():
            if not 0 <= start <= end <= len(text):
                raise ValueError(f"{where}: [{start}, {end}) outside text of length {len(text)}")
            if span_text is not None and text[start:end] != span_text:
                raise ValueError(
                    f"{where}: text {span_text!r} != document.text[{start}:{end}] {text[start:end]!r}"
                )


def json_schema() -> dict:
    """The JSON Schema of one :class:`Result` (what ``rasd schema`` prints)."""
    schema = Result.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://github.com/rasd/rasd/schema/{SCHEMA_VERSION}"
    return schema
