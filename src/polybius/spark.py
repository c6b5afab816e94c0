"""Polybius on Apache Spark: articles in (JSON Lines or Parquet), Parquet events and articles out.

Each partition of articles is coded by ``pipeline.process`` inside a Python worker of an
executor; the spaCy model and the knowledge are loaded once per worker process (they are
cached in the process, and Spark reuses its Python workers), never shipped from the
driver. Records become articles through the same code as ``polybius ingest`` reads JSON
Lines with (``read/tabular.py``), so ids, dates and events are the local engine's.

Output, under DIR:
* ``events/``: one row per event, the columns of the store's ``events`` table (``record``
  is the public JSON record);
* ``articles/``: one row per article, the columns of the store's ``articles`` table;
* ``errors/`` (JSON), only if some records were refused, each with its reason.

``load_parquet`` puts such output into a DuckDB store for the explorer (docs/SCALE.md).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

# Column types of the store (store.py), in Spark's terms.
_SPARK_TYPES = {"VARCHAR": "string", "JSON": "string", "INTEGER": "int", "DOUBLE": "double", "DATE": "date"}


def _ddl(columns: dict[str, str]) -> str:
    return ", ".join(f"`{name}` {_SPARK_TYPES[kind]}" for name, kind in columns.items())


def _day(value: Any) -> date | None:
    """An ISO date (or datetime) string as a date, as DuckDB's DATE column reads it."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _plain(value: Any) -> Any:
    """Spark's nested ``Row``s as the dicts and lists that JSON Lines reading gives."""
    if hasattr(value, "asDict"):
        return {k: _plain(v) for k, v in value.asDict().items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def code_partition(rows: Iterable[Any], source: str, columns: dict[str, str | None], settings: dict[str, Any]) -> Iterator[tuple]:
    """Runs on an executor: (record, row number) pairs → one tuple per article:
    (article row, event rows, error). Imports here: the driver need not load spaCy."""
    from polybius.pipeline import process
    from polybius.read.errors import InputError
    from polybius.read.tabular import ColumnMap, _record_to_article
    from polybius.store import _ARTICLE_COLUMNS, _EVENT_COLUMNS, event_row

    mapping = ColumnMap(**columns)
    articles = []
    for row, index in rows:
        # a column absent from this record is null in Spark's unified schema: drop it, as
        # the local reader never sees it
        record = {k: _plain(v) for k, v in row.asDict().items() if v is not None}
        try:
            articles.append(_record_to_article(record, mapping.resolve(record.keys()), source, index + 1))
        except InputError as exc:
            yield None, [], str(exc)
    errors: list[str] = []
    dates = [i for i, kind in enumerate(_EVENT_COLUMNS.values()) if kind == "DATE"]
    for result in process(articles, batch_size=settings["batch_size"], max_chars=settings["max_chars"], actors=tuple(settings["actors"]),
                          prefilter=settings["prefilter"], on_error=lambda e: errors.append(str(e))):
        while errors:
            yield None, [], errors.pop(0)
        a = result.article
        article = (a.id, a.url, a.source, a.title, _day(a.published), a.language, a.text,
                   json.dumps(a.metadata, ensure_ascii=False, default=str), a.origin, result.sentences, len(result.events))
        events = []
        for event in result.events:
            values = list(event_row(event))
            for i in dates:
                values[i] = _day(values[i])
            values[-1] = json.dumps(values[-1], ensure_ascii=False, default=str)  # record: JSON text
            events.append(tuple(values))
        assert len(article) == len(_ARTICLE_COLUMNS)
        yield article, events, None
    while errors:
        yield None, [], errors.pop(0)


def _session(master: str | None, app_name: str = "polybius"):
    from pyspark.sql import SparkSession

    # Local runs: the workers use this interpreter, the one with Polybius and the model.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name).config("spark.sql.session.timeZone", "UTC")
    if master:
        builder = builder.master(master)
    elif not os.environ.get("SPARK_HOME") and "spark.master" not in os.environ.get("PYSPARK_SUBMIT_ARGS", ""):
        builder = builder.master("local[*]")  # run as a plain command, not through spark-submit
    return builder.getOrCreate()


def _read(spark, path: str):
    """JSON Lines or Parquet, by extension (a folder: Parquet if it holds .parquet files)."""
    local = Path(path)
    parquet = path.endswith(".parquet") or (local.is_dir() and any(local.glob("*.parquet")))
    return spark.read.parquet(path) if parquet else spark.read.json(path)


def run(
    input_path: str,
    output: str,
    *,
    master: str | None = None,
    columns: dict[str, str | None] | None = None,
    partitions: int | None = None,
    batch_size: int = 64,
    max_chars: int = 1_000_000,
    actors: tuple[str, ...] = (),
    prefilter: bool = True,
    spark=None,
) -> dict[str, int]:
    """Code ``input_path`` on Spark and write ``output``/events, /articles (Parquet,
    overwritten). Returns counts of articles, events and refused records."""
    from pyspark import StorageLevel
    from pyspark.sql.types import ArrayType, StringType, StructField, StructType, _parse_datatype_string

    from polybius.store import _ARTICLE_COLUMNS, _EVENT_COLUMNS

    spark = spark or _session(master)
    frame = _read(spark, input_path)
    settings = {"batch_size": batch_size, "max_chars": max_chars, "actors": list(actors), "prefilter": prefilter}
    mapping = dict(text=None, id=None, url=None, source=None, title=None, published=None, **(columns or {}))
    article_type = _parse_datatype_string(_ddl(_ARTICLE_COLUMNS))
    event_type = _parse_datatype_string(_ddl(_EVENT_COLUMNS))
    schema = StructType([StructField("article", article_type), StructField("events", ArrayType(event_type)),
                         StructField("error", StringType())])
    source = input_path
    numbered = frame.rdd.zipWithIndex()  # before any shuffle: the index is the record's place in the input
    if partitions:
        numbered = numbered.repartition(partitions)
    coded = numbered.mapPartitions(lambda rows: code_partition(rows, source, mapping, settings))
    # kept once coded: events, articles and errors are three writes of one computation
    table = spark.createDataFrame(coded, schema).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        table.count()
        table.where("article IS NOT NULL").select("article.*").write.mode("overwrite").parquet(f"{output}/articles")
        table.selectExpr("explode(events) AS e").select("e.*").write.mode("overwrite").parquet(f"{output}/events")
        errors = table.where("error IS NOT NULL").select("error")
        refused = errors.count()
        if refused:
            errors.write.mode("overwrite").json(f"{output}/errors")
        counts = {"articles": table.where("article IS NOT NULL").count(),
                  "events": int(table.selectExpr("coalesce(sum(size(events)), 0) AS n").first()["n"]), "errors": refused}
    finally:
        table.unpersist()
    return counts


def load_parquet(store, folder: str | Path) -> dict[str, int]:
    """Add Spark output (``folder``/articles, /events) to a DuckDB store in one
    transaction; articles already stored are skipped with their events, as in ingest."""
    from polybius.store import _ARTICLE_COLUMNS, _EVENT_COLUMNS

    con = store.connection
    base = str(folder).rstrip("/")
    articles_glob, events_glob = f"{base}/articles/*.parquet", f"{base}/events/*.parquet"
    before = store.counts()
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("CREATE TEMP TABLE spark_new AS SELECT id FROM read_parquet(?) WHERE id NOT IN (SELECT id FROM articles)",
                    [articles_glob])
        names = ", ".join(_ARTICLE_COLUMNS)
        con.execute(f"INSERT OR IGNORE INTO articles ({names}) SELECT {names} FROM read_parquet(?) "
                    "WHERE id IN (SELECT id FROM spark_new)", [articles_glob])
        names = ", ".join(_EVENT_COLUMNS)
        con.execute(f"INSERT OR IGNORE INTO events ({names}) SELECT {names} FROM read_parquet(?) "
                    "WHERE article_id IN (SELECT id FROM spark_new)", [events_glob])
        new_ids = [r[0] for r in con.execute("SELECT id FROM spark_new").fetchall()]
        con.execute("DROP TABLE spark_new")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    after = store.counts()
    return {"articles": after["articles"] - before["articles"], "events": after["events"] - before["events"], "ids": new_ids}


# -- the command line ------------------------------------------------------------------------

def cmd_spark(cli: argparse.Namespace) -> int:
    columns = {k: getattr(cli, f"{k}_column") for k in ("text", "id", "url", "source", "title")}
    columns["published"] = cli.date_column
    counts = run(cli.input, cli.output, master=cli.master, columns={k: v for k, v in columns.items() if v}, partitions=cli.partitions,
                 batch_size=cli.batch_size, max_chars=cli.max_chars, actors=tuple(cli.actors), prefilter=not cli.no_prefilter)
    refused = f"; {counts['errors']} records refused (see {cli.output}/errors)" if counts["errors"] else ""
    print(f"polybius spark: {counts['articles']} articles, {counts['events']} events written to {cli.output}/articles and "
          f"{cli.output}/events{refused}", file=sys.stderr)
    return 1 if counts["errors"] else 0


def cmd_load_parquet(cli: argparse.Namespace) -> int:
    from polybius.store import Store, StoreError

    try:
        store = Store(cli.db)
    except StoreError as exc:
        print(f"polybius: {exc}", file=sys.stderr)
        return 3
    with store:
        done = load_parquet(store, cli.folder)
        if not cli.no_incidents and done["ids"]:
            from polybius.incidents.commands import update_after_ingest

            update_after_ingest(store, done["ids"])
        totals = store.counts()
    print(f"loaded {done['articles']} new articles, {done['events']} events from {cli.folder}; "
          f"store {cli.db}: {totals['articles']} articles, {totals['events']} events", file=sys.stderr)
    return 0


def add_parser(commands) -> None:
    spark = commands.add_parser("spark", help="code articles on Apache Spark: JSON Lines/Parquet in, Parquet events and articles out")
    spark.add_argument("--input", required=True, metavar="PATH", help="JSON Lines or Parquet articles (file, folder or glob; any Hadoop path)")
    spark.add_argument("--output", required=True, metavar="DIR", help="writes DIR/events and DIR/articles (Parquet, replaced)")
    spark.add_argument("--master", metavar="URL", help="local[N], spark://host:7077, yarn, k8s://… (default: spark-submit's, else local[*])")
    spark.add_argument("--partitions", type=int, help="repartition the input into this many tasks first")
    for name in ("text", "id", "url", "source", "title", "date"):
        spark.add_argument(f"--{name}-column", metavar="NAME", help=f"the column holding the article {name}")
    spark.add_argument("--batch-size", type=int, default=64, help="articles per spaCy batch (default 64)")
    spark.add_argument("--max-chars", type=int, default=1_000_000, help="refuse articles longer than this (default 1,000,000)")
    spark.add_argument("--actors", action="append", default=[], metavar="FILE", help="your own actor entries (shipped to the executors)")
    spark.add_argument("--no-prefilter", action="store_true", help="send every article to the model")
    spark.set_defaults(run=cmd_spark)

    load = commands.add_parser("load-parquet", help="add the Parquet output of `polybius spark` to a DuckDB store")
    load.add_argument("folder", metavar="DIR", help="the --output folder of `polybius spark`")
    load.add_argument("--db", default="polybius.duckdb", help="the DuckDB store (default ./polybius.duckdb)")
    load.add_argument("--no-incidents", action="store_true", help="do not update the incidents now")
    load.set_defaults(run=cmd_load_parquet)
