"""The sentence filter (``--sentence-filter``) against the full parse, in one process.

Two corpora: FA-KES (conflict news, nearly every sentence holds a possible trigger), and a
mixed set made from it, since no non-conflict news is at hand: each mixed article keeps at
most two of its FA-KES article's sentences with a possible trigger and is padded with ten
sentences that hold none (taken from all of FA-KES, in order), so that about one sentence
in six needs the parser, as in a general news feed where one paragraph mentions an event.

The two configurations run alternately, ``--rounds`` times each, in the same process
(model loading excluded), so that machine load shared with other work falls on both alike;
CPU seconds of the process are printed beside wall seconds. Also printed: how many
sentences were parsed and how many event records differ.

    python benchmarks/bench_sentence_filter.py [--articles 200] [--rounds 2]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FAKES = ROOT.parent / "shared" / "corpora" / "fa-kes-syria.csv"


def fakes(limit: int):
    from polybius.read import ColumnMap, read

    if not FAKES.exists():
        raise SystemExit(f"{FAKES} is absent: this benchmark needs the FA-KES corpus")
    columns = ColumnMap(text="article_content", id="unit_id", title="article_title", published="date")
    return list(read(FAKES, columns=columns))[:limit]


def mixed(articles, nlp, gate):
    """FA-KES articles thinned to two trigger sentences each, padded with quiet sentences."""
    from polybius.analyse import set_sentence_boundaries
    from polybius.model import Article

    split = [[s.text_with_ws for s in set_sentence_boundaries(nlp.make_doc(a.text)).sents] for a in articles]
    quiet = [s for sentences in split for s in sentences if s.strip() and not gate.wanted(s)]
    out, cursor = [], 0
    for article, sentences in zip(articles, split):
        loud = [s for s in sentences if gate.wanted(s)][:2]
        padding = [quiet[(cursor + k) % len(quiet)] for k in range(10)]
        cursor += 10
        body = padding[:5] + loud[:1] + padding[5:] + loud[1:]
        text = " ".join(s.strip() for s in body)
        out.append(Article(text=text, id=f"{article.id}-mixed", published=article.published, title=article.title))
    return out


def _fields_changed(full: list[str], filtered: list[str]):
    from collections import Counter

    def keyed(records):
        return {(r["article_id"], r["sentence_index"], tuple(r["trigger"]["span"])): r for r in map(json.loads, records)}

    a, b = keyed(full), keyed(filtered)
    counts = Counter({"only with the full parse": len(a.keys() - b.keys()), "only with the filter": len(b.keys() - a.keys())})
    for key in a.keys() & b.keys():
        counts.update(f for f in a[key] if a[key][f] != b[key].get(f))
    return +counts


def run(articles, sentence_filter: bool):
    from polybius.pipeline import process

    wall, cpu = time.perf_counter(), time.process_time()
    results = list(process(articles, sentence_filter=sentence_filter))
    return time.perf_counter() - wall, time.process_time() - cpu, results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=2)
    options = parser.parse_args()

    from polybius.analyse import load_pipeline
    from polybius.code.coder import load_knowledge
    from polybius.pipeline import _prefilter, process

    base = fakes(options.articles)
    nlp = load_pipeline()
    corpora = {"FA-KES": base, "mixed (from FA-KES)": mixed(base, nlp, _prefilter(nlp))}
    load_knowledge()
    for flag in (False, True):  # load both pipelines and warm the caches
        list(process(base[:4], sentence_filter=flag))
    counter = load_pipeline(sentence_filter=True).get_pipe("polybius_sentence_parser")
    print(f"{'corpus':<22} {'articles':>8} {'sentences':>9} {'parsed':>7} {'full s':>8} {'filter s':>9} {'full CPU':>9} "
          f"{'filter CPU':>10} {'CPU change':>10} {'records changed':>15}")
    fields = {}
    for name, articles in corpora.items():
        totals = {False: [0.0, 0.0], True: [0.0, 0.0]}
        records = {}
        before = (counter.sentences, counter.parsed)
        for round_ in range(options.rounds):
            for flag in ((False, True) if round_ % 2 == 0 else (True, False)):
                wall, cpu, results = run(articles, flag)
                totals[flag][0] += wall
                totals[flag][1] += cpu
                records[flag] = [json.dumps(e.to_dict(), sort_keys=True) for r in results for e in r.events]
        sentences = (counter.sentences - before[0]) // options.rounds
        parsed = (counter.parsed - before[1]) // options.rounds
        changed = len(set(records[False]) ^ set(records[True]))
        fields[name] = _fields_changed(records[False], records[True])
        full, filtered = totals[False], totals[True]
        print(f"{name:<22} {len(articles):>8} {sentences:>9} {parsed / max(sentences, 1):>7.1%} {full[0]:>8.1f} {filtered[0]:>9.1f} "
              f"{full[1]:>9.1f} {filtered[1]:>10.1f} {filtered[1] / full[1] - 1:>+10.1%} {changed:>7} of {len(records[False])}")
    print(f"(seconds summed over {options.rounds} runs of each; whole pipeline: model, coding and resolution)")
    for name, counts in fields.items():
        print(f"{name}: fields changed in events of the same trigger: {dict(counts) or 'none'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
