"""Incidents in the store: rebuilt from every event, or updated for new articles.

``rebuild`` reads all articles and events in report order and clusters them from
scratch: the same store and settings always give the same incidents and ids.
``update`` (run at the end of ``polybius ingest``) groups the new articles into stories
against the stored MinHash signatures, reloads only the incidents whose dates could
take the new mentions (or that the new articles' stories already touch), lets the new
mentions join them or start new ones, and rewrites only those incidents. An update
can differ from a rebuild when articles arrive out of date order; a rebuild is the
reference.
"""

from __future__ import annotations

import json
from typing import Any

from polybius.incidents import cluster_mentions, prepare, story_outlets
from polybius.incidents.cluster import Clusterer, Incident, Settings
from polybius.incidents.mentions import ArticleInfo, article_outlet, iso, ordinal
from polybius.incidents.provenance import record
from polybius.incidents.stories import StoryArticle, assign, from_bytes, group, signature, to_bytes

# New mentions look this many days around their own dates for incidents to reload.
RELOAD_MARGIN_DAYS = 40

_INCIDENT_TYPES: dict[str, str] = {
    "incident_id": "VARCHAR", "event_type": "VARCHAR", "modality": "VARCHAR", "happened": "BOOLEAN", "actors": "VARCHAR",
    "recipients": "VARCHAR", "location": "VARCHAR", "country": "VARCHAR", "lat": "DOUBLE", "lon": "DOUBLE",
    "precision": "INTEGER", "date": "DATE", "date_end": "DATE", "date_precision": "VARCHAR", "window_start": "DATE",
    "window_end": "DATE", "fatalities": "INTEGER", "injured": "INTEGER", "arrested": "INTEGER", "first_report": "DATE",
    "last_report": "DATE", "mentions": "INTEGER", "articles": "INTEGER", "sources": "INTEGER",
    "independent_sources": "INTEGER", "party_claim_only": "BOOLEAN", "countries": "VARCHAR", "record": "JSON",
}
INCIDENT_COLUMNS: tuple[str, ...] = tuple(_INCIDENT_TYPES)


def _infos(con: Any) -> tuple[dict[str, ArticleInfo], dict[str, str | None]]:
    rows = con.execute("SELECT id, CAST(published AS VARCHAR), source, url, story_id FROM articles").fetchall()
    infos = {r[0]: ArticleInfo(r[0], ordinal(r[1]), article_outlet(r[2], r[3]), r[4] or r[0]) for r in rows}
    return infos, {r[0]: r[1] for r in rows}


def _records(con: Any, where: str, params: list[Any]) -> list[dict[str, Any]]:
    rows = con.execute(f"SELECT record FROM events e {where}", params).fetchall()
    return [json.loads(r[0]) for r in rows]


def _row(rec: dict[str, Any], inc: Incident) -> tuple[Any, ...]:
    place = rec["location"] or {}
    when = inc.when
    return (
        rec["incident_id"], rec["event_type"], rec["modality"], rec["happened"], "; ".join(rec["actors"]) or None,
        "; ".join(rec["recipients"]) or None, place.get("name"), place.get("country"), place.get("lat"), place.get("lon"),
        place.get("precision"), rec["date"], rec["date_end"], rec["date_precision"],
        iso(when.start) if when else None, iso(when.end) if when else None, rec["fatalities"], rec["injured"],
        rec["arrested"], rec["first_report"], rec["last_report"], rec["mentions"], rec["articles"], rec["sources"],
        rec["independent_sources"], rec["party_claim_only"], ";".join(rec["countries"]), rec,
    )


def _write(store: Any, incidents: list[Incident], infos: dict[str, ArticleInfo], drop: set[str] | None) -> int:
    """Replace ``drop`` (None: every incident) by ``incidents``; point their events at them."""
    con = store.connection
    outlets = story_outlets(infos)
    records = [(record(inc, infos, outlets), inc) for inc in incidents]
    con.execute("BEGIN TRANSACTION")
    try:
        if drop is None:
            con.execute("DELETE FROM incidents")
            con.execute("UPDATE events SET incident_id = NULL WHERE incident_id IS NOT NULL")
        elif drop:
            con.execute("DELETE FROM incidents WHERE incident_id IN (SELECT unnest(?))", [sorted(drop)])
        if records:
            store._bulk_insert("incidents", _INCIDENT_TYPES, [_row(rec, inc) for rec, inc in records])
            pairs = [(eid, rec["incident_id"]) for rec, _ in records for eid in rec["event_ids"]]
            con.execute("CREATE TEMP TABLE IF NOT EXISTS incident_links (event_id VARCHAR PRIMARY KEY, incident_id VARCHAR)")
            con.execute("DELETE FROM incident_links")
            store._bulk_insert("incident_links", {"event_id": "VARCHAR", "incident_id": "VARCHAR"}, pairs)
            con.execute("UPDATE events SET incident_id = l.incident_id FROM incident_links l WHERE events.event_id = l.event_id")
            con.execute("DELETE FROM incident_links")
        con.execute("INSERT OR REPLACE INTO meta VALUES ('incidents_built', current_timestamp::VARCHAR)")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return len(records)


