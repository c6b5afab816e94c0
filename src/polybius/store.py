"""The event store: one DuckDB file with ``articles`` and ``events``.

Each batch of articles is written in one transaction, so an interrupted run leaves only
whole articles; an article already stored is skipped, so re-running completes the rest
without duplicates.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from polybius.model import Event
from polybius.pipeline import Result

DEFAULT_DB = "polybius.duckdb"
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,
    url VARCHAR,
    source VARCHAR,
    title VARCHAR,
    published DATE,
    language VARCHAR,
    text VARCHAR,
    metadata JSON,
    origin VARCHAR,
    sentences INTEGER,
    events INTEGER,
    ingested_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    sentence_index INTEGER,
    event_type VARCHAR,
    mode VARCHAR,
    cameo_code VARCHAR,
    acled_event_type VARCHAR,
    acled_sub_event_type VARCHAR,
    modality VARCHAR,
    trigger VARCHAR,
    actor VARCHAR,
    actor_country VARCHAR,
    recipient VARCHAR,
    recipient_country VARCHAR,
    location VARCHAR,
    country VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    date DATE,
    date_end DATE,
    date_precision VARCHAR,
    fatalities INTEGER,
    injured INTEGER,
    arrested INTEGER,
    reported_by VARCHAR,
    confidence DOUBLE,
    sentence VARCHAR,
    record JSON
);
CREATE TABLE IF NOT EXISTS incidents (
    incident_id VARCHAR PRIMARY KEY,
    event_type VARCHAR,
    modality VARCHAR,
    happened BOOLEAN,
    actors VARCHAR,
    recipients VARCHAR,
    location VARCHAR,
    country VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    precision INTEGER,
    date DATE,
    date_end DATE,
    date_precision VARCHAR,
    window_start DATE,
    window_end DATE,
    fatalities INTEGER,
    injured INTEGER,
    arrested INTEGER,
    first_report DATE,
    last_report DATE,
    mentions INTEGER,
    articles INTEGER,
    sources INTEGER,
    independent_sources INTEGER,
    party_claim_only BOOLEAN,
    countries VARCHAR,
    record JSON
);
CREATE TABLE IF NOT EXISTS article_signatures (article_id VARCHAR PRIMARY KEY, signature VARCHAR);  -- MinHash, hex
"""
# Stores made before incidents gain their columns in place (polybius/incidents/).
_MIGRATIONS = """
ALTER TABLE events ADD COLUMN IF NOT EXISTS incident_id VARCHAR;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS story_id VARCHAR;
"""

# The flat columns, in table order, for CSV and Parquet exports and the `events` table view.
FLAT_COLUMNS: tuple[str, ...] = (
    "event_id", "article_id", "sentence_index", "event_type", "mode", "cameo_code",
    "acled_event_type", "acled_sub_event_type", "modality", "trigger", "actor", "actor_country",
    "recipient", "recipient_country", "location", "country", "lat", "lon", "date", "date_end",
    "date_precision", "fatalities", "injured", "arrested", "reported_by", "confidence", "sentence", "incident_id",
)


class StoreError(Exception):
    """The store cannot be opened or used; the message names the file."""


@dataclass(slots=True)
class EventFilter:
    event_type: str | None = None
    actor: str | None = None
    country: str | None = None
    since: str | None = None
    until: str | None = None
    modality: str | None = None
    article_id: str | None = None
    min_confidence: float | None = None
    limit: int | None = None
    # not a filter: actors and recipients resolved with less confidence say "unknown" (resolve/confidence.py)
    min_actor_confidence: float | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.event_type:
            clauses.append("upper(e.event_type) = upper(?)")
            params.append(self.event_type)
        if self.actor:
            clauses.append("(e.actor ILIKE ? OR e.recipient ILIKE ?)")
            params += [f"%{self.actor}%", f"%{self.actor}%"]
        if self.country:
            clauses.append("(upper(e.country) = upper(?) OR upper(e.actor_country) = upper(?) OR upper(e.recipient_country) = upper(?))")
            params += [self.country] * 3
        if self.since:
            clauses.append("coalesce(e.date_end, e.date) >= CAST(? AS DATE)")
            params.append(self.since)
        if self.until:
            clauses.append("e.date <= CAST(? AS DATE)")
            params.append(self.until)
        if self.modality:
            clauses.append("e.modality = ?")
            params.append(self.modality)
        if self.article_id:
            clauses.append("e.article_id = ?")
            params.append(self.article_id)
        if self.min_confidence is not None:
            clauses.append("e.confidence >= ?")
            params.append(self.min_confidence)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _names(value: Any) -> tuple[str | None, str | None]:
    """Flat text for an actor/recipient field: names (else words) and countries, joined by '; '."""
    if value is None:
        return None, None
    parties = value if isinstance(value, list) else [value]
    names = "; ".join(p.get("name") or p.get("text") for p in parties)
    countries = "; ".join(sorted({p["country"] for p in parties if p.get("country")})) or None
    return names, countries


