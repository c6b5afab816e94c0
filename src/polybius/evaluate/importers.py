"""Importers: other people's annotated data → the gold format (``polybius.evaluate.gold``).

* ``read_acled``: an ACLED export (CSV). Each row is an event; its ``notes`` are the text the
  pipeline reads. Rows of one article (the ``polybius_article_id`` column of Polybius's own
  export, else the same notes) are one gold article. ACLED codes only events that happened
  and that its taxonomy covers, so these articles have scope ``acled``.
* ``read_plover``: PLOVER JSON records (JSON Lines or one JSON array), the manual's field
  names. The text is ``story`` (Polybius's extension) if present, else ``text``.
* ``read_petrarch``: PETRARCH-style XML validation records (``<Sentence date id>`` with
  ``<EventCoding sourcecode targetcode eventcode/>`` and ``<Text>``). CAMEO codes give the
  PLOVER type; actor codes give country and sector.
* ``read_sentence_csv``: a plain CSV of ``sentence`` (or ``text``) and ``label``; the label is a
  PLOVER type, a CAMEO code or an ACLED (sub-)event type, several joined by ``;``, empty or
  ``NONE`` for a sentence with no event.
* ``read_devset``: the project's ``eval/devset.jsonl`` (one sentence per record).
"""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path
from typing import Any

from polybius.evaluate.gold import (
    ACLED_EVENT_TYPES,
    ACLED_SUB_TO_TYPE,
    GoldArticle,
    GoldError,
    GoldEvent,
    event_from_dict,
    load_gold,
    party_list,
)
from polybius.model import PLOVER_TYPES

FORMATS = ("gold", "acled", "plover", "petrarch", "csv", "devset")


def _iso_date(value: str | None) -> str | None:
    """ACLED writes "2020-03-05" (API) or "05 March 2020" (export tool); PETRARCH "20200305"."""
    if not value or not value.strip():
        return None
    value = value.strip()
    for pattern in ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%Y%m%d", "%m/%d/%Y"):
        try:
            return datetime.strptime(value[:10] if pattern == "%Y-%m-%d" else value, pattern).date().isoformat()
        except ValueError:
            continue
    raise ValueError(f"unreadable date {value!r}")


def _number(value: str | None) -> float | None:
    return float(value) if value not in (None, "") else None


def _iso3_of(numeric: str | None, name: str | None) -> str | None:
    """ACLED's ``iso`` is the ISO 3166 numeric code; ``country`` is the name."""
    from polybius.export import countries

    for record in countries().values():
        if numeric and str(record.get("isonumeric")) == numeric.strip().lstrip("0"):
            return record["iso3"]
    for record in countries().values():
        if name and record["name"].casefold() == name.strip().casefold():
            return record["iso3"]
    return None


def _acled_parties(main: str, associated: str, inter: str) -> list[dict[str, Any]] | None:
    names = [main.strip()] + [n.strip() for n in (associated or "").split(";")]
    parties = [{"name": n} for n in names if n]
    if parties and inter and inter.strip().isdigit():
        parties[0]["acled_inter"] = int(inter)
    return parties or None


def acled_event(row: dict[str, str]) -> GoldEvent:
    lat, lon = _number(row.get("latitude")), _number(row.get("longitude"))
    place = {k: v for k, v in {"name": row.get("location") or None, "lat": lat, "lon": lon,
                               "country": _iso3_of(row.get("iso"), row.get("country"))}.items() if v is not None}
    event = event_from_dict({
        "event_type": row.get("polybius_event_type") or None, "cameo_code": row.get("polybius_cameo_code") or None,
        "acled_event_type": row.get("event_type"), "acled_sub_event_type": row.get("sub_event_type"),
        "trigger": row.get("polybius_trigger") or None, "date": _iso_date(row.get("event_date")),
        "fatalities": row.get("fatalities") or 0, "modality": row.get("polybius_modality") or "asserted",
    })
    event.actor = _acled_parties(row.get("actor1", ""), row.get("assoc_actor_1", ""), row.get("inter1", ""))
    event.recipient = _acled_parties(row.get("actor2", ""), row.get("assoc_actor_2", ""), row.get("inter2", ""))
    event.place = place or None
    # Polybius's notes are the event's sentence; ACLED's own notes describe the event as a whole.
    event.sentence = row.get("notes") if row.get("polybius_event_id") else None
    return event


