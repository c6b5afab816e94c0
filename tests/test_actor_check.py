"""Re-scoring a hand check finds each judged mention again, even when its words were trimmed."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from polybius.evaluate.actor_check import find_again, judge, rescore

SENTENCE = "Oct 2014 Islamic State jihadists attacked Kobani and Syria SANA reported"


def _party(text: str, **resolved) -> dict:
    return {"text": text, "entity_id": None, "name": None, "country": None, "sector": None, **resolved}


def _case(n: int, mention: str, verdict: str, resolved: dict, expected: str | None = None) -> dict:
    return {"n": n, "article_id": "a1", "sentence": SENTENCE, "role": "actor", "mention": mention,
            "resolved": resolved, "verdict": verdict, "expected": expected, "note": ""}


def test_a_judged_mention_is_found_again_by_trimmed_or_grown_words_but_not_by_a_different_head():
    parties = [_party("Islamic State jihadists", entity_id="isis"), _party("Kobani"), _party("Syria SANA")]
    found, exact = find_again("Oct 2014 Islamic State jihadists", parties)
    assert found is parties[0] and not exact
    assert find_again("Kobani", parties) == (parties[1], True)
    assert find_again("Islamic State", parties) == (None, False)  # the words lost their head: not the same mention
    # the same head with modifiers taken in front: "jihadists" is now "Islamic State jihadists"
    assert find_again("State jihadists", parties) == (parties[0], False)
    assert find_again("SANA", parties) == (parties[2], False)
    assert find_again("Syria", parties) == (None, False)  # "Syria SANA" does not end with it


def test_rescore_counts_trimmed_mentions_and_scores_them(tmp_path: Path):
    store = tmp_path / "s.duckdb"
    db = duckdb.connect(str(store))
    db.execute("CREATE TABLE events (article_id VARCHAR, sentence VARCHAR, record JSON)")
    record = {"actor": _party("Islamic State jihadists", entity_id="isis", country=None, sector="REB"),
              "recipient": _party("Syria", country="SYR", sector="GOV")}
    db.execute("INSERT INTO events VALUES ('a1', ?, ?)", [SENTENCE, json.dumps(record)])
    db.close()
    cases = tmp_path / "check.jsonl"
    lines = [
        _case(1, "Oct 2014 Islamic State jihadists", "correct", {"entity_id": "isis", "country": None, "sector": "REB"}),
        _case(2, "Syria SANA", "wrong", {"entity_id": None, "country": "SYR", "sector": "GOV"}, "not an actor (byline)"),
    ]
    cases.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    result = rescore(str(store), str(cases))
    # n 1 is found by its trimmed words and resolves as judged; n 2 is no longer a party:
    # "Syria" does not end "Syria SANA", so nothing else is taken for it
    assert result["outcomes"] == {"correct": 2}
    assert result["found_by_trimmed_words"] == 1 and result["found_by_grown_words"] == 0


def test_a_non_actor_kept_as_an_unresolved_target_is_fixed_but_one_resolved_to_someone_is_not():
    case = _case(3, "Kobani", "wrong", {"entity_id": None, "country": "SYR", "sector": "GOV"}, "not an actor (a town)")
    assert judge(case, _party("Kobani")) == "correct"  # kept as words only: a place, resolved to no one
    assert judge(case, _party("Kobani", country="SYR", sector="GOV")) == "same"
    assert judge(case, _party("Kobani", country="SYR", sector="CVL")) == "changed"


def test_an_unchanged_answer_judged_wrong_stays_wrong_though_its_country_and_sector_are_expected():
    # a local body expected as a country + sector, judged wrong as the national government
    national = {"entity_id": "syrian_government", "country": "SYR", "sector": "GOV"}
    case = _case(4, "civil administration", "wrong", national, "Government of Syria (SYR, GOV): the local body, no entity")
    assert judge(case, _party("civil administration", **national)) == "same"
    assert judge(case, _party("civil administration", country="SYR", sector="CVL")) == "changed"
    police = {"entity_id": None, "country": "SYR", "sector": "COP"}
    case = _case(5, "local police", "wrong", police, "Government of Syria (SYR, GOV)")
    assert judge(case, _party("local police", country="SYR", sector="GOV")) == "correct"


def test_an_unchanged_less_specific_answer_judged_partial_stays_partial():
    rebels = {"entity_id": None, "country": "SYR", "sector": "REB"}  # isis's first country, but the story is in Iraq
    case = _case(6, "At least 20 militants", "partial", rebels, "isis")
    assert judge(case, _party("At least 20 militants", **rebels)) == "same"
    assert judge(case, _party("At least 20 militants", entity_id="isis", country="SYR", sector="REB")) == "correct"


def test_the_same_words_twice_in_a_sentence_are_found_again_as_the_first_in_the_text(tmp_path: Path):
    # the sampler keeps the first occurrence of a sentence's words; re-scoring must meet the same one,
    # whatever order the events are stored in
    store = tmp_path / "s.duckdb"
    db = duckdb.connect(str(store))
    db.execute("CREATE TABLE events (article_id VARCHAR, sentence VARCHAR, record JSON)")
    later = {"recipient": {**_party("terrorists", country="SYR", sector="REB"), "span": [60, 70]}}
    first = {"recipient": {**_party("terrorists", country="PSE", sector="REB"), "span": [20, 30]}}
    for record in (later, first):
        db.execute("INSERT INTO events VALUES ('a1', ?, ?)", [SENTENCE, json.dumps(record)])
    db.close()
    cases = tmp_path / "check.jsonl"
    case = _case(1, "terrorists", "wrong", {"entity_id": None, "country": "PSE", "sector": "REB"}, "Rebels (SYR, REB)")
    cases.write_text(json.dumps(case) + "\n", encoding="utf-8")
    assert rescore(str(store), str(cases))["outcomes"] == {"same": 1}


def test_the_same_words_in_several_events_are_found_in_event_id_order_whatever_the_row_order(tmp_path: Path):
    # "US rushed to dispatch its warships ... threatening to bomb": "US" is the doer of three events,
    # resolved two ways; the sample met it in event-id order, and so must the re-scorer, whatever
    # order the store's rows come back in (it differs between runs)
    sentence = "US rushed to dispatch its warships threatening to bomb"
    government = _party("US", country="USA", sector="GOV", span=[0, 2])
    military = _party("US", entity_id="us_armed_forces", country="USA", sector="MIL", span=[0, 2])
    cases = tmp_path / "check.jsonl"
    case = {"n": 1, "article_id": "a1", "sentence": sentence, "role": "actor", "mention": "US",
            "resolved": {"entity_id": None, "country": "USA", "sector": "GOV"}, "verdict": "correct", "expected": None, "note": ""}
    cases.write_text(json.dumps(case) + "\n", encoding="utf-8")
    for order in ((("e2", military), ("e1", government)), (("e1", government), ("e2", military))):
        store = tmp_path / f"s{order[0][0]}.duckdb"
        db = duckdb.connect(str(store))
        db.execute("CREATE TABLE events (article_id VARCHAR, sentence VARCHAR, record JSON)")
        for event_id, actor in order:
            db.execute("INSERT INTO events VALUES ('a1', ?, ?)", [sentence, json.dumps({"event_id": event_id, "actor": actor})])
        db.close()
        assert rescore(str(store), str(cases))["outcomes"] == {"correct": 1}
