"""Fit and test the confidence of actor resolutions (``data/actors/confidence.tsv``).

Each hand-checked mention (``eval/**/actor_check_*.jsonl``) is found again in a store made
by the current code (``actor_check.find_again``). Where the resolution is still the one the
coder judged, or has become the answer the coder expected, its verdict holds: right when
judged correct (or now fixed), not right when judged partial or wrong and unchanged. Changed
and lost mentions have no verdict and are left out. The stored ``basis`` of each party
(``polybius.resolve.confidence``) then groups the verdicts.

- ``fit STORE CHECK...`` writes the table: per basis, judged, right, and the confidence
  ``(right + 1) / (judged + 2)`` (a rule of succession, so that a basis seen a few times is
  not given 0 or 1).
- ``report STORE CHECK...`` scores the shipped table on checks it was not fitted on: per
  basis, the judged precision against the table's confidence; the Brier score; and, for
  each threshold, the precision of the resolutions kept and the share kept.

Usage: ``python -m polybius.evaluate.confidence fit|report STORE CHECK.jsonl [CHECK.jsonl ...]``
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from polybius.evaluate.actor_check import find_again, judge, parties_by_sentence
from polybius.resolve.confidence import BASES, confidence_table

THRESHOLDS = (0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9)


@dataclass(frozen=True, slots=True)
class Verdict:
    """One judged mention found again with its judgement still standing."""

    check: str
    n: int
    basis: str
    right: bool


def verdicts(store: str, checks: Iterable[str]) -> list[Verdict]:
    """The standing verdicts of ``checks`` on the resolutions of ``store``."""
    parties = parties_by_sentence(store)
    found: list[Verdict] = []
    for path in checks:
        with open(path, encoding="utf-8") as handle:
            cases = [json.loads(line) for line in handle if line.strip()]
        for case in cases:
            now, _ = find_again(case["mention"], parties.get((case["article_id"], case["sentence"]), []))
            outcome = judge(case, now)
            if now is None or outcome in ("changed", "lost") or not now.get("basis"):
                continue  # no verdict on what it says now, or words resolved to no one
            found.append(Verdict(path, int(case["n"]), str(now["basis"]), outcome == "correct"))
    return found


def fit(found: list[Verdict]) -> list[tuple[str, int, int, float]]:
    """(basis, judged, right, confidence) for every basis, in ``BASES`` order."""
    rows = []
    for basis in BASES:
        judged = sum(1 for v in found if v.basis == basis)
        right = sum(1 for v in found if v.basis == basis and v.right)
        rows.append((basis, judged, right, round((right + 1) / (judged + 2), 3)))
    return rows


def write_table(rows: list[tuple[str, int, int, float]], sources: list[str], stream) -> None:
    stream.write("# The confidence of an actor resolution by its basis (polybius/resolve/confidence.py):\n")
    stream.write("# (right + 1) / (judged + 2) over the hand-checked mentions whose verdict still stands.\n")
    names = [os.path.basename(p) for p in sources]
    listed = " ".join(names) if len(names) <= 4 else f"{len(names)} checks, {names[0]} ... {names[-1]}"
    stream.write(f"# Fitted by `python -m polybius.evaluate.confidence fit` on {listed}\n")
    stream.write("basis\tjudged\tright\tconfidence\n")
    for basis, judged, right, confidence in rows:
        stream.write(f"{basis}\t{judged}\t{right}\t{confidence}\n")


def report(found: list[Verdict], table: dict[str, float]) -> dict[str, object]:
    """How well the table's confidence matches the verdicts of ``found``."""
    by_basis = []
    for basis in BASES:
        mine = [v for v in found if v.basis == basis]
        if mine:
            right = sum(v.right for v in mine)
            by_basis.append({"basis": basis, "judged": len(mine), "right": right,
                             "precision": round(right / len(mine), 3), "confidence": table.get(basis)})
    brier = sum((table.get(v.basis, 0.0) - v.right) ** 2 for v in found) / len(found) if found else None
    base_rate = sum(v.right for v in found) / len(found) if found else 0.0
    kept = []
    for threshold in THRESHOLDS:
        mine = [v for v in found if table.get(v.basis, 0.0) >= threshold]
        kept.append({"min_actor_confidence": threshold, "kept": len(mine), "share_kept": round(len(mine) / len(found), 3) if found else None,
                     "precision": round(sum(v.right for v in mine) / len(mine), 3) if mine else None})
    return {"judged": len(found), "precision": round(base_rate, 3), "brier": round(brier, 4) if brier is not None else None,
            "brier_of_one_rate": round(base_rate * (1 - base_rate), 4), "by_basis": by_basis, "thresholds": kept}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) < 3 or args[0] not in ("fit", "report"):
        print(__doc__, file=sys.stderr)
        return 2
    command, store, checks = args[0], args[1], args[2:]
    found = verdicts(store, checks)
    if command == "fit":
        write_table(fit(found), checks, sys.stdout)
    else:
        print_report(report(found, confidence_table()), sys.stdout)
    return 0


def print_report(result: dict[str, Any], stream) -> None:
    """The report as plain tables."""
    stream.write(f"judged {result['judged']}, precision {result['precision']}, Brier score {result['brier']} "
                 f"(one rate for all: {result['brier_of_one_rate']})\n\n")
    stream.write(f"{'basis':52s} {'judged':>6s} {'right':>6s} {'precision':>9s} {'table':>6s}\n")
    for row in result["by_basis"]:
        stream.write(f"{row['basis']:52s} {row['judged']:6d} {row['right']:6d} {row['precision']:9.3f} {row['confidence']:6.3f}\n")
    stream.write(f"\n{'min actor confidence':>20s} {'kept':>6s} {'share':>6s} {'precision':>9s}\n")
    for row in result["thresholds"]:
        precision = "" if row["precision"] is None else f"{row['precision']:9.3f}"
        stream.write(f"{row['min_actor_confidence']:20.2f} {row['kept']:6d} {row['share_kept']:6.3f} {precision:>9s}\n")


if __name__ == "__main__":
    sys.exit(main())
