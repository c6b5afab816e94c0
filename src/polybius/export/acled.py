"""ACLED-style CSV: one row per event in ACLED's scope, with ACLED's column names and codes.

The columns are those of an ACLED export (see ../shared/reference/acled-taxonomy.md for the
labels and codes), followed by ``polybius_*`` columns that ACLED does not have: the PLOVER
coding, the modality, the trigger, and the article (id, publication date, and its text on
the article's first row only). With them the file imports back as gold
(``polybius.evaluate.importers.read_acled``) and re-runs exactly; ACLED tools ignore them.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any, TextIO

from polybius.export import ArticleInfo, countries, country_name, parties, party_label

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
POLYBIUS_COLUMNS: tuple[str, ...] = (
    "polybius_event_id", "polybius_article_id", "polybius_published", "polybius_event_type", "polybius_mode",
    "polybius_cameo_code", "polybius_modality", "polybius_trigger", "polybius_article_text",
)
COLUMNS = ACLED_COLUMNS + POLYBIUS_COLUMNS

# ACLED's disorder types group its event types.
DISORDER = {
    "Battles": "Political violence", "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence", "Riots": "Political violence",
    "Protests": "Demonstrations", "Strategic developments": "Strategic developments",
}
# Our date precision → ACLED time_precision (1 day, 2 week or range of days, 3 month).
# "publication": only the report's date is known, so the event is within the days before it.
TIME_PRECISION = {"day": 1, "week": 2, "publication": 2, "month": 3, "year": 3}
CIVILIANS = 7  # ACLED inter code


def in_scope(record: dict[str, Any]) -> bool:
    """ACLED codes events that happened and that its taxonomy covers."""
    return bool(record.get("acled_event_type")) and record.get("modality") == "asserted"


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: both inter codes, smaller first; a sole actor's is inter1 × 10."""
    if inter1 and inter2:
        low, high = sorted((inter1, inter2))
        return low * 10 + high
    return inter1 * 10 if inter1 else None


def geo_precision(precision: int | None) -> int | None:
    """Ours has a 4 for a whole country; ACLED's scale stops at 3 (the larger region)."""
    return None if precision is None else min(precision, 3)


def acled_row(record: dict[str, Any], article: ArticleInfo | None, first_of_article: bool) -> dict[str, Any]:
    actors, recipients = parties(record.get("actor")), parties(record.get("recipient"))
    place = record.get("location") or {}
    iso3 = place.get("country")
    date = record.get("date") or (article.published if article else None) or ""
    inter1 = actors[0].get("acled_inter") if actors else None
    inter2 = recipients[0].get("acled_inter") if recipients else None
    return {
        "event_id_cnty": f"{iso3 or 'XXX'}{record['event_id']}",
        "event_date": date[:10], "year": date[:4],
        "time_precision": TIME_PRECISION.get(record.get("date_precision") or "", ""),
        "disorder_type": DISORDER.get(record["acled_event_type"], ""),
        "event_type": record["acled_event_type"], "sub_event_type": record.get("acled_sub_event_type") or "",
        "actor1": party_label(actors[0]) if actors else "", "assoc_actor_1": "; ".join(party_label(p) for p in actors[1:]),
        "inter1": inter1 or "",
        "actor2": party_label(recipients[0]) if recipients else "",
        "assoc_actor_2": "; ".join(party_label(p) for p in recipients[1:]), "inter2": inter2 or "",
        "interaction": interaction(inter1, inter2) or "",
        "civilian_targeting": "Civilian targeting" if inter2 == CIVILIANS else "",
        "iso": countries().get(iso3 or "", {}).get("isonumeric", ""), "region": "", "country": country_name(iso3),
        "admin1": place.get("admin1") or "", "admin2": place.get("admin2") or "", "admin3": "",
        "location": place.get("name") or place.get("text") or "",
        "latitude": "" if place.get("lat") is None else round(place["lat"], 4),
        "longitude": "" if place.get("lon") is None else round(place["lon"], 4),
        "geo_precision": geo_precision(place.get("precision")) or "",
        "source": (article.source if article else None) or "", "source_scale": "",
        "notes": record.get("sentence") or "",
        "fatalities": record.get("fatalities") or 0,  # ACLED writes 0 when no deaths are reported
        "tags": "", "timestamp": "",
        "polybius_event_id": record["event_id"], "polybius_article_id": record["article_id"],
        "polybius_published": (article.published if article else None) or "",
        "polybius_event_type": record.get("event_type") or "", "polybius_mode": record.get("mode") or "",
        "polybius_cameo_code": record.get("cameo_code") or "", "polybius_modality": record.get("modality") or "",
        "polybius_trigger": (record.get("trigger") or {}).get("text") or "",
        "polybius_article_text": (article.text if article and first_of_article else None) or "",
    }


def write_acled(records: Iterable[dict[str, Any]], articles: dict[str, ArticleInfo], stream: TextIO) -> int:
    """Write the in-scope events, grouped by article; returns the number of rows."""
    chosen = sorted((r for r in records if in_scope(r)), key=lambda r: (r["article_id"], r["sentence_index"], r["trigger"]["span"][0]))
    writer = csv.DictWriter(stream, fieldnames=list(COLUMNS))
    writer.writeheader()
    previous = None
    for record in chosen:
        writer.writerow(acled_row(record, articles.get(record["article_id"]), record["article_id"] != previous))
        previous = record["article_id"]
    return len(chosen)
