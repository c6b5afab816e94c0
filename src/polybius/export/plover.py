"""PLOVER JSON Lines, with the field names of the PLOVER manual's chapter "Data Fields".

One record per event: ``id``, ``date``, ``enddate``, ``actor`` and ``recipient`` (lists of
entity objects: ``code``, ``sector``, ``entity_text``, ``identifier_id``, ``identifier_text``),
``event`` (a list of PLOVER categories), ``mode``, ``context``, ``event_loc`` (the Mordecai
location object), ``event_text``, ``quad_code``, ``text`` (the sentence), ``text_info``,
``cite_info``, ``coder``, ``coded_date``, ``link`` (the event's incident, when the store has
incidents), and ``dead`` / ``injured`` / ``arrested`` (the
manual's size object). The manual invites extra named fields; Polybius adds ``modality``,
``cameo_code``, ``acled_event_type``, ``acled_sub_event_type``, ``confidence``,
``article_id``, ``published`` and, on an article's first record only, ``story`` (the
article's text), so that the file imports back as gold and re-runs exactly.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import Any, TextIO

from polybius import __version__
from polybius.export import ArticleInfo, country_name, parties

# PLOVER manual, "Quad categories in PLOVER" (SANCTION is placed with the material-conflict
# categories, as in the manual's summary of event categories and its chapter headings).
QUAD = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
# Our place precision → the manual's ``resolution`` (5 sub-city, 4 city, 3 district, 2 province, 1 country).
RESOLUTION = {1: 4, 2: 3, 3: 2, 4: 1}


def entity(party: dict[str, Any]) -> dict[str, Any]:
    """A Polybius party as a PLOVER entity object (manual: "Information object for entities")."""
    out = {
        "code": party.get("country"), "sector": party.get("sector"), "entity_text": party.get("text"),
        "identifier_id": party.get("entity_id"), "identifier_text": party.get("name"),
        "cameo_code": party.get("cameo_code"), "acled_name": party.get("acled_name"),
    }
    return {k: v for k, v in out.items() if v is not None}


def location(place: dict[str, Any] | None) -> dict[str, Any] | None:
    """A Polybius place as the manual's location object."""
    if not place:
        return None
    out = {
        "extracted_place": place.get("text"), "resolved_place": place.get("name"), "geonameid": place.get("geonameid"),
        "lat": place.get("lat"), "lon": place.get("lon"), "province": place.get("admin1"), "district": place.get("admin2"),
        "country": country_name(place.get("country")) or None, "country_code": place.get("country"),
        "feature": place.get("feature"), "resolution": RESOLUTION.get(place.get("precision") or 0),
    }
    return {k: v for k, v in out.items() if v is not None}


def plover_record(record: dict[str, Any], article: ArticleInfo | None, first_of_article: bool, coded: str) -> dict[str, Any]:
    span = record.get("sentence_span") or [None, None]
    out: dict[str, Any] = {
        "id": record["event_id"],
        "has_event": True,
        "date": record.get("date"),  # null when the text does not date the event (habitual ones): never guessed
        "enddate": record.get("date_end"),
        "actor": [entity(p) for p in parties(record.get("actor"))],
        "recipient": [entity(p) for p in parties(record.get("recipient"))],
        "event": [record["event_type"]],
        "mode": [record["mode"]] if record.get("mode") else [],
        "context": list(record.get("context") or []),
        "event_loc": location(record.get("location")),
        "event_text": [(record.get("trigger") or {}).get("text")],
        "quad_code": QUAD.get(record["event_type"]),
        "link": record.get("incident_id"),  # the incident (polybius.incidents) the mention belongs to
        "text": record.get("sentence"),
        "text_info": {"sequence": record.get("sentence_index"), "start": span[0], "end": span[1]},
        "cite_info": {
            "url": article.url if article else None, "title": article.title if article else None,
            "publication": article.source if article else None, "language": "en",
            "coder": f"polybius {__version__}", "codebook": "PLOVER (manual draft 0.8, 2021)",
        },
        "coder": f"polybius {__version__}",
        "coded_date": coded,
        "dead": record.get("fatalities"), "injured": record.get("injured"), "arrested": record.get("arrested"),
        # extensions (the manual: "Providers should feel free to include named fields beyond those provided here")
        "modality": record.get("modality"), "cameo_code": record.get("cameo_code"),
        "acled_event_type": record.get("acled_event_type"), "acled_sub_event_type": record.get("acled_sub_event_type"),
        "confidence": record.get("confidence"), "article_id": record["article_id"],
        "published": article.published if article else None,
    }
    if first_of_article and article and article.text:
        out["story"] = article.text
    return out


def write_plover(records: Iterable[dict[str, Any]], articles: dict[str, ArticleInfo], stream: TextIO,
                 coded: str | None = None) -> int:
    """Write one PLOVER record per event, grouped by article; returns the count."""
    coded = coded or date.today().isoformat()
    ordered = sorted(records, key=lambda r: (r["article_id"], r["sentence_index"], r["trigger"]["span"][0]))
    previous = None
    for record in ordered:
        out = plover_record(record, articles.get(record["article_id"]), record["article_id"] != previous, coded)
        stream.write(json.dumps(out, ensure_ascii=False) + "\n")
        previous = record["article_id"]
    return len(ordered)
