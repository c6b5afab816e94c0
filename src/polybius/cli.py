"""The ``polybius`` command line: a thin layer over the Python API.

Exit codes: 0 all inputs processed; 1 done, but some inputs or records were refused
(each named on stderr); 2 wrong usage; 3 the store could not be used.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections.abc import Iterator, Sequence
from itertools import islice
from typing import Any, TextIO

from polybius.model import Article
from polybius.read import ColumnMap, InputError, read_many

EXIT_OK, EXIT_INPUT_ERRORS, EXIT_USAGE, EXIT_STORE = 0, 1, 2, 3
TABLE_COLUMNS = (("date", 10), ("event_type", 9), ("modality", 12), ("actor", 28), ("trigger", 16), ("recipient", 28), ("location", 18), ("fatalities", 5))


class ErrorLog:
    """Collects input errors and reports each on stderr as it happens."""

    def __init__(self, stream: TextIO = sys.stderr) -> None:
        self.errors: list[InputError] = []
        self.stream = stream

    def __call__(self, error: InputError) -> None:
        self.errors.append(error)
        print(f"polybius: skipped {error}", file=self.stream)


# -- shared options ----------------------------------------------------------------------

def _add_input_options(parser: argparse.ArgumentParser, paths: str = "+") -> None:
    parser.add_argument("paths", nargs=paths, metavar="PATH", help="files or directories (.txt .html .jsonl .csv .warc .warc.gz), or - for stdin")
    group = parser.add_argument_group("columns of JSON Lines / CSV inputs (defaults: id,url,source,title,published,text and common aliases)")
    for name in ("text", "id", "url", "source", "title", "date"):
        group.add_argument(f"--{name}-column", metavar="NAME", help=f"the column holding the article {name}")
    parser.add_argument("--input-format", choices=("text", "html", "jsonl", "csv"), help="read every input as this format, whatever its extension")
    parser.add_argument("--batch-size", type=int, default=64, help="articles per spaCy batch (default 64)")
    parser.add_argument("--max-chars", type=int, default=1_000_000, help="refuse articles longer than this (default 1,000,000)")
    parser.add_argument("--actors", action="append", default=[], metavar="FILE",
                        help="your own actor entries (YAML, the format of data/actors/*.yaml), merged over the built-in base; repeatable")


def _add_filter_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default="polybius.duckdb", help="the DuckDB store (default ./polybius.duckdb)")
    parser.add_argument("--type", dest="event_type", help="PLOVER event type, e.g. ASSAULT")
    parser.add_argument("--actor", help="words in the actor's or recipient's name")
    parser.add_argument("--country", help="ISO3 country code of the place or of an actor")
    parser.add_argument("--since", help="events on or after this date (YYYY-MM-DD)")
    parser.add_argument("--until", help="events on or before this date (YYYY-MM-DD)")
    parser.add_argument("--modality", choices=("asserted", "negated", "hypothetical", "intended", "habitual"))
    parser.add_argument("--min-confidence", type=float)
    parser.add_argument("--min-actor-confidence", type=float, metavar="P",
                        help="actors and recipients resolved on a basis judged right less often than P say unknown "
                             "(data/actors/confidence.tsv; docs/ACTORS.md)")
    parser.add_argument("--limit", type=int, help="at most this many events")


def _columns(options: argparse.Namespace) -> ColumnMap:
    return ColumnMap(
        text=options.text_column, id=options.id_column, url=options.url_column,
        source=options.source_column, title=options.title_column, published=options.date_column,
    )


def _filter(options: argparse.Namespace):
    from polybius.store import EventFilter

    return EventFilter(
        event_type=options.event_type, actor=options.actor, country=options.country, since=options.since,
        until=options.until, modality=options.modality, min_confidence=options.min_confidence, limit=options.limit,
        min_actor_confidence=options.min_actor_confidence,
    )


def _articles(options: argparse.Namespace, errors: ErrorLog) -> Iterator[Article]:
    return read_many(options.paths, columns=_columns(options), input_format=options.input_format, on_error=errors)


# -- output formats ----------------------------------------------------------------------

def _short(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_short(v) for v in value)
    if isinstance(value, dict):
        return str(value.get("name") or value.get("text") or "")
    return str(value)


def write_table(records: Sequence[dict[str, Any]], stream: TextIO) -> None:
    header = "  ".join(name[:width].ljust(width) for name, width in TABLE_COLUMNS)
    print(header, file=stream)
    print("-" * len(header), file=stream)
    for record in records:
        cells = []
        for name, width in TABLE_COLUMNS:
            text = _short(record.get(name)).replace("\n", " ")
            cells.append((text[: width - 1] + "…" if len(text) > width else text).ljust(width))
        print("  ".join(cells).rstrip(), file=stream)


def write_jsonl(records: Sequence[dict[str, Any]], stream: TextIO) -> None:
    for record in records:
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")


def flat_record(record: dict[str, Any]) -> dict[str, Any]:
    """One CSV row per event: nested fields become text and span columns."""
    row: dict[str, Any] = {}
    for key, value in record.items():
        if key in ("actor", "recipient"):
            parties = value if isinstance(value, list) else ([value] if value else [])
            row[key] = "; ".join(p.get("text", "") for p in parties)
            row[f"{key}_name"] = "; ".join(p.get("name") or "" for p in parties)
            row[f"{key}_country"] = "; ".join(p.get("country") or "" for p in parties)
            row[f"{key}_sector"] = "; ".join(p.get("sector") or "" for p in parties)
            row[f"{key}_confidence"] = "; ".join("" if p.get("confidence") is None else f"{p['confidence']:g}" for p in parties)
        elif key in ("trigger", "location", "reported_by"):
            row[key] = (value or {}).get("text")
            if key == "location" and value:
                for sub in ("name", "lat", "lon", "country", "admin1", "precision"):
                    row[f"location_{sub}"] = value.get(sub)
        elif key == "context":
            row[key] = ",".join(value or [])
        elif key == "sentence_span":
            continue
        else:
            row[key] = value
    return row


def write_csv(records: Sequence[dict[str, Any]], stream: TextIO, flatten=None, first: str = "event_id") -> None:
    """Records as CSV, flattened by ``flatten`` (event records by default), every column
    any record has; ``first`` names the header of an empty table."""
    rows = [(flatten or flat_record)(r) for r in records]
    fields: list[str] = []
    for row in rows:
        fields.extend(k for k in row if k not in fields)
    writer = csv.DictWriter(stream, fieldnames=fields or [first])
    writer.writeheader()
    writer.writerows(rows)


WRITERS = {"table": write_table, "jsonl": write_jsonl, "csv": write_csv}


# -- commands ----------------------------------------------------------------------------

def cmd_extract(options: argparse.Namespace) -> int:
    from polybius.pipeline import process

    errors = ErrorLog()
    writer = WRITERS[options.format]
    records: list[dict[str, Any]] = []
    bar = _progress(None, "extract", quiet_unless_terminal=True)
    for result in process(_articles(options, errors), batch_size=options.batch_size, max_chars=options.max_chars, on_error=errors,
                          actors=tuple(options.actors), workers=options.workers, prefilter=not options.no_prefilter,
                          sentence_filter=getattr(options, "sentence_filter", False)):
        bar.update(1)
        batch = [e.to_dict() for e in result.events]
        if options.format == "jsonl":
            write_jsonl(batch, sys.stdout)  # streamed: a long run shows results as it goes
        else:
            records.extend(batch)
    bar.close()
    if options.format != "jsonl":
        writer(records, sys.stdout)
    return EXIT_INPUT_ERRORS if errors.errors else EXIT_OK


def _progress(total: int | None, desc: str = "ingest", quiet_unless_terminal: bool = False):
    """articles/s, and the ETA where the total is known; extract shows it only on a terminal."""
    from tqdm import tqdm

    return tqdm(total=total, unit="article", desc=desc, file=sys.stderr, dynamic_ncols=True, mininterval=0.5,
                disable=None if quiet_unless_terminal else False)


def _add_scale_options(parser: argparse.ArgumentParser) -> None:
    from polybius.workers import default_workers

    parser.add_argument("--workers", type=int, default=default_workers(), metavar="N",
                        help="worker processes, one model each (default: all cores, here %(default)s); output order is kept")
    parser.add_argument("--no-prefilter", action="store_true",
                        help="send every article to the model, even one without a word of the trigger lexicon (docs/SCALE.md)")
    parser.add_argument("--sentence-filter", action="store_true",
                        help="run the dependency parser only on sentences with a possible trigger word (opt-in; docs/SCALE.md)")


def cmd_ingest(options: argparse.Namespace) -> int:
    from polybius.pipeline import Stats, process
    from polybius.store import Store, StoreError

    if options.watch:
        from polybius.watch import cmd_watch

        return cmd_watch(options)
    if not options.paths:
        print("polybius ingest: give PATH(s) to read, or --watch DIR", file=sys.stderr)
        return EXIT_USAGE
    errors = ErrorLog()
    try:
        store = Store(options.db)
    except StoreError as exc:
        print(f"polybius: {exc}", file=sys.stderr)
        return EXIT_STORE
    stats = Stats()
    started = time.perf_counter()
    skipped = 0
    with store:
        articles = list(_articles(options, errors))
        known = store.known_ids([a.id for a in articles])
        fresh, seen = [], set(known)
        repeated = 0
        for article in articles:
            if article.id in known:
                skipped += 1
            elif article.id in seen:
                repeated += 1  # the same id twice in the input: the first copy is kept
            else:
                seen.add(article.id)
                fresh.append(article)
        bar = _progress(len(fresh))
        results = process(iter(fresh), batch_size=options.batch_size, max_chars=options.max_chars, on_error=errors,
                          actors=tuple(options.actors), workers=options.workers, prefilter=not options.no_prefilter,
                          sentence_filter=getattr(options, "sentence_filter", False))
        while True:
            batch = list(islice(results, options.commit_every))
            if not batch:
                break
            store.write(batch)
            for result in batch:
                stats.add(result)
                stats.words += len(result.article.text.split())
            bar.update(len(batch))
        bar.close()
        if not options.no_incidents:
            from polybius.incidents.commands import update_after_ingest

            update_after_ingest(store, [a.id for a in fresh])  # cheap: only the incidents the new dates can reach
        totals = store.counts()
    elapsed = time.perf_counter() - started
    _print_summary(stats, skipped, repeated, errors, elapsed, options.db, totals)
    return EXIT_INPUT_ERRORS if errors.errors else EXIT_OK


def _print_summary(stats, skipped: int, repeated: int, errors: ErrorLog, elapsed: float, db: str, totals: dict[str, int]) -> None:
    out = sys.stderr
    rate = stats.articles / elapsed if elapsed > 0 else 0.0
    again = f", {repeated} repeated ids in the input" if repeated else ""
    print(f"\ningested {stats.articles} articles ({skipped} already stored{again}), {stats.sentences} sentences, "
          f"{stats.events} events in {elapsed:.1f}s ({rate:.1f} articles/s, {stats.words / elapsed if elapsed > 0 else 0:,.0f} words/s)", file=out)
    for event_type, count in sorted(stats.by_type.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {event_type:<10} {count}", file=out)
    print(f"errors: {len(errors.errors)}", file=out)
    print(f"store {db}: {totals['articles']} articles, {totals['events']} events", file=out)


def _open_read_only(db: str):
    from polybius.store import Store, StoreError

    try:
        return Store(db, read_only=True)
    except StoreError as exc:
        print(f"polybius: {exc}", file=sys.stderr)
        return None


def cmd_events(options: argparse.Namespace) -> int:
    store = _open_read_only(options.db)
    if store is None:
        return EXIT_STORE
    with store:
        records = store.events(_filter(options))
    WRITERS[options.format](records, sys.stdout)
    return EXIT_OK


def cmd_export(options: argparse.Namespace) -> int:
    if options.min_actor_confidence and (options.incidents or options.format == "parquet"):
        # Parquet and the incident table copy stored columns as they are; only records are rewritten
        print("error: --min-actor-confidence applies to event records: export csv, jsonl, acled, gdelt, plover or geojson "
              "(a Parquet file keeps each party's confidence in its record column)", file=sys.stderr)
        return EXIT_USAGE
    if options.incidents:
        from polybius.incidents.commands import export_incidents

        return export_incidents(options)
    store = _open_read_only(options.db)
    if store is None:
        return EXIT_STORE
    query = _filter(options)
    with store:
        if options.format == "parquet":
            count = store.export_parquet(options.out, query)
        elif options.format in ("acled", "gdelt", "plover", "geojson"):
            from polybius.export.write import export_store

            count = export_store(store, query, options.format, options.out)
        else:
            records = store.events(query)
            count = len(records)
            with open(options.out, "w", encoding="utf-8", newline="") as stream:
                WRITERS[options.format](records, stream)
    print(f"wrote {count} events to {options.out}", file=sys.stderr)
    return EXIT_OK


def cmd_actors_lookup(options: argparse.Namespace) -> int:
    from polybius.resolve.actors import ActorFileError, explain

    try:
        found = explain(options.name, options.date, tuple(options.actors))
    except ActorFileError as exc:
        print(f"polybius: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if options.format == "json":
        print(json.dumps(found, ensure_ascii=False, indent=2))
    else:
        width = max(len(k) for k in found)
        for key, value in found.items():
            print(f"{key:<{width}}  {'' if value is None else value}")
    return EXIT_OK if found.get("entity_id") or found.get("country") or found.get("sector") else EXIT_INPUT_ERRORS


def cmd_geoparse(options: argparse.Namespace) -> int:
    from polybius.analyse import load_pipeline, restore_shadowed, shadow_text
    from polybius.resolve.actors import load_actor_base
    from polybius.resolve.gazetteer import load_gazetteer
    from polybius.resolve.geocode import ArticlePlaces
    from polybius.resolve.places import place_mentions

    errors = ErrorLog()
    nlp, base, gazetteer = load_pipeline(), load_actor_base(), load_gazetteer()
    rows: list[dict[str, Any]] = []
    for article in _articles(options, errors):
        if len(article.text) > options.max_chars:
            errors(InputError(article.origin or article.id, f"text longer than --max-chars {options.max_chars:,}"))
            continue
        shadowed, positions = shadow_text(article.text)
        doc = nlp(shadowed)
        restore_shadowed(doc, article.text, positions)
        for place in place_mentions(doc, article.text, base, ArticlePlaces.of(doc, gazetteer, base, article.text)):
            row = {"article_id": article.id, "text": place.text, "span": list(place.span), "name": place.name, "lat": place.lat,
                   "lon": place.lon, "country": place.country, "admin1": place.admin1, "feature": place.feature,
                   "precision": place.precision, "geonameid": place.geonameid}
            if options.format == "jsonl":
                print(json.dumps(row, ensure_ascii=False))
            else:
                rows.append(row)
    if options.format == "table":
        print(f"{'text':<30} {'span':<12} {'name':<28} {'lat':>8} {'lon':>9} {'ctry':<4} {'feature':<15} prec")
        for row in rows:
            lat = f"{row['lat']:.3f}" if row["lat"] is not None else ""
            lon = f"{row['lon']:.3f}" if row["lon"] is not None else ""
            span = f"{row['span'][0]}-{row['span'][1]}"
            print(f"{row['text'][:30]:<30} {span:<12} {str(row['name'])[:28]:<28} {lat:>8} {lon:>9} {row['country'] or '':<4} {row['feature'] or '':<15} {row['precision'] or ''}")
    return EXIT_INPUT_ERRORS if errors.errors else EXIT_OK


def cmd_serve(options: argparse.Namespace) -> int:
    from polybius.serve.app import missing_vendor_files, serve
    from polybius.serve.connection import StoreBusy, read_only

    try:  # open once now so that a wrong path or a foreign file fails here, not in the browser
        with read_only(options.db) as con:
            con.execute("SELECT count(*) FROM events").fetchone()
    except StoreBusy as exc:
        print(f"polybius: note: {exc}", file=sys.stderr)  # serving anyway: it answers once the writer ends
    except Exception as exc:  # a missing file, or one that is not a Polybius store
        print(f"polybius: {options.db}: cannot serve this store ({exc})", file=sys.stderr)
        return EXIT_STORE
    for path in missing_vendor_files():
        print(f"polybius: warning: {path} is missing, the page needs it: run `make setup` (npm ci --prefix web)", file=sys.stderr)
    print(f"polybius: serving {options.db} read-only at http://{options.host}:{options.port}/ (API docs at /docs); Ctrl-C stops",
          file=sys.stderr)
    serve(options.db, host=options.host, port=options.port)
    return EXIT_OK


def cmd_evaluate(options: argparse.Namespace) -> int:
    from polybius.evaluate.gold import GoldError, write_gold
    from polybius.evaluate.importers import read_gold
    from polybius.evaluate.score import evaluate, format_report, write_report

    try:
        gold = read_gold(options.gold, options.gold_format)
    except (OSError, GoldError, ValueError) as exc:
        print(f"polybius: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if options.write_gold:
        write_gold(gold, options.write_gold)
    result = evaluate(gold, batch_size=options.batch_size)
    print(format_report(result.summary(), result.worst(options.errors)))
    if options.report:
        write_report(result, options.report)
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="polybius", description="News in, political event data out (PLOVER, CAMEO, ACLED).")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser("extract", help="code articles and print their events; store nothing")
    _add_input_options(extract)
    _add_scale_options(extract)
    extract.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")
    extract.set_defaults(run=cmd_extract)

    ingest = commands.add_parser("ingest", help="code articles and store them with their events")
    _add_input_options(ingest, paths="*")
    _add_scale_options(ingest)
    ingest.add_argument("--watch", metavar="DIR", help="keep running: ingest every new file that appears in DIR (Ctrl-C stops; docs/SCALE.md)")
    ingest.add_argument("--interval", type=float, default=5.0, help="with --watch: seconds between looks at DIR (default 5)")
    ingest.add_argument("--db", default="polybius.duckdb", help="the DuckDB store (default ./polybius.duckdb)")
    ingest.add_argument("--commit-every", type=int, default=50, help="articles per transaction (default 50)")
    ingest.add_argument("--no-incidents", action="store_true", help="do not update the incidents now (`polybius incidents --rebuild` later)")
    ingest.set_defaults(run=cmd_ingest)

    events = commands.add_parser("events", help="list stored events")
    _add_filter_options(events)
    events.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")
    events.set_defaults(run=cmd_events)

    export = commands.add_parser("export", help="write stored events to a file")
    _add_filter_options(export)
    export.add_argument("--format", choices=("csv", "jsonl", "parquet", "acled", "gdelt", "plover", "geojson"), required=True,
                        help="acled: ACLED-style CSV; gdelt: GDELT 2.0-style event table; plover: PLOVER JSON Lines; geojson (docs/EXPORTS.md)")
    export.add_argument("--out", required=True, metavar="FILE")
    export.add_argument("--incidents", action="store_true", help="write the incidents (one row per incident) instead of the events")
    export.set_defaults(run=cmd_export)

    from polybius.incidents.commands import add_parser as add_incidents_parser

    add_incidents_parser(commands)

    from polybius.spark import add_parser as add_spark_parser
    from polybius.watch import add_feeds_parser

    add_spark_parser(commands)
    add_feeds_parser(commands)

    geoparse = commands.add_parser("geoparse", help="print every place an article names, with its coordinates")
    _add_input_options(geoparse)
    geoparse.add_argument("--format", choices=("table", "jsonl"), default="table")
    geoparse.set_defaults(run=cmd_geoparse)

    serve = commands.add_parser("serve", help="the explorer: a map, timeline and table of a store, and its REST API")
    serve.add_argument("--db", default="polybius.duckdb", help="the DuckDB store, opened read-only (default ./polybius.duckdb)")
    serve.add_argument("--host", default="127.0.0.1", help="the address to listen on (default 127.0.0.1: this machine only)")
    serve.add_argument("--port", type=int, default=8000, help="the port (default 8000)")
    serve.set_defaults(run=cmd_serve)

    evaluate = commands.add_parser("evaluate", help="score the pipeline against annotated (gold) articles (docs/EVALUATION.md)")
    evaluate.add_argument("--gold", required=True, metavar="FILE", help="gold JSON Lines, or an ACLED CSV, PLOVER JSON, PETRARCH XML, sentence CSV")
    evaluate.add_argument("--gold-format", choices=("gold", "acled", "plover", "petrarch", "csv", "devset"),
                          help="how to read --gold (default: guessed from its extension and first line)")
    evaluate.add_argument("--report", metavar="FILE", help="write every figure and every error as JSON here")
    evaluate.add_argument("--write-gold", metavar="FILE", help="also save the gold articles, converted to the gold format")
    evaluate.add_argument("--errors", type=int, default=10, help="print this many worst sentences (default 10)")
    evaluate.add_argument("--batch-size", type=int, default=64, help="articles per spaCy batch (default 64)")
    evaluate.set_defaults(run=cmd_evaluate)

    actors = commands.add_parser("actors", help="the actor knowledge base")
    actor_commands = actors.add_subparsers(dest="actors_command", required=True, metavar="ACTION")
    lookup = actor_commands.add_parser("lookup", help="what a name resolves to, and why")
    lookup.add_argument("name", help='a name as news writes it: "Hizballah", "Lebanese army", "Saad Hariri", "the Kremlin"')
    lookup.add_argument("--date", help="the day the mention is about (YYYY-MM-DD): a person's role is the one held then")
    lookup.add_argument("--actors", action="append", default=[], metavar="FILE", help="your own actor entries merged over the built-in base")
    lookup.add_argument("--format", choices=("text", "json"), default="text")
    lookup.set_defaults(run=cmd_actors_lookup)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    options = build_parser().parse_args(argv)
    try:
        return options.run(options)
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        print("polybius: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
