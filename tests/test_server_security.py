"""The explorer under load and attack, as a real `polybius serve` on 127.0.0.1: a bounded
load test, schemathesis over the OpenAPI description, SQL injection and path traversal
on every parameter, oversized bodies and the XSS cases an API can have.

Latency is printed, never asserted; zero errors is asserted. POLYBIUS_LOAD_CLIENTS,
POLYBIUS_LOAD_SECONDS and POLYBIUS_SCHEMATHESIS_EXAMPLES size the runs (docs/RELIABILITY.md).
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
import socket
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import duckdb
import httpx
import pytest

from explorer_support import ROOT, build_store, running_server

CLIENTS = int(os.environ.get("POLYBIUS_LOAD_CLIENTS", "50"))
SECONDS = float(os.environ.get("POLYBIUS_LOAD_SECONDS", "5"))
EXAMPLES = int(os.environ.get("POLYBIUS_SCHEMATHESIS_EXAMPLES", "3"))
# CI sends a sample of the payloads to every parameter and runs schemathesis's fuzzing
# phase only; POLYBIUS_SECURITY_FULL=1 sends them all and runs every phase.
FULL = os.environ.get("POLYBIUS_SECURITY_FULL") == "1"

SQL = [
    "' OR '1'='1", "x' OR 1=1 --", "\" OR \"\"=\"", "1; DROP TABLE events; --", "') UNION SELECT text, text FROM articles --",
    "%' --", "'; ATTACH '/tmp/polybius_pwned.duckdb' AS p; --", "'; COPY events TO '/tmp/polybius_pwned.csv'; --",
    "1 AND sleep(5)", "ASSAULT' --", "\\'; SELECT 1; --", "e.date; DROP TABLE events",
]
TRAVERSAL = [
    "../../../../etc/passwd", "..%2f..%2f..%2f..%2fetc%2fpasswd", "....//....//....//etc/passwd", "/etc/passwd",
    "..\\..\\..\\pyproject.toml", "%2e%2e%2f%2e%2e%2fpyproject.toml", "../pyproject.toml\x00.png", "file:///etc/passwd",
]
ODD = ["\x00", "\u202e", "A" * 5000, "💥" * 100, "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "-1", "1e309", "NaN"]
PAYLOADS = SQL + TRAVERSAL + ODD if FULL else [SQL[1], SQL[3], SQL[6], TRAVERSAL[0], TRAVERSAL[1], ODD[0], ODD[4]]
SECRETS = ("root:x:0:0", "[project]", "[build-system]", "BEGIN PRIVATE KEY")


def _load_module():
    spec = importlib.util.spec_from_file_location("bench_server_load", ROOT / "benchmarks" / "bench_server_load.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def fingerprint(db: Path) -> str:
    """A digest of every table's rows: what an attack must leave unchanged."""
    digest = hashlib.sha256()
    with duckdb.connect(str(db), read_only=True) as con:
        for (table,) in con.execute("SELECT table_name FROM information_schema.tables ORDER BY 1").fetchall():
            rows = con.execute(f'SELECT count(*), sum(hash(t)) FROM "{table}" t').fetchone()
            digest.update(f"{table}:{rows}".encode())
    return digest.hexdigest()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("explorer"))


@pytest.fixture(scope="module")
def base(store: Path):
    with running_server(store) as url:
        yield url


@pytest.fixture(scope="module")
def api(base: str):
    with httpx.Client(base_url=base, timeout=60) as client:
        yield client


def _parameters(api: httpx.Client) -> list[tuple[str, str, str, str]]:
    """(method, path, parameter, where) for every parameter the OpenAPI description names."""
    found = []
    for path, methods in api.get("/openapi.json").json()["paths"].items():
        for method, operation in methods.items():
            for parameter in operation.get("parameters", []):
                found.append((method.upper(), path, parameter["name"], parameter["in"]))
            if "requestBody" in operation:
                for name in ("text", "published", "url", "source"):
                    found.append((method.upper(), path, name, "body"))
    return found


def _send(api: httpx.Client, method: str, path: str, name: str, where: str, value: str) -> httpx.Response:
    if where == "path":
        return api.request(method, path.replace("{" + name + "}", quote(value, safe="")))
    if where == "body":
        body = {"text": "Rebels attacked an army post near Hama on Friday."} | {name: value}
        return api.request(method, path, json=body)
    fill = re.sub(r"\{[^}]+\}", "x", path)
    return api.request(method, fill, params={name: value})


def _safe(response: httpx.Response) -> None:
    assert response.status_code < 500, f"{response.request.url}: {response.status_code} {response.text[:300]}"
    assert not any(secret in response.text for secret in SECRETS), response.request.url
    if response.status_code >= 400:  # reflected input comes back as JSON data, never as a page
        assert response.headers["content-type"].startswith("application/json"), response.request.url


def test_injection_and_traversal_on_every_parameter(api: httpx.Client, store: Path) -> None:
    before = fingerprint(store)
    parameters = _parameters(api)
    assert len(parameters) >= 30
    sent = 0
    for method, path, name, where in parameters:
        for value in PAYLOADS:
            if where == "body" and name == "text":
                continue  # any text is a valid article
            _safe(_send(api, method, path, name, where, value))
            sent += 1
    # Free-text filters treat quotes as data: nothing matches, nothing breaks.
    for name in ("actor", "q", "mode", "article", "incident"):
        body = api.get("/api/events", params={name: "x' OR 1=1 --"}).json()
        assert body["total"] == 0, name
    assert fingerprint(store) == before
    assert not Path("/tmp/polybius_pwned.csv").exists() and not Path("/tmp/polybius_pwned.duckdb").exists()
    print(f"\ninjection and traversal: {sent} requests over {len(parameters)} parameters, no 5xx, store unchanged")


