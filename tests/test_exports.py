"""Exports in ACLED, GDELT, PLOVER and GeoJSON shapes, and the round trips back through evaluate."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from polybius.cli import main
from polybius.evaluate.gold import ACLED_SUB_TO_TYPE
from polybius.evaluate.importers import read_gold
from polybius.evaluate.score import evaluate
from polybius.export import incident_counts, load_articles
from polybius.export.acled import ACLED_COLUMNS, interaction
from polybius.export.gdelt import COLUMNS as GDELT_COLUMNS
from polybius.export.write import export_store
from polybius.model import PLOVER_TYPES
from polybius.read import read_many
from polybius.store import EventFilter, Store

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    """The bundled samples (eight articles: strikes, raids, clashes, a protest, a ceasefire) in a store."""
    from polybius.pipeline import process

    db = tmp_path_factory.mktemp("exports") / "events.duckdb"
    with Store(db) as store:
        store.write(list(process(read_many([str(ROOT / "samples")]))))
    return db


def _export(store_path: Path, fmt: str, out: Path) -> int:
    with Store(store_path, read_only=True) as store:
        return export_store(store, EventFilter(), fmt, str(out))


def _records(store_path: Path) -> list[dict]:
    with Store(store_path, read_only=True) as store:
        return store.events()


def _perfect(summary: dict) -> None:
    for name in ("detection", "typing"):
        assert (summary[name]["precision"], summary[name]["recall"]) == (1.0, 1.0), name
    for name, row in summary["attributes"].items():
        assert row["accuracy"] == 1.0, (name, row)


def test_acled_csv_round_trips_at_100_percent(store_path: Path, tmp_path: Path):
    out = tmp_path / "events.csv"
    rows = _export(store_path, "acled", out)
    assert rows > 20
    gold = read_gold(out)
    assert sum(len(a.events) for a in gold) == rows
    summary = evaluate(gold).summary()
    _perfect(summary)
    assert summary["acled_event_type"]["f1"] == 1.0 and summary["acled_sub_event_type"]["f1"] == 1.0
    assert {"place_25km", "date_exact", "fatalities_exact", "actor_entity"} <= set(summary["attributes"])


def test_plover_json_round_trips_at_100_percent(store_path: Path, tmp_path: Path):
    out = tmp_path / "events.jsonl"
    rows = _export(store_path, "plover", out)
    assert rows == len(_records(store_path))
    summary = evaluate(read_gold(out, "plover")).summary()
    _perfect(summary)
    assert {"actor_entity", "actor_country", "actor_sector", "place_25km", "modality"} <= set(summary["attributes"])


def test_acled_csv_has_acled_columns_labels_and_codes(store_path: Path, tmp_path: Path):
    out = tmp_path / "events.csv"
    _export(store_path, "acled", out)
    with open(out, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames[: len(ACLED_COLUMNS)]) == ACLED_COLUMNS
        rows = list(reader)
    for row in rows:
        assert ACLED_SUB_TO_TYPE[row["sub_event_type"]] == row["event_type"]  # ACLED's exact labels
        assert row["polybius_modality"] == "asserted"
        assert row["fatalities"].isdigit()
        assert row["geo_precision"] in ("", "1", "2", "3")
        assert row["time_precision"] in ("1", "2", "3")
        if row["inter1"] and row["inter2"]:
            assert row["interaction"] == "".join(sorted(row["inter1"] + row["inter2"]))
    # the article text travels once per article, on its first row
    with_text = [r for r in rows if r["polybius_article_text"]]
    assert len(with_text) == len({r["polybius_article_id"] for r in rows})
    mali = next(r for r in rows if "Dioura" in r["notes"] and r["sub_event_type"] == "Armed clash")
    assert mali["country"] in ("", "Mali") and int(mali["fatalities"]) >= 12


def test_interaction_codes_follow_acled():
    assert interaction(2, 1) == 12
    assert interaction(1, 7) == 17
    assert interaction(6, None) == 60
    assert interaction(None, None) is None


def test_gdelt_table_has_61_columns_and_cameo_scales(store_path: Path, tmp_path: Path):
    out = tmp_path / "events.tsv"
    rows = _export(store_path, "gdelt", out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == rows > 20
    index = {name: i for i, name in enumerate(GDELT_COLUMNS)}
    for line in lines:
        cells = line.split("\t")
        assert len(cells) == 61
        code = cells[index["EventCode"]]
        assert cells[index["EventRootCode"]] == code[:2] and cells[index["EventBaseCode"]] == code[:3]
        root = int(code[:2])
        assert int(cells[index["QuadClass"]]) == (1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4)
        assert -10 <= float(cells[index["GoldsteinScale"]]) <= 10
        assert (cells[index["NumMentions"]], cells[index["NumSources"]], cells[index["NumArticles"]]) == ("1", "1", "1")
        assert len(cells[index["SQLDATE"]]) == 8 and cells[index["SQLDATE"]].startswith(cells[index["Year"]])
        if cells[index["ActionGeo_Lat"]]:
            assert -90 <= float(cells[index["ActionGeo_Lat"]]) <= 90 and cells[index["ActionGeo_Type"]] in "12345"
    assault = [line.split("\t") for line in lines if line.split("\t")[index["EventRootCode"]] in ("18", "19")]
    assert assault and all(float(c[index["GoldsteinScale"]]) <= -9 for c in assault)


def test_gdelt_counts_come_from_incidents_when_the_store_has_them(store_path: Path, tmp_path: Path):
    if not hasattr(Store, "has_incidents_table"):
        pytest.skip("this store has no incidents yet")
    db = tmp_path / "copy.duckdb"
    db.write_bytes(store_path.read_bytes())
    with Store(db) as store:
        con = store.connection
        ids = [r[0] for r in con.execute(
            "SELECT event_id FROM events WHERE modality = 'asserted' AND cameo_code IS NOT NULL ORDER BY event_id LIMIT 3").fetchall()]
        con.execute("INSERT INTO incidents (incident_id, mentions, sources, articles) VALUES ('i1', 3, 2, 2)")
        con.execute("UPDATE events SET incident_id = 'i1' WHERE event_id IN (SELECT unnest(?))", [ids])
        assert incident_counts(store) == {"i1": (3, 2, 2)}
        out = tmp_path / "events.tsv"
        export_store(store, EventFilter(), "gdelt", str(out))
    index = GDELT_COLUMNS.index("NumMentions")
    sizes = [tuple(line.split("\t")[index: index + 3]) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sizes.count(("3", "2", "2")) == 3
    assert set(sizes) == {("3", "2", "2"), ("1", "1", "1")}


def test_plover_records_have_the_manual_fields(store_path: Path, tmp_path: Path):
    out = tmp_path / "events.jsonl"
    _export(store_path, "plover", out)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    quads = {"AGREE": 1, "CONSULT": 1, "RETREAT": 2, "AID": 2, "ACCUSE": 3, "REQUEST": 3, "ASSAULT": 4, "PROTEST": 4}
    for record in records:
        assert {"id", "date", "actor", "event", "event_text", "text", "text_info", "cite_info"} <= set(record)
        assert record["event"][0] in PLOVER_TYPES
        if record["event"][0] in quads:
            assert record["quad_code"] == quads[record["event"][0]]
        for entity in record["actor"] + record["recipient"]:
            assert set(entity) <= {"code", "sector", "entity_text", "identifier_id", "identifier_text", "cameo_code", "acled_name"}
    stories = [r for r in records if "story" in r]
    assert len(stories) == len({r["article_id"] for r in records})
    for record in records:  # text_info offsets slice the story to the sentence
        story = next(s["story"] for s in stories if s["article_id"] == record["article_id"])
        assert story[record["text_info"]["start"]: record["text_info"]["end"]] == record["text"]


def test_geojson_points_are_longitude_first(store_path: Path, tmp_path: Path):
    out = tmp_path / "events.geojson"
    count = _export(store_path, "geojson", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) == count > 0
    located = {r["event_id"]: r["location"] for r in _records(store_path) if r["location"] and r["location"]["lat"] is not None}
    assert count == len(located)
    for feature in data["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        place = located[feature["id"]]
        assert (lat, lon) == (pytest.approx(place["lat"]), pytest.approx(place["lon"]))


def test_export_command_writes_each_format(store_path: Path, tmp_path: Path, capsys):
    for fmt in ("acled", "gdelt", "plover", "geojson"):
        out = tmp_path / f"events.{fmt}"
        assert main(["export", "--db", str(store_path), "--format", fmt, "--out", str(out), "--type", "ASSAULT"]) == 0
        assert out.stat().st_size > 0
        assert "wrote" in capsys.readouterr().err


def test_articles_are_read_back_from_the_store(store_path: Path):
    with Store(store_path, read_only=True) as store:
        ids = {r["article_id"] for r in store.events()}
        articles = load_articles(store, ids)
    assert set(articles) == ids and all(a.text for a in articles.values())
