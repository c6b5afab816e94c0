"""The DuckDB store: idempotent ingestion, whole articles per transaction, queries, exports."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from polybius.model import Article
from polybius.pipeline import process
from polybius.store import EventFilter, Store

TEXTS = [
    ("Syrian government warplanes struck a market in Idlib on Tuesday, killing six civilians, a monitor said.", "2019-05-21"),
    ("Police arrested 40 opposition activists in Khartoum on Wednesday, the group said.", "2019-01-17"),
    ("Rebels attacked an army checkpoint near Hama on Friday.", "2017-03-25"),
]


@pytest.fixture(scope="module")
def results():
    articles = [Article(text=t, published=p, source="test") for t, p in TEXTS]
    return list(process(articles))


def test_ingesting_twice_stores_once(tmp_path: Path, results):
    db = tmp_path / "events.duckdb"
    with Store(db) as store:
        assert store.write(results) == 3
        assert store.write(results) == 0
        counts = store.counts()
    assert counts["articles"] == 3
    assert counts["events"] == sum(len(r.events) for r in results)


def test_store_is_a_real_duckdb_file(tmp_path: Path, results):
    db = tmp_path / "events.duckdb"
    with Store(db) as store:
        store.write(results)
    con = duckdb.connect(str(db), read_only=True)
    types = {row[0] for row in con.execute("SELECT event_type FROM events").fetchall()}
    con.close()
    assert {"ASSAULT", "COERCE"} <= types


def test_failed_batch_leaves_no_half_written_article(tmp_path: Path):
    db = tmp_path / "events.duckdb"
    (result,) = process([Article(text="Rebels attacked an army checkpoint near Hama.", published="2017-03-25")])
    result.events[0].event_id = None  # the event row fails after the article row went in
    with Store(db) as store:
        with pytest.raises(duckdb.Error):
            store.write([result])
        assert store.counts() == {"articles": 0, "events": 0}


def test_filters_and_exports(tmp_path: Path, results):
    db = tmp_path / "events.duckdb"
    with Store(db) as store:
        store.write(results)
        coerce = store.events(EventFilter(event_type="coerce"))
        assert coerce and all(e["event_type"] == "COERCE" for e in coerce)
        may = store.events(EventFilter(since="2019-05-01", until="2019-05-31"))
        assert may and all(e["date"].startswith("2019-05") for e in may)
        out = tmp_path / "events.parquet"
        count = store.export_parquet(out)
    con = duckdb.connect()
    rows = con.execute(f"SELECT count(*), count(DISTINCT event_id) FROM read_parquet('{out}')").fetchone()
    assert rows == (count, count) and count > 0
    record = json.loads(con.execute(f"SELECT record FROM read_parquet('{out}') LIMIT 1").fetchone()[0])
    assert {"event_id", "trigger", "actor", "recipient", "modality"} <= set(record)


def test_an_id_twice_in_one_batch_is_stored_once(tmp_path: Path):
    first, second = process([Article(text="Rebels attacked a checkpoint.", id="same"), Article(text="Troops withdrew.", id="same")])
    with Store(tmp_path / "s.duckdb") as store:
        assert store.write([first, second]) == 1
        assert store.counts()["articles"] == 1