def read_acled(path: str | Path) -> list[GoldArticle]:
    articles: dict[str, GoldArticle] = {}
    notes_of: dict[str, list[str]] = {}
    with open(path, encoding="utf-8-sig", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle), 2):
            notes = (row.get("notes") or "").strip()
            if not notes and not row.get("polybius_article_text"):
                raise GoldError(f"{path}:{number}: no notes: the text to read is missing")
            try:
                event = acled_event(row)
            except ValueError as exc:
                raise GoldError(f"{path}:{number}: {exc}") from None
            key = row.get("polybius_article_id") or notes
            article = articles.get(key)
            if article is None:
                published = row.get("polybius_published") or row.get("event_date")
                article = articles[key] = GoldArticle(
                    id=row.get("polybius_article_id") or row.get("event_id_cnty") or f"{Path(path).stem}:{number}",
                    text="", published=_iso_date(published), source=row.get("source") or None, scope="acled")
                notes_of[key] = []
            if row.get("polybius_article_text"):
                article.text = row["polybius_article_text"]
            if notes not in notes_of[key]:
                notes_of[key].append(notes)
            article.events.append(event)
    for key, article in articles.items():
        article.text = article.text or " ".join(notes_of[key])  # without the article, read its notes
    return list(articles.values())


def _plover_party(entity: dict[str, Any]) -> dict[str, Any]:
    return {"text": entity.get("entity_text"), "name": entity.get("identifier_text"), "entity_id": entity.get("identifier_id"),
            "country": entity.get("code"), "sector": entity.get("sector"), "cameo_code": entity.get("cameo_code")}


def _plover_place(loc: dict[str, Any] | None) -> dict[str, Any] | None:
    if not loc:
        return None
    place = {"name": loc.get("resolved_place") or loc.get("extracted_place"), "lat": loc.get("lat"), "lon": loc.get("lon"),
             "country": loc.get("country_code")}
    return {k: v for k, v in place.items() if v is not None} or None


def plover_event(record: dict[str, Any]) -> GoldEvent | None:
    if record.get("has_event") is False or not record.get("event"):
        return None
    categories = record["event"] if isinstance(record["event"], list) else [record["event"]]
    event_type = next((c for c in categories if c in PLOVER_TYPES), None)
    event = event_from_dict({
        "event_type": event_type, "cameo_code": record.get("cameo_code"), "acled_event_type": record.get("acled_event_type"),
        "acled_sub_event_type": record.get("acled_sub_event_type"), "trigger": (record.get("event_text") or [None])[0],
        "sentence": record.get("text") if record.get("story") is not None or record.get("article_id") else None,
        "date": record.get("date"), "fatalities": record.get("dead"), "modality": record.get("modality"),
    })
    event.actor = party_list([_plover_party(e) for e in record.get("actor") or []])
    event.recipient = party_list([_plover_party(e) for e in record.get("recipient") or []])
    event.place = _plover_place(record.get("event_loc"))
    return event


def _json_records(path: str | Path) -> list[tuple[int, dict[str, Any]]]:
    text = Path(path).read_text(encoding="utf-8")
    if text.lstrip().startswith("["):
        return list(enumerate(json.loads(text), 1))
    return [(n, json.loads(line)) for n, line in enumerate(text.splitlines(), 1) if line.strip()]


def read_plover(path: str | Path) -> list[GoldArticle]:
    articles: dict[str, GoldArticle] = {}
    for number, record in _json_records(path):
        cite = record.get("cite_info") or {}
        key = record.get("article_id") or cite.get("url") or record.get("text") or ""
        if not key:
            raise GoldError(f"{path}:{number}: record {record.get('id')!r} has no text to read")
        article = articles.get(key)
        if article is None:
            article = articles[key] = GoldArticle(
                id=str(record.get("article_id") or record.get("id") or f"{Path(path).stem}:{number}"), text="",
                published=record.get("published") or record.get("date"), source=cite.get("publication"), url=cite.get("url"))
        if record.get("story"):
            article.text = record["story"]
        elif record.get("text") and record["text"] not in article.text:
            article.text = (article.text + " " + record["text"]).strip()
        try:
            event = plover_event(record)
        except ValueError as exc:
            raise GoldError(f"{path}:{number}: {exc}") from None
        if event is not None:
            article.events.append(event)
    return list(articles.values())


def _code_party(code: str | None) -> list[dict[str, Any]] | None:
    """A CAMEO actor code ("SYRMIL"): its country (a known ISO3 code in front) and sector."""
    from polybius.export import countries

    code = (code or "").strip()
    if not code or code == "---":
        return None
    party: dict[str, Any] = {"cameo_code": code}
    if code[:3] in countries():
        party["country"] = code[:3]
        if len(code) >= 6:
            party["sector"] = code[3:6]
    elif len(code) == 3:
        party["sector"] = code
    return [party]


