"""SQL for the explorer: every query is parameterised, every result bounded.

The browser only ever receives aggregates (counts per day, type, country, actor; map
cells) and pages of events, so the page stays fast on a store of 100,000 events.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import duckdb

from polybius.resolve.confidence import abstain
from polybius.store import EventFilter, IncidentFilter

MAX_PAGE = 500
MAX_CELLS = 5000
TOP_N = 25

# Sort keys the API accepts → SQL. A whitelist: the key never reaches SQL as text.
SORTS: dict[str, str] = {
    "date": "e.date", "type": "e.event_type", "mode": "e.mode", "modality": "e.modality",
    "actor": "e.actor", "trigger": "e.trigger", "recipient": "e.recipient", "location": "e.location",
    "country": "e.country", "fatalities": "e.fatalities", "confidence": "e.confidence",
}


def _like(words: str) -> str:
    """An ILIKE pattern matching ``words`` literally (their % and _ are not wildcards)."""
    escaped = words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@dataclass(slots=True)
class Query:
    """The filters every endpoint shares; empty fields filter nothing."""

    since: str | None = None
    until: str | None = None
    event_type: str | None = None
    mode: str | None = None
    actor: str | None = None
    country: str | None = None
    modality: str | None = None
    min_confidence: float | None = None
    # not a filter: actors and recipients resolved with less confidence say "unknown" (resolve/confidence.py)
    min_actor_confidence: float | None = None
    q: str | None = None
    article_id: str | None = None
    incident_id: str | None = None
    located: bool = False

    def where(self, dates: bool = True) -> tuple[str, list[Any]]:
        """The WHERE clause and its parameters; ``dates=False`` leaves the date range out
        (the timeline shows every day so that the brush can move)."""
        base = EventFilter(
            event_type=self.event_type, actor=self.actor, country=self.country,
            since=self.since if dates else None, until=self.until if dates else None,
            modality=self.modality, article_id=self.article_id, min_confidence=self.min_confidence,
        )
        sql, params = base.where()
        clauses = [sql[len(" WHERE "):]] if sql else []
        if self.mode:
            clauses.append("e.mode = ?")
            params.append(self.mode)
        if self.q:
            clauses.append(
                "concat_ws(' ', e.sentence, e.trigger, e.actor, e.recipient, e.location, e.reported_by) ILIKE ? ESCAPE '\\'"
            )
            params.append(_like(self.q))
        if self.incident_id:
            clauses.append("e.incident_id = ?")
            params.append(self.incident_id)
        if self.located:
            clauses.append("e.lat IS NOT NULL AND e.lon IS NOT NULL")
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _records(rows: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    return [json.loads(r[0]) for r in rows]


def events_page(con: duckdb.DuckDBPyConnection, query: Query, sort: str, descending: bool,
                limit: int, offset: int) -> dict[str, Any]:
    """One page of full event records (the public JSON shape) and the total that match."""
    where, params = query.where()
    order = f"{SORTS[sort]} {'DESC' if descending else 'ASC'} NULLS LAST"
    total = con.execute(f"SELECT count(*) FROM events e{where}", params).fetchone()[0]
    rows = con.execute(
        f"SELECT e.record FROM events e{where} ORDER BY {order}, e.article_id, e.sentence_index, e.event_id "
        "LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    records = _records(rows)
    if query.min_actor_confidence:
        records = [abstain(r, query.min_actor_confidence) for r in records]
    return {"total": total, "limit": limit, "offset": offset, "sort": sort,
            "order": "desc" if descending else "asc", "events": records}


def geojson(page: dict[str, Any]) -> dict[str, Any]:
    """The page as a GeoJSON FeatureCollection: one Point per event that has coordinates."""
    features = []
    for record in page["events"]:
        place = record.get("location") or {}
        if place.get("lat") is None or place.get("lon") is None:
            continue
        features.append({
            "type": "Feature", "id": record["event_id"],
            "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
            "properties": record,
        })
    return {"type": "FeatureCollection", "features": features,
            "total": page["total"], "limit": page["limit"], "offset": page["offset"]}


def event(con: duckdb.DuckDBPyConnection, event_id: str) -> dict[str, Any] | None:
    row = con.execute("SELECT record FROM events WHERE event_id = ?", [event_id]).fetchone()
    return json.loads(row[0]) if row else None


def article(con: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, Any] | None:
    row = con.execute(
        "SELECT id, url, source, title, CAST(published AS VARCHAR), language, text, origin FROM articles WHERE id = ?",
        [article_id],
    ).fetchone()
    if row is None:
        return None
    keys = ("id", "url", "source", "title", "published", "language", "text", "origin")
    found = dict(zip(keys, row))
    rows = con.execute(
        "SELECT record FROM events WHERE article_id = ? ORDER BY sentence_index, event_id", [article_id]
    ).fetchall()
    found["events"] = _records(rows)
    return found


def _counts(con: duckdb.DuckDBPyConnection, key: str, where: str, params: list[Any], limit: int | None = None) -> list[list[Any]]:
    """``[[value, count], ...]`` for one column, most frequent first; ``key`` is ours, never the caller's."""
    extra = f"{' AND' if where else ' WHERE'} {key} IS NOT NULL"
    top = f" LIMIT {int(limit)}" if limit else ""
    rows = con.execute(
        f"SELECT {key} AS k, count(*) AS n FROM events e{where}{extra} GROUP BY k ORDER BY n DESC, k{top}", params
    ).fetchall()
    return [[k, n] for k, n in rows]


