"""Clustering synthetic event mentions into incidents: time and peak memory.

Goal (issue 5): one million rows in under 5 minutes and 4 GB on a 2-core machine.

The rows imitate a conflict-news corpus: three years of days, 40 countries with a
Zipf-like share (the first has a quarter of all events), the PLOVER types in the
proportions of the FA-KES store (a third ASSAULT), a pool of actors and towns per
country, and true incidents each told by 1 to 12 mentions (2.5 on average) in
articles published the same day or up to two days later, with the noise real coding
has: a third of the actors unknown, a third of the places only a region or missing,
a third of the dates only the publication's. Run with ``--rows`` to see how the cost
grows; the default is one million. Figures: clustering and the incident records
(provenance, reconciled tolls), from mentions in memory; reading and writing the store
are not included.

    .venv/bin/python benchmarks/bench_incidents.py [--rows 1000000] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time

from polybius.incidents.cluster import Clusterer
from polybius.incidents.mentions import ArticleInfo, Mention, iso
from polybius.incidents.provenance import record

TYPES = (("ASSAULT", 33), ("COERCE", 9), ("ACCUSE", 10), ("CONSULT", 7), ("SUPPORT", 6), ("RETREAT", 5), ("AID", 4),
         ("REQUEST", 4), ("AGREE", 4), ("COOPERATE", 4), ("REJECT", 3), ("THREATEN", 3), ("PROTEST", 3), ("MOBILIZE", 2),
         ("SANCTION", 2), ("CONCEDE", 1))
SECTORS = ("MIL", "REB", "GOV", "COP", "CVL", "PRM")
START_DAY = 736330  # 2017-01-01
DAYS = 3 * 365
COUNTRIES = 40
VOCAB = [f"w{i}" for i in range(5000)]


def synthetic(rows: int, seed: int) -> tuple[list[Mention], dict[str, ArticleInfo]]:
    rng = random.Random(seed)
    countries = [f"C{i:02d}" for i in range(COUNTRIES)]
    country_weights = [1.0 / (i + 1) ** 1.1 for i in range(COUNTRIES)]
    centres = {c: (rng.uniform(-30, 50), rng.uniform(-20, 120)) for c in countries}
    towns = {c: [(centres[c][0] + rng.uniform(-3, 3), centres[c][1] + rng.uniform(-3, 3)) for _ in range(200)] for c in countries}
    actors = {c: [(f"{c}-e{i}", c, rng.choice(SECTORS)) for i in range(30)] for c in countries}
    type_names, type_weights = [t for t, _ in TYPES], [w for _, w in TYPES]
    mentions: list[Mention] = []
    articles: dict[str, ArticleInfo] = {}
    outlets = [f"outlet{i}" for i in range(300)]
    serial = 0
    per_day = max(1, rows // DAYS // 10)  # about ten mentions an article
    while len(mentions) < rows:
        country = rng.choices(countries, country_weights)[0]
        day = START_DAY + rng.randrange(DAYS)
        kind = rng.choices(type_names, type_weights)[0]
        actor = actors[country][min(int(rng.expovariate(0.25)), 29)]
        recipient = actors[country][rng.randrange(30)]
        town = rng.randrange(200)
        toll = rng.choice((None, None, 0, 1, 2, 3, 5, 8, 12))
        topic = frozenset(rng.sample(VOCAB, 6))
        for _ in range(min(1 + int(rng.expovariate(1 / 1.5)), 12)):
            if len(mentions) >= rows:
                break
            serial += 1
            published = day + rng.choice((0, 0, 1, 2))
            article_id = f"a{published}-{rng.randrange(per_day)}"
            if article_id not in articles:
                articles[article_id] = ArticleInfo(article_id, published, rng.choice(outlets), article_id)
            lat, lon = towns[country][town]
            placed = rng.random()
            precision = 1 if placed < 0.55 else (3 if placed < 0.75 else None)
            dated = rng.random()
            if dated < 0.6:
                start, end, precision_name, date = day - 1, day + 1, "day", day
            else:
                start, end, precision_name, date = published - 3, published, "publication", published
            words = topic | frozenset(rng.sample(VOCAB, 5))
            mentions.append(Mention(
                event_id=f"e{serial}", article_id=article_id, sentence_index=serial % 40, event_type=kind, modality="asserted",
                actors=(actor,) if rng.random() > 0.33 else (), recipients=(recipient,) if rng.random() > 0.4 else (),
                lat=lat + rng.uniform(-0.05, 0.05) if precision else None, lon=lon if precision else None,
                place_country=country if precision else None, precision=precision, start=start, end=end,
                date=iso(date), date_precision=precision_name, published=published,
                fatalities=toll if rng.random() < 0.7 else None, words=words,
                order=(iso(published), article_id, serial % 40, f"e{serial}"),
            ))
    mentions.sort(key=lambda m: m.order)
    return mentions, articles


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    options = parser.parse_args(argv)
    started = time.perf_counter()
    mentions, articles = synthetic(options.rows, options.seed)
    made = time.perf_counter() - started
    print(f"synthetic: {len(mentions):,} mentions in {len(articles):,} articles, made in {made:.1f}s, "
          f"process peak {peak_mb():,.0f} MB", flush=True)
    started = time.perf_counter()
    engine = Clusterer()
    for m in mentions:
        engine.add(m, None)
    clustered = time.perf_counter() - started
    outlets = {a.story: a.outlet for a in articles.values()}
    started = time.perf_counter()
    records = 0
    for inc in engine.incidents:
        record(inc, articles, outlets, resolve=None)
        records += 1
    recorded = time.perf_counter() - started
    sizes = [len(inc.mentions) for inc in engine.incidents]
    print(f"clustered {len(mentions):,} mentions into {len(engine.incidents):,} incidents "
          f"(largest {max(sizes)} mentions) in {clustered:.1f}s ({len(mentions) / clustered:,.0f} mentions/s); "
          f"records in {recorded:.1f}s")
    print(f"total {clustered + recorded:.1f}s, process peak memory {peak_mb():,.0f} MB (synthetic rows included)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
