"""The explorer's REST API, over a real store and a real `polybius serve` process."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import httpx
import pytest

from explorer_support import HOSTILE_TEXT, build_store, running_server


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("explorer"))


@pytest.fixture(scope="module")
def api(store: Path):
    with running_server(store) as base, httpx.Client(base_url=base, timeout=60) as client:
        yield client


def sql(store: Path, query: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(store), read_only=True) as con:
        return con.execute(query, params or []).fetchall()


def specimen_id(store: Path) -> str:
    return sql(store, "SELECT id FROM articles WHERE text LIKE '%Small groups of Daesh militants%'")[0][0]


def test_health_counts_the_store(api: httpx.Client, store: Path) -> None:
    body = api.get("/api/health").json()
    assert body["articles"] == sql(store, "SELECT count(*) FROM articles")[0][0] >= 10
    assert body["events"] == sql(store, "SELECT count(*) FROM events")[0][0] > 100
    assert body["read_only"] is True
    assert "ASSAULT" in body["types"]


def test_pages_are_disjoint_and_bounded(api: httpx.Client, store: Path) -> None:
    first = api.get("/api/events", params={"limit": 5}).json()
    second = api.get("/api/events", params={"limit": 5, "offset": 5}).json()
    assert first["total"] == second["total"] == sql(store, "SELECT count(*) FROM events")[0][0]
    ids = [e["event_id"] for e in first["events"]] + [e["event_id"] for e in second["events"]]
    assert len(ids) == len(set(ids)) == 10
    assert api.get("/api/events", params={"limit": 501}).status_code == 422
    assert api.get("/api/events", params={"limit": 0}).status_code == 422
    assert api.get("/api/events", params={"offset": -1}).status_code == 422


def test_sorting(api: httpx.Client) -> None:
    rising = api.get("/api/events", params={"sort": "confidence", "order": "asc", "limit": 500}).json()["events"]
    values = [e["confidence"] for e in rising]
    assert values == sorted(values) and values[0] < values[-1]
    newest = api.get("/api/events", params={"limit": 500}).json()["events"]
    dates = [e["date"] for e in newest if e["date"]]
    assert dates == sorted(dates, reverse=True)
    assert api.get("/api/events", params={"sort": "date; DROP TABLE events"}).status_code == 422


@pytest.mark.parametrize("params, column, check", [
    ({"type": "ASSAULT"}, "event_type", lambda v: v == "ASSAULT"),
    ({"modality": "negated"}, "modality", lambda v: v == "negated"),
    ({"min_confidence": 0.8}, "confidence", lambda v: v >= 0.8),
    ({"since": "2019-05-01", "until": "2019-12-31"}, "date", lambda v: "2019-05-01" <= v <= "2019-12-31"),
])
def test_filters_match_sql(api: httpx.Client, store: Path, params: dict, column: str, check) -> None:
    body = api.get("/api/events", params={**params, "limit": 500}).json()
    assert body["total"] > 0 and body["total"] == len(body["events"])
    assert all(check(e[column]) for e in body["events"])
    everything = api.get("/api/events", params={"limit": 1}).json()["total"]
    assert body["total"] < everything


def test_actor_country_and_free_text(api: httpx.Client, store: Path) -> None:
    hezbollah = api.get("/api/events", params={"actor": "hezbollah", "limit": 500}).json()
    expected = sql(store, "SELECT count(*) FROM events WHERE actor ILIKE '%hezbollah%' OR recipient ILIKE '%hezbollah%'")[0][0]
    assert hezbollah["total"] == expected > 0
    lebanon = api.get("/api/events", params={"country": "LBN", "limit": 500}).json()
    assert lebanon["total"] > 0
    assert all("LBN" in " ".join(filter(None, [e["location"] and e["location"]["country"], json.dumps(e["actor"]), json.dumps(e["recipient"])]))
               for e in lebanon["events"])
    surrender = api.get("/api/events", params={"q": "surrendering"}).json()
    assert [e["trigger"]["text"] for e in surrender["events"]] == ["surrendering"]
    # The user's % and _ are literal characters, and quotes are data, not SQL.
    assert api.get("/api/events", params={"q": "%"}).json()["total"] == 0
    assert api.get("/api/events", params={"actor": "x' OR 1=1 --"}).json()["total"] == 0
    assert api.get("/api/events", params={"country": "LBN'--"}).status_code == 422


def test_specimen_events_are_where_the_article_says(api: httpx.Client, store: Path) -> None:
    article = specimen_id(store)
    body = api.get("/api/events", params={"article": article, "limit": 500, "located": True}).json()
    assert body["total"] >= 5
    for event in body["events"]:  # the Syrian–Lebanese border, Qalamoun, Lebanon
        place = event["location"]
        assert 32.5 < place["lat"] < 37.5 and 34.5 < place["lon"] < 39, place


def test_geojson_variant(api: httpx.Client) -> None:
    for path, params in (("/api/events.geojson", {}), ("/api/events", {"format": "geojson"})):
        body = api.get(path, params={**params, "located": True, "limit": 20}).json()
        assert body["type"] == "FeatureCollection" and len(body["features"]) == 20
        for feature in body["features"]:
            place = feature["properties"]["location"]
            assert feature["geometry"] == {"type": "Point", "coordinates": [place["lon"], place["lat"]]}


def test_article_text_and_spans(api: httpx.Client, store: Path) -> None:
    body = api.get(f"/api/articles/{specimen_id(store)}").json()
    assert "Small groups of Daesh militants are surrendering" in body["text"]
    assert body["events"]
    for event in body["events"]:
        start, end = event["trigger"]["span"]
        assert body["text"][start:end] == event["trigger"]["text"]
    assert api.get("/api/articles/no-such-article").status_code == 404
    assert api.get("/api/events/no-such-event").status_code == 404


def test_stats_add_up(api: httpx.Client, store: Path) -> None:
    body = api.get("/api/stats").json()
    assert sum(n for _, n in body["by_type"]) == body["total"]
    assert sum(n for _, n in body["by_day"]) == sql(store, "SELECT count(*) FROM events WHERE date IS NOT NULL")[0][0]
    assert body["by_actor"] and body["by_country"] and body["by_modality"]
    # The timeline keeps every day under a date filter (so the brush can move); the rest narrows.
    narrowed = api.get("/api/stats", params={"since": "2017-08-01", "until": "2017-08-31"}).json()
    assert narrowed["by_day"] == body["by_day"]
    assert 0 < narrowed["total"] < body["total"]


def test_map_cells_cover_the_located_events(api: httpx.Client) -> None:
    stats = api.get("/api/stats").json()
    coarse = api.get("/api/map", params={"cell": 10}).json()["cells"]
    fine = api.get("/api/map", params={"cell": 0.01}).json()["cells"]
    assert sum(c["count"] for c in coarse) == sum(c["count"] for c in fine) == stats["located"]
    assert len(coarse) < len(fine)
    levant = api.get("/api/map", params={"cell": 0.01, "west": 35, "east": 37, "south": 33, "north": 35}).json()["cells"]
    assert levant and all(35 <= c["lon"] <= 37 and 33 <= c["lat"] <= 35 for c in levant)
    single = next(c for c in fine if c["count"] == 1)
    assert api.get(f"/api/events/{single['event_id']}").json()["location"]["lat"] == pytest.approx(single["lat"])


def test_incidents_say_what_they_have(api: httpx.Client, store: Path) -> None:
    response = api.get("/api/incidents")
    has_table = bool(sql(store, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'incidents'")[0][0])
    if has_table:
        assert response.status_code == 200 and "incidents" in response.json()
    else:
        assert response.status_code == 404 and "no incidents table" in response.json()["detail"]


def test_incidents_and_their_events(store: Path, tmp_path: Path) -> None:
    incidents = pytest.importorskip("polybius.incidents")
    from polybius.store import Store

    db = tmp_path / "incidents.duckdb"
    shutil.copy(store, db)
    with Store(db) as writable:
        built = incidents.rebuild(writable)["incidents"]
    with running_server(db) as base, httpx.Client(base_url=base, timeout=60) as client:
        every = client.get("/api/incidents", params={"happened": "any", "limit": 500}).json()
        assert every["total"] == built > 0
        page = client.get("/api/incidents", params={"limit": 5}).json()
        assert 0 < len(page["incidents"]) <= 5 and page["total"] <= built
        first = page["incidents"][0]
        events = client.get("/api/events", params={"incident": first["incident_id"], "limit": 500}).json()
        assert events["total"] == sql(db, "SELECT count(*) FROM events WHERE incident_id = ?", [first["incident_id"]])[0][0] > 0


def test_extract_codes_and_stores_nothing(api: httpx.Client) -> None:
    before = api.get("/api/health").json()
    response = api.post("/api/extract", json={"text": HOSTILE_TEXT, "published": "2017-03-25"})
    assert response.status_code == 200
    events = response.json()["events"]
    assert any(e["event_type"] == "ASSAULT" and e["trigger"]["text"] == "attacked" for e in events)
    assert api.get("/api/health").json()["events"] == before["events"]
    assert api.post("/api/extract", json={"text": ""}).status_code == 422
    assert api.post("/api/extract", json={"text": "x" * 100_001}).status_code == 422
    too_big = api.post("/api/extract", content=b'{"text": "' + b"x" * 300_000 + b'"}', headers={"content-type": "application/json"})
    assert too_big.status_code == 413


def test_safe_defaults(api: httpx.Client) -> None:
    page = api.get("/")
    assert page.status_code == 200
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert "unsafe-inline" not in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"
    assert api.get("/api/health", headers={"host": "attacker.example"}).status_code == 400
    assert api.post("/api/events").status_code == 405
    assert api.get("/vendor/../../pyproject.toml").status_code == 404


def test_openapi_at_docs_without_a_cdn(api: httpx.Client) -> None:
    docs = api.get("/docs").text
    assert "/vendor/swagger-ui-bundle.js" in docs and "http" not in docs.replace("http-equiv", "")
    schema = api.get("/openapi.json").json()
    assert {"/api/events", "/api/stats", "/api/extract", "/api/articles/{article_id}", "/api/incidents"} <= set(schema["paths"])
    assert api.get("/vendor/swagger-ui-bundle.js").status_code == 200


def test_serve_and_ingest_share_the_store(store: Path, tmp_path: Path) -> None:
    """DuckDB lets no other process open a file while one writes it: the server holds the
    store only during a request, answers 503 with the reason while a writer holds it,
    and sees the new articles once the writer is done."""
    db = tmp_path / "shared.duckdb"
    shutil.copy(store, db)
    article = tmp_path / "new.txt"
    article.write_text("Protesters marched in Basra on Sunday, demanding jobs and electricity.\n", encoding="utf-8")
    with running_server(db) as base, httpx.Client(base_url=base, timeout=60) as client:
        before = client.get("/api/health").json()["articles"]
        writer = duckdb.connect(str(db))  # another process's writer, as far as the server knows
        try:
            busy = client.get("/api/events")
            assert busy.status_code == 503 and busy.headers["retry-after"]
            assert "being written by another process" in busy.json()["detail"]
        finally:
            writer.close()
        assert client.get("/api/events").status_code == 200

        ingest = subprocess.Popen(
            [sys.executable, "-m", "polybius.cli", "ingest", str(article), "--db", str(db)],
            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
        )
        seen = ""
        while "ingest:" not in seen and ingest.poll() is None:  # the progress bar: the store is open
            seen += ingest.stderr.read(1)
        during = client.get("/api/health")
        assert during.status_code in (200, 503)  # 200 only if the ingest already finished
        rest = ingest.stderr.read()
        assert ingest.wait(timeout=300) == 0, seen + rest
        after = client.get("/api/health")
        assert after.status_code == 200 and after.json()["articles"] == before + 1


def test_min_actor_confidence_turns_unsure_parties_into_unknowns(api: httpx.Client) -> None:
    def parties(body: dict) -> dict[tuple[str, str], dict]:
        found = {}
        for record in body["events"]:
            for role in ("actor", "recipient"):
                value = record.get(role)
                for party in value if isinstance(value, list) else [value] if value else []:
                    found[(record["event_id"], party["text"])] = party
        return found

    plain = parties(api.get("/api/events", params={"limit": 500}).json())
    confidences = sorted({p["confidence"] for p in plain.values() if p.get("confidence") is not None})
    assert len(confidences) >= 2, "the store's parties should be resolved on several bases"
    threshold = confidences[-1]  # only the surest basis keeps its answers
    strict = parties(api.get("/api/events", params={"limit": 500, "min_actor_confidence": threshold}).json())
    assert strict.keys() == plain.keys()
    for key, party in strict.items():
        before = plain[key]
        assert party["confidence"] == before["confidence"] and party["text"] == before["text"]
        if before["confidence"] is not None and before["confidence"] < threshold:
            assert party["country"] is None and party["sector"] is None and party["entity_id"] is None
        else:
            assert party == before
    assert api.get("/api/events", params={"min_actor_confidence": 1.5}).status_code == 422
