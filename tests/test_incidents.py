"""Incidents: mentions merged within and across articles, copies counted once (issue 5).

The specimen's reading (shared/examples/seed-article.reading.md) lists incidents I1–I8
with the sentences that tell each; these tests hold the store to that reading. Sentence
numbers S1.. of the reading are ``sentence_index`` 0.. here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from polybius.cli import main as cli_main
from polybius.incidents import Settings, cluster, rebuild, update
from polybius.incidents.cluster import Clusterer
from polybius.incidents.mentions import ArticleInfo, Mention, ordinal
from polybius.incidents.provenance import reconcile, record
from polybius.incidents.stories import StoryArticle, group
from polybius.model import Article
from polybius.pipeline import Result, process
from polybius.store import IncidentFilter, Store

COPY_URL = "https://copycat.example.net/2017/08/20/lebanon-offensive"


# -- the specimen in a real store --------------------------------------------------------

@pytest.fixture(scope="module")
def specimen_result(specimen_events) -> Result:
    article, events = specimen_events
    return Result(article, events, 15)


@pytest.fixture(scope="module")
def copy_result(specimen_result: Result) -> Result:
    """The specimen republished a day later under another URL and outlet."""
    original = specimen_result.article
    copy = Article(text=original.text, url=COPY_URL, source="Copycat News", published="2017-08-20", title=original.title)
    return next(process([copy]))


@pytest.fixture()
def specimen_store(tmp_path: Path, specimen_result: Result):
    with Store(tmp_path / "specimen.duckdb") as store:
        store.write([specimen_result])
        update(store, [specimen_result.article.id])
        yield store


def sentences(incident: dict, events: dict[str, dict]) -> set[int]:
    return {events[e]["sentence_index"] for e in incident["event_ids"]}


def holding(incidents: list[dict], events: dict[str, dict], event_type: str, sentence: int) -> dict:
    """The incident of ``event_type`` that holds a mention from ``sentence``."""
    found = [i for i in incidents if event_type in i["event_types"] and sentence in sentences(i, events)]
    assert len(found) == 1, f"{event_type} in S{sentence + 1}: {len(found)} incidents"
    return found[0]


def test_specimen_gives_the_incidents_of_its_reading(specimen_store: Store):
    events = {e["event_id"]: e for e in specimen_store.events()}
    incidents = specimen_store.incidents()
    assert all(e["incident_id"] for e in events.values()), "every event has its incident"

    i1 = holding(incidents, events, "RETREAT", 0)  # militants surrender to Hezbollah
    assert sentences(i1, events) == {0, 1, 2}
    assert i1["date"] == "2017-08-18" and i1["date_precision"] == "day"
    assert i1["party_claim_only"], "told only by 'a source in Hezbollah' (and 'the source' after it)"

    i3 = holding(incidents, events, "ASSAULT", 3)  # the Lebanese army's offensive
    assert sentences(i3, events) >= {3, 7, 9}
    assert not sentences(i3, events) & {4, 8}, "Hezbollah's and the Syrian army's operation is another incident"
    assert i3["actors"][0] == "lebanese armed forces" and not i3["party_claim_only"]
    assert i3["date"] == "2017-08-19" and i3["location"]["precision"] == 3

    i4 = holding(incidents, events, "ASSAULT", 4)  # Hezbollah with the Syrian army
    assert sentences(i4, events) == {4, 8}
    assert "hezbollah" in i4["actors"]

    i5 = holding(incidents, events, "COOPERATE", 4)  # their joint operation
    assert sentences(i5, events) == {4, 8}

    # I6: the coder reads "approved recommendations ... to attack" as SUPPORT, dated last week
    i6 = holding(incidents, events, "SUPPORT", 6)
    assert i6["actors"] == ["government of lebanon"] and i6["date_precision"] == "week" and i6["date"] == "2017-08-07"

    i7 = holding(incidents, events, "ACCUSE", 6)
    assert sentences(i7, events) == {6} and i7["actors"] == ["saad hariri"]

    i8 = holding(incidents, events, "ACCUSE", 13)
    assert "general ali kanso" in i8["actors"]

    assert len({i["incident_id"] for i in (i1, i3, i4, i5, i6, i7, i8)}) == 7


def test_specimen_i2_hezbollah_takes_the_checkpoint(specimen_store: Store):
    events = {e["event_id"]: e for e in specimen_store.events()}
    holding(specimen_store.incidents(), events, "COERCE", 2)


def test_denied_and_hypothetical_mentions_never_make_a_happened_incident(specimen_store: Store):
    events = {e["event_id"]: e for e in specimen_store.events()}
    happened = {eid for i in specimen_store.incidents() for eid in i["event_ids"]}
    others = specimen_store.incidents(IncidentFilter(happened=False))
    for event in events.values():
        if event["modality"] != "asserted":
            assert event["event_id"] not in happened
            assert any(event["event_id"] in i["event_ids"] and i["modality"] == event["modality"] for i in others)
    negated = [i for i in others if i["modality"] == "negated"]
    assert negated and all(not i["happened"] for i in negated)  # S10: "was not coordinating"


def test_specimen_and_its_copy_count_one_independent_source(tmp_path: Path, specimen_result: Result, copy_result: Result):
    with Store(tmp_path / "copies.duckdb") as store:
        store.write([specimen_result])
        update(store, [specimen_result.article.id])
        store.write([copy_result])
        update(store, [copy_result.article.id])  # incrementally, as `polybius ingest` does
        incremental = store.incidents()
        stories = store.connection.execute("SELECT DISTINCT story_id FROM articles").fetchall()
        rebuild(store)
        rebuilt = store.incidents()
    assert stories == [(specimen_result.article.id,)], "the copy joins the story of the earlier article"
    for incidents in (incremental, rebuilt):
        offensive = [i for i in incidents if i["event_type"] == "ASSAULT" and "lebanese armed forces" in i["actors"]
                     and i["mentions"] >= 6]
        assert len(offensive) == 1
        assert offensive[0]["articles"] == 2 and offensive[0]["sources"] == 2
        assert offensive[0]["independent_sources"] == 1
        assert offensive[0]["first_report"] == "2017-08-19" and offensive[0]["last_report"] == "2017-08-20"
        assert all(i["independent_sources"] == 1 for i in incidents)
        # every incident of the specimen took its copy's mention: none of the copy stands alone
        assert all(i["articles"] == 2 for i in incidents)
    assert [(i["incident_id"], i["event_ids"]) for i in incremental] == [(i["incident_id"], i["event_ids"]) for i in rebuilt]


def test_rebuild_gives_the_same_incidents_twice(tmp_path: Path, specimen_result: Result, copy_result: Result):
    with Store(tmp_path / "twice.duckdb") as store:
        store.write([copy_result, specimen_result])
        first = rebuild(store)
        before = store.incidents(IncidentFilter(happened=None))
        links = store.connection.execute("SELECT event_id, incident_id FROM events ORDER BY event_id").fetchall()
        second = rebuild(store)
        assert first == second
        assert store.incidents(IncidentFilter(happened=None)) == before
        assert store.connection.execute("SELECT event_id, incident_id FROM events ORDER BY event_id").fetchall() == links


def test_another_outlet_telling_the_offensive_is_a_second_independent_source(tmp_path: Path, specimen_result: Result):
    other = Article(
        text="The Lebanese army on Saturday launched an offensive against Islamic State militants along the "
             "Syria-Lebanon border near Ras Baalbek, army officials said.",
        url="https://dailystar.example.com/offensive", source="Daily Star", published="2017-08-19",
    )
    with Store(tmp_path / "two.duckdb") as store:
        store.write([specimen_result, next(process([other]))])
        rebuild(store)
        offensive = [i for i in store.incidents() if other.id in i["article_ids"] and i["event_type"] == "ASSAULT"]
    assert len(offensive) == 1
    assert offensive[0]["articles"] == 2 and offensive[0]["independent_sources"] == 2


# -- the rules, on mentions built by hand ------------------------------------------------

def mention(event_id: str, article: str, **fields) -> Mention:
    defaults = dict(sentence_index=int(event_id[-1]) if event_id[-1].isdigit() else 0, event_type="ASSAULT",
                    modality="asserted", date="2020-03-02", date_precision="day")
    defaults.update(fields)
    day = ordinal(defaults["date"])
    defaults.setdefault("start", day - 1)
    defaults.setdefault("end", day + 1)
    defaults.setdefault("published", day)
    defaults.setdefault("order", (defaults["date"], article, defaults["sentence_index"], event_id))
    return Mention(event_id=event_id, article_id=article, **defaults)


ARMY = ("syria_army", "SYR", "MIL")
REBELS = ("hts", "SYR", "REB")
IDLIB = dict(lat=35.93, lon=36.63, place_country="SYR", precision=1)
ALEPPO = dict(lat=36.2, lon=37.16, place_country="SYR", precision=1)  # 60 km from Idlib
WORDS = frozenset({"warplanes", "struck", "market", "idlib", "killing", "civilians"})


def run(mentions: list[Mention]) -> list[list[str]]:
    engine = Clusterer(Settings())
    for m in sorted(mentions, key=lambda m: m.order):
        engine.add(m, None)
    return [[m.event_id for m in inc.mentions] for inc in engine.incidents]


def test_same_actor_town_and_day_in_two_articles_is_one_incident():
    a = mention("a1", "A", actors=(ARMY,), words=WORDS, **IDLIB)
    b = mention("b1", "B", actors=(ARMY,), words=WORDS, **IDLIB)
    assert run([a, b]) == [["a1", "b1"]]


def test_a_town_beyond_the_allowed_distance_is_another_incident():
    a = mention("a1", "A", actors=(ARMY,), words=WORDS, **IDLIB)
    b = mention("b1", "B", actors=(ARMY,), words=WORDS, **ALEPPO)
    assert run([a, b]) == [["a1"], ["b1"]]
    # a province-level place allows 150 km: Idlib town inside "northern Syria"
    c = mention("c1", "C", actors=(ARMY,), words=WORDS, lat=36.0, lon=37.0, place_country="SYR", precision=3)
    assert run([a, c]) == [["a1", "c1"]]


def test_an_unknown_actor_is_no_conflict_but_a_different_one_is():
    a = mention("a1", "A", actors=(ARMY,), words=WORDS, **IDLIB)
    unknown = mention("b1", "B", actors=(), words=WORDS, **IDLIB)
    other = mention("c1", "C", actors=(REBELS,), words=WORDS, **IDLIB)
    assert run([a, unknown, other]) == [["a1", "b1"], ["c1"]]


def test_dates_must_overlap_by_their_precision():
    a = mention("a1", "A", actors=(ARMY,), words=WORDS, **IDLIB)
    late = mention("b1", "B", actors=(ARMY,), words=WORDS, date="2020-03-05", **IDLIB)
    assert run([a, late]) == [["a1"], ["b1"]]
    # only the publication date known: the event lies in the three days before
    reported = mention("c1", "C", actors=(ARMY,), words=WORDS, date="2020-03-04", date_precision="publication",
                       start=ordinal("2020-03-01"), end=ordinal("2020-03-04"), **IDLIB)
    assert run([a, reported]) == [["a1", "c1"]]


def test_types_and_modalities_do_not_mix():
    a = mention("a1", "A", actors=(ARMY,), words=WORDS, **IDLIB)
    protest = mention("b1", "B", event_type="PROTEST", actors=(ARMY,), words=WORDS, **IDLIB)
    denied = mention("c1", "C", modality="negated", actors=(ARMY,), words=WORDS, **IDLIB)
    assert run([a, protest, denied]) == [["a1"], ["b1"], ["c1"]]


def test_two_events_of_one_type_in_one_sentence_stay_two():
    a = mention("a1", "A", actors=(ARMY,), words=WORDS)
    b = mention("a1x", "A", sentence_index=1, actors=(ARMY,), words=WORDS)
    a.sentence_index = 1
    assert run([a, b]) == [["a1"], ["a1x"]]


def test_the_toll_is_the_lower_median_of_each_independent_source_highest():
    assert reconcile({"reuters": 12, "sana": 4, "sohr": 9}) == 9
    assert reconcile({"reuters": 12, "sana": 4}) == 4  # a stated figure, the conservative one
    assert reconcile({}) is None
    engine = Clusterer()
    for m in (mention("a1", "A", actors=(ARMY,), words=WORDS, fatalities=5, **IDLIB),
              mention("a2", "A", actors=(ARMY,), words=WORDS, fatalities=7, **IDLIB),  # the same outlet updates
              mention("b1", "B", actors=(ARMY,), words=WORDS, fatalities=20, **IDLIB)):
        engine.add(m, None)
    infos = {"A": ArticleInfo("A", None, "reuters", "A"), "B": ArticleInfo("B", None, "sana", "B")}
    rec = record(engine.incidents[0], infos, {"A": "reuters", "B": "sana"}, resolve=None)
    assert rec["fatalities_reports"] == {"reuters": 7, "sana": 20} and rec["fatalities"] == 7
    assert rec["sources"] == 2 and rec["independent_sources"] == 2


def test_what_an_outlet_relays_counts_as_that_outlet():
    engine = Clusterer()
    for m in (mention("a1", "A", actors=(ARMY,), words=WORDS, outlet="SANA", claimant="the army", **IDLIB),
              mention("b1", "B", actors=(ARMY,), words=WORDS, claimant="Sana", **IDLIB)):
        engine.add(m, None)
    infos = {"A": ArticleInfo("A", None, "alalam", "A"), "B": ArticleInfo("B", None, "trt", "B")}
    rec = record(engine.incidents[0], infos, {"A": "alalam", "B": "trt"}, resolve=None)
    assert rec["sources"] == 2 and rec["independent_sources"] == 1 and rec["origins"] == ["sana"]


def test_a_claim_by_a_party_alone_is_flagged():
    engine = Clusterer()
    m = mention("a1", "A", actors=(ARMY,), actor_names=("syrian army",), words=WORDS, claimant="the Syrian army", **IDLIB)
    engine.add(m, None)
    infos = {"A": ArticleInfo("A", None, "x", "A")}
    assert record(engine.incidents[0], infos, {}, resolve=None)["party_claim_only"]
    m.claimant = "a monitor"
    assert not record(engine.incidents[0], infos, {}, resolve=None)["party_claim_only"]


def test_near_duplicate_articles_are_one_story_and_others_are_not():
    text = ("Government warplanes struck a crowded market in the town of Maarat al-Numan in Idlib province on Tuesday, "
            "killing at least six civilians and wounding dozens, a war monitor and rescue workers said. ") * 2
    copy = "REPUBLISHED. " + text + " Read more on our site."
    other = ("Police arrested forty opposition activists in Khartoum on Wednesday as protests against bread prices "
             "entered their second week, the opposition group said in a statement.")
    stories = group([StoryArticle("b", "2019-05-22", copy), StoryArticle("a", "2019-05-21", text), StoryArticle("c", "2019-05-21", other)])
    assert stories == {"a": "a", "b": "a", "c": "c"}


def test_cluster_api_takes_events_and_articles(specimen_result: Result, copy_result: Result):
    result = cluster(specimen_result.events + copy_result.events, [specimen_result.article, copy_result.article])
    assert set(result.assignment) == {e.event_id for e in specimen_result.events + copy_result.events}
    assert all(i["independent_sources"] == 1 for i in result.incidents)


# -- the store, the command line ---------------------------------------------------------

def test_an_old_store_gains_the_incident_columns(tmp_path: Path):
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE articles (id VARCHAR PRIMARY KEY, url VARCHAR, source VARCHAR, title VARCHAR, published DATE, "
                "language VARCHAR, text VARCHAR, metadata JSON, origin VARCHAR, sentences INTEGER, events INTEGER, "
                "ingested_at TIMESTAMP DEFAULT current_timestamp)")
    con.execute("CREATE TABLE events (event_id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, record JSON)")
    con.close()
    with Store(db) as store:
        columns = {r[0] for r in store.connection.execute("SELECT column_name FROM information_schema.columns "
                                                           "WHERE table_name = 'events'").fetchall()}
        assert "incident_id" in columns
        assert store.incidents() == []


def test_command_line_lists_rebuilds_and_exports_incidents(tmp_path: Path, specimen_result: Result, capsys):
    db = tmp_path / "cli.duckdb"
    with Store(db) as store:
        store.write([specimen_result])  # stored without incidents, as by `ingest --no-incidents`
    assert cli_main(["incidents", "--db", str(db), "--rebuild", "--format", "jsonl"]) == 0
    out, err = capsys.readouterr()
    listed = [json.loads(line) for line in out.splitlines()]
    assert "rebuilt:" in err and listed and all(i["happened"] for i in listed)
    assert cli_main(["incidents", "--db", str(db), "--type", "RETREAT", "--party-claims", "only", "--format", "jsonl"]) == 0
    only = [json.loads(line) for line in capsys.readouterr()[0].splitlines()]
    assert len(only) == 1 and only[0]["party_claim_only"]
    assert cli_main(["incidents", "--db", str(db), "--all-modalities", "--format", "csv"]) == 0
    assert capsys.readouterr()[0].count("\n") > len(listed) + 1
    out_file = tmp_path / "incidents.csv"
    assert cli_main(["export", "--db", str(db), "--incidents", "--format", "csv", "--out", str(out_file)]) == 0
    assert out_file.read_text().splitlines()[0].startswith("incident_id,")
    parquet = tmp_path / "incidents.parquet"
    assert cli_main(["export", "--db", str(db), "--incidents", "--format", "parquet", "--out", str(parquet)]) == 0
    assert duckdb.connect().execute(f"SELECT count(*) FROM '{parquet}'").fetchone()[0] == len(listed)
    assert cli_main(["events", "--db", str(db), "--format", "jsonl"]) == 0
    events = [json.loads(line) for line in capsys.readouterr()[0].splitlines()]
    assert events and all(e["incident_id"] for e in events)


def test_ingest_updates_the_incidents(tmp_path: Path, specimen_path: Path):
    db = tmp_path / "ingest.duckdb"
    run = subprocess.run([sys.executable, "-m", "polybius.cli", "ingest", str(specimen_path), "--db", str(db)],
                         capture_output=True, check=False)
    assert run.returncode == 0, run.stderr.decode()
    assert "incidents:" in run.stderr.decode()
    with Store(db, read_only=True) as store:
        missing = store.connection.execute("SELECT count(*) FROM events WHERE incident_id IS NULL").fetchone()[0]
        assert missing == 0 and store.incidents()
