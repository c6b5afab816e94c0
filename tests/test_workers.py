"""Worker processes and the pre-filter: the same results, in the same order, as one process."""

from __future__ import annotations

from pathlib import Path

import duckdb

from polybius.analyse import load_pipeline
from polybius.cli import main
from polybius.model import Article
from polybius.pipeline import process
from polybius.prefilter import Prefilter
from polybius.read import read
from polybius.workers import WorkerPeaks, process_parallel

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
QUIET = Article(text="The orchestra played Brahms on Sunday. The hall was full and the audience stood for ten minutes.", id="concert")


def _sample_articles() -> list[Article]:
    return list(read(SAMPLES))


def _records(results) -> list[tuple[str, int, list[dict]]]:
    return [(r.article.id, r.sentences, [e.to_dict() for e in r.events]) for r in results]


def test_prefilter_knows_inflected_triggers_and_passes_over_other_words() -> None:
    gate = Prefilter(load_pipeline())
    for word in ("killed", "Shelling", "clashes", "arrested", "protested", "fled"):
        assert gate.is_trigger_word(word), word
    assert not gate.wanted(QUIET.text)
    assert gate.wanted("Gunmen attacked a checkpoint near Aleppo.")


def test_an_article_without_trigger_words_skips_the_model_and_keeps_its_place() -> None:
    articles = [_sample_articles()[0], QUIET, _sample_articles()[2]]
    filtered = _records(process(articles))
    unfiltered = _records(process(articles, prefilter=False))
    assert [r[0] for r in filtered] == [a.id for a in articles]  # input order, the skipped one included
    assert filtered == unfiltered  # same events, same sentence counts
    assert filtered[1][1] == 2 and filtered[1][2] == []


def test_two_workers_give_what_one_process_gives_in_input_order() -> None:
    articles = _sample_articles() + [QUIET, Article(text="   ", id="blank", origin="blank.txt")]
    errors_one: list[str] = []
    one = _records(process(articles, on_error=lambda e: errors_one.append(str(e))))
    errors_two: list[str] = []
    peaks = WorkerPeaks()
    # chunks of two and no minimum: every chunk really goes to a worker process
    two = _records(process_parallel(articles, workers=2, chunk_size=2, min_articles=0, peaks=peaks,
                                    on_error=lambda e: errors_two.append(str(e))))
    assert two == one
    assert sum(len(r[2]) for r in one) > 10
    assert errors_two == errors_one and len(errors_one) == 1 and "blank.txt" in errors_one[0]
    assert len(peaks.by_pid) == 2 and peaks.largest > 100  # two processes, each with a model loaded


def test_ingest_with_workers_twice_stores_each_article_once(tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    assert main(["ingest", str(SAMPLES), "--db", str(db), "--workers", "2", "--no-incidents"]) == 0
    first = duckdb.connect(str(db), read_only=True)
    counts = first.execute("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events)").fetchone()
    first.close()
    assert main(["ingest", str(SAMPLES), "--db", str(db), "--workers", "2", "--no-incidents"]) == 0
    again = duckdb.connect(str(db), read_only=True)
    assert again.execute("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events)").fetchone() == counts
    assert counts[0] == len(_sample_articles()) and counts[1] > 10
