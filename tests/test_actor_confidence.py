"""The basis and confidence of each actor resolution (polybius/resolve/confidence.py), the
"unknown" a user asks for under a threshold, and the fit of the table from hand checks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from party_support import parties_by_text

from polybius.evaluate.confidence import Verdict, fit, report, verdicts
from polybius.model import Party
from polybius.resolve.actors import load_actor_base
from polybius.resolve.confidence import (
    BASES,
    CONTEXT_COUNTRY_DOMINANT,
    CONTEXT_COUNTRY_LEADING,
    CONTEXT_COUNTRY_MINOR,
    CONTEXT_COUNTRY_UNPLACED,
    COUNTRY_ONLY,
    DESCRIPTION,
    NAMED_COUNTRY,
    NAMED_ENTITY,
    PRONOUN_ENTITY,
    SECTOR_ONLY,
    abstain,
    basis_of,
    confidence_table,
)

STORY = "Hezbollah fighters attacked the Lebanese army near Aarsal on Friday."
CROWD = "Protesters clashed with riot police."  # no place, no country: sector words alone


def polybius(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "polybius.cli", *args], check=False, capture_output=True, timeout=600)


def test_a_group_named_and_a_country_named_are_their_own_bases():
    parties = parties_by_text(STORY)
    assert parties["Hezbollah fighters"].basis == NAMED_ENTITY
    assert parties["Lebanese army"].basis == NAMED_COUNTRY
    assert parties["Hezbollah fighters"].confidence == confidence_table()[NAMED_ENTITY]


def test_a_sector_word_with_no_country_anywhere_is_sector_only():
    parties = parties_by_text(CROWD)
    assert parties["Protesters"].sector == "CVL" and parties["Protesters"].country is None
    assert parties["Protesters"].basis == SECTOR_ONLY
    assert parties["Protesters"].confidence == confidence_table()[SECTOR_ONLY]


def test_a_country_taken_from_the_places_of_the_story_is_a_story_country():
    parties = parties_by_text("Police arrested 12 protesters in Basra on Monday.")
    assert parties["Police"].country == "IRQ"
    assert parties["Police"].basis == CONTEXT_COUNTRY_DOMINANT


def test_a_pronoun_and_a_possessive_description_are_named_as_such():
    parties = parties_by_text("Islamic State fighters stormed a village near Raqqa on Friday. They shelled the airport.")
    assert parties["They"].antecedent == "Islamic State fighters" and parties["They"].basis == PRONOUN_ENTITY
    owned = parties_by_text("The Islamic State claimed the bombing in Mosul. Its fighters killed 20 soldiers.")
    assert owned["Its fighters"].basis == DESCRIPTION


def test_words_resolved_to_no_one_have_no_basis():
    parties = parties_by_text("Islamic State fighters stormed a village near Raqqa on Friday. They shelled the airport.")
    assert parties["airport"].entity_id is None and parties["airport"].basis is None and parties["airport"].confidence is None


@pytest.mark.parametrize(("mentions", "expected"), [
    ({"IRQ": 4, "TUR": 1}, CONTEXT_COUNTRY_DOMINANT),  # four places in five
    ({"IRQ": 3, "TUR": 2, "SYR": 2}, CONTEXT_COUNTRY_LEADING),  # named most, but not most of all places
    ({"IRQ": 1, "TUR": 3}, CONTEXT_COUNTRY_MINOR),
    ({"TUR": 2}, CONTEXT_COUNTRY_UNPLACED),
    ({}, CONTEXT_COUNTRY_UNPLACED),
])
def test_how_clearly_the_story_country_leads_the_places_sets_its_basis(mentions, expected):
    party = Party(text="protesters", span=(0, 10), country="IRQ", sector="CVL")
    assert basis_of(party, load_actor_base(), mentions) == expected


def test_a_country_alone_and_a_country_in_the_words_differ():
    base = load_actor_base()
    assert basis_of(Party(text="Iraq", span=(0, 4), country="IRQ"), base, {"IRQ": 1}) == COUNTRY_ONLY
    assert basis_of(Party(text="Iraqi police", span=(0, 12), country="IRQ", sector="COP"), base, {}) == NAMED_COUNTRY
    assert basis_of(Party(text="Baghdad", span=(0, 7), country="IRQ", sector="GOV"), base, {}) == NAMED_COUNTRY  # a seat of power


def test_the_shipped_table_gives_every_basis_a_probability_and_ranks_names_over_guesses():
    table = confidence_table()
    assert set(table) == set(BASES)
    assert all(0.0 < value < 1.0 for value in table.values())
    assert table[NAMED_ENTITY] > table[CONTEXT_COUNTRY_DOMINANT] > table[SECTOR_ONLY]


def test_a_table_with_a_basis_the_code_does_not_know_or_one_missing_is_refused(tmp_path: Path):
    rows = "".join(f"{basis}\t1\t1\t0.9\n" for basis in BASES if basis != SECTOR_ONLY)
    bad = tmp_path / "confidence.tsv"
    bad.write_text("basis\tjudged\tright\tconfidence\n" + rows + "named by a hunch\t1\t1\t0.9\n", encoding="utf-8")
    with pytest.raises(ValueError, match=f"unknown: \\['named by a hunch'\\]; missing: \\['{SECTOR_ONLY}'\\]"):
        confidence_table(bad)


def test_abstaining_clears_who_a_party_is_but_keeps_its_words_and_confidence():
    sure = {"text": "Hezbollah", "entity_id": "hezbollah", "name": "Hezbollah", "country": "LBN", "sector": "PRM", "confidence": 0.98}
    unsure = {"text": "protesters", "entity_id": None, "name": "Protesters", "country": None, "sector": "CVL", "confidence": 0.35}
    record = {"event_id": "e1", "actor": [sure, unsure], "recipient": dict(unsure)}
    out = abstain(record, 0.5)
    assert out["actor"][0] == sure
    assert out["actor"][1]["sector"] is None and out["actor"][1]["name"] is None
    assert out["actor"][1]["text"] == "protesters" and out["actor"][1]["confidence"] == 0.35
    assert out["recipient"]["sector"] is None
    assert record["actor"][1]["sector"] == "CVL" and record["recipient"]["sector"] == "CVL"  # the record itself is unchanged


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("confidence")
    (folder / "story.txt").write_text(" date 2017-03-25\n" + STORY, encoding="utf-8")
    (folder / "crowd.txt").write_text(CROWD, encoding="utf-8")
    db = folder / "store.duckdb"
    run = polybius("ingest", str(folder), "--db", str(db))
    assert run.returncode == 0, run.stderr.decode()
    return db


def _parties_of(records: list[dict]) -> dict[str, dict]:
    found = {}
    for record in records:
        for role in ("actor", "recipient"):
            value = record.get(role)
            for party in value if isinstance(value, list) else [value] if value else []:
                found[party["text"]] = party
    return found


def test_the_events_command_says_unknown_under_the_threshold(store: Path):
    table = confidence_table()
    threshold = (table[SECTOR_ONLY] + table[NAMED_ENTITY]) / 2
    run = polybius("events", "--db", str(store), "--format", "jsonl", "--min-actor-confidence", str(threshold))
    assert run.returncode == 0, run.stderr.decode()
    parties = _parties_of([json.loads(line) for line in run.stdout.decode().splitlines() if line.strip()])
    assert parties["Hezbollah fighters"]["entity_id"] == "hezbollah"
    assert parties["Protesters"]["sector"] is None and parties["Protesters"]["basis"] == SECTOR_ONLY
    plain = polybius("events", "--db", str(store), "--format", "jsonl")
    assert _parties_of([json.loads(line) for line in plain.stdout.decode().splitlines() if line.strip()])["Protesters"]["sector"] == "CVL"


def test_csv_carries_each_partys_confidence_and_parquet_refuses_the_threshold(store: Path, tmp_path: Path):
    out = tmp_path / "events.csv"
    run = polybius("export", "--db", str(store), "--format", "csv", "--out", str(out))
    assert run.returncode == 0, run.stderr.decode()
    rows = duckdb.connect().execute(f"SELECT actor, actor_confidence FROM read_csv_auto('{out}', all_varchar=true)").fetchall()
    assert (("Hezbollah fighters", str(confidence_table()[NAMED_ENTITY])) in {(a, c) for a, c in rows})
    refused = polybius("export", "--db", str(store), "--format", "parquet", "--out", str(tmp_path / "e.parquet"),
                       "--min-actor-confidence", "0.5")
    assert refused.returncode == 2 and "--min-actor-confidence" in refused.stderr.decode()
    assert not (tmp_path / "e.parquet").exists()


def test_verdicts_are_grouped_by_the_stored_basis_and_fitted_with_a_rule_of_succession(store: Path, tmp_path: Path):
    con = duckdb.connect(str(store), read_only=True)
    rows = con.execute("SELECT article_id, sentence, record FROM events").fetchall()
    con.close()
    cases = []
    for article_id, sentence, record in rows:
        for text, party in _parties_of([json.loads(record)]).items():
            if party.get("basis") in (NAMED_ENTITY, SECTOR_ONLY):
                resolved = {k: party.get(k) for k in ("entity_id", "name", "country", "sector")}
                verdict = "correct" if party["basis"] == NAMED_ENTITY else "partial"
                cases.append({"n": len(cases) + 1, "article_id": article_id, "sentence": sentence, "role": "actor", "mention": text,
                              "resolved": resolved, "verdict": verdict, "expected": None})
    check = tmp_path / "check.jsonl"
    check.write_text("".join(json.dumps(c) + "\n" for c in cases), encoding="utf-8")
    found = verdicts(str(store), [str(check)])
    assert {(v.basis, v.right) for v in found} == {(NAMED_ENTITY, True), (SECTOR_ONLY, False)}
    table = {basis: (judged, right, confidence) for basis, judged, right, confidence in fit(found)}
    named = sum(1 for v in found if v.basis == NAMED_ENTITY)
    assert table[NAMED_ENTITY] == (named, named, round((named + 1) / (named + 2), 3))
    assert table[SECTOR_ONLY][2] < 0.5 and table[PRONOUN_ENTITY] == (0, 0, 0.5)


def test_the_report_keeps_fewer_resolutions_and_surer_ones_as_the_threshold_rises():
    found = [Verdict("c", 1, NAMED_ENTITY, True), Verdict("c", 2, NAMED_ENTITY, True), Verdict("c", 3, SECTOR_ONLY, False),
             Verdict("c", 4, SECTOR_ONLY, True), Verdict("c", 5, CONTEXT_COUNTRY_MINOR, False)]
    table = {NAMED_ENTITY: 0.95, SECTOR_ONLY: 0.4, CONTEXT_COUNTRY_MINOR: 0.55}
    result = report(found, table)
    by_threshold = {row["min_actor_confidence"]: row for row in result["thresholds"]}
    assert by_threshold[0.0]["kept"] == 5 and by_threshold[0.0]["precision"] == 0.6
    assert by_threshold[0.5]["kept"] == 3 and by_threshold[0.5]["precision"] == round(2 / 3, 3)
    assert by_threshold[0.9]["kept"] == 2 and by_threshold[0.9]["precision"] == 1.0
    assert result["brier"] == round(((0.05 ** 2) * 2 + 0.4 ** 2 + 0.6 ** 2 + 0.55 ** 2) / 5, 4)
