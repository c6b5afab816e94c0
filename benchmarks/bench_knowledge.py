"""Loading the knowledge base: time and memory (goal: under 1 s and 200 MB).

Runs in a fresh process so that the figures are the load alone.
"""

from __future__ import annotations

import resource
import time


def main() -> int:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    import polybius.resolve.actors as actors  # noqa: F401  (import cost is part of the load)
    from polybius.code.knowledge import load_cues, load_lexicon

    started = time.perf_counter()
    base = actors.load_actor_base()
    lexicon = load_lexicon()
    load_cues()
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    people = sum(1 for e in set(base.entities.values()) if e.kind == "person")
    print(f"knowledge base: {len(base.entities)} names of {len(set(base.entities.values()))} entities ({people} people), "
          f"{len(base.sectors)} sector terms, {len(lexicon)} triggers")
    print(f"load {elapsed:.2f} s, process peak {peak:.0f} MB (of which Python and imports {before:.0f} MB before loading)")

    from polybius.resolve.gazetteer import cache_path, load_gazetteer

    fresh = not cache_path().exists()
    started = time.perf_counter()
    gazetteer = load_gazetteer()
    opened = time.perf_counter() - started
    started = time.perf_counter()
    names = ["Aleppo", "Deir el-Zour", "Qalamoun", "Aarsal", "Kafranbel", "Idlib province", "Mosul", "Sanaa", "Gao", "Bakhmut"] * 100
    for name in names:
        gazetteer.candidates(name)
    per_lookup = (time.perf_counter() - started) / len(names) * 1e6
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    places = gazetteer.connection.execute("SELECT count(*) FROM places").fetchone()[0]
    print(f"gazetteer: {places:,} places, {'built and ' if fresh else ''}opened in {opened:.2f} s, "
          f"{per_lookup:.0f} µs a name, process peak {peak:.0f} MB ({cache_path()})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
