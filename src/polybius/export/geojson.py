"""GeoJSON (RFC 7946): one Point feature per event that has coordinates.

Coordinates are ``[longitude, latitude]`` (the RFC's order). Properties are the flat event
fields a GIS table shows; events without coordinates are left out (GIS tools expect a
geometry), and the count written says how many went in.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from polybius.export import ArticleInfo, parties


def _names(value: Any) -> str | None:
    labels = [p.get("name") or p.get("text") for p in parties(value)]
    return "; ".join(filter(None, labels)) or None


def feature(record: dict[str, Any], article: ArticleInfo | None) -> dict[str, Any] | None:
    place = record.get("location") or {}
    if place.get("lat") is None or place.get("lon") is None:
        return None
    properties = {
        "event_id": record["event_id"], "article_id": record["article_id"], "date": record.get("date"),
        "event_type": record["event_type"], "mode": record.get("mode"), "cameo_code": record.get("cameo_code"),
        "acled_event_type": record.get("acled_event_type"), "acled_sub_event_type": record.get("acled_sub_event_type"),
        "modality": record.get("modality"), "actor": _names(record.get("actor")), "recipient": _names(record.get("recipient")),
        "trigger": (record.get("trigger") or {}).get("text"), "place": place.get("name") or place.get("text"),
        "place_words": place.get("text"), "country": place.get("country"), "admin1": place.get("admin1"),
        "precision": place.get("precision"), "fatalities": record.get("fatalities"), "injured": record.get("injured"),
        "incident_id": record.get("incident_id"), "sentence": record.get("sentence"), "source": article.source if article else None, "url": article.url if article else None,
    }
    return {"type": "Feature", "id": record["event_id"],
            "geometry": {"type": "Point", "coordinates": [round(place["lon"], 6), round(place["lat"], 6)]},
            "properties": properties}


def write_geojson(records: Iterable[dict[str, Any]], articles: dict[str, ArticleInfo], stream: TextIO) -> int:
    features = [f for f in (feature(r, articles.get(r["article_id"])) for r in records) if f is not None]
    json.dump({"type": "FeatureCollection", "features": features}, stream, ensure_ascii=False)
    stream.write("\n")
    return len(features)
