"""`polybius spark` on a real Spark in local[2]: the same events as the local engine."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import duckdb
import pytest

SAMPLES = Path(__file__).resolve().parents[1] / "samples"

if shutil.which("java") is None and not os.environ.get("CI"):
    pytest.skip("no Java on this machine (Spark needs Java 17: make setup installs it)", allow_module_level=True)
pyspark = pytest.importorskip("pyspark") if not os.environ.get("CI") else __import__("pyspark")

from polybius import spark as engine  # noqa: E402
from polybius.pipeline import process  # noqa: E402
from polybius.read import read  # noqa: E402
from polybius.store import Store  # noqa: E402


@pytest.fixture(scope="module")
def session():
    spark = engine._session("local[2]", app_name="polybius-test")
    spark.sparkContext.setLogLevel("ERROR")
    yield spark
    spark.stop()


@pytest.fixture(scope="module")
def articles_jsonl(tmp_path_factory) -> Path:
    """Four articles: the wire's two, two sample texts, and one record with no text."""
    lines = (SAMPLES / "wire.jsonl").read_text().splitlines()
    for name, day in (("03-aden-clashes.txt", "2019-08-10"), ("05-donbas-ceasefire.txt", None)):
        lines.append(json.dumps({"id": name, "text": (SAMPLES / name).read_text(), "published": day, "desk": "samples"}))
    lines.append(json.dumps({"id": "empty", "text": ""}))
    path = tmp_path_factory.mktemp("in") / "articles.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path


def _spark_output(folder: Path) -> tuple[dict[str, dict], list[dict]]:
    con = duckdb.connect()
    events = {row[0]: json.loads(row[1]) for row in con.execute(f"SELECT event_id, record FROM read_parquet('{folder}/events/*.parquet')").fetchall()}
    articles = [dict(zip(("id", "published", "sentences", "events", "metadata"), r)) for r in con.execute(
        f"SELECT id, published, sentences, events, metadata FROM read_parquet('{folder}/articles/*.parquet') ORDER BY id").fetchall()]
    return events, articles


def test_spark_gives_the_local_engines_events(session, articles_jsonl: Path, tmp_path: Path) -> None:
    counts = engine.run(str(articles_jsonl), str(tmp_path / "out"), partitions=2, spark=session)
    local = list(process(read(articles_jsonl, on_error=lambda e: None)))
    expected = {e.event_id: json.loads(json.dumps(e.to_dict(), default=str)) for r in local for e in r.events}
    events, articles = _spark_output(tmp_path / "out")
    assert counts == {"articles": 4, "events": len(expected), "errors": 1}
    assert len(expected) > 20 and events == expected
    assert [a["id"] for a in articles] == sorted(r.article.id for r in local)
    assert {a["id"]: a["sentences"] for a in articles} == {r.article.id: r.sentences for r in local}
    assert any(json.loads(a["metadata"]).get("desk") == "samples" for a in articles)
    errors = list((tmp_path / "out" / "errors").glob("*.json"))
    assert errors and "articles.jsonl:5" in "".join(p.read_text() for p in errors)  # the empty record, named by line


def test_parquet_in_and_back_into_the_store(session, articles_jsonl: Path, tmp_path: Path) -> None:
    parquet = tmp_path / "articles.parquet"
    duckdb.connect().execute(f"COPY (SELECT * FROM read_json_auto('{articles_jsonl}') WHERE text <> '') TO '{parquet}' (FORMAT PARQUET)")
    counts = engine.run(str(parquet), str(tmp_path / "out"), spark=session)
    assert counts["articles"] == 4 and counts["errors"] == 0
    db = tmp_path / "store.duckdb"
    with Store(db) as store:
        loaded = engine.load_parquet(store, tmp_path / "out")
        assert loaded["articles"] == 4 and loaded["events"] == counts["events"]
        assert engine.load_parquet(store, tmp_path / "out")["articles"] == 0  # loading twice adds nothing
        assert store.counts() == {"articles": 4, "events": counts["events"]}
        records = store.events()
    local = {e.event_id for r in process(read(articles_jsonl, on_error=lambda e: None)) for e in r.events}
    assert {r["event_id"] for r in records} == local  # the explorer's store holds the local engine's events
