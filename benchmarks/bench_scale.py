"""`make bench`: throughput on FA-KES repeated to N articles (default 5,000).

    python benchmarks/bench_scale.py [--articles N] [--workers 1,2] [--corpus PATH]

Measured, each in its own process (so peak memory is its own):
* spaCy alone, the full ``en_core_web_sm`` pipeline, one process: the floor;
* Polybius end to end (read articles → events), with 1 and with 2 worker processes;
* ingestion into a DuckDB store (coding included, 2 workers), then export to Parquet;
* peak resident memory of each worker.
Model loading is excluded for one process; with workers, their start (a model load each)
is included, as a user pays it. Copies get new ids so that nothing is skipped as known.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FAKES = ROOT.parent / "shared" / "corpora" / "fa-kes-syria.csv"


def load_articles(corpus: Path, count: int):
    from polybius.model import Article
    from polybius.read import ColumnMap, read

    if corpus.exists():
        columns = ColumnMap(text="article_content", id="unit_id", title="article_title", published="date")
        base = list(read(corpus, columns=columns, on_error=lambda e: None))
    else:  # the bundled samples stand in when the shared corpus is absent
        base = list(read(ROOT / "samples", on_error=lambda e: None))
    return [Article(text=a.text, published=a.published, source=a.source, title=a.title, id=f"{a.id}-{k // len(base)}")
            for k, a in ((k, base[k % len(base)]) for k in range(count))]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(mode: str, corpus: Path, count: int) -> dict:
    articles = load_articles(corpus, count)
    words = sum(len(a.text.split()) for a in articles)
    row: dict = {"mode": mode, "articles": len(articles), "words": words, "events": 0}
    if mode == "spacy":
        import spacy

        from polybius.analyse import MODEL_NAME

        nlp = spacy.load(MODEL_NAME)
        nlp("warm up")
        started = time.perf_counter()
        for _ in nlp.pipe((a.text for a in articles), batch_size=64):
            pass
        row["peak_mb"] = [_peak_mb()]
    elif mode in ("workers1", "workers2", "noprefilter"):
        from polybius.analyse import load_pipeline
        from polybius.code.coder import load_knowledge
        from polybius.workers import WorkerPeaks, process_parallel

        workers = 2 if mode == "workers2" else 1
        if workers == 1:
            load_pipeline()("warm up")
            load_knowledge()
        peaks = WorkerPeaks()
        started = time.perf_counter()
        for result in process_parallel(articles, workers=workers, min_articles=0, peaks=peaks, prefilter=mode != "noprefilter"):
            row["events"] += len(result.events)
        row["peak_mb"] = sorted(peaks.by_pid.values()) if workers > 1 else [_peak_mb()]
    elif mode == "ingest":
        from polybius.store import Store
        from polybius.watch import IngestOptions, ingest_articles
        from polybius.workers import WorkerPeaks

        with tempfile.TemporaryDirectory() as folder:
            db = Path(folder) / "bench.duckdb"
            started = time.perf_counter()
            with Store(db) as store:
                done = ingest_articles(store, articles, IngestOptions(workers=2, incidents=False))
            row["events"] = done.events
            elapsed = time.perf_counter() - started
            with Store(db, read_only=True) as store:
                begun = time.perf_counter()
                exported = store.export_parquet(Path(folder) / "events.parquet")
                row["export_seconds"] = time.perf_counter() - begun
                row["exported"] = exported
            row["seconds"] = elapsed
            row["peak_mb"] = [_peak_mb()]
            return row
    else:
        raise SystemExit(f"unknown mode {mode}")
    row["seconds"] = time.perf_counter() - started
    return row


LABELS = {"spacy": "spaCy alone (floor)", "workers1": "Polybius, 1 worker", "workers2": "Polybius, 2 workers",
          "noprefilter": "Polybius, 1, no pre-filter", "ingest": "ingest → DuckDB (2 w.)"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=FAKES)
    parser.add_argument("--articles", type=int, default=5000, help="articles to code (FA-KES repeated; default 5,000)")
    parser.add_argument("--modes", default="spacy,workers1,workers2,ingest", help="what to measure, comma-separated "
                        "(spacy, workers1, workers2, noprefilter, ingest)")
    parser.add_argument("--mode", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.mode:
        print(json.dumps(measure(options.mode, options.corpus, options.articles)))
        return 0
    print(f"corpus: {options.corpus if options.corpus.exists() else ROOT / 'samples'}, {options.articles} articles")
    rows = []
    for mode in options.modes.split(","):
        command = [sys.executable, __file__, "--mode", mode, "--corpus", str(options.corpus), "--articles", str(options.articles)]
        run = subprocess.run(command, capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stderr, file=sys.stderr)
            return 1
        rows.append(json.loads(run.stdout.strip().splitlines()[-1]))
        row = rows[-1]
        print(f"{LABELS[mode]:<28} {row['seconds']:>8.1f} s {row['articles'] / row['seconds']:>7.1f} art/s "
              f"{row['words'] / row['seconds']:>8,.0f} words/s {row['events']:>7} events  peak MB per process "
              f"{', '.join(f'{m:.0f}' for m in row['peak_mb'])}", flush=True)
        if mode == "ingest":
            print(f"{'export → Parquet':<28} {row['export_seconds']:>8.2f} s for {row['exported']} events "
                  f"({row['exported'] / max(row['export_seconds'], 1e-9):,.0f} events/s)", flush=True)
    by_mode = {r["mode"]: r for r in rows}
    if "workers1" in by_mode and "workers2" in by_mode:
        print(f"speed-up from 1 to 2 workers: {by_mode['workers1']['seconds'] / by_mode['workers2']['seconds']:.2f}×")
    if "spacy" in by_mode and "workers1" in by_mode:
        print(f"Polybius (1 worker) vs the spaCy floor: {by_mode['workers1']['seconds'] / by_mode['spacy']['seconds'] - 1:+.1%} time")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
