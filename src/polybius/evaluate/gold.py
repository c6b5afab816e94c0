"""The gold format: annotated articles that ``polybius evaluate`` scores the pipeline on.

One JSON object per line (see docs/EVALUATION.md)::

    {"id": "a1", "text": "...", "published": "2017-03-25", "source": "reuters", "url": null,
     "scope": "all",                       # or "acled": only ACLED-scope, asserted events are annotated
     "events": [{"event_type": "ASSAULT",   # PLOVER; or give cameo_code / acled_event_type only
                 "cameo_code": "190", "acled_event_type": "Battles", "acled_sub_event_type": "Armed clash",
                 "trigger": "attacked", "sentence": "Rebels attacked ...",
                 "actor": "Rebels" | {"text", "name", "entity_id", "country", "sector", "cameo_code"} | [...],
                 "recipient": ..., "place": {"name", "lat", "lon", "country"},
                 "date": "2017-03-24", "fatalities": 3, "modality": "asserted"}]}

Every field of an event is optional; a field left out is not scored. A type given only in
CAMEO terms gets its PLOVER type from ``data/cameo.tsv`` (the PLOVER manual's table).
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from polybius.model import MODALITIES, PLOVER_TYPES

SCOPES = ("all", "acled")
PARTY_KEYS = ("text", "name", "entity_id", "country", "sector", "cameo_code", "acled_inter")


class GoldError(ValueError):
    """A gold record that cannot be used; the message names the file and line."""


@dataclass(slots=True)
class GoldEvent:
    event_type: str | None = None  # PLOVER
    cameo_code: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    trigger: str | None = None
    sentence: str | None = None
    actor: list[dict[str, Any]] | None = None
    recipient: list[dict[str, Any]] | None = None
    place: dict[str, Any] | None = None
    date: str | None = None
    fatalities: int | None = None
    modality: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out = {name: getattr(self, name) for name in self.__dataclass_fields__}
        return {k: v for k, v in out.items() if v is not None}


@dataclass(slots=True)
class GoldArticle:
    id: str
    text: str
    published: str | None = None
    source: str | None = None
    url: str | None = None
    scope: str = "all"
    events: list[GoldEvent] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "published": self.published, "source": self.source,
                "url": self.url, "scope": self.scope, "events": [e.to_dict() for e in self.events]}


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, dict[str, str]]:
    """``data/cameo.tsv``: CAMEO code → PLOVER type and mode, Goldstein value, QuadClass."""
    text = resources.files("polybius").joinpath("data/cameo.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader((line for line in text.splitlines() if not line.startswith("#")), delimiter="\t")
    return {row["cameo"]: row for row in rows}


def cameo_lookup(code: str | None) -> dict[str, str] | None:
    """The row of ``code``, else of its 3-digit base, else of its root (CAMEO nests)."""
    if not code:
        return None
    table = cameo_table()
    for candidate in (code, code[:3], code[:2]):
        if candidate in table:
            return table[candidate]
    return None


def plover_of_cameo(code: str | None) -> str | None:
    """The PLOVER type of a CAMEO event code; the most specific row that has one wins."""
    if not code:
        return None
    table = cameo_table()
    for candidate in (code, code[:3], code[:2]):
        row = table.get(candidate)
        if row and row["plover_type"]:
            return row["plover_type"]
    return None


# ACLED sub-event type → the PLOVER type an event coder gives it (PLOVER manual, ASSAULT,
# COERCE, PROTEST, AGREE, RETREAT). "Other" and changes to a group have no PLOVER type.
ACLED_TO_PLOVER: dict[str, str] = {
    "Armed clash": "ASSAULT", "Government regains territory": "COERCE", "Non-state actor overtakes territory": "COERCE",
    "Chemical weapon": "ASSAULT", "Air/drone strike": "ASSAULT", "Suicide bomb": "ASSAULT",
    "Shelling/artillery/missile attack": "ASSAULT", "Remote explosive/landmine/IED": "ASSAULT", "Grenade": "ASSAULT",
    "Sexual violence": "ASSAULT", "Attack": "ASSAULT", "Abduction/forced disappearance": "ASSAULT",
    "Peaceful protest": "PROTEST", "Protest with intervention": "PROTEST", "Excessive force against protesters": "ASSAULT",
    "Violent demonstration": "PROTEST", "Mob violence": "ASSAULT",
    "Agreement": "AGREE", "Arrests": "COERCE", "Disrupted weapons use": "COERCE", "Looting/property destruction": "COERCE",
    "Non-violent transfer of territory": "RETREAT", "Headquarters or base established": "MOBILIZE",
}
ACLED_EVENT_TYPES: tuple[str, ...] = (
    "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments",
)
# ACLED sub-event type → its event type (the taxonomy nests them).
ACLED_SUB_TO_TYPE: dict[str, str] = {
    **dict.fromkeys(("Armed clash", "Government regains territory", "Non-state actor overtakes territory"), "Battles"),
    **dict.fromkeys(("Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
                     "Remote explosive/landmine/IED", "Grenade"), "Explosions/Remote violence"),
    **dict.fromkeys(("Sexual violence", "Attack", "Abduction/forced disappearance"), "Violence against civilians"),
    **dict.fromkeys(("Peaceful protest", "Protest with intervention", "Excessive force against protesters"), "Protests"),
    **dict.fromkeys(("Violent demonstration", "Mob violence"), "Riots"),
    **dict.fromkeys(("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                     "Headquarters or base established", "Looting/property destruction",
                     "Non-violent transfer of territory", "Other"), "Strategic developments"),
}


def party_list(value: Any) -> list[dict[str, Any]] | None:
    """Any actor notation (words, a dict, a list of either) as a list of party dicts."""
    if value is None or value == "" or value == []:
        return None
    items = value if isinstance(value, list) else [value]
    parties = []
    for item in items:
        if isinstance(item, str):
            parties.append({"text": item})
        elif isinstance(item, dict):
            party = {k: item[k] for k in PARTY_KEYS if item.get(k) not in (None, "")}
            if party:
                parties.append(party)
    return parties or None


def _int_or_none(value: Any) -> int | None:
    if value is None or value == "":
        return None
    return int(value)


def event_from_dict(raw: dict[str, Any]) -> GoldEvent:
    """A gold event from its JSON form; the PLOVER type is derived when only CAMEO or ACLED is given."""
    cameo = str(raw["cameo_code"]) if raw.get("cameo_code") not in (None, "") else None
    event_type = raw.get("event_type") or plover_of_cameo(cameo) or ACLED_TO_PLOVER.get(raw.get("acled_sub_event_type") or "")
    if event_type is not None and event_type not in PLOVER_TYPES:
        raise ValueError(f"event_type {event_type!r} is not a PLOVER type")
    modality = raw.get("modality") or None
    if modality is not None and modality not in MODALITIES:
        raise ValueError(f"modality {modality!r} is not one of {', '.join(MODALITIES)}")
    place = raw.get("place") or None
    if isinstance(place, str):
        place = {"name": place}
    fatalities = raw.get("fatalities", raw.get("killed"))
    return GoldEvent(
        event_type=event_type, cameo_code=cameo,
        acled_event_type=raw.get("acled_event_type") or ACLED_SUB_TO_TYPE.get(raw.get("acled_sub_event_type") or "") or None,
        acled_sub_event_type=raw.get("acled_sub_event_type") or None, trigger=raw.get("trigger") or None,
        sentence=raw.get("sentence") or None, actor=party_list(raw.get("actor")), recipient=party_list(raw.get("recipient")),
        place=place, date=raw.get("date") or None, fatalities=_int_or_none(fatalities), modality=modality,
    )


def article_from_dict(raw: dict[str, Any]) -> GoldArticle:
    if not isinstance(raw.get("text"), str) or not raw["text"].strip():
        raise ValueError("no article text")
    scope = raw.get("scope") or "all"
    if scope not in SCOPES:
        raise ValueError(f"scope {scope!r} is not one of {', '.join(SCOPES)}")
    return GoldArticle(
        id=str(raw.get("id") or ""), text=raw["text"], published=raw.get("published") or None, source=raw.get("source"),
        url=raw.get("url"), scope=scope, events=[event_from_dict(e) for e in raw.get("events") or []],
    )


def load_gold(path: str | Path) -> list[GoldArticle]:
    """Read a gold JSON Lines file; a bad line raises ``GoldError`` naming it."""
    articles = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                article = article_from_dict(json.loads(line))
            except (ValueError, TypeError, KeyError) as exc:
                raise GoldError(f"{path}:{number}: {exc}") from None
            article.id = article.id or f"{Path(path).stem}:{number}"
            articles.append(article)
    return articles


def write_gold(articles: list[GoldArticle], path: str | Path) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(article.to_dict(), ensure_ascii=False) + "\n" for article in articles)
