"""How far two blind coders of the same actor hand check agree, and the precision both give.

A hand check (``eval/actor_check_NN.jsonl``) is one coder's verdicts on 100 drawn mentions. A
second coder who judged the same sample blind (``eval/agreement/actor_check_NN_second.jsonl``,
the same records with their own ``verdict``) shows how much of a precision figure is the
coder's: each mention is "correct" or not for each coder, and the two are compared.

- **agreement**: the share of mentions both coders call correct, or both call not correct;
- **kappa**: Cohen's kappa on that binary call, agreement beyond what the two coders' rates of
  "correct" would give by chance;
- **adjudicated precision**: mentions both call correct, plus those a third reader, given
  both blind answers but not the system's, judged correct where the two disagreed
  (``--adjudicated``: JSON lines with ``check``, ``n`` and ``verdict``), with a 95 % Wilson
  interval.

The pair's records must be the same sample (same ``n``, article, sentence, mention and
resolution); anything else is an error naming the file. Usage::

    python -m polybius.evaluate.agreement FIRST.jsonl SECOND.jsonl [FIRST SECOND ...]
        [--adjudicated eval/agreement/adjudicated.jsonl]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from dataclasses import dataclass, field
from typing import Any

_SAME = ("article_id", "sentence", "mention", "resolved")


@dataclass
class Pair:
    """Two coders' verdicts on one sample, by record number."""

    check: str
    first: dict[int, str]
    second: dict[int, str]
    disagreements: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.disagreements = [n for n in sorted(self.first) if _ok(self.first[n]) != _ok(self.second[n])]


def _ok(verdict: str) -> bool:
    return verdict == "correct"


def _records(path: str) -> dict[int, dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    if any("verdict" not in r or "n" not in r for r in records):
        raise ValueError(f"{path}: every record needs 'n' and 'verdict'")
    return {int(r["n"]): r for r in records}


def check_name(path: str) -> str:
    """The check's number in its file name ("eval/actor_check_61.jsonl" → "61")."""
    found = re.search(r"actor_check_(\d+)", path)
    return found.group(1) if found else path


def read_pair(first_path: str, second_path: str) -> Pair:
    """The two coders' verdicts, after checking that they judged the same sample."""
    first, second = _records(first_path), _records(second_path)
    if set(first) != set(second):
        raise ValueError(f"{second_path}: records {sorted(set(first) ^ set(second))} are not in both files")
    for n, record in first.items():
        for key in _SAME:
            if record.get(key) != second[n].get(key):
                raise ValueError(f"{second_path}: record {n} has another {key} than {first_path}")
    return Pair(check_name(first_path), {n: r["verdict"] for n, r in first.items()},
                {n: r["verdict"] for n, r in second.items()})


def kappa(pairs: list[Pair]) -> tuple[float, float]:
    """Binary agreement and Cohen's kappa over all the pairs' mentions."""
    calls = [(_ok(p.first[n]), _ok(p.second[n])) for p in pairs for n in p.first]
    if not calls:
        return 0.0, 0.0
    agree = sum(a == b for a, b in calls) / len(calls)
    rate_a = sum(a for a, _ in calls) / len(calls)
    rate_b = sum(b for _, b in calls) / len(calls)
    chance = rate_a * rate_b + (1 - rate_a) * (1 - rate_b)
    return agree, (agree - chance) / (1 - chance) if chance < 1 else 1.0


def wilson(correct: int, total: int, z: float = 1.96) -> tuple[float, float]:
    """The 95 % Wilson score interval of a share."""
    if total == 0:
        return 0.0, 0.0
    share = correct / total
    centre = share + z * z / (2 * total)
    spread = z * math.sqrt(share * (1 - share) / total + z * z / (4 * total * total))
    scale = 1 + z * z / total
    return (centre - spread) / scale, (centre + spread) / scale


def adjudicated_correct(pairs: list[Pair], verdicts: dict[tuple[str, int], str]) -> tuple[int, int]:
    """Mentions correct after adjudication, and mentions in all; every disagreement must be
    adjudicated."""
    correct = total = 0
    for pair in pairs:
        for n in pair.first:
            total += 1
            if n in pair.disagreements:
                if (pair.check, n) not in verdicts:
                    raise ValueError(f"check {pair.check} n {n}: the coders disagree and no adjudication is given")
                correct += _ok(verdicts[(pair.check, n)])
            else:
                correct += _ok(pair.first[n])
    return correct, total


def read_adjudication(path: str) -> dict[tuple[str, int], str]:
    with open(path, encoding="utf-8") as handle:
        return {(str(r["check"]), int(r["n"])): r["verdict"] for r in map(json.loads, filter(str.strip, handle))}


def report(pairs: list[Pair], verdicts: dict[tuple[str, int], str] | None) -> list[str]:
    lines = []
    for pair in pairs:
        size = len(pair.first)
        one = sum(map(_ok, pair.first.values()))
        two = sum(map(_ok, pair.second.values()))
        lines.append(f"check {pair.check}: {size} mentions, first coder {one} correct, second {two}, "
                     f"disagree on {len(pair.disagreements)} {pair.disagreements}")
    agree, k = kappa(pairs)
    size = sum(len(p.first) for p in pairs)
    lines.append(f"all: {size} mentions, agreement {agree:.3f}, kappa {k:.3f}")
    if verdicts is not None:
        correct, total = adjudicated_correct(pairs, verdicts)
        low, high = wilson(correct, total)
        lines.append(f"adjudicated precision {correct}/{total} = {correct / total:.4f} (95 % Wilson {low:.4f}-{high:.4f})")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", help="FIRST SECOND pairs of judged check files")
    parser.add_argument("--adjudicated", help="JSON lines of check, n, verdict for the disagreements")
    args = parser.parse_args(argv)
    if len(args.files) % 2:
        parser.error("give the judged files in pairs: FIRST SECOND")
    try:
        pairs = [read_pair(a, b) for a, b in zip(args.files[::2], args.files[1::2])]
        verdicts = read_adjudication(args.adjudicated) if args.adjudicated else None
        print("\n".join(report(pairs, verdicts)))
    except (OSError, ValueError, KeyError) as error:
        print(f"agreement: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
