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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
