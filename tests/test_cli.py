"""The command line, run as a user runs it: bad input is named and the rest is stored."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

GOOD = "Rebels attacked an army checkpoint near Hama on Friday, killing three soldiers."


def polybius(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "polybius.cli", *args], input=stdin, capture_output=True, timeout=600)


@pytest.fixture(scope="module")
def bad_batch(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("batch")
    (folder / "good.txt").write_text(" date 2017-03-25\n" + GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\x00\x00\x00\rIHDR\x00")
    (folder / "latin1.txt").write_bytes("Des soldats ont été tués à Alep.".encode("latin-1"))
    (folder / "huge.txt").write_text("Troops fired. " * (50 * 1024 * 1024 // 14), encoding="utf-8")
    (folder / "wire.jsonl").write_text(
        json.dumps({"id": "w1", "text": "Police detained 12 protesters in Basra on Monday.", "published": "2018-07-16"}) + "\n"
        + '{"id": "w2", "text": "broken\n'
        + json.dumps({"id": "w3", "text": "Government forces shelled rebel positions in Daraa."}) + "\n",
        encoding="utf-8",
    )
    (folder / "notext.csv").write_text("title,body_missing\nA,B\n", encoding="utf-8")
    return folder


def test_ingest_names_every_bad_input_and_stores_the_good(tmp_path: Path, bad_batch: Path):
    db = tmp_path / "store.duckdb"
    run = polybius("ingest", str(bad_batch), "--db", str(db))
    err = run.stderr.decode()
    assert run.returncode == 1, err
    for name, reason in [("empty.txt", "empty"), ("binary.txt", "binary"), ("latin1.txt", "UTF-8"),
                         ("huge.txt", "longer than the limit"), ("wire.jsonl:2", "malformed JSON"), ("notext.csv", "no text column")]:
        line = next((l for l in err.splitlines() if name in l), "")
        assert reason in line, f"{name}: {err}"
    con = duckdb.connect(str(db), read_only=True)
    stored = {r[0] for r in con.execute("SELECT id FROM articles").fetchall()}
    con.close()
    assert len(stored) == 3 and {"w1", "w3"} <= stored
    assert "ingested 3 articles" in err and "errors: 6" in err


def test_ingest_again_adds_nothing(tmp_path: Path):
    source = tmp_path / "a.txt"
    source.write_text(GOOD, encoding="utf-8")
    db = tmp_path / "s.duckdb"
    first = polybius("ingest", str(source), "--db", str(db))
    second = polybius("ingest", str(source), "--db", str(db))
    assert first.returncode == 0 and second.returncode == 0
    assert "ingested 0 articles (1 already stored)" in second.stderr.decode()


def test_extract_jsonl_from_stdin_has_the_public_fields():
    run = polybius("extract", "-", "--format", "jsonl", stdin=GOOD.encode())
    assert run.returncode == 0, run.stderr.decode()
    records = [json.loads(line) for line in run.stdout.decode().splitlines()]
    assert records
    public = {"event_id", "article_id", "sentence_index", "sentence", "trigger", "event_type", "mode", "context",
              "cameo_code", "acled_event_type", "acled_sub_event_type", "modality", "actor", "recipient", "location",
              "date", "date_end", "date_precision", "fatalities", "injured", "arrested", "reported_by", "confidence"}
    assert public <= set(records[0])
    attack = next(r for r in records if r["event_type"] == "ASSAULT")
    assert attack["fatalities"] == 3
    assert GOOD[slice(*attack["trigger"]["span"])] == attack["trigger"]["text"]


def test_events_and_export_commands(tmp_path: Path):
    source = tmp_path / "a.txt"
    source.write_text(" date 2017-03-25\n" + GOOD, encoding="utf-8")
    db = tmp_path / "s.duckdb"
    assert polybius("ingest", str(source), "--db", str(db)).returncode == 0
    table = polybius("events", "--db", str(db), "--type", "ASSAULT")
    assert table.returncode == 0 and "ASSAULT" in table.stdout.decode()
    for fmt in ("csv", "jsonl", "parquet"):
        out = tmp_path / f"events.{fmt}"
        run = polybius("export", "--db", str(db), "--format", fmt, "--out", str(out))
        assert run.returncode == 0, run.stderr.decode()
        assert out.stat().st_size > 0
    none = polybius("events", "--db", str(db), "--type", "PROTEST", "--format", "jsonl")
    assert none.stdout.decode() == ""


def test_missing_store_is_a_clear_error(tmp_path: Path):
    run = polybius("events", "--db", str(tmp_path / "nowhere" / "x.duckdb"))
    assert run.returncode == 3 and "x.duckdb" in run.stderr.decode()


def test_help_everywhere():
    for command in ([], ["extract"], ["ingest"], ["events"], ["export"]):
        run = polybius(*command, "--help")
        assert run.returncode == 0 and b"usage" in run.stdout