def event_row(event: Event) -> tuple[Any, ...]:
    record = event.to_dict()
    actor, actor_country = _names(record["actor"])
    recipient, recipient_country = _names(record["recipient"])
    location = record["location"] or {}
    reported = record["reported_by"]
    return (
        event.event_id, event.article_id, event.sentence_index, event.event_type, event.mode,
        event.cameo_code, event.acled_event_type, event.acled_sub_event_type, event.modality,
        event.trigger.text, actor, actor_country, recipient, recipient_country,
        location.get("name") or location.get("text"), location.get("country"), location.get("lat"),
        location.get("lon"), event.date, event.date_end, event.date_precision, event.fatalities,
        event.injured, event.arrested, reported["text"] if reported else None, event.confidence,
        event.sentence, record,
    )


_ARTICLE_COLUMNS: dict[str, str] = {
    "id": "VARCHAR", "url": "VARCHAR", "source": "VARCHAR", "title": "VARCHAR", "published": "DATE",
    "language": "VARCHAR", "text": "VARCHAR", "metadata": "JSON", "origin": "VARCHAR",
    "sentences": "INTEGER", "events": "INTEGER",
}
_EVENT_COLUMNS: dict[str, str] = {
    "event_id": "VARCHAR", "article_id": "VARCHAR", "sentence_index": "INTEGER", "event_type": "VARCHAR",
    "mode": "VARCHAR", "cameo_code": "VARCHAR", "acled_event_type": "VARCHAR", "acled_sub_event_type": "VARCHAR",
    "modality": "VARCHAR", "trigger": "VARCHAR", "actor": "VARCHAR", "actor_country": "VARCHAR",
    "recipient": "VARCHAR", "recipient_country": "VARCHAR", "location": "VARCHAR", "country": "VARCHAR",
    "lat": "DOUBLE", "lon": "DOUBLE", "date": "DATE", "date_end": "DATE", "date_precision": "VARCHAR",
    "fatalities": "INTEGER", "injured": "INTEGER", "arrested": "INTEGER", "reported_by": "VARCHAR",
    "confidence": "DOUBLE", "sentence": "VARCHAR", "record": "JSON",
}


