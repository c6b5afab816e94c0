"""Event mentions and article facts in the compact shape the clustering reads.

An ``Event`` record carries far more than clustering needs; a ``Mention`` keeps the few
fields that decide whether two mentions tell one incident, as plain tuples and ints so
that a million of them fit in memory and compare fast.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlparse

# (entity_id, country, sector): what resolution knows of one party; None = unknown.
PartyKey = tuple[str | None, str | None, str | None]

# How far around a stated date an event may lie, in days, by the date's precision.
# "day": reports disagree by a day ("on Friday" against "yesterday" across midnight);
# "publication": only the report's date is known, and news reports what happened in the
# last few days, never after.
DAY_SLACK = 1
PUBLICATION_LOOKBACK = 3

_STOPWORDS = frozenset(
    "the and for that with from this have has had was were are been its their his her they them "
    "said says say told also after before into over under about against which who whom while "
    "would will could should than then there these those other some more most such only not "
    "but all any out off per via near on at in of to by an as is it be or a".split()
)
_WORD = re.compile(r"[^\W\d_]{3,}")


@dataclass(slots=True)
class Mention:
    """One event mention as the clustering sees it."""

    event_id: str
    article_id: str
    sentence_index: int
    event_type: str
    modality: str
    actors: tuple[PartyKey, ...] = ()
    recipients: tuple[PartyKey, ...] = ()
    actor_names: tuple[str, ...] = ()
    recipient_names: tuple[str, ...] = ()
    lat: float | None = None
    lon: float | None = None
    place_country: str | None = None
    precision: int | None = None
    place_name: str | None = None
    place_feature: str | None = None
    place_soft: bool = False  # tied by the article's focus only, not by the sentence
    start: int | None = None  # first and last day the event may fall on (proleptic ordinals)
    end: int | None = None
    date: str | None = None
    date_end: str | None = None
    date_precision: str | None = None
    published: int | None = None
    fatalities: int | None = None
    injured: int | None = None
    arrested: int | None = None
    claimant: str | None = None  # reported_by text: who says so
    outlet: str | None = None  # the outlet the text says it spoke to ("told Sputnik")
    words: frozenset[str] = frozenset()
    sentence_hash: int = 0  # the sentence's normalised words: the same sentence copied elsewhere
    order: tuple = ()  # processing order: (published, article_id, sentence_index, event_id)

    @property
    def countries(self) -> set[str]:
        found = {p[1] for p in self.actors + self.recipients if p[1]}
        if self.place_country:
            found.add(self.place_country)
        return found


@dataclass(slots=True)
class ArticleInfo:
    """What provenance needs of an article: when, which outlet, which story it copies."""

    article_id: str
    published: int | None = None
    outlet: str | None = None
    story: str | None = None  # the id of the story's earliest article (itself when it is no copy)


def ordinal(value: str | date | None) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.toordinal()
    try:
        return date.fromisoformat(str(value)[:10]).toordinal()
    except ValueError:
        return None


def iso(day: int | None) -> str | None:
    return date.fromordinal(day).isoformat() if day is not None else None


def content_words(sentence: str) -> frozenset[str]:
    """The sentence's content words, for text similarity between mentions."""
    return frozenset(w for w in _WORD.findall(sentence.lower()) if w not in _STOPWORDS)


def sentence_hash(sentence: str) -> int:
    return zlib.crc32(" ".join(_WORD.findall(sentence.lower())).encode("utf-8"))


def normal_outlet(name: str | None) -> str | None:
    """"Sputnik", "sputnik", "Sputnik News" → "sputnik"; a URL → its host without www."""
    if not name:
        return None
    text = name.strip().lower()
    if "://" in text:
        text = urlparse(text).hostname or text
    text = re.sub(r"^www\.", "", text)
    text = re.sub(r"\b(news agency|news|agency|the)\b", " ", text)
    text = re.sub(r"[^a-z0-9.]+", "", text)
    return text or None


def article_outlet(source: str | None, url: str | None) -> str | None:
    """The outlet that published an article: its source column, else its URL's host."""
    if source:
        return normal_outlet(source)
    if url and "://" in url:
        return normal_outlet(urlparse(url).hostname)
    return None


def interval(start: str | None, end: str | None, precision: str | None, published: str | None) -> tuple[int | None, int | None]:
    """The days an event may fall on, from its date, its precision and the report's date."""
    first, last = ordinal(start), ordinal(end)
    if first is None:
        pub = ordinal(published)
        return (pub - PUBLICATION_LOOKBACK, pub) if pub is not None else (None, None)
    if precision == "publication":
        return first - PUBLICATION_LOOKBACK, first
    if precision == "day" or precision is None:
        return first - DAY_SLACK, (last if last is not None else first) + DAY_SLACK
    return first, last if last is not None else first


def _parties(value: Any) -> list[dict[str, Any]]:
    if not value:
        return []
    return value if isinstance(value, list) else [value]


def _key(party: dict[str, Any]) -> PartyKey | None:
    key = (party.get("entity_id"), party.get("country"), party.get("sector"))
    return key if any(key) else None  # "others", "recommendations": nothing known, no evidence


def _names(parties: list[dict[str, Any]]) -> tuple[str, ...]:
    names: list[str] = []
    for party in parties:
        for field in ("name", "text", "acled_name", "antecedent"):
            value = party.get(field)
            if value and value.lower() not in names:
                names.append(value.lower())
    return tuple(names)


def from_record(record: dict[str, Any], published: str | None = None) -> Mention:
    """A mention from an event's public record (``Event.to_dict()`` or the store's JSON)."""
    actors, recipients = _parties(record.get("actor")), _parties(record.get("recipient"))
    place = record.get("location") or {}
    reported = record.get("reported_by") or {}
    start, end = interval(record.get("date"), record.get("date_end"), record.get("date_precision"), published)
    sentence = record.get("sentence") or ""
    pub = ordinal(published)
    return Mention(
        event_id=record["event_id"],
        article_id=record["article_id"],
        sentence_index=record.get("sentence_index") or 0,
        event_type=record["event_type"],
        modality=record.get("modality") or "asserted",
        actors=tuple(k for k in map(_key, actors) if k),
        recipients=tuple(k for k in map(_key, recipients) if k),
        actor_names=_names(actors),
        recipient_names=_names(recipients),
        lat=place.get("lat"),
        lon=place.get("lon"),
        place_country=place.get("country"),
        precision=place.get("precision"),
        place_name=place.get("name") or place.get("text"),
        place_feature=place.get("feature"),
        place_soft=place.get("basis") == "article",
        start=start,
        end=end,
        date=record.get("date"),
        date_end=record.get("date_end"),
        date_precision=record.get("date_precision"),
        published=pub,
        fatalities=record.get("fatalities"),
        injured=record.get("injured"),
        arrested=record.get("arrested"),
        claimant=reported.get("text"),
        outlet=reported.get("outlet"),
        words=content_words(sentence),
        sentence_hash=sentence_hash(sentence),
        order=(published or "9999-12-31", record["article_id"], record.get("sentence_index") or 0, record["event_id"]),
    )
