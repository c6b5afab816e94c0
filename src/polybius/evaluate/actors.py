"""Score actor resolution on the hand-made table ``eval/actors.jsonl`` (see eval/ACTORS.md).

Each case is a mention in a real sentence, with up to two sentences of context before it.
The text (context + sentence) is analysed as one document, and the mention is resolved as
the coder resolves an actor there. Reported:

* entity accuracy — cases whose answer is a knowledge-base entity: the same id (or one the
  annotator also accepts);
* no-guess rate — cases whose answer is *not* an entity: no entity was claimed;
* country and sector accuracy — cases with an expected country / sector;
* resolved share and precision — mentions given any resolution (an entity, or a country or
  sector), and how many of those are right (entity, else country and sector agree).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from polybius.analyse import load_pipeline, restore_shadowed, shadow_text
from polybius.code.coder import load_knowledge
from polybius.resolve.gazetteer import load_gazetteer
from polybius.resolve.geocode import ArticlePlaces
from polybius.resolve.mentions import MentionResolver


def load(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def resolve_cases(cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The coder's resolution of every case, as a dict of Party fields."""
    nlp = load_pipeline()
    knowledge = load_knowledge()
    gazetteer = load_gazetteer()
    texts, offsets = [], []
    for case in cases:
        prefix = case["context"] + " " if case.get("context") else ""
        texts.append(prefix + case["sentence"])
        offsets.append(len(prefix))
    shadows = [shadow_text(t) for t in texts]
    results = []
    for doc, case, text, offset, (_, positions) in zip(nlp.pipe([s for s, _ in shadows], batch_size=64), cases, texts, offsets, shadows):
        restore_shadowed(doc, text, positions)
        span = doc.char_span(case["start"] + offset, case["end"] + offset, alignment_mode="expand")
        if span is None or not len(span):
            results.append({})
            continue
        setting = ArticlePlaces.of(doc, gazetteer, knowledge.actors, text).setting()
        resolver = MentionResolver(knowledge.actors, knowledge.cues, doc, text, 0, case.get("published"), setting=setting)
        party = resolver.party(span.root, span.root.sent, set())
        results.append(party.to_dict())
    return results


def score(cases: list[dict[str, Any]]) -> dict[str, Any]:
    predictions = resolve_cases(cases)
    tallies: Counter = Counter()
    by_tricky: dict[str, Counter] = {}
    errors = []
    for case, got in zip(cases, predictions):
        expected_id = case.get("entity_id")
        accepted = {expected_id, *(case.get("accept") or [])} - {None}
        got_id = got.get("entity_id")
        resolved = bool(got_id or got.get("country") or got.get("sector"))
        if expected_id:
            ok = got_id in accepted
            tallies["entity_cases"] += 1
            tallies["entity_right"] += ok
        else:
            ok = got_id is None or got_id in accepted
            tallies["null_cases"] += 1
            tallies["null_right"] += ok
            if ok and case.get("country") is not None:
                ok = got.get("country") == case["country"] and (case.get("sector") is None or got.get("sector") == case["sector"])
        if case.get("country"):
            tallies["country_cases"] += 1
            tallies["country_right"] += got.get("country") == case["country"]
        if case.get("sector"):
            tallies["sector_cases"] += 1
            tallies["sector_right"] += got.get("sector") == case["sector"]
        if resolved:
            tallies["resolved"] += 1
            tallies["resolved_right"] += ok
        label = case.get("tricky") or "(plain)"
        by_tricky.setdefault(label, Counter())["cases"] += 1
        by_tricky[label]["right"] += ok
        if not ok:
            errors.append({"id": case["id"], "mention": case["mention"], "expected": expected_id or case.get("name"),
                           "got": got_id or got.get("name"), "got_country": got.get("country"), "tricky": case.get("tricky")})

    def rate(right: str, total: str) -> float:
        return tallies[right] / tallies[total] if tallies[total] else 0.0

    return {
        "cases": len(cases),
        "entity_accuracy": rate("entity_right", "entity_cases"), "entity_cases": tallies["entity_cases"],
        "no_guess_rate": rate("null_right", "null_cases"), "null_cases": tallies["null_cases"],
        "country_accuracy": rate("country_right", "country_cases"),
        "sector_accuracy": rate("sector_right", "sector_cases"),
        "resolved_share": tallies["resolved"] / len(cases) if cases else 0.0,
        "resolved_precision": rate("resolved_right", "resolved"),
        "by_tricky": {k: {"cases": v["cases"], "accuracy": v["right"] / v["cases"]} for k, v in sorted(by_tricky.items())},
        "errors": errors,
    }


def format_report(summary: dict[str, Any]) -> str:
    lines = [
        f"cases {summary['cases']}",
        f"entity accuracy   {summary['entity_accuracy']:.3f} (n={summary['entity_cases']})",
        f"no-guess rate     {summary['no_guess_rate']:.3f} (n={summary['null_cases']}, answer is not a KB entity)",
        f"country accuracy  {summary['country_accuracy']:.3f}",
        f"sector accuracy   {summary['sector_accuracy']:.3f}",
        f"resolved share    {summary['resolved_share']:.3f}, precision of resolutions {summary['resolved_precision']:.3f}",
        "",
        f"{'tricky label':<28} {'cases':>5} {'accuracy':>8}",
    ]
    for label, row in summary["by_tricky"].items():
        lines.append(f"{label:<28} {row['cases']:>5} {row['accuracy']:>8.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Score actor resolution on the annotated mention table.")
    parser.add_argument("table", nargs="?", default="eval/actors.jsonl")
    parser.add_argument("--errors", type=int, default=0, help="print this many wrong cases")
    options = parser.parse_args(argv)
    summary = score(load(options.table))
    print(format_report(summary))
    for error in summary["errors"][: options.errors]:
        print(error)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
