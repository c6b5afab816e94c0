"""Read-only connections to the store, one per request.

DuckDB lets one process write a file, and while it writes no other process may open the
file at all, not even read-only (and a process that reads blocks writers the same way).
So the server never holds the file between requests: each request opens it read-only,
reads, and closes it. `polybius ingest` can then start at any moment, and once it has
finished the next request sees its articles. While an ingest holds the file, requests
wait briefly for it and then answer 503 with a message that says so.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

WAIT_SECONDS = 1.5
RETRY_AFTER_SECONDS = 5


class StoreBusy(Exception):
    """Another process is writing the store."""


class StoreMissing(Exception):
    """There is no store at the path."""


def busy_message(path: str, detail: str) -> str:
    return (
        f"{path} is being written by another process ({detail}). DuckDB lets no other process read a "
        f"file while one writes it, so the explorer answers again as soon as that process ends "
        f"(a `polybius ingest` releases the file when it finishes). To browse while a long ingest "
        f"runs, ingest into another file and serve that one when it is done, or ingest in smaller runs."
    )


def _lock_detail(error: Exception) -> str | None:
    text = str(error)
    if "lock" not in text.lower():
        return None
    # DuckDB names the holder: "Conflicting lock is held in /usr/bin/python3 (PID 123)".
    marker = "Conflicting lock is held in"
    if marker in text:
        return text[text.index(marker):].split(". ")[0].split(" See also")[0].rstrip(".")
    return "the file is locked"


@contextmanager
def read_only(path: str | Path, wait: float = WAIT_SECONDS) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection for one request; retries while a writer holds the file."""
    path = str(path)
    if not Path(path).is_file():
        raise StoreMissing(f"{path}: no store here; create it with `polybius ingest PATH --db {path}`")
    deadline = time.monotonic() + wait
    while True:
        try:
            con = duckdb.connect(path, read_only=True)
            break
        except duckdb.Error as exc:
            detail = _lock_detail(exc)
            if detail is None:
                raise
            if time.monotonic() >= deadline:
                raise StoreBusy(busy_message(path, detail)) from None
            time.sleep(0.05)
    try:
        yield con
    finally:
        con.close()
