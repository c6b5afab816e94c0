"""Score place resolution on the hand-resolved table ``eval/places.jsonl``.

Each case is a place mention in a real FA-KES sentence with the place a coder chose for
it and its coordinates. The sentence is analysed alone and the mention resolved as the
coder resolves an event's place, with the sentence as the article's context. Reported:
the share resolved, the share within 25 km and within 161 km (100 miles) of the hand
coordinates, and country agreement.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from polybius.analyse import load_pipeline
from polybius.resolve.actors import load_actor_base
from polybius.resolve.gazetteer import load_gazetteer
from polybius.resolve.geocode import ArticlePlaces


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def load(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def score(cases: list[dict[str, Any]]) -> dict[str, Any]:
    nlp = load_pipeline()
    gazetteer, base = load_gazetteer(), load_actor_base()
    resolved = within_25 = within_161 = country_right = 0
    errors = []
    for doc, case in zip(nlp.pipe((c["sentence"] for c in cases), batch_size=64), cases):
        context = ArticlePlaces.of(doc, gazetteer, base)
        found = context.resolve(case["mention"])
        if found is None:
            errors.append({"id": case["id"], "mention": case["mention"], "expected": case["name"], "got": None})
            continue
        resolved += 1
        km = distance_km(found.lat, found.lon, case["lat"], case["lon"])
        within_25 += km <= 25
        within_161 += km <= 161
        country_right += (case.get("country") or "").split("|")[0] == found.country
        if km > 25:
            errors.append({"id": case["id"], "mention": case["mention"], "expected": case["name"], "got": f"{found.name} ({found.country}, {found.feature})", "km": round(km)})
    n = len(cases)
    return {
        "cases": n, "resolved": resolved / n, "within_25km": within_25 / n, "within_161km": within_161 / n,
        "country": country_right / n, "errors": errors,
    }


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Score place resolution on the hand-resolved table.")
    parser.add_argument("table", nargs="?", default="eval/places.jsonl")
    parser.add_argument("--errors", type=int, default=0)
    options = parser.parse_args(argv)
    summary = score(load(options.table))
    print(f"cases {summary['cases']}: resolved {summary['resolved']:.3f}, within 25 km {summary['within_25km']:.3f}, "
          f"within 161 km {summary['within_161km']:.3f}, country {summary['country']:.3f}")
    for error in summary["errors"][: options.errors]:
        print(error)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
