"""The gold format, its importers, the matching and ``polybius evaluate`` on small real-shaped files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from polybius.cli import main
from polybius.evaluate.gold import (
    GoldError,
    GoldEvent,
    load_gold,
    plover_of_cameo,
    write_gold,
)
from polybius.evaluate.importers import (
    guess_format,
    read_acled,
    read_devset,
    read_gold,
    read_petrarch,
    read_plover,
    read_sentence_csv,
)
from polybius.evaluate.score import evaluate, match

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "gold"


def test_gold_file_reads_every_notation_of_actors_and_types():
    articles = load_gold(GOLD / "gold.jsonl")
    assert [a.id for a in articles] == ["g1", "g2"]
    first = articles[0].events[0]
    assert first.event_type == "ASSAULT" and first.acled_sub_event_type == "Armed clash"
    assert first.actor == [{"text": "Rebels", "sector": "REB"}]
    assert first.recipient == [{"text": "army checkpoint"}]
    assert first.place["lat"] == pytest.approx(35.13179) and first.fatalities == 3
    # a type given only in CAMEO terms gets its PLOVER type from the manual's table
    assert articles[1].events[0].cameo_code == "112" and articles[1].events[0].event_type == "ACCUSE"


def test_gold_file_round_trips_through_write(tmp_path: Path):
    articles = load_gold(GOLD / "gold.jsonl")
    write_gold(articles, tmp_path / "copy.jsonl")
    assert [a.to_dict() for a in load_gold(tmp_path / "copy.jsonl")] == [a.to_dict() for a in articles]


def test_a_bad_gold_line_is_named(tmp_path: Path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "x", "text": "Rebels attacked.", "events": []}\n'
                    '{"id": "y", "text": "Rebels attacked.", "events": [{"event_type": "ATTACK"}]}\n', encoding="utf-8")
    with pytest.raises(GoldError, match=r"bad.jsonl:2: .*ATTACK"):
        load_gold(path)


def test_cameo_codes_map_to_plover_types_as_the_manual_says():
    assert plover_of_cameo("190") == "ASSAULT"
    assert plover_of_cameo("1121") == "ACCUSE"
    assert plover_of_cameo("036") == "AGREE"
    assert plover_of_cameo("010") is None  # CAMEO's statements have no PLOVER type


def test_acled_export_becomes_gold_with_its_notes_as_text():
    articles = read_acled(GOLD / "acled_export.csv")
    assert len(articles) == 3 and all(a.scope == "acled" for a in articles)
    kafr_nabl = articles[0]
    assert kafr_nabl.text.startswith("On 5 March 2020, Syrian army artillery shelled")
    assert kafr_nabl.published == "2020-03-05"  # "05 March 2020", the export tool's date format
    event = kafr_nabl.events[0]
    assert event.acled_event_type == "Explosions/Remote violence"
    assert event.acled_sub_event_type == "Shelling/artillery/missile attack"
    assert event.event_type == "ASSAULT" and event.modality == "asserted"
    assert event.actor == [{"name": "Military Forces of Syria (2000-)", "acled_inter": 1}]
    assert event.recipient == [{"name": "Civilians (Syria)", "acled_inter": 7}]
    assert event.place == {"name": "Kafr Nabl", "lat": 35.6145, "lon": 36.5614, "country": "SYR"}
    assert event.fatalities == 2 and event.date == "2020-03-05"
    protest = articles[2]
    assert protest.published == "2020-03-07" and protest.events[0].event_type == "PROTEST"
    assert protest.events[0].place["country"] == "LBN" and protest.events[0].recipient is None


def test_plover_records_become_gold():
    articles = read_plover(GOLD / "plover_records.jsonl")
    assert len(articles) == 3
    hama = articles[0]
    assert hama.text == "Rebels attacked an army checkpoint near Hama on Friday, killing three soldiers."
    event = hama.events[0]
    assert event.event_type == "ASSAULT" and event.trigger == "attacked" and event.fatalities == 3
    assert event.actor == [{"text": "Rebels", "country": "SYR", "sector": "REB"}]
    assert event.place == {"name": "Hama", "lat": 35.13179, "lon": 36.75783, "country": "SYR"}
    assert articles[1].events[0].actor[0]["name"] == "Government of Turkey"
    assert articles[2].events == []  # has_event false: an article with no event


def test_petrarch_validation_records_become_gold():
    articles = read_petrarch(GOLD / "petrarch_validation.xml")
    assert [a.id for a in articles] == ["POLY-VAL-01", "POLY-VAL-02", "POLY-VAL-03"]
    first = articles[0]
    assert first.text == "Rebels attacked an army checkpoint near Hama on Friday, killing three soldiers."
    assert first.published == "2017-03-25" and first.source == "AFP"
    event = first.events[0]
    assert (event.cameo_code, event.event_type) == ("190", "ASSAULT")
    assert event.actor == [{"cameo_code": "SYRREB", "country": "SYR", "sector": "REB"}]
    assert articles[1].events[0].event_type == "ACCUSE"
    assert articles[1].events[0].recipient == [{"cameo_code": "RUS", "country": "RUS"}]
    assert articles[2].events == []  # <EventCoding noevents="True"/>


def test_sentence_csv_takes_labels_in_any_vocabulary(tmp_path: Path):
    articles = {a.id: a for a in read_sentence_csv(GOLD / "sentences.csv")}
    assert articles["s1"].events[0].event_type == "ASSAULT"
    assert articles["s2"].events[0].event_type == "ACCUSE"  # CAMEO 112
    protest = articles["s3"].events[0]
    assert (protest.acled_event_type, protest.acled_sub_event_type, protest.event_type) == ("Protests", "Peaceful protest", "PROTEST")
    assert articles["s4"].events == []
    assert articles["s5"].events[0].acled_event_type == "Strategic developments"
    bad = tmp_path / "bad.csv"
    bad.write_text("sentence,label\nRebels attacked a post.,SHOOTING\n", encoding="utf-8")
    with pytest.raises(GoldError, match="bad.csv:2"):
        read_sentence_csv(bad)


def test_formats_are_guessed_from_the_file():
    assert guess_format(GOLD / "acled_export.csv") == "acled"
    assert guess_format(GOLD / "sentences.csv") == "csv"
    assert guess_format(GOLD / "plover_records.jsonl") == "plover"
    assert guess_format(GOLD / "petrarch_validation.xml") == "petrarch"
    assert guess_format(GOLD / "gold.jsonl") == "gold"
    assert guess_format(ROOT / "eval" / "devset.jsonl") == "devset"


def test_the_devset_converts_sentence_by_sentence():
    path = ROOT / "eval" / "devset.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = read_devset(path)
    assert len(articles) == len(records)  # one gold article per annotated sentence
    assert sum(len(a.events) for a in articles) == sum(len(r["events"]) for r in records)
    assert all(e.sentence == a.text for a in articles for e in a.events)


def _predicted(event_type: str, trigger: str, sentence: str, actor: str | None = None) -> dict:
    return {"event_type": event_type, "trigger": {"text": trigger}, "sentence": sentence,
            "actor": {"text": actor} if actor else None}


def test_matching_is_one_to_one_and_prefers_trigger_and_type():
    one = "Rebels shelled Hama and the army shelled Idlib."
    two = "Turkey accused Russia."
    gold = [GoldEvent(event_type="ASSAULT", trigger="shelled", sentence=one, actor=[{"text": "army"}]),
            GoldEvent(event_type="ASSAULT", trigger="shelled", sentence=one, actor=[{"text": "Rebels"}]),
            GoldEvent(event_type="ACCUSE", trigger="accused", sentence=two)]
    predicted = [_predicted("ACCUSE", "accused", two), _predicted("ASSAULT", "shelled", one, "Rebels"),
                 _predicted("ASSAULT", "shelled", one, "army"), _predicted("ASSAULT", "attack", two)]
    # the two "shelled" events pair by their actors; the extra one in sentence two stays unmatched
    assert match(gold, predicted) == [(0, 2), (1, 1), (2, 0)]
    # an event of another sentence is never a match
    assert match([GoldEvent(event_type="ASSAULT", sentence=one)], [_predicted("ASSAULT", "attack", two)]) == []


@pytest.fixture(scope="module")
def gold_result():
    return evaluate(load_gold(GOLD / "gold.jsonl"))


def test_evaluate_scores_a_clear_event_right_on_every_field(gold_result):
    summary = gold_result.summary()
    assert summary["detection"]["recall"] == 1.0
    assert summary["per_type"]["ASSAULT"]["recall"] == 1.0 and summary["per_type"]["ACCUSE"]["recall"] == 1.0
    attributes = summary["attributes"]
    for name in ("actor_words", "actor_sector", "recipient_words", "place_25km", "place_161km", "date_exact",
                 "fatalities_exact", "modality", "actor_country", "recipient_country"):
        assert attributes[name]["accuracy"] == 1.0, name
    # "violating the ceasefire" is coded as an event the gold does not have: precision says so
    assert summary["detection"]["precision"] == pytest.approx(2 / 3, abs=1e-3)
    worst = gold_result.worst(5)
    assert worst[0]["sentence"] == "Turkey accused Russia of violating the ceasefire."
    assert worst[0]["spurious"]


def test_confusion_matrix_counts_every_event(gold_result):
    summary = gold_result.summary()
    matrix = summary["confusion"]["rows_gold_columns_predicted"]
    labels = summary["confusion"]["labels"]
    column = {label: sum(row[i] for row in matrix) for i, label in enumerate(labels)}
    assert sum(column.values()) - column["(none)"] == summary["predicted_events"]
    assert sum(sum(row) for row, label in zip(matrix, labels) if label != "(none)") == summary["gold_events"]


def test_evaluate_command_prints_and_writes_a_report(tmp_path: Path, capsys):
    report = tmp_path / "report.json"
    converted = tmp_path / "gold.jsonl"
    code = main(["evaluate", "--gold", str(GOLD / "petrarch_validation.xml"), "--report", str(report), "--write-gold", str(converted)])
    assert code == 0
    out = capsys.readouterr().out
    assert "detection" in out and "confusion (rows gold, columns predicted)" in out
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["summary"]["gold_events"] == 2 and data["summary"]["articles"] == 3
    assert "actor_code" in data["summary"]["attributes"]
    assert len(read_gold(converted)) == 3  # the converted file is a gold file


def test_evaluate_command_refuses_an_unreadable_gold_file(tmp_path: Path, capsys):
    path = tmp_path / "broken.xml"
    path.write_text("<Validation><Sentence>", encoding="utf-8")
    assert main(["evaluate", "--gold", str(path)]) == 2
    assert "broken.xml" in capsys.readouterr().err


def test_evaluate_runs_on_the_development_set(capsys):
    """The project's own figures (docs/EVALUATION.md): a floor, so a change that breaks the coder shows."""
    assert main(["evaluate", "--gold", str(ROOT / "eval" / "devset.jsonl"), "--errors", "0"]) == 0
    out = capsys.readouterr().out
    records = [json.loads(line) for line in (ROOT / "eval" / "devset.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert out.startswith(f"articles {len(records)}, gold events {sum(len(r['events']) for r in records)}")
    detection = next(line for line in out.splitlines() if line.startswith("detection"))
    f1 = float(detection.split("F1")[1].split()[0])
    assert f1 >= 0.75, detection