def stats(con: duckdb.DuckDBPyConnection, query: Query) -> dict[str, Any]:
    """Counts by type, country, actor and modality under every filter, and counts per day
    under every filter but the dates (the timeline and its brush)."""
    where, params = query.where()
    undated, undated_params = query.where(dates=False)
    total = con.execute(f"SELECT count(*) FROM events e{where}", params).fetchone()[0]
    located = con.execute(
        f"SELECT count(*) FROM events e{where}{' AND' if where else ' WHERE'} e.lat IS NOT NULL", params
    ).fetchone()[0]
    days = con.execute(
        f"SELECT CAST(e.date AS VARCHAR), count(*) FROM events e{undated}{' AND' if undated else ' WHERE'} e.date IS NOT NULL "
        "GROUP BY e.date ORDER BY e.date",
        undated_params,
    ).fetchall()
    return {
        "total": total,
        "located": located,
        "by_day": [[d, n] for d, n in days],
        "by_type": _counts(con, "e.event_type", where, params),
        "by_country": _counts(con, "e.country", where, params, TOP_N),
        "by_actor": _counts(con, "e.actor", where, params, TOP_N),
        "by_modality": _counts(con, "e.modality", where, params),
    }


@dataclass(slots=True)
class Box:
    west: float = -180.0
    south: float = -90.0
    east: float = 180.0
    north: float = 90.0


def map_cells(con: duckdb.DuckDBPyConnection, query: Query, cell: float, box: Box) -> dict[str, Any]:
    """Events grouped into square cells of ``cell`` degrees inside ``box``: each cell is
    a marker (its mean position, its count, its most frequent type); a cell of one event
    carries that event's id so that the page can open it."""
    where, params = query.where()
    glue = " AND" if where else " WHERE"
    rows = con.execute(
        f"""
        WITH located AS (
            SELECT e.event_id, e.event_type, e.lat, e.lon,
                   floor(e.lat / ?) AS gy, floor(e.lon / ?) AS gx
            FROM events e{where}{glue} e.lat IS NOT NULL AND e.lon IS NOT NULL
              AND e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?
        )
        SELECT avg(lat), avg(lon), count(*), mode(event_type), min(event_id),
               list(DISTINCT event_type ORDER BY event_type)
        FROM located GROUP BY gy, gx ORDER BY count(*) DESC LIMIT ?
        """,
        [cell, cell, *params, box.south, box.north, box.west, box.east, MAX_CELLS],
    ).fetchall()
    cells = [
        {"lat": lat, "lon": lon, "count": n, "type": top, "types": types, "event_id": first if n == 1 else None}
        for lat, lon, n, top, first, types in rows
    ]
    return {"cell": cell, "cells": cells, "truncated": len(cells) == MAX_CELLS}


def table_exists(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    row = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ? AND table_schema = 'main'", [name]
    ).fetchone()
    return bool(row[0])


def incidents_page(con: duckdb.DuckDBPyConnection, query: IncidentFilter, limit: int, offset: int) -> dict[str, Any]:
    """A page of incident records (the incidents stage's public shape), most recent first."""
    where, params = query.where()
    total = con.execute(f"SELECT count(*) FROM incidents i{where}", params).fetchone()[0]
    rows = con.execute(
        f"SELECT i.record FROM incidents i{where} ORDER BY i.date DESC NULLS LAST, i.incident_id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return {"total": total, "limit": limit, "offset": offset, "incidents": _records(rows)}


def has_column(con: duckdb.DuckDBPyConnection, table: str, column: str) -> bool:
    row = con.execute(
        "SELECT count(*) FROM information_schema.columns WHERE table_name = ? AND column_name = ?", [table, column]
    ).fetchone()
    return bool(row[0])


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    events, first, last = con.execute(
        "SELECT count(*), CAST(min(date) AS VARCHAR), CAST(max(date) AS VARCHAR) FROM events"
    ).fetchone()
    return {"articles": articles, "events": events, "first_day": first, "last_day": last}
