"""What the explorer tests share: a real store built from the specimen, the samples and a
hostile article, and a real `polybius serve` process on a free port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]
SPECIMEN = ROOT.parent / "shared" / "examples" / "seed-article.txt"
SAMPLES = ROOT / "samples"

# Markup an article might carry; none of it may run in the page.
HOSTILE_TEXT = (
    "Rebels attacked an army checkpoint near Hama on Friday, killing three soldiers. "
    "<script>window.__polybius_pwned = 'script'</script> "
    "A statement <img src=x onerror=\"window.__polybius_pwned = 'img'\"> was posted online, "
    "and the army said it would respond."
)
HOSTILE_TITLE = "<img src=x onerror=\"window.__polybius_pwned = 'title'\">Checkpoint attack"
HOSTILE_URL = "javascript:window.__polybius_pwned = 'url'"

_built: dict[str, Path] = {}


def build_store(directory: Path) -> Path:
    """Ingest the specimen, the samples and the hostile article into a DuckDB file, once
    per test session whichever module asks first. Skips when the specimen is absent."""
    if not SPECIMEN.exists():
        pytest.skip(f"{SPECIMEN} is absent")
    if "store" in _built:
        return _built["store"]
    import polybius
    from polybius.model import Article
    from polybius.pipeline import process
    from polybius.store import Store

    articles = list(polybius.read(SPECIMEN)) + list(polybius.read(SAMPLES))
    articles.append(Article(text=HOSTILE_TEXT, title=HOSTILE_TITLE, url=HOSTILE_URL, source="Hostile <b>Wire</b>",
                            published="2017-03-25"))
    path = directory / "explorer.duckdb"
    with Store(path) as store:
        store.write(process(iter(articles)))
    _built["store"] = path
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_server(db: Path, timeout: float = 90.0) -> Iterator[str]:
    """`polybius serve` in its own process, as a user starts it; yields its base URL."""
    port = free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "polybius.cli", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"polybius serve exited {process.returncode}: {process.stdout.read()}")
            try:
                if httpx.get(f"{base}/api/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("polybius serve did not answer in time")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
