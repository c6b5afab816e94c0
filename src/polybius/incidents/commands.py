"""``polybius incidents`` and ``polybius export --incidents``: kept here so that cli.py
only registers them."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from typing import Any, TextIO

EXIT_OK, EXIT_USAGE, EXIT_STORE = 0, 2, 3
TABLE = (("date", 10), ("event_type", 9), ("actors", 26), ("recipients", 22), ("location", 18), ("fatalities", 5),
         ("mentions", 4), ("articles", 4), ("sources", 4), ("independent_sources", 4), ("party_claim_only", 5), ("incident_id", 16))


def add_parser(commands: Any) -> None:
    parser = commands.add_parser("incidents", help="list incidents: event mentions merged across sentences, articles and outlets")
    parser.add_argument("--db", default="polybius.duckdb", help="the DuckDB store (default ./polybius.duckdb)")
    parser.add_argument("--rebuild", action="store_true",
                        help="recluster every stored event first (after a change of settings; same data, same result)")
    add_filter_options(parser)
    parser.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")
    parser.set_defaults(run=cmd_incidents)


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("incident filters")
    group.add_argument("--type", dest="event_type", help="PLOVER event type, e.g. ASSAULT")
    group.add_argument("--actor", help="words in an actor's or recipient's name")
    group.add_argument("--country", help="ISO3 country code of the place or of a party")
    group.add_argument("--since", help="incidents on or after this date (YYYY-MM-DD)")
    group.add_argument("--until", help="incidents on or before this date (YYYY-MM-DD)")
    group.add_argument("--min-sources", type=int, help="at least this many outlets")
    group.add_argument("--min-independent", type=int, help="at least this many independent sources (copies counted once)")
    group.add_argument("--party-claims", choices=("only", "exclude"), help="only, or no, incidents claimed by parties alone")
    group.add_argument("--all-modalities", action="store_true",
                       help="also the clusters of denied, hypothetical, intended and habitual mentions (not happened)")
    group.add_argument("--limit", type=int, help="at most this many incidents")


def incident_filter(options: argparse.Namespace):
    from polybius.store import IncidentFilter

    claims = {"only": True, "exclude": False}.get(options.party_claims or "")
    return IncidentFilter(
        event_type=options.event_type, actor=options.actor, country=options.country, since=options.since,
        until=options.until, min_sources=options.min_sources, min_independent=options.min_independent,
        party_claim_only=claims, happened=None if options.all_modalities else True, limit=options.limit,
    )


def _cell(record: dict[str, Any], name: str) -> str:
    value = record.get(name)
    if name == "location":
        value = (value or {}).get("name")
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    if isinstance(value, bool):
        value = "yes" if value else ""
    return "" if value is None else str(value)


def write_table(records: Sequence[dict[str, Any]], stream: TextIO) -> None:
    header = "  ".join({"independent_sources": "ind", "party_claim_only": "party", "mentions": "ment", "articles": "arts",
                        "sources": "srcs"}.get(n, n)[:w].ljust(w) for n, w in TABLE)
    print(header, file=stream)
    print("-" * len(header), file=stream)
    for record in records:
        cells = []
        for name, width in TABLE:
            text = _cell(record, name).replace("\n", " ")
            cells.append((text[: width - 1] + "…" if len(text) > width else text).ljust(width))
        print("  ".join(cells).rstrip(), file=stream)


def flat(record: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for key, value in record.items():
        if key == "location":
            for sub in ("name", "country", "lat", "lon", "precision"):
                row[f"location_{sub}"] = (value or {}).get(sub)
        elif isinstance(value, list):
            row[key] = "; ".join(str(v) for v in value)
        elif isinstance(value, dict):
            row[key] = json.dumps(value, ensure_ascii=False)
        else:
            row[key] = value
    return row


def write_csv(records: Sequence[dict[str, Any]], stream: TextIO) -> None:
    from polybius.cli import write_csv as write_records

    write_records(records, stream, flatten=flat, first="incident_id")


def write_jsonl(records: Sequence[dict[str, Any]], stream: TextIO) -> None:
    for record in records:
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")


WRITERS = {"table": write_table, "jsonl": write_jsonl, "csv": write_csv}


def _open(db: str, read_only: bool):
    from polybius.store import Store, StoreError

    try:
        return Store(db, read_only=read_only)
    except StoreError as exc:
        print(f"polybius: {exc}", file=sys.stderr)
        return None


def cmd_incidents(options: argparse.Namespace) -> int:
    store = _open(options.db, read_only=not options.rebuild)
    if store is None:
        return EXIT_STORE
    with store:
        if options.rebuild:
            from polybius.incidents import rebuild

            started = time.perf_counter()
            done = rebuild(store)
            print(f"rebuilt: {done['events']:,} events of {done['articles']:,} articles ({done['stories']:,} stories) "
                  f"→ {done['incidents']:,} incidents in {time.perf_counter() - started:.1f}s", file=sys.stderr)
        elif not store.has_incidents_table():
            print(f"polybius: {options.db} has no incidents yet: run `polybius incidents --rebuild --db {options.db}`", file=sys.stderr)
            return EXIT_STORE
        records = store.incidents(incident_filter(options))
    WRITERS[options.format](records, sys.stdout)
    return EXIT_OK


def export_incidents(options: argparse.Namespace) -> int:
    """``polybius export --incidents``: the incidents, with the event filters that apply."""
    from polybius.store import IncidentFilter

    store = _open(options.db, read_only=True)
    if store is None:
        return EXIT_STORE
    query = IncidentFilter(event_type=options.event_type, actor=options.actor, country=options.country,
                           since=options.since, until=options.until, limit=options.limit)
    with store:
        if options.format == "parquet":
            count = store.export_incidents_parquet(options.out, query)
        else:
            records = store.incidents(query)
            count = len(records)
            with open(options.out, "w", encoding="utf-8", newline="") as stream:
                WRITERS[options.format](records, stream)
    print(f"wrote {count} incidents to {options.out}", file=sys.stderr)
    return EXIT_OK


def update_after_ingest(store: Any, article_ids: list[str]) -> None:
    """The end of ``polybius ingest``: the new articles' events join incidents."""
    from polybius.incidents import update

    started = time.perf_counter()
    # articles an earlier run stored but never grouped (it was killed, or ran with
    # --no-incidents) join now too
    left = [r[0] for r in store.connection.execute(
        "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM article_signatures)").fetchall()]
    done = update(store, sorted(set(article_ids) | set(left)))
    print(f"incidents: {done['events']:,} new events → {done['incidents']:,} incidents written "
          f"in {time.perf_counter() - started:.1f}s", file=sys.stderr)
