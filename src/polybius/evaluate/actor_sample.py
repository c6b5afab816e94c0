"""Draw a random sample of actor mentions from a store, for a hand check.

A mention is one actor or recipient of an event, as ``resolution.py`` counts them; things
and places (``kind_of`` → "thing or place") are never drawn. The same words in the same
sentence of the same article are one mention however many events share them: that is
also how ``actor_check.py`` finds a judged mention again in a later run. The mention keeps
the role, resolution and antecedent of its first occurrence (events in the order of
article id, sentence index and span, actor before recipient).

``--kinds resolved`` (the default) draws from the mentions resolved to an entity, a
country + sector, a sector only or a country only; ``--kinds unresolved`` from those
resolved to nothing ("unresolved" and "unresolved pronoun"). Mentions already in the
files given with ``--exclude`` (matched on article, sentence and words) are left out
before the draw, which is ``random.Random(seed).sample`` over the sorted population.
Output: JSON lines in the format of ``eval/actor_check_sample.jsonl``. Usage::

    python -m polybius.evaluate.actor_sample STORE.duckdb --seed 20261126 [--n 100]
        [--kinds resolved|unresolved] [--exclude eval/actor_check.jsonl ...]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from typing import Any

import duckdb

from polybius.code.knowledge import load_cues
from polybius.evaluate.resolution import kind_of

RESOLVED = frozenset({"entity", "country+sector", "sector only", "country only"})
UNRESOLVED = frozenset({"unresolved", "unresolved pronoun"})


def mentions(store: str, kinds: frozenset[str]) -> tuple[list[dict[str, Any]], int]:
    """The distinct mentions of the given kinds, sorted; and how many of them were seen
    with more than one resolution (only the first is kept)."""
    targets = load_cues().non_party_targets
    db = duckdb.connect(store, read_only=True)
    published = {aid: (str(day) if day is not None else None)
                 for aid, day in db.execute("SELECT id, published FROM articles").fetchall()}
    rows = db.execute("SELECT article_id, sentence_index, sentence, record FROM events").fetchall()
    db.close()
    occurrences = []
    for article_id, index, sentence, record in rows:
        event = json.loads(record)
        for order, role in enumerate(("actor", "recipient")):
            value = event.get(role)
            for party in value if isinstance(value, list) else ([value] if value else []):
                start = (party.get("span") or [0])[0]
                occurrences.append(((article_id, index if index is not None else -1, start, order, event["event_id"]),
                                    article_id, sentence, role, party))
    occurrences.sort(key=lambda o: o[0])
    found: dict[tuple[str, str, str], dict[str, Any]] = {}
    ambiguous: set[tuple[str, str, str]] = set()
    for _, article_id, sentence, role, party in occurrences:
        key = (article_id, sentence, party.get("text") or "")
        resolved = {k: party.get(k) for k in ("entity_id", "name", "country", "sector")}
        if key in found:
            if found[key]["resolved"] != resolved:
                ambiguous.add(key)
            continue
        found[key] = {"article_id": article_id, "published": published.get(article_id), "sentence": sentence,
                      "role": role, "mention": key[2], "antecedent": party.get("antecedent"), "resolved": resolved,
                      "_kind": kind_of(party, targets)}
    chosen = [m for m in found.values() if m["_kind"] in kinds]
    return chosen, sum(1 for k in ambiguous if found[k]["_kind"] in kinds)


def draw(store: str, seed: int, n: int, kinds: frozenset[str], exclude: list[str]) -> tuple[list[dict[str, Any]], dict[str, int]]:
    population, ambiguous = mentions(store, kinds)
    excluded: set[tuple[str, str, str]] = set()
    for path in exclude:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    case = json.loads(line)
                    excluded.add((case["article_id"], case["sentence"], case["mention"]))
    kept = [m for m in population if (m["article_id"], m["sentence"], m["mention"]) not in excluded]
    sample = random.Random(seed).sample(kept, min(n, len(kept)))
    out = []
    for number, mention in enumerate(sample, 1):
        record = {"n": number, **{k: v for k, v in mention.items() if not k.startswith("_")}}
        out.append(record)
    stats = {"population": len(population), "excluded": len(population) - len(kept), "drawn_from": len(kept),
             "with_several_resolutions": ambiguous, "drawn": len(out)}
    return out, stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("store")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--kinds", choices=("resolved", "unresolved"), default="resolved")
    parser.add_argument("--exclude", action="append", default=[])
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    kinds = RESOLVED if args.kinds == "resolved" else UNRESOLVED
    sample, stats = draw(args.store, args.seed, args.n, kinds, args.exclude)
    for record in sample:
        print(json.dumps(record, ensure_ascii=False))
    print(json.dumps(stats), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
