"""The one data model that flows through every stage.

read → Article → analyse → code → Event (with Party, Place, Trigger, Attribution)
→ resolve → store / export.  Spans are ``(start, end)`` character offsets into
``Article.text``; ``article.text[start:end]`` is always the quoted words.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

Span = tuple[int, int]

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
MODALITIES: tuple[str, ...] = ("asserted", "negated", "hypothetical", "intended", "habitual")


def stable_id(*parts: object, length: int = 16) -> str:
    """A short hex digest of ``parts``: the same inputs give the same id on every machine."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return digest[:length]


@dataclass(slots=True)
class Article:
    """One news article as read from any input."""

    text: str
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or datetime; None when unknown
    language: str | None = "en"
    id: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)
    origin: str | None = None  # where it was read from: "file.csv:12"

    def __post_init__(self) -> None:
        if not self.id:
            # URL when there is one (the same page read twice is one article), else content.
            self.id = stable_id("url", self.url) if self.url else stable_id("text", self.text)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Trigger:
    text: str
    span: Span
    lemma: str = ""


@dataclass(slots=True)
class Party:
    """An actor or recipient mention, with what resolution knows of it (None = unknown)."""

    text: str
    span: Span
    name: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3
    sector: str | None = None
    acled_inter: int | None = None
    entity_id: str | None = None
    cameo_code: str | None = None  # CAMEO-style actor code: LBNMIL, IMGMOSISI
    acled_name: str | None = None  # ACLED-style actor name: "Military Forces of Lebanon"
    antecedent: str | None = None  # for a pronoun or description: the words it stands for
    # how the resolution was reached ("named entity", "country from context + sector: ..."), and the
    # share of checked resolutions on that basis that were right (resolve/confidence.py)
    basis: str | None = None
    confidence: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return _fields(self)


@dataclass(slots=True)
class Place:
    text: str
    span: Span
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    precision: int | None = None  # 1 town or feature, 2 near a town or a district, 3 province or region, 4 country
    feature: str | None = None  # city, admin1, region, border_area, camp, ...
    geonameid: int | None = None
    # how the place was tied to the event: "event" (by the parse: "clashes in Aarsal"),
    # "sentence" (the sentence's only place), "article" (the article's focus, when the
    # sentence names none)
    basis: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _fields(self)


@dataclass(slots=True)
class Attribution:
    """Who the text says the claim comes from: "a source in Hezbollah told Sputnik"."""

    text: str
    span: Span
    outlet: str | None = None
    outlet_span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return _fields(self)


PartyField = Party | list[Party] | None


def _fields(value: Any) -> dict[str, Any]:
    """A flat dataclass as a dict (``dataclasses.asdict`` deep-copies: ten times slower)."""
    return {name: getattr(value, name) for name in value.__dataclass_fields__}


def _party_dict(value: PartyField) -> dict[str, Any] | list[dict[str, Any]] | None:
    if value is None:
        return None
    if isinstance(value, list):
        return [p.to_dict() for p in value]
    return value.to_dict()


@dataclass(slots=True)
class Event:
    """One coded event mention. Field names are the public record (see README)."""

    event_id: str
    article_id: str
    sentence_index: int
    sentence: str
    sentence_span: Span
    trigger: Trigger
    event_type: str
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    cameo_code: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    modality: str = "asserted"
    actor: PartyField = None
    recipient: PartyField = None
    location: Place | None = None
    date: str | None = None
    date_end: str | None = None
    date_precision: str | None = None
    date_span: Span | None = None
    fatalities: int | None = None
    injured: int | None = None
    arrested: int | None = None
    reported_by: Attribution | None = None
    confidence: float = 0.5

    @property
    def actors(self) -> list[Party]:
        return _as_list(self.actor)

    @property
    def recipients(self) -> list[Party]:
        return _as_list(self.recipient)

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "sentence_span": list(self.sentence_span),
            "trigger": {"text": self.trigger.text, "span": list(self.trigger.span)},
            "event_type": self.event_type,
            "mode": self.mode,
            "context": list(self.context),
            "cameo_code": self.cameo_code,
            "acled_event_type": self.acled_event_type,
            "acled_sub_event_type": self.acled_sub_event_type,
            "modality": self.modality,
            "actor": _spans_as_lists(_party_dict(self.actor)),
            "recipient": _spans_as_lists(_party_dict(self.recipient)),
            "location": _spans_as_lists(self.location.to_dict()) if self.location else None,
            "date": self.date,
            "date_end": self.date_end,
            "date_precision": self.date_precision,
            "fatalities": self.fatalities,
            "injured": self.injured,
            "arrested": self.arrested,
            "reported_by": _spans_as_lists(self.reported_by.to_dict()) if self.reported_by else None,
            "confidence": round(self.confidence, 3),
        }


def _as_list(value: PartyField) -> list[Party]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _spans_as_lists(value: Any) -> Any:
    """JSON has no tuples: write every span as a two-item list."""
    if isinstance(value, list):
        return [_spans_as_lists(v) for v in value]
    if isinstance(value, dict):
        return {k: (list(v) if isinstance(v, tuple) else _spans_as_lists(v)) for k, v in value.items()}
    return value
