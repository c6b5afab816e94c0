"""How many actor mentions in a store resolve, and to what.

Every actor and recipient of every event is one mention. Targets that are things or
places ("shelled the town", "hit a convoy": ``non_party_targets`` in ``cues.yaml``; or a
place's name, "shelled Aleppo") are counted apart: they are no actor, and no actor base can
resolve them. The rest are counted by what they resolved to: a named entity, a country
and sector, a sector alone, a country alone, or nothing. Usage::

    python -m polybius.evaluate.resolution STORE.duckdb
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from typing import Any

import duckdb

from polybius.code.knowledge import load_cues

_PRONOUNS = frozenset({"it", "they", "them", "he", "she", "him", "her", "we", "us", "i", "you", "who", "which", "that",
                       "those", "these", "this", "others", "its", "their"})


def _is_place_name(text: str) -> bool:
    """Words that name a place in the gazetteer (and no actor): "Aleppo", "Eastern Ghouta"."""
    from polybius.resolve.actors import load_actor_base
    from polybius.resolve.gazetteer import load_gazetteer

    if not text[:1].isupper() or load_actor_base().lookup(text) is not None:
        return False
    return any(p.population > 0 or p.source == "supplement" or p.feature == "admin1"
               for p in load_gazetteer().candidates(text, fuzzy=False))


def kind_of(party: dict[str, Any], targets: frozenset[str]) -> str:
    """What one mention resolved to, or why it is not counted as an actor."""
    if party.get("entity_id"):
        return "entity"
    if party.get("country") and party.get("sector"):
        return "country+sector"
    if party.get("sector"):
        return "sector only"
    if party.get("country"):
        return "country only"
    words = (party.get("text") or "").lower().split()
    if words and (words[-1] in targets or words[-1].rstrip("s") in targets or words[-1].removesuffix("es") in targets):
        return "thing or place"
    if _is_place_name(party.get("text") or ""):
        return "thing or place"
    if words and words[-1] in _PRONOUNS:
        return "unresolved pronoun"
    return "unresolved"


def shares(store: str) -> dict[str, Any]:
    targets = load_cues().non_party_targets
    db = duckdb.connect(store, read_only=True)
    rows = db.execute("SELECT record FROM events").fetchall()
    db.close()
    counts: Counter[str] = Counter()
    for (record,) in rows:
        event = json.loads(record)
        for role in ("actor", "recipient"):
            value = event.get(role)
            for party in value if isinstance(value, list) else ([value] if value else []):
                counts[kind_of(party, targets)] += 1
    mentions = sum(counts.values())
    actors = mentions - counts["thing or place"]
    resolved = counts["entity"] + counts["country+sector"] + counts["sector only"] + counts["country only"]
    return {
        "mentions": mentions,
        "things_or_places": counts["thing or place"],
        "actor_mentions": actors,
        "resolved_share": round(resolved / actors, 3) if actors else 0.0,
        "entity_or_country_sector_share": round((counts["entity"] + counts["country+sector"]) / actors, 3) if actors else 0.0,
        "by_kind": dict(counts.most_common()),
    }


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    json.dump(shares(args[0]), sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
