"""Crash safety: `polybius ingest` and `polybius incidents --rebuild` killed with SIGKILL at
random moments. After every kill the store opens, holds only whole articles (each with
all its events) and consistent incidents; re-running completes it, without duplicates,
to the same articles and events as a run never interrupted.

CI kills each command a few times; POLYBIUS_CRASH_KILLS=N kills ingest N times (the
figures in docs/RELIABILITY.md). The seed is printed so a failure can be replayed with
POLYBIUS_CRASH_SEED.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest

from polybius.store import Store

KILLS = int(os.environ.get("POLYBIUS_CRASH_KILLS", "3"))
SEED = int(os.environ.get("POLYBIUS_CRASH_SEED", str(random.randrange(1 << 30))))

SENTENCES = [
    "Rebels attacked an army checkpoint near Hama on {day}, killing {n} soldiers.",
    "Police detained {n} protesters in Basra on {day} after clashes outside the governor's office.",
    "Government forces shelled rebel positions in Daraa province on {day}, a monitoring group said.",
    "Hezbollah fighters clashed with militants on the Lebanese border on {day}, the army said.",
    "Thousands of protesters marched in Kiev on {day}, demanding the resignation of the government.",
    "The foreign minister met his Turkish counterpart in Ankara on {day} to discuss a ceasefire.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ARTICLES = 45


def write_corpus(path: Path) -> set[str]:
    """Articles of a few sentences each, with their own ids and dates; returns the ids."""
    with path.open("w", encoding="utf-8") as handle:
        for i in range(ARTICLES):
            text = " ".join(s.format(day=DAYS[(i + k) % 7], n=i + k + 2) for k, s in enumerate(SENTENCES[i % 3:] + SENTENCES[:i % 3]))
            handle.write(json.dumps({"id": f"c{i:03d}", "text": text, "published": f"2018-03-{i % 28 + 1:02d}"}) + "\n")
    return {f"c{i:03d}" for i in range(ARTICLES)}


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "polybius.cli", *args]


# `ingest` prints its progress bar once the model is loaded and the store open: kills
# are timed from then, so that they land while batches are being coded and written.
STARTED = b"ingest:"


def _watch(process: subprocess.Popen, marker: bytes | None, seen: threading.Event) -> None:
    buffer = b""
    for chunk in iter(lambda: process.stderr.read(64), b""):
        buffer = (buffer + chunk)[-256:]
        if marker is not None and marker in buffer:
            seen.set()
    seen.set()  # the process ended


def run_killed(args: list[str], delay: float, marker: bytes | None = None) -> tuple[bool, float]:
    """Run ``args`` and SIGKILL it ``delay`` seconds after ``marker`` appears on stderr (or
    after it starts). Returns (finished before the kill, seconds from the marker to the end)."""
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen = threading.Event()
    reader = threading.Thread(target=_watch, args=(process, marker, seen), daemon=True)
    reader.start()
    if marker is not None:
        seen.wait(timeout=600)
    started = time.perf_counter()
    try:
        process.wait(timeout=delay)
        assert process.returncode == 0, f"{args} exited {process.returncode}"
        return True, time.perf_counter() - started
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        return False, time.perf_counter() - started
    finally:
        reader.join(timeout=10)


def check_whole(db: Path, expected: set[str]) -> tuple[int, int]:
    """The store opens for writing (as the next run opens it) and holds only whole
    articles and consistent incidents. Returns (articles, events)."""
    with Store(db):  # replays DuckDB's write-ahead log, adds what a new run adds
        pass
    with duckdb.connect(str(db), read_only=True) as con:
        ids = [r[0] for r in con.execute("SELECT id FROM articles").fetchall()]
        assert len(ids) == len(set(ids)) and set(ids) <= expected
        partial = con.execute(
            "SELECT a.id, a.events, count(e.event_id) FROM articles a LEFT JOIN events e ON e.article_id = a.id "
            "GROUP BY a.id, a.events HAVING a.events <> count(e.event_id)").fetchall()
        assert partial == [], f"articles without all their events: {partial}"
        orphans = con.execute("SELECT count(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[0]
        assert orphans == 0
        dangling = con.execute(
            "SELECT count(*) FROM events WHERE incident_id IS NOT NULL AND incident_id NOT IN (SELECT incident_id FROM incidents)"
        ).fetchone()[0]
        assert dangling == 0, "events point at incidents that are not stored"
        events = con.execute("SELECT count(*), count(DISTINCT event_id) FROM events").fetchone()
        assert events[0] == events[1]
        return len(ids), events[0]


def snapshot(db: Path) -> tuple[set[str], set[str]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return ({r[0] for r in con.execute("SELECT id FROM articles").fetchall()},
                {r[0] for r in con.execute("SELECT event_id FROM events").fetchall()})


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, set[str]]:
    path = tmp_path_factory.mktemp("crash") / "corpus.jsonl"
    return path, write_corpus(path)


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, float]:
    """A run never interrupted: what every resumed run must end with, and how long it
    codes and writes after its progress bar appears."""
    path, _ = corpus
    db = tmp_path_factory.mktemp("reference") / "reference.duckdb"
    finished, working = run_killed(command("ingest", str(path), "--db", str(db), "--commit-every", "3"), 600, STARTED)
    assert finished
    return db, working


def test_ingest_survives_sigkill(corpus, reference, tmp_path: Path) -> None:
    path, expected = corpus
    reference_db, working = reference
    rng = random.Random(SEED)
    db = tmp_path / "store.duckdb"
    ingest = command("ingest", str(path), "--db", str(db), "--commit-every", "3")
    kills, progress = 0, []
    while kills < KILLS:
        finished, _ = run_killed(ingest, rng.uniform(0, working), STARTED)
        progress.append(check_whole(db, expected)[0] if db.exists() else 0)
        if finished:  # done before the kill: start again, so that every kill counts
            for stale in tmp_path.glob("store.duckdb*"):
                stale.unlink()
            continue
        kills += 1
    assert run_killed(ingest, 600)[0], "the resumed run did not complete"
    check_whole(db, expected)
    assert snapshot(db) == snapshot(reference_db)
    print(f"\ningest: {kills} SIGKILLs survived (seed {SEED}); articles stored after each run: {progress}; "
          f"an uninterrupted run codes and writes for {working:.1f}s after loading")


def test_a_resumed_ingest_groups_every_stored_article(corpus, tmp_path: Path) -> None:
    """A run killed after storing some batches but before its incident update, replayed
    deterministically: the first run stores half the corpus and stops before incidents."""
    path, expected = corpus
    half = tmp_path / "half.jsonl"
    half.write_text("".join(path.read_text(encoding="utf-8").splitlines(keepends=True)[: ARTICLES // 2]), encoding="utf-8")
    db = tmp_path / "store.duckdb"
    assert subprocess.run(command("ingest", str(half), "--db", str(db), "--no-incidents"), capture_output=True).returncode == 0
    assert subprocess.run(command("ingest", str(path), "--db", str(db)), capture_output=True).returncode == 0
    with duckdb.connect(str(db), read_only=True) as con:
        ungrouped = con.execute("SELECT count(*) FROM events WHERE incident_id IS NULL").fetchone()[0]
    assert ungrouped == 0


def test_incident_rebuild_survives_sigkill(reference, tmp_path: Path) -> None:
    reference_db, _ = reference
    db = tmp_path / "store.duckdb"
    shutil.copy(reference_db, db)
    rebuild = command("incidents", "--rebuild", "--db", str(db))
    finished, duration = run_killed(rebuild, 600)
    assert finished
    with duckdb.connect(str(db), read_only=True) as con:
        clean = sorted(con.execute("SELECT incident_id, mentions FROM incidents").fetchall())
    rng = random.Random(SEED)
    kills = 0
    for _ in range(max(2, KILLS - 1)):
        if not run_killed(rebuild, rng.uniform(0.2, duration * 1.1))[0]:
            kills += 1
        check_whole(db, set(snapshot(db)[0]))
    assert run_killed(rebuild, 600)[0]
    with duckdb.connect(str(db), read_only=True) as con:
        assert sorted(con.execute("SELECT incident_id, mentions FROM incidents").fetchall()) == clean
        assert con.execute("SELECT count(*) FROM events WHERE incident_id IS NULL").fetchone()[0] == 0
    print(f"\nincidents --rebuild: {kills} SIGKILLs survived (seed {SEED}); a rebuild takes {duration:.1f}s")


class _Feed:
    """An RSS feed of ARTICLES items on 127.0.0.1, built from the corpus's articles."""

    def __init__(self, corpus: Path) -> None:
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
        from xml.sax.saxutils import escape

        records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
        items = "".join(f"<item><title>Report {r['id']}</title><link>http://example.invalid/{r['id']}</link>"
                        f"<pubDate>Mon, {int(r['published'][-2:]):02d} Mar 2018 12:00:00 GMT</pubDate>"
                        f"<description>{escape(r['text'])}</description></item>" for r in records)
        body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>'.encode()

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/feed.xml"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def test_feed_poller_survives_sigkill(corpus, tmp_path: Path) -> None:
    """`polybius feeds` killed while it stores a feed's items: the store holds whole
    articles, and polling again completes it to what an uninterrupted poll stores."""
    path, _ = corpus
    feed = _Feed(path)
    try:
        feeds = tmp_path / "feeds.txt"
        feeds.write_text(feed.url + "\n", encoding="utf-8")
        reference_db = tmp_path / "reference.duckdb"
        started = time.perf_counter()
        assert run_killed(command("feeds", str(feeds), "--db", str(reference_db), "--once", "--workers", "1"), 600)[0]
        working = time.perf_counter() - started
        expected = snapshot(reference_db)[0]
        assert len(expected) == ARTICLES
        rng = random.Random(SEED)
        db = tmp_path / "store.duckdb"
        poll = command("feeds", str(feeds), "--db", str(db), "--once", "--workers", "1", "--commit-every", "3")
        kills, progress = 0, []
        while kills < KILLS:
            finished, _ = run_killed(poll, rng.uniform(working * 0.4, working))  # past the model load, mostly
            progress.append(check_whole(db, expected)[0] if db.exists() else 0)
            if finished:
                for stale in tmp_path.glob("store.duckdb*"):
                    stale.unlink()
                continue
            kills += 1
        assert run_killed(poll, 600)[0], "the resumed poll did not complete"
        check_whole(db, expected)
        assert snapshot(db) == snapshot(reference_db)
        print(f"\nfeeds: {kills} SIGKILLs survived (seed {SEED}); articles stored after each run: {progress}")
    finally:
        feed.close()