def _save_stories(store: Any, stories: dict[str, str], signatures: dict[str, Any], replace_all: bool) -> None:
    con = store.connection
    con.execute("BEGIN TRANSACTION")
    try:
        if replace_all:
            con.execute("DELETE FROM article_signatures")
        if signatures:
            con.execute("DELETE FROM article_signatures WHERE article_id IN (SELECT unnest(?))", [sorted(signatures)])
            # hex through JSON: the bulk loader reads text
            store._bulk_insert("article_signatures", {"article_id": "VARCHAR", "signature": "VARCHAR"},
                               [(aid, to_bytes(sig).hex()) for aid, sig in sorted(signatures.items())])
        if stories:
            con.execute("CREATE TEMP TABLE IF NOT EXISTS story_links (article_id VARCHAR PRIMARY KEY, story_id VARCHAR)")
            con.execute("DELETE FROM story_links")
            store._bulk_insert("story_links", {"article_id": "VARCHAR", "story_id": "VARCHAR"}, sorted(stories.items()))
            con.execute("UPDATE articles SET story_id = s.story_id FROM story_links s WHERE articles.id = s.article_id")
            con.execute("DELETE FROM story_links")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def rebuild(store: Any, settings: Settings | None = None) -> dict[str, int]:
    """Recluster every stored event: stories first, then incidents."""
    con = store.connection
    rows = con.execute("SELECT id, CAST(published AS VARCHAR), text FROM articles").fetchall()
    articles = [StoryArticle(r[0], r[1], r[2] or "") for r in rows]
    signatures = {a.article_id: signature(a.text) for a in articles}
    stories = group(articles, signatures)
    _save_stories(store, stories, signatures, replace_all=True)
    infos, published = _infos(con)
    mentions = prepare(_records(con, "", []), infos, published)
    engine = cluster_mentions(mentions, infos, settings)
    written = _write(store, engine.incidents, infos, None)
    return {"articles": len(articles), "stories": len(set(stories.values())), "events": len(mentions), "incidents": written}


def update(store: Any, article_ids: list[str], settings: Settings | None = None) -> dict[str, int]:
    """Add the events of newly stored ``article_ids`` to the stored incidents."""
    con = store.connection
    if not article_ids:
        return {"articles": 0, "events": 0, "incidents": 0}
    rows = con.execute("SELECT id, CAST(published AS VARCHAR), text FROM articles WHERE id IN (SELECT unnest(?))",
                       [article_ids]).fetchall()
    fresh = [StoryArticle(r[0], r[1], r[2] or "") for r in rows]
    new_sigs = {a.article_id: signature(a.text) for a in fresh}
    known_rows = con.execute(
        "SELECT s.article_id, s.signature, coalesce(a.story_id, a.id) FROM article_signatures s JOIN articles a ON a.id = s.article_id "
        "WHERE s.article_id NOT IN (SELECT unnest(?))", [article_ids]).fetchall()
    known = {r[0]: (from_bytes(bytes.fromhex(r[1])), r[2]) for r in known_rows}
    stories = assign(fresh, known, new_sigs)
    _save_stories(store, stories, new_sigs, replace_all=False)

    infos, published = _infos(con)
    new = prepare(_records(con, "WHERE e.article_id IN (SELECT unnest(?))", [article_ids]), infos, published)
    days = [d for m in new for d in (m.start, m.end) if d is not None]
    touched_stories = sorted({stories[a] for a in stories})
    params: list[Any] = [touched_stories, article_ids]
    window = ""
    if days:
        window = " OR (i.window_end >= CAST(? AS DATE) AND i.window_start <= CAST(? AS DATE))"
        params += [iso(min(days) - RELOAD_MARGIN_DAYS), iso(max(days) + RELOAD_MARGIN_DAYS)]
    ids = [r[0] for r in con.execute(
        "SELECT DISTINCT i.incident_id FROM incidents i WHERE i.incident_id IN ("
        " SELECT e.incident_id FROM events e JOIN articles a ON a.id = e.article_id"
        " WHERE a.story_id IN (SELECT unnest(?)) AND e.article_id NOT IN (SELECT unnest(?)) AND e.incident_id IS NOT NULL)"
        + window, params).fetchall()]
    engine = Clusterer(settings)
    seeded: dict[str, Incident] = {}
    if ids:
        old = prepare(_records(con, "WHERE e.incident_id IN (SELECT unnest(?))", [ids]), infos, published)
        links = dict(con.execute("SELECT event_id, incident_id FROM events WHERE incident_id IN (SELECT unnest(?))", [ids]).fetchall())
        for m in old:
            info = infos.get(m.article_id)
            engine.seed(m, links[m.event_id], info.story if info else None, seeded)
    before = {inc.seq: len(inc.mentions) for inc in engine.incidents}
    cluster_mentions(new, infos, settings, engine)
    touched = [inc for inc in engine.incidents if len(inc.mentions) != before.get(inc.seq, -1)]
    written = _write(store, touched, infos, {inc.incident_id for inc in touched if inc.incident_id})
    return {"articles": len(fresh), "events": len(new), "incidents": written, "reloaded": len(ids)}