class Store:
    """A DuckDB event store. Use as a context manager."""

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False) -> None:
        self.path = str(path)
        try:
            self.connection = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc})") from None
        if not read_only:
            self.connection.execute(_SCHEMA)
            self.connection.execute(_MIGRATIONS)
            self.connection.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self.connection.close()

    def known_ids(self, ids: Sequence[str]) -> set[str]:
        if not ids:
            return set()
        rows = self.connection.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [list(ids)]).fetchall()
        return {r[0] for r in rows}

    def write(self, results: Iterable[Result]) -> int:
        """Store a batch in one transaction; returns the number of new articles."""
        article_rows = []
        event_rows = []
        for result in results:
            a = result.article
            article_rows.append((
                a.id, a.url, a.source, a.title, (a.published or None) and a.published[:10], a.language,
                a.text, a.metadata, a.origin, result.sentences, len(result.events),
            ))
            event_rows.extend(event_row(e) for e in result.events)
        if not article_rows:
            return 0
        con = self.connection
        con.execute("BEGIN TRANSACTION")
        try:
            fresh = set(r[0] for r in article_rows) - self.known_ids([r[0] for r in article_rows])
            unique: dict[str, tuple] = {}
            for row in article_rows:  # an id twice in one batch: the first copy is kept
                if row[0] in fresh:
                    unique.setdefault(row[0], row)
            article_rows = list(unique.values())
            event_rows = [r for r in event_rows if r[1] in fresh]
            self._bulk_insert("articles", _ARTICLE_COLUMNS, article_rows)
            self._bulk_insert("events", _EVENT_COLUMNS, event_rows)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return len(article_rows)

    def _bulk_insert(self, table: str, columns: dict[str, str], rows: list[tuple[Any, ...]]) -> None:
        """Insert ``rows`` through a temporary JSON Lines file: DuckDB reads it a hundred
        times faster than row-by-row ``executemany``. Runs inside the caller's transaction."""
        if not rows:
            return
        names = list(columns)
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as handle:
            for row in rows:
                handle.write(json.dumps(dict(zip(names, row)), ensure_ascii=False, default=str))
                handle.write("\n")
        try:
            schema = "{" + ", ".join(f"'{name}': '{kind}'" for name, kind in columns.items()) + "}"
            self.connection.execute(
                f"INSERT OR IGNORE INTO {table} ({', '.join(names)}) "
                f"SELECT {', '.join(names)} FROM read_json(?, columns={schema}, format='newline_delimited', maximum_object_size=1073741824)",
                [handle.name],
            )
        finally:
            os.unlink(handle.name)

    def events(self, query: EventFilter | None = None) -> list[dict[str, Any]]:
        """Full event records (the public JSON shape), newest first."""
        where, params = (query or EventFilter()).where()
        limit = f" LIMIT {int(query.limit)}" if query and query.limit else ""
        rows = self.connection.execute(
            f"SELECT e.record, {self._incident_column()} FROM events e{where} "
            f"ORDER BY e.date DESC NULLS LAST, e.article_id, e.sentence_index, e.event_id{limit}", params
        ).fetchall()
        records = [{**json.loads(r[0]), "incident_id": r[1]} for r in rows]
        if query is not None and query.min_actor_confidence:
            from polybius.resolve.confidence import abstain

            records = [abstain(r, query.min_actor_confidence) for r in records]
        return records

    def _incident_column(self) -> str:
        """``e.incident_id``, or NULL in a store made before incidents and opened read-only."""
        found = self.connection.execute(
            "SELECT count(*) FROM information_schema.columns WHERE table_name = 'events' AND column_name = 'incident_id'"
        ).fetchone()[0]
        return "e.incident_id" if found else "CAST(NULL AS VARCHAR) AS incident_id"

    def _flat_select(self) -> str:
        return ", ".join(self._incident_column() if c == "incident_id" else f"e.{c}" for c in FLAT_COLUMNS)

    def flat_events(self, query: EventFilter | None = None) -> tuple[list[str], list[tuple[Any, ...]]]:
        where, params = (query or EventFilter()).where()
        limit = f" LIMIT {int(query.limit)}" if query and query.limit else ""
        columns = self._flat_select()
        rows = self.connection.execute(
            f"SELECT {columns} FROM events e{where} ORDER BY e.date DESC NULLS LAST, e.article_id, e.sentence_index, e.event_id{limit}", params
        ).fetchall()
        return list(FLAT_COLUMNS), rows

    def export_parquet(self, out: str | Path, query: EventFilter | None = None) -> int:
        where, params = (query or EventFilter()).where()
        columns = self._flat_select()
        target = str(out).replace("'", "''")
        sql = f"COPY (SELECT {columns}, e.record FROM events e{where} ORDER BY e.date, e.event_id) TO '{target}' (FORMAT PARQUET)"
        self.connection.execute(sql, params)
        return self.connection.execute(f"SELECT count(*) FROM events e{where}", params).fetchone()[0]

    def counts(self) -> dict[str, int]:
        con = self.connection
        return {
            "articles": con.execute("SELECT count(*) FROM articles").fetchone()[0],
            "events": con.execute("SELECT count(*) FROM events").fetchone()[0],
        }

    # -- incidents (built by polybius/incidents/) -------------------------------------------

    def has_incidents_table(self) -> bool:
        return bool(self.connection.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'incidents'").fetchone()[0])

    def incidents(self, query: IncidentFilter | None = None) -> list[dict[str, Any]]:
        """Incident records (see docs/INCIDENTS.md), most recent first."""
        if not self.has_incidents_table():
            return []
        where, params = (query or IncidentFilter()).where()
        limit = f" LIMIT {int(query.limit)}" if query and query.limit else ""
        rows = self.connection.execute(
            f"SELECT i.record FROM incidents i{where} ORDER BY i.date DESC NULLS LAST, i.incident_id{limit}", params
        ).fetchall()
        return [json.loads(r[0]) for r in rows]

    def export_incidents_parquet(self, out: str | Path, query: IncidentFilter | None = None) -> int:
        where, params = (query or IncidentFilter()).where()
        target = str(out).replace("'", "''")
        self.connection.execute(f"COPY (SELECT * FROM incidents i{where} ORDER BY i.date, i.incident_id) TO '{target}' (FORMAT PARQUET)", params)
        return self.connection.execute(f"SELECT count(*) FROM incidents i{where}", params).fetchone()[0]


@dataclass(slots=True)
class IncidentFilter:
    """Which incidents to read. By default only those that happened (asserted mentions)."""

    event_type: str | None = None
    actor: str | None = None
    country: str | None = None
    since: str | None = None
    until: str | None = None
    min_sources: int | None = None
    min_independent: int | None = None
    party_claim_only: bool | None = None
    happened: bool | None = True
    limit: int | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.event_type:
            clauses.append("upper(i.event_type) = upper(?)")
            params.append(self.event_type)
        if self.actor:
            clauses.append("(i.actors ILIKE ? OR i.recipients ILIKE ?)")
            params += [f"%{self.actor}%"] * 2
        if self.country:
            clauses.append("list_contains(string_split(i.countries, ';'), upper(?))")
            params.append(self.country)
        if self.since:
            clauses.append("coalesce(i.date_end, i.date) >= CAST(? AS DATE)")
            params.append(self.since)
        if self.until:
            clauses.append("i.date <= CAST(? AS DATE)")
            params.append(self.until)
        if self.min_sources is not None:
            clauses.append("i.sources >= ?")
            params.append(self.min_sources)
        if self.min_independent is not None:
            clauses.append("i.independent_sources >= ?")
            params.append(self.min_independent)
        if self.party_claim_only is not None:
            clauses.append("i.party_claim_only = ?")
            params.append(self.party_claim_only)
        if self.happened is not None:
            clauses.append("i.happened = ?")
            params.append(self.happened)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params
