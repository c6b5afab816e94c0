"""`make bench`: the whole pipeline against its floor, spaCy alone, on the same texts.

Each measurement runs in its own process so that peak memory (max RSS) is its own.
Prints articles/s, words/s and peak memory; model loading is excluded from the timings.

    python benchmarks/bench_pipeline.py [--corpus PATH] [--limit N] [--repeat K]
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


def load_articles(corpus: Path, limit: int | None, repeat: int):
    from polybius.read import ColumnMap, read

    if corpus.exists():
        columns = ColumnMap(text="article_content", id="unit_id", title="article_title", published="date")
        articles = list(read(corpus, columns=columns))
    else:  # the bundled sample stands in when the shared corpus is absent
        articles = list(read(ROOT / "samples"))
    articles = articles[:limit] if limit else articles
    copies = []
    for k in range(repeat):
        for a in articles:
            copies.append(type(a)(text=a.text, published=a.published, source=a.source, id=f"{a.id}-{k}"))
    return copies


def measure(mode: str, corpus: Path, limit: int | None, repeat: int) -> dict:
    articles = load_articles(corpus, limit, repeat)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    events = 0
    if mode == "spacy":
        import spacy

        from polybius.analyse import MODEL_NAME

        nlp = spacy.load(MODEL_NAME)
        nlp("warm up")
        started = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=64):
            pass
    elif mode == "pipeline":
        # The same work as polybius.pipeline.process, with the clock split between the
        # model and everything else: machine drift between processes does not blur it.
        from polybius.analyse import load_pipeline, restore_shadowed, shadow_text
        from polybius.code.coder import Coder

        nlp = load_pipeline()
        nlp("warm up")
        coder = Coder()
        model_seconds = 0.0
        started = time.perf_counter()
        shadows = [shadow_text(a.text) for a in articles]
        docs = nlp.pipe((s for s, _ in shadows), batch_size=64)
        for article, (_, positions) in zip(articles, shadows):
            before = time.perf_counter()
            doc = next(docs)
            model_seconds += time.perf_counter() - before
            restore_shadowed(doc, article.text, positions)
            events += len(coder.code(doc, article))
    elif mode == "ingest":
        from polybius.analyse import load_pipeline
        from polybius.code.coder import load_knowledge
        from polybius.pipeline import process
        from polybius.store import Store

        load_pipeline()("warm up")
        load_knowledge()
        with tempfile.TemporaryDirectory() as folder:
            started = time.perf_counter()
            with Store(Path(folder) / "bench.duckdb") as store:
                batch = []
                for result in process(articles):
                    events += len(result.events)
                    batch.append(result)
                    if len(batch) == 50:
                        store.write(batch)
                        batch = []
                store.write(batch)
    else:
        raise SystemExit(f"unknown mode {mode}")
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    row = {"mode": mode, "articles": len(texts), "words": words, "seconds": elapsed, "events": events, "peak_mb": peak_mb}
    if mode == "pipeline":
        row["model_seconds"] = model_seconds
    return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=FAKES)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--mode", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.mode:
        print(json.dumps(measure(options.mode, options.corpus, options.limit, options.repeat)))
        return 0
    source = options.corpus if options.corpus.exists() else ROOT / "samples"
    print(f"corpus: {source} (limit {options.limit or 'none'}, repeat {options.repeat})")
    rows = []
    for mode in ("spacy", "pipeline", "ingest"):
        command = [sys.executable, __file__, "--mode", mode, "--corpus", str(options.corpus), "--repeat", str(options.repeat)]
        if options.limit:
            command += ["--limit", str(options.limit)]
        run = subprocess.run(command, capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stderr, file=sys.stderr)
            return 1
        rows.append(json.loads(run.stdout.strip().splitlines()[-1]))
    floor = rows[0]["seconds"]
    print(f"{'measure':<22} {'articles':>8} {'words':>9} {'seconds':>8} {'art/s':>7} {'words/s':>8} {'events':>7} {'peak MB':>8} {'vs floor':>8}")
    labels = {"spacy": "spaCy alone (floor)", "pipeline": "Polybius pipeline", "ingest": "pipeline + DuckDB"}
    for row in rows:
        seconds = row["seconds"]
        print(f"{labels[row['mode']]:<22} {row['articles']:>8} {row['words']:>9} {seconds:>8.2f} {row['articles'] / seconds:>7.1f} "
              f"{row['words'] / seconds:>8.0f} {row['events']:>7} {row['peak_mb']:>8.0f} {seconds / floor - 1:>+7.1%}")
    pipeline = rows[1]
    beyond = pipeline["seconds"] - pipeline["model_seconds"]
    print(f"within the pipeline run: the spaCy model {pipeline['model_seconds']:.2f} s, everything else (reading "
          f"aside) {beyond:.2f} s = {beyond / pipeline['model_seconds']:+.1%} over the model")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
