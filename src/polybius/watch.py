"""Continuous ingestion: a folder watched for new files, and RSS/Atom feeds polled.

Both keep what they have done in the store itself (tables ``watched_files`` and
``feed_state``), written only after the articles they stand for are committed. So a run
stopped at any point (Ctrl-C, a crash, a reboot) and started again re-reads at most the
file or feed in flight, and the store's rule (an article id already stored is skipped)
keeps that from storing anything twice: nothing is lost, nothing is duplicated.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from polybius.model import Article
from polybius.read.errors import InputError

_STATE = """
CREATE TABLE IF NOT EXISTS watched_files (path VARCHAR PRIMARY KEY, size BIGINT, mtime DOUBLE, ingested_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS feed_state (url VARCHAR PRIMARY KEY, etag VARCHAR, modified VARCHAR, status INTEGER,
                                       items INTEGER, checked_at TIMESTAMP);
"""


@dataclass(slots=True)
class IngestOptions:
    """How articles are coded and stored (the options of ``polybius ingest``)."""

    workers: int = 1
    prefilter: bool = True
    batch_size: int = 64
    max_chars: int = 1_000_000
    commit_every: int = 50
    actors: tuple[str, ...] = ()
    incidents: bool = True
    on_error: Callable[[InputError], None] | None = None


@dataclass(slots=True)
class Ingested:
    articles: int = 0
    events: int = 0
    already: int = 0
    ids: list[str] = field(default_factory=list)


def ingest_articles(store, articles: Iterable[Article], options: IngestOptions) -> Ingested:
    """Code and store the articles not stored yet; one transaction per ``commit_every``."""
    from polybius.pipeline import process

    done = Ingested()
    candidates: list[Article] = list(articles)
    known = store.known_ids([a.id for a in candidates])
    fresh: list[Article] = []
    seen = set(known)
    for article in candidates:
        if article.id in seen:
            done.already += 1
        else:
            seen.add(article.id)
            fresh.append(article)
    results = process(fresh, batch_size=options.batch_size, max_chars=options.max_chars, on_error=options.on_error,
                      actors=options.actors, prefilter=options.prefilter, workers=options.workers)
    while batch := list(islice(results, options.commit_every)):
        store.write(batch)
        done.articles += len(batch)
        done.events += sum(len(r.events) for r in batch)
        done.ids.extend(r.article.id for r in batch)
    if options.incidents and done.ids:
        from polybius.incidents.commands import update_after_ingest

        update_after_ingest(store, done.ids)
    return done


# -- a watched folder ------------------------------------------------------------------------

class FolderWatch:
    """Ingests the files of ``folder`` that are new or changed since they were stored.

    A file is taken once it has not changed for ``settle`` seconds, so a file still being
    copied in is not read half-written. A changed file (a JSON Lines file appended to) is
    read again; its articles already stored are skipped by id."""

    def __init__(self, store, folder: str | Path, options: IngestOptions, settle: float = 2.0) -> None:
        from polybius.read import SUFFIXES
        from polybius.read.warc import is_warc

        self.store, self.folder, self.options, self.settle = store, Path(folder), options, settle
        self._readable = lambda p: (p.suffix.lower() in SUFFIXES or is_warc(p)) and not p.name.startswith(".")
        store.connection.execute(_STATE)

    def _done(self) -> dict[str, tuple[int, float]]:
        rows = self.store.connection.execute("SELECT path, size, mtime FROM watched_files").fetchall()
        return {path: (size, mtime) for path, size, mtime in rows}

    def pending(self) -> list[Path]:
        """Readable files, new or changed, that have settled; in name order."""
        done, now = self._done(), time.time()
        ready = []
        for path in sorted(p for p in self.folder.rglob("*") if p.is_file() and self._readable(p)):
            stat = path.stat()
            if done.get(str(path)) != (stat.st_size, stat.st_mtime) and now - stat.st_mtime >= self.settle:
                ready.append(path)
        return ready

    def round(self) -> Ingested:
        """One look at the folder: ingest what is pending, then mark each file done."""
        from polybius.read import read

        total = Ingested()
        for path in self.pending():
            stat = path.stat()
            done = ingest_articles(self.store, read(path, on_error=self.options.on_error or _report), self.options)
            self.store.connection.execute("INSERT OR REPLACE INTO watched_files VALUES (?, ?, ?, current_timestamp)",
                                          [str(path), stat.st_size, stat.st_mtime])
            total.articles += done.articles
            total.events += done.events
            total.already += done.already
            print(f"polybius: {path}: {done.articles} new articles, {done.events} events"
                  f"{f', {done.already} already stored' if done.already else ''}", file=sys.stderr)
        return total


def _report(error: InputError) -> None:
    print(f"polybius: skipped {error}", file=sys.stderr)


def _options_from(cli: argparse.Namespace) -> IngestOptions:
    return IngestOptions(workers=cli.workers, prefilter=not cli.no_prefilter, batch_size=cli.batch_size, max_chars=cli.max_chars,
                         commit_every=cli.commit_every, actors=tuple(cli.actors), incidents=not cli.no_incidents, on_error=_report)


def _open_store(db: str):
    from polybius.store import Store, StoreError

    try:
        return Store(db)
    except StoreError as exc:
        print(f"polybius: {exc}", file=sys.stderr)
        return None


def cmd_watch(cli: argparse.Namespace) -> int:
    """``polybius ingest --watch DIR``: runs until Ctrl-C."""
    folder = Path(cli.watch)
    if not folder.is_dir():
        print(f"polybius: {folder}: not a folder", file=sys.stderr)
        return 2
    store = _open_store(cli.db)
    if store is None:
        return 3
    with store:
        watch = FolderWatch(store, folder, _options_from(cli))
        print(f"polybius: watching {folder} every {cli.interval:g}s into {cli.db}; Ctrl-C stops", file=sys.stderr)
        try:
            while True:
                watch.round()
                time.sleep(cli.interval)
        except KeyboardInterrupt:
            print("polybius: stopped; what was stored stays stored", file=sys.stderr)
    return 0


# -- feeds -------------------------------------------------------------------------------------

def read_feed_list(path: str | Path) -> list[str]:
    """Feed URLs, one a line; blank lines and ``#`` comments are ignored."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [line.split("#", 1)[0].strip() for line in lines if line.split("#", 1)[0].strip()]


class FeedPoller:
    """Polls feeds and stores their new items once."""

    def __init__(self, store, urls: list[str], options: IngestOptions, *, fetch_pages: bool = False,
                 timeout: float = 15.0, retries: int = 3, backoff: float = 1.0) -> None:
        self.store, self.urls, self.options, self.fetch_pages = store, urls, options, fetch_pages
        self.timeout, self.retries, self.backoff = timeout, retries, backoff
        store.connection.execute(_STATE)

    def _state(self, url: str) -> tuple[str | None, str | None]:
        row = self.store.connection.execute("SELECT etag, modified FROM feed_state WHERE url = ?", [url]).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def poll(self, url: str) -> Ingested:
        from polybius.read.feeds import feed_articles, fetch

        report = self.options.on_error or _report
        etag, modified = self._state(url)
        try:
            answer = fetch(url, etag=etag, modified=modified, timeout=self.timeout, retries=self.retries, backoff=self.backoff)
        except InputError as exc:
            report(exc)  # the feed is tried again next round; its state is left as it was
            return Ingested()
        done = Ingested()
        items = 0
        if answer.status != 304 and answer.body is not None:
            page = lambda link: fetch(link, timeout=self.timeout, retries=self.retries, backoff=self.backoff)  # noqa: E731
            articles = list(feed_articles(answer.body, url, fetch_pages=self.fetch_pages, on_error=report, fetch_page=page))
            items = len(articles)
            done = ingest_articles(self.store, articles, self.options)
        # only now, with the items committed, does the feed's ETag move on
        self.store.connection.execute("INSERT OR REPLACE INTO feed_state VALUES (?, ?, ?, ?, ?, current_timestamp)",
                                      [url, answer.etag, answer.modified, answer.status, items])
        return done

    def round(self) -> Ingested:
        total = Ingested()
        for url in self.urls:
            done = self.poll(url)
            total.articles += done.articles
            total.events += done.events
            total.already += done.already
        return total


def cmd_feeds(cli: argparse.Namespace) -> int:
    try:
        urls = read_feed_list(cli.file)
    except OSError as exc:
        print(f"polybius: {cli.file}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    store = _open_store(cli.db)
    if store is None:
        return 3
    with store:
        poller = FeedPoller(store, urls, _options_from(cli), fetch_pages=cli.fetch_pages, timeout=cli.timeout, retries=cli.retries)
        try:
            while True:
                done = poller.round()
                print(f"polybius: {len(urls)} feeds polled: {done.articles} new articles, {done.events} events"
                      f"{f', {done.already} already stored' if done.already else ''}", file=sys.stderr)
                if cli.once:
                    break
                time.sleep(cli.interval)
        except KeyboardInterrupt:
            print("polybius: stopped; what was stored stays stored", file=sys.stderr)
    return 0


def add_feeds_parser(commands) -> None:
    from polybius.workers import default_workers

    feeds = commands.add_parser("feeds", help="poll RSS/Atom feeds and store their new items (docs/SCALE.md)")
    feeds.add_argument("file", metavar="FILE", help="feed URLs, one a line (# comments)")
    feeds.add_argument("--db", default="polybius.duckdb", help="the DuckDB store (default ./polybius.duckdb)")
    feeds.add_argument("--interval", type=float, default=300.0, help="seconds between polls (default 300)")
    feeds.add_argument("--once", action="store_true", help="poll every feed once and stop")
    feeds.add_argument("--fetch-pages", action="store_true", help="fetch each item's page and read its full text (default: the item's own text)")
    feeds.add_argument("--timeout", type=float, default=15.0, help="seconds to wait for a server (default 15)")
    feeds.add_argument("--retries", type=int, default=3, help="tries again after a network error, 429 or 5xx, with backoff (default 3)")
    feeds.add_argument("--workers", type=int, default=default_workers(), metavar="N", help="worker processes (default: all cores)")
    feeds.add_argument("--no-prefilter", action="store_true", help="send every item to the model")
    feeds.add_argument("--batch-size", type=int, default=64, help=argparse.SUPPRESS)
    feeds.add_argument("--max-chars", type=int, default=1_000_000, help=argparse.SUPPRESS)
    feeds.add_argument("--commit-every", type=int, default=50, help="articles per transaction (default 50)")
    feeds.add_argument("--actors", action="append", default=[], metavar="FILE", help="your own actor entries, merged over the base")
    feeds.add_argument("--no-incidents", action="store_true", help="do not update the incidents as items arrive")
    feeds.set_defaults(run=cmd_feeds)
