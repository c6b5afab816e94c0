"""Load on `polybius serve` over 127.0.0.1: N concurrent clients for S seconds, each
sending the explorer's requests one after another; prints requests served, errors and
p50/p99 latency. tests/test_server_security.py runs a short version (50 × 5 s).

    .venv/bin/python benchmarks/bench_server_load.py --clients 200 --seconds 30

Without --url it builds a store (the specimen, the samples) and starts the server itself.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

# What the page asks for, and what a script paging the API asks for.
PATHS = (
    "/api/health", "/api/events?limit=50", "/api/events?type=ASSAULT&limit=100&sort=confidence", "/api/stats",
    "/api/map?cell=2", "/api/events.geojson?located=true&limit=200", "/api/stats?since=2017-08-01&until=2017-08-31",
    "/api/events?q=army&limit=20", "/api/incidents?limit=20",
)


@dataclass
class Load:
    clients: int
    seconds: float
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, float | int]:
        ordered = sorted(self.latencies)
        pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000 if ordered else float("nan")  # noqa: E731
        return {"clients": self.clients, "seconds": self.seconds, "requests": len(ordered), "errors": len(self.errors),
                "per_second": round(len(ordered) / self.seconds, 1), "p50_ms": round(pick(0.50), 1),
                "p99_ms": round(pick(0.99), 1), "max_ms": round(ordered[-1] * 1000, 1) if ordered else float("nan"),
                "mean_ms": round(statistics.fmean(ordered) * 1000, 1) if ordered else float("nan")}


async def _client(base: str, load: Load, deadline: float, offset: int, extra: tuple[str, ...]) -> None:
    paths = PATHS + extra
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        i = offset
        # every client sends at least one request, however late it starts: on a loaded machine
        # opening fifty clients can take longer than the run, and a client that never asked
        # would pass for one that was never answered
        while i == offset or time.monotonic() < deadline:
            path = paths[i % len(paths)]
            i += 1
            started = time.perf_counter()
            try:
                response = await client.get(path)
                ok = response.status_code == 200 or (path.startswith("/api/incidents") and response.status_code == 404)
                if not ok:
                    load.errors.append(f"{path}: {response.status_code} {response.text[:200]}")
            except httpx.HTTPError as exc:
                load.errors.append(f"{path}: {type(exc).__name__} {exc}")
            load.latencies.append(time.perf_counter() - started)


def run_load(base: str, clients: int, seconds: float, extra: tuple[str, ...] = ()) -> Load:
    """``clients`` concurrent clients for ``seconds``; every answer but a 200 is an error."""
    load = Load(clients, seconds)

    async def main() -> None:
        deadline = time.monotonic() + seconds
        await asyncio.gather(*(_client(base, load, deadline, n, extra) for n in range(clients)))

    asyncio.run(main())
    return load


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--url", help="a running server (default: start one on a store built now)")
    options = parser.parse_args()
    if options.url:
        load = run_load(options.url, options.clients, options.seconds)
    else:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
        from explorer_support import build_store, running_server

        with tempfile.TemporaryDirectory() as folder, running_server(build_store(Path(folder))) as base:
            ids = httpx.get(f"{base}/api/events", params={"limit": 20}).json()["events"]
            extra = tuple(f"/api/articles/{e['article_id']}" for e in ids[:5]) + tuple(f"/api/events/{e['event_id']}" for e in ids[:5])
            load = run_load(base, options.clients, options.seconds, extra)
    print(load.summary())
    for error in load.errors[:10]:
        print("error:", error)
    return 1 if load.errors else 0


if __name__ == "__main__":
    sys.exit(main())
