"""Re-score the hand-checked actor resolutions (``eval/actor_check.jsonl``) on a new run.

The hand check judged 100 resolutions of one run. After a change, the same mentions are
looked up in a store that holds a new run over the same articles, and each is scored
against the coder's judgement:

- judged ``correct`` and resolved as before → still correct;
- judged ``partial``/``wrong`` with an expected answer, and now resolved to it → fixed;
- expected "not an actor", and the words are no longer a party in that sentence, or are
  one resolved to no one (a thing or a place kept as the target) → fixed;
- anything else that changed → ``changed``: it needs a new look, and counts as not
  correct here (so the estimate never flatters a change).

A mention is found again by its words in the same sentence of the same article. When
extraction has since trimmed debris off the front of the words ("Oct 2014 Islamic State
group jihadists" is now "Islamic State group jihadists"), the party whose words end the
judged words is the same mention; when it has since taken in words before the same head
("coalition" is now "US-led coalition"), the party whose words end with the judged words is.
The output counts how many were found each way.

Usage: ``python -m polybius.evaluate.actor_check STORE.duckdb [eval/actor_check.jsonl]``
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from typing import Any

import duckdb

_COUNTRY_SECTOR = re.compile(r"\((?P<country>[A-Z]{3})(?: or [A-Z]{3})*, (?P<sector>[A-Z]{3})\)")
_ENTITY = re.compile(r"^(?P<entity>[a-z][a-z0-9_]+)\b")


def parties_by_sentence(store: str) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """(article id, sentence) → every actor and recipient the store holds there."""
    db = duckdb.connect(store, read_only=True)
    rows = db.execute("SELECT article_id, sentence, record FROM events").fetchall()
    db.close()
    found: dict[tuple[str, str], list[tuple[int, int, str, dict[str, Any]]]] = {}
    for article_id, sentence, record in rows:
        event = json.loads(record)
        for order, role in enumerate(("actor", "recipient")):
            value = event.get(role)
            for party in value if isinstance(value, list) else ([value] if value else []):
                found.setdefault((article_id, sentence), []).append(
                    ((party.get("span") or [0])[0], order, str(event.get("event_id") or ""), party))
    # in text order, as ``actor_sample`` meets them: when one sentence holds the same words
    # twice, the sample's mention is the first of them, and so is the one found again; the same
    # words in several events are met in event-id order there too, not in the store's row order
    # (which differs between runs)
    return {key: [party for *_, party in sorted(parties, key=lambda p: p[:3])] for key, parties in found.items()}


def expectation(text: str | None) -> tuple[str, Any]:
    """The hand check's ``expected`` as ("none", None), ("entity", id) or ("cs", (ISO3, SECTOR))."""
    if not text:
        return ("unknown", None)
    if text.startswith("not an actor") or text.startswith("not one actor"):
        return ("none", None)
    match = _COUNTRY_SECTOR.search(text)
    if match and not _ENTITY.match(text):
        return ("cs", (match["country"], match["sector"]))
    match = _ENTITY.match(text)
    if match:
        return ("entity", match["entity"])
    return ("unknown", None)


def judge(case: dict[str, Any], now: dict[str, Any] | None) -> str:
    old = case["resolved"]
    if case["verdict"] == "correct":
        if now is None:
            return "lost"
        return "correct" if _same(now, old) else "changed"
    kind, value = expectation(case.get("expected"))
    if kind == "none":
        return "correct" if now is None or _resolves_to_no_one(now) else ("same" if _same(now, old) else "changed")
    if now is None:
        return "lost"
    if kind == "entity" and (now.get("entity_id") == value or not now.get("entity_id") and _less_specific(now, value)
                             and not _same(now, old)):
        # unchanged, a less specific answer judged partial keeps its verdict: the entity's first
        # country need not be the story's ("militants" of IS in Iraq, fifteenth check n 42)
        return "correct"
    if kind == "cs" and (now.get("country"), now.get("sector")) == value and not _same(now, old):
        # an answer judged wrong although its country and sector are the ones expected meant
        # something they cannot say (a local council, not the national government of the same
        # country and sector: eleventh check n 84); unchanged, its verdict stands
        return "correct"
    return "same" if _same(now, old) else "changed"


