"""Does an article's main location agree with where Polybius puts its events?

A corpus like FA-KES gives each article one main location (a province or its capital:
"aleppo", "deir ezzor"). This scorer reads a store that holds the corpus and, for each
article, takes the first-level division (province) that most of its located events fall
in; it agrees when that division is the one the corpus names. Events placed only at
country level do not vote. ``agreement`` counts the corpus's rows; ``distinct_agreement``
counts each article once, agreeing with any of the locations its rows give it. Usage::

    python -m polybius.evaluate.main_location STORE.duckdb CORPUS.csv \
        --id-column unit_id --location-column location
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from typing import Any

import duckdb

from polybius.resolve.gazetteer import Gazetteer, load_gazetteer, place_key


def gold_division(name: str, gazetteer: Gazetteer, country: str | None) -> str | None:
    """The division a corpus label names: its own division entry, else the division of
    the largest town of that name."""
    candidates = [p for p in gazetteer.candidates(name) if country is None or p.country == country]
    divisions = [p for p in candidates if p.feature == "admin1"]
    if divisions:
        return divisions[0].admin1
    towns = sorted((p for p in candidates if p.admin1), key=lambda p: -p.population)
    return towns[0].admin1 if towns else None


def event_divisions(store: str) -> dict[str, Counter[str]]:
    """Article id → how many of its events fall in each first-level division."""
    db = duckdb.connect(store, read_only=True)
    rows = db.execute("SELECT article_id, json_extract(record, '$.location') FROM events").fetchall()
    db.close()
    votes: dict[str, Counter[str]] = {}
    for article_id, location in rows:
        place: dict[str, Any] = json.loads(location) if location else {}
        if place and place.get("admin1") and (place.get("precision") or 4) <= 3:
            votes.setdefault(article_id, Counter())[place["admin1"]] += 1
    return votes


def score(store: str, corpus: str, id_column: str, location_column: str, country: str | None,
          merged: dict[str, str] | None = None) -> dict[str, Any]:
    """``merged`` maps a division to the one the corpus's labels fold it into (FA-KES has
    no label for Rif Dimashq: its "damascus" covers the capital's countryside)."""
    merged = {place_key(k): v for k, v in (merged or {}).items()}
    gazetteer = load_gazetteer()
    votes = event_divisions(store)
    agree = located = total = 0
    misses: Counter[tuple[str, str]] = Counter()
    # an article the corpus lists more than once, under several locations (it reports
    # several casualty events), agrees when its top division is one of them
    labels: dict[str, set[str]] = {}
    tops: dict[str, str] = {}
    with open(corpus, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            label = (row.get(location_column) or "").strip()
            if not label:
                continue
            gold = gold_division(label, gazetteer, country)
            total += 1
            labels.setdefault(row[id_column], set()).add(place_key(gold) if gold else "?")
            counted = votes.get(row[id_column])
            if not counted:
                misses[(label, "—")] += 1
                continue
            located += 1
            folded: Counter[str] = Counter()
            for division, n in counted.items():
                folded[merged.get(place_key(division), division)] += n
            top = max(folded.items(), key=lambda kv: kv[1])[0]
            tops[row[id_column]] = place_key(top)
            if gold is not None and place_key(top) == place_key(gold):
                agree += 1
            else:
                misses[(label, top)] += 1
    distinct_agree = sum(1 for article, golds in labels.items() if tops.get(article) in golds)
    return {"articles": total, "with_located_events": located, "agree": agree,
            "agreement": round(agree / total, 3) if total else 0.0,
            "distinct_articles": len(labels), "distinct_agree": distinct_agree,
            "distinct_agreement": round(distinct_agree / len(labels), 3) if labels else 0.0,
            "agreement_when_located": round(agree / located, 3) if located else 0.0,
            "top_misses": [f"{gold} → {got}: {n}" for (gold, got), n in misses.most_common(15)]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store")
    parser.add_argument("corpus")
    parser.add_argument("--id-column", default="id")
    parser.add_argument("--location-column", default="location")
    parser.add_argument("--country", default=None, help="ISO3 the labels lie in (FA-KES: SYR)")
    parser.add_argument("--merge", action="append", default=[], metavar="DIVISION=LABEL",
                        help='fold a division the labels lack into one they have ("Rif Dimashq=Damascus")')
    options = parser.parse_args(argv)
    merged = dict(pair.split("=", 1) for pair in options.merge)
    result = score(options.store, options.corpus, options.id_column, options.location_column, options.country, merged)
    json.dump(result, sys.stdout, indent=1, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
