"""Continuous ingestion: feeds polled from a real HTTP server on 127.0.0.1, and a watched
folder; stopping and starting again stores nothing twice and loses nothing."""

from __future__ import annotations

import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from polybius.read import InputError
from polybius.read.feeds import fetch
from polybius.store import Store
from polybius.watch import FeedPoller, FolderWatch, IngestOptions

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
ITEMS = {
    "clash": ("Clashes in Aden", "2019-08-10", "At least 12 fighters were killed in clashes between government forces and separatists in Aden on Saturday."),
    "protest": ("Basra protest", "2018-07-16", "Hundreds of protesters marched in Basra on Monday over water and power cuts."),
    "strike": ("Idlib strike", "2019-05-21", "Air strikes killed six civilians at a market in Idlib on Tuesday, rescuers said."),
}


class FeedServer:
    """A feed whose items can change, with ETag and Last-Modified, a flaky path and a slow one."""

    def __init__(self) -> None:
        self.items = ["clash", "protest"]
        self.version = 1
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.failures_left = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # quiet tests
                pass

            def do_GET(self) -> None:
                server.requests.append((self.path, dict(self.headers)))
                if self.path == "/flaky.xml" and server.failures_left > 0:
                    server.failures_left -= 1
                    self.send_error(503, "busy")
                    return
                if self.path == "/slow.xml":
                    time.sleep(1.5)
                if self.path.startswith("/page/"):
                    key = self.path.rsplit("/", 1)[-1]
                    title, _, text = ITEMS[key]
                    body = f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{text}</p>" \
                           f"<p>Residents said the fighting went on into the night, and shops stayed shut.</p></article></body></html>".encode()
                    self._send(200, body, "text/html; charset=utf-8", {})
                    return
                if self.path == "/gone.xml":
                    self.send_error(404, "gone")
                    return
                etag = f'"v{server.version}"'
                modified = formatdate(1_600_000_000 + server.version, usegmt=True)
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                self._send(200, server.rss(), "application/rss+xml", {"ETag": etag, "Last-Modified": modified})

            def _send(self, status: int, body: bytes, kind: str, headers: dict[str, str]) -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def rss(self) -> bytes:
        entries = "".join(
            f"<item><title>{ITEMS[k][0]}</title><link>{self.base}/page/{k}</link>"
            f"<pubDate>{formatdate(time.mktime(time.strptime(ITEMS[k][1], '%Y-%m-%d')), usegmt=True)}</pubDate>"
            f"<description>{ITEMS[k][2]}</description></item>" for k in self.items)
        return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>{entries}</channel></rss>'.encode()

    def add(self, key: str) -> None:
        self.items.append(key)
        self.version += 1


@pytest.fixture()
def server():
    running = FeedServer()
    yield running
    running.httpd.shutdown()
    running.httpd.server_close()


def _counts(store: Store) -> tuple[int, int]:
    counts = store.counts()
    return counts["articles"], counts["events"]


def test_a_feed_is_stored_once_and_asked_conditionally(server: FeedServer, tmp_path: Path) -> None:
    db = tmp_path / "feeds.duckdb"
    options = IngestOptions(incidents=False)
    with Store(db) as store:
        poller = FeedPoller(store, [f"{server.base}/feed.xml"], options)
        first = poller.round()
        assert first.articles == 2 and first.events >= 2
        titles = {r[0] for r in store.connection.execute("SELECT title FROM articles").fetchall()}
        assert titles == {"Clashes in Aden", "Basra protest"}
        assert store.connection.execute("SELECT min(published) FROM articles").fetchone()[0].isoformat() == "2018-07-16"
        again = poller.round()  # unchanged: the server answers 304
        assert again.articles == 0 and server.requests[-1][1].get("If-None-Match") == '"v1"'
        assert "If-Modified-Since" in server.requests[-1][1]
        stored = _counts(store)
    server.add("strike")
    with Store(db) as store:  # a restart: the ETag was kept in the store
        poller = FeedPoller(store, [f"{server.base}/feed.xml"], options)
        later = poller.round()
        assert server.requests[-1][1].get("If-None-Match") == '"v1"'  # asked conditionally, got the new version
        assert later.articles == 1 and later.already == 2  # only the new item is stored
        assert _counts(store)[0] == stored[0] + 1