def _resolves_to_no_one(party: dict[str, Any]) -> bool:
    """A party kept as words only (a struck thing or place): no resolution to judge."""
    return not (party.get("entity_id") or party.get("country") or party.get("sector"))


def _less_specific(now: dict[str, Any], entity_id: str) -> bool:
    """The country and sector of the expected entity, without its name: right but less
    specific, which the hand check counts as correct ("regime forces" → Military Forces
    of Syria where the Syrian Arab Army was meant)."""
    from polybius.resolve.actors import load_actor_base

    entity = load_actor_base().by_id(entity_id)
    return entity is not None and entity.country is not None and (now.get("country"), now.get("sector")) == (entity.country, entity.sector)


def _same(now: dict[str, Any], old: dict[str, Any]) -> bool:
    return _identity(now) == _identity(old)


def _identity(resolution: dict[str, Any]) -> tuple[Any, ...]:
    """What a resolution says: a national body ("Syrian Arab Army") says no more than its
    country and sector ("Military Forces of Syria"), so the two are the same answer."""
    from polybius.resolve.actors import load_actor_base

    entity_id = resolution.get("entity_id")
    if entity_id and entity_id not in load_actor_base().national_ids():
        return (entity_id,)
    return (resolution.get("country"), resolution.get("sector"))


def rescore(store: str, cases_path: str) -> dict[str, Any]:
    parties = parties_by_sentence(store)
    with open(cases_path, encoding="utf-8") as handle:
        cases = [json.loads(line) for line in handle if line.strip()]
    outcomes: Counter[str] = Counter()
    details = []
    trimmed = grown = 0
    for case in cases:
        now, exact = find_again(case["mention"], parties.get((case["article_id"], case["sentence"]), []))
        if now is not None and not exact:
            if now["text"].endswith(" " + case["mention"]):
                grown += 1
            else:
                trimmed += 1
        outcome = judge(case, now)
        outcomes[outcome] += 1
        if outcome != "correct":
            details.append(f"n {case['n']} {case['verdict']}→{outcome}: {case['mention']!r} now "
                           f"{None if now is None else (now.get('entity_id'), now.get('country'), now.get('sector'))}")
    return {"cases": len(cases), "outcomes": dict(outcomes), "precision_estimate": round(outcomes["correct"] / len(cases), 3),
            "found_by_trimmed_words": trimmed, "found_by_grown_words": grown, "not_correct": details}


def find_again(mention: str, parties: list[dict[str, Any]]) -> tuple[dict[str, Any] | None, bool]:
    """The party of a sentence that is the judged mention, and whether its words are the
    same. Failing the same words, the longest party whose words end the mention's, after
    a word boundary: debris cut off the front ("Sat Nov 18 2017 20 civilians" → "20
    civilians"); failing that, the shortest party whose words end with the mention's: the
    same head with its modifiers taken in ("coalition" → "US-led coalition"). Never a
    party that lost its head, which is another reading. A changed party is then judged by
    its resolution, so a grown span that resolves otherwise counts as changed."""
    for party in parties:
        if party.get("text") == mention:
            return party, True
    tails = [p for p in parties if p.get("text") and mention.endswith(" " + p["text"])]
    if tails:
        return max(tails, key=lambda p: len(p["text"])), False
    grown = [p for p in parties if p.get("text") and p["text"].endswith(" " + mention)]
    return (min(grown, key=lambda p: len(p["text"])), False) if grown else (None, False)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    result = rescore(args[0], args[1] if len(args) > 1 else "eval/actor_check.jsonl")
    json.dump(result, sys.stdout, indent=1, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