@pytest.mark.parametrize("url", [
    "/static/../../pyproject.toml", "/static/%2e%2e/%2e%2e/pyproject.toml", "/static/..%2f..%2fpyproject.toml",
    "/static//etc/passwd", "/static/%2fetc%2fpasswd", "/vendor/..%2f..%2fpackage.json", "/vendor/../../web/package.json",
    "/vendor/d3%2f..%2f..%2fpackage.json", "/static/index.html%00.png", "/..%2f..%2f..%2fetc/passwd",
    "/api/articles/..%2f..%2f..%2fetc%2fpasswd", "/api/events/%2e%2e%2f%2e%2e%2fpyproject.toml",
])
def test_path_traversal_on_files(api: httpx.Client, url: str) -> None:
    response = api.get(url)
    assert response.status_code in (400, 404, 422), f"{url}: {response.status_code}"
    assert not any(secret in response.text for secret in SECRETS)


def _raw_status(base: str, request: bytes) -> int:
    """Send bytes no well-behaved client would, and read the status code back."""
    host, port = httpx.URL(base).host, httpx.URL(base).port
    with socket.create_connection((host, port), timeout=30) as sock:
        sock.sendall(request)
        return int(sock.recv(64).split(b" ")[1])


def test_oversized_requests_are_refused(api: httpx.Client, base: str) -> None:
    assert _raw_status(base, b"POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                             b"Content-Length: 1000000000000\r\n\r\n{}") == 413  # a length announced, not sent

    chunk = b"10000\r\n" + b"x" * 0x10000 + b"\r\n"  # 64 KiB chunks, no length announced: 320 KiB in all
    assert _raw_status(base, b"POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                             b"Transfer-Encoding: chunked\r\n\r\n" + chunk * 5) == 413
    too_long = api.post("/api/extract", json={"text": "Troops fired. " * 10_000})
    assert too_long.status_code == 422  # over the 100,000 characters an extraction takes
    deep = api.post("/api/extract", content=b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
                    headers={"content-type": "application/json"})
    assert deep.status_code in (400, 413, 422)
    assert api.get("/api/events", params={"q": "x" * 60_000}).status_code in (414, 422, 431, 400)
    try:  # uvicorn refuses headers over its limit by closing the connection
        big_header = httpx.get(f"{base}/api/health", headers={"x-filler": "x" * 200_000}, timeout=30).status_code
    except (httpx.ReadError, httpx.RemoteProtocolError):
        big_header = 0
    assert big_header in (0, 400, 413, 431)
    assert api.get("/api/health").status_code == 200  # and the server still answers


def test_reflected_input_is_never_markup(api: httpx.Client) -> None:
    payload = "<script>alert(1)</script>"
    for url in (f"/api/events/{payload}", f"/api/articles/{payload}"):
        response = api.get(url)
        assert response.status_code == 404
        assert response.headers["content-type"] == "application/json"
        assert response.headers["x-content-type-options"] == "nosniff"
        assert "script-src 'self'" in response.headers["content-security-policy"]
    page = api.get("/", params={"q": payload})
    assert payload not in page.text  # the page is a static file: nothing of the request is written into it
    hostile = api.get("/api/events", params={"q": "window.__polybius_pwned", "limit": 50}).json()
    assert hostile["total"] > 0  # the hostile article is stored and served, as data, in JSON
    for name in ("/api/health", "/api/events", "/docs", "/"):
        assert "unsafe-inline" not in api.get(name).headers["content-security-policy"]


def test_load(base: str, store: Path) -> None:
    bench = _load_module()
    ids = httpx.get(f"{base}/api/events", params={"limit": 10}).json()["events"]
    extra = tuple(f"/api/articles/{e['article_id']}" for e in ids[:5]) + tuple(f"/api/events/{e['event_id']}" for e in ids[:5])
    load = bench.run_load(base, CLIENTS, SECONDS, extra)
    summary = load.summary()
    print(f"\nload: {summary}")
    assert load.errors == [], load.errors[:5]
    assert summary["requests"] >= CLIENTS


def test_schemathesis(base: str) -> None:
    """Every operation, examples from its schema and beyond it: no 5xx, responses match
    the description, invalid input is refused."""
    st = Path(sys.executable).with_name("st")
    if not st.exists():
        pytest.skip("schemathesis is not installed (pip install schemathesis)")
    run = subprocess.run([str(st), "run", f"{base}/openapi.json", "--checks", "all", "--max-examples", str(EXAMPLES),
                          "--no-color", "--seed", "1", *([] if FULL else ["--phases", "fuzzing"])],
                         capture_output=True, text=True, timeout=900)
    summary = re.search(r"(\d+) generated, (\d+) (?:passed|found.*)", run.stdout)
    print(f"\nschemathesis: {summary.group(0) if summary else run.stdout[-500:]}")
    assert run.returncode == 0, run.stdout[-4000:]