def test_network_failures_are_retried_with_backoff(server: FeedServer) -> None:
    server.failures_left = 2
    waits: list[float] = []
    answer = fetch(f"{server.base}/flaky.xml", retries=3, backoff=0.5, sleep=waits.append)
    assert answer.status == 200 and waits == [0.5, 1.0]
    with pytest.raises(InputError, match="HTTP 404"):
        fetch(f"{server.base}/gone.xml", retries=3, backoff=0.5, sleep=waits.append)
    assert waits == [0.5, 1.0]  # a 404 is not asked again
    with pytest.raises(InputError, match="2 tries"):
        fetch(f"{server.base}/slow.xml", timeout=0.3, retries=1, backoff=0.0)


def test_a_failing_feed_leaves_its_state_and_the_store_alone(server: FeedServer, tmp_path: Path) -> None:
    errors: list[InputError] = []
    with Store(tmp_path / "feeds.duckdb") as store:
        poller = FeedPoller(store, [f"{server.base}/gone.xml", f"{server.base}/feed.xml"],
                            IngestOptions(incidents=False, on_error=errors.append), retries=0)
        done = poller.round()
        assert done.articles == 2  # the good feed went on
        assert len(errors) == 1 and "gone.xml" in str(errors[0])
        assert store.connection.execute("SELECT url FROM feed_state").fetchall() == [(f"{server.base}/feed.xml",)]


def test_fetch_pages_reads_the_linked_article(server: FeedServer, tmp_path: Path) -> None:
    with Store(tmp_path / "feeds.duckdb") as store:
        FeedPoller(store, [f"{server.base}/feed.xml"], IngestOptions(incidents=False), fetch_pages=True).round()
        rows = store.connection.execute("SELECT url, text FROM articles ORDER BY url").fetchall()
    assert [r[0] for r in rows] == [f"{server.base}/page/clash", f"{server.base}/page/protest"]
    assert "12 fighters were killed" in rows[0][1] and "went on into the night" in rows[0][1]  # the page, not the summary


def test_a_watched_folder_takes_new_and_changed_files_once(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    db = tmp_path / "watch.duckdb"
    options = IngestOptions(incidents=False)
    (inbox / "03-aden.txt").write_text((SAMPLES / "03-aden-clashes.txt").read_text())
    with Store(db) as store:
        watch = FolderWatch(store, inbox, options, settle=0)
        assert watch.round().articles == 1
        assert watch.round().articles == 0  # nothing new
        (inbox / "wire.jsonl").write_text((SAMPLES / "wire.jsonl").read_text().splitlines()[0] + "\n")
        (inbox / "notes.md").write_text("not an input format")
        assert watch.round().articles == 1
        first = _counts(store)
    lines = (SAMPLES / "wire.jsonl").read_text().splitlines()
    with (inbox / "wire.jsonl").open("a") as handle:  # appended while stopped
        handle.write(lines[1] + "\n")
    with Store(db) as store:  # started again
        watch = FolderWatch(store, inbox, options, settle=0)
        done = watch.round()
        assert done.articles == 1 and done.already == 1  # the appended article only
        assert watch.round().articles == 0
        assert _counts(store)[0] == first[0] + 1


def test_a_file_still_being_written_waits(tmp_path: Path) -> None:
    (tmp_path / "fresh.txt").write_text((SAMPLES / "04-basra-protest.txt").read_text())
    with Store(tmp_path / "watch.duckdb") as store:
        watch = FolderWatch(store, tmp_path, IngestOptions(incidents=False), settle=60)
        assert watch.pending() == []  # modified just now: not settled