def read_petrarch(path: str | Path) -> list[GoldArticle]:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise GoldError(f"{path}: not XML ({exc})") from None
    articles = []
    for number, sentence in enumerate(root.iter("Sentence"), 1):
        text = " ".join((sentence.findtext("Text") or "").split())
        if not text:
            raise GoldError(f"{path}: sentence {sentence.get('id') or number} has no <Text>")
        try:
            published = _iso_date(sentence.get("date"))
        except ValueError as exc:
            raise GoldError(f"{path}: sentence {sentence.get('id') or number}: {exc}") from None
        events = []
        for coding in sentence.iter("EventCoding"):
            if coding.get("noevents", "").lower() == "true" or not coding.get("eventcode"):
                continue
            event = event_from_dict({"cameo_code": coding.get("eventcode").strip(), "sentence": text})
            event.actor, event.recipient = _code_party(coding.get("sourcecode")), _code_party(coding.get("targetcode"))
            events.append(event)
        articles.append(GoldArticle(id=sentence.get("id") or f"{Path(path).stem}:{number}", text=text, published=published,
                                    source=sentence.get("source"), events=events))
    return articles


def label_event(label: str) -> dict[str, Any]:
    """One label in any of the three vocabularies as gold event fields."""
    label = label.strip()
    if label.upper() in PLOVER_TYPES:
        return {"event_type": label.upper()}
    if label.isdigit():
        return {"cameo_code": label}
    if label in ACLED_EVENT_TYPES:
        return {"acled_event_type": label}
    if label in ACLED_SUB_TO_TYPE:
        return {"acled_sub_event_type": label}
    raise ValueError(f"label {label!r} is not a PLOVER type, a CAMEO code or an ACLED event or sub-event type")


def read_sentence_csv(path: str | Path) -> list[GoldArticle]:
    articles: dict[str, GoldArticle] = {}
    with open(path, encoding="utf-8-sig", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle), 2):
            text = (row.get("sentence") or row.get("text") or "").strip()
            if not text:
                raise GoldError(f"{path}:{number}: no sentence")
            article = articles.setdefault(text, GoldArticle(
                id=row.get("id") or f"{Path(path).stem}:{number}", text=text,
                published=row.get("published") or row.get("date") or None, source=row.get("source") or None))
            for label in (row.get("label") or "").split(";"):
                if not label.strip() or label.strip().upper() == "NONE":
                    continue
                try:
                    article.events.append(event_from_dict({**label_event(label), "sentence": text,
                                                           "trigger": row.get("trigger") or None,
                                                           "modality": row.get("modality") or None}))
                except ValueError as exc:
                    raise GoldError(f"{path}:{number}: {exc}") from None
    return list(articles.values())


def read_devset(path: str | Path) -> list[GoldArticle]:
    """``eval/devset.jsonl``: each sentence is its own text, as ``make eval`` codes it."""
    articles = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            item = json.loads(line)
            events = []
            for raw in item["events"]:
                event = event_from_dict({**raw, "sentence": item["sentence"], "fatalities": raw.get("killed")})
                events.append(event)
            articles.append(GoldArticle(id=item["id"], text=item["sentence"], published=item.get("published"),
                                        source=item.get("source"), events=events))
    return articles


def guess_format(path: str | Path) -> str:
    """The importer for a file, from its extension and first line."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xml":
        return "petrarch"
    with open(path, encoding="utf-8-sig") as handle:
        first = handle.readline()
    if suffix == ".csv":
        header = {c.strip() for c in first.split(",")}
        return "acled" if {"event_type", "notes"} <= header else "csv"
    if first.lstrip().startswith("["):
        return "plover"
    try:
        record = json.loads(first) if first.strip() else {}
    except json.JSONDecodeError:  # not JSON Lines: a CSV whatever its extension
        header = {c.strip() for c in first.split(",")}
        return "acled" if {"event_type", "notes"} <= header else "csv"
    if "sentence" in record and "events" in record and "text" not in record:
        return "devset"
    if "event" in record or "has_event" in record:
        return "plover"
    return "gold"


def read_gold(path: str | Path, fmt: str | None = None) -> list[GoldArticle]:
    """Any supported file as gold articles; ``fmt`` is one of ``FORMATS`` (guessed when None)."""
    fmt = fmt or guess_format(path)
    readers = {"gold": load_gold, "acled": read_acled, "plover": read_plover, "petrarch": read_petrarch,
               "csv": read_sentence_csv, "devset": read_devset}
    return readers[fmt](path)
