"""The hand-check sampler draws distinct mentions of the asked kinds, reproducibly."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from polybius.evaluate.actor_sample import RESOLVED, UNRESOLVED, draw


def _party(text: str, start: int, **resolved) -> dict:
    return {"text": text, "span": [start, start + len(text)], "entity_id": None, "name": None, "country": None,
            "sector": None, "antecedent": None, **resolved}


def _store(path: Path) -> str:
    db = duckdb.connect(str(path))
    db.execute("CREATE TABLE articles (id VARCHAR, published DATE)")
    db.execute("CREATE TABLE events (event_id VARCHAR, article_id VARCHAR, sentence_index INTEGER, sentence VARCHAR, record JSON)")
    db.execute("INSERT INTO articles VALUES ('a1', DATE '2016-05-01')")
    rebels = _party("rebels", 0, name="Rebels (Syria)", country="SYR", sector="REB")
    events = [
        ("e1", 0, "rebels shelled the army and they left", {"actor": rebels, "recipient": _party("army", 20, sector="MIL")}),
        ("e2", 0, "rebels shelled the army and they left", {"actor": rebels, "recipient": _party("they", 29)}),
        ("e3", 1, "somebody hit someone", {"actor": _party("somebody", 0), "recipient": None}),
    ]
    for event_id, index, sentence, parties in events:
        record = {"event_id": event_id, **parties}
        db.execute("INSERT INTO events VALUES (?, 'a1', ?, ?, ?)", [event_id, index, sentence, json.dumps(record)])
    db.close()
    return str(path)


def test_resolved_mentions_are_drawn_once_each_and_the_draw_repeats(tmp_path: Path):
    store = _store(tmp_path / "s.duckdb")
    sample, stats = draw(store, 7, 10, RESOLVED, [])
    assert stats["population"] == 2  # "rebels" twice in one sentence is one mention; "army" is the other
    assert sorted(m["mention"] for m in sample) == ["army", "rebels"]
    assert [m["n"] for m in sample] == [1, 2]
    assert sample[0].keys() == {"n", "article_id", "published", "sentence", "role", "mention", "antecedent", "resolved"}
    assert draw(store, 7, 10, RESOLVED, [])[0] == sample


def test_unresolved_mentions_and_exclusions(tmp_path: Path):
    store = _store(tmp_path / "s.duckdb")
    sample, _ = draw(store, 1, 10, UNRESOLVED, [])
    assert sorted(m["mention"] for m in sample) == ["somebody", "they"]
    judged = tmp_path / "judged.jsonl"
    judged.write_text(json.dumps({"article_id": "a1", "sentence": "rebels shelled the army and they left", "mention": "army"}) + "\n")
    sample, stats = draw(store, 1, 10, RESOLVED, [str(judged)])
    assert [m["mention"] for m in sample] == ["rebels"] and stats["excluded"] == 1
