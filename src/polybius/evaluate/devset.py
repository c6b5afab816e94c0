"""Score the coder on the project's annotated development set (``eval/devset.jsonl``).

Each gold sentence is coded on its own, with its publication date. Predicted events are
matched one-to-one to gold events of the same sentence: first pairs of the same type whose
triggers overlap, then pairs of the same type, then (for detection only) any remaining
pair. Reported: detection P/R/F1 (an event found, whatever its type), typing P/R/F1 per
PLOVER type and overall, actor and recipient accuracy on typed matches (the predicted
words overlap the gold words), and modality accuracy on typed matches.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from polybius.model import PLOVER_TYPES, Article


@dataclass(slots=True)
class Scores:
    sentences: int = 0
    gold: int = 0
    predicted: int = 0
    detected: int = 0  # matched pairs of any type
    typed: Counter = field(default_factory=Counter)  # type → true positives
    gold_by_type: Counter = field(default_factory=Counter)
    predicted_by_type: Counter = field(default_factory=Counter)
    actor: list[bool] = field(default_factory=list)
    recipient: list[bool] = field(default_factory=list)
    modality: list[bool] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)

    @staticmethod
    def prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
        p = tp / predicted if predicted else 0.0
        r = tp / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def summary(self) -> dict[str, Any]:
        typed_tp = sum(self.typed.values())
        per_type = {
            t: dict(zip(("precision", "recall", "f1"), self.prf(self.typed[t], self.predicted_by_type[t], self.gold_by_type[t])),
                    gold=self.gold_by_type[t], predicted=self.predicted_by_type[t])
            for t in PLOVER_TYPES if self.gold_by_type[t] or self.predicted_by_type[t]
        }
        return {
            "sentences": self.sentences, "gold_events": self.gold, "predicted_events": self.predicted,
            "detection": dict(zip(("precision", "recall", "f1"), self.prf(self.detected, self.predicted, self.gold))),
            "typing": dict(zip(("precision", "recall", "f1"), self.prf(typed_tp, self.predicted, self.gold))),
            "per_type": per_type,
            "actor_accuracy": _mean(self.actor), "recipient_accuracy": _mean(self.recipient),
            "modality_accuracy": _mean(self.modality),
            "scored": {"actor": len(self.actor), "recipient": len(self.recipient), "modality": len(self.modality)},
        }


def _mean(values: list[bool]) -> float:
    return sum(values) / len(values) if values else 0.0


def _words(value: Any) -> set[str]:
    if value is None:
        return set()
    if isinstance(value, list):
        return set().union(*(_words(v) for v in value)) if value else set()
    if isinstance(value, dict):
        value = " ".join(filter(None, (value.get("text"), value.get("antecedent"))))
    return {w.strip(".,'\"()").lower() for w in str(value).split() if w.strip(".,'\"()").lower() not in ("the", "a", "an", "of")}


def _overlaps(a: str, b: str) -> bool:
    a_words, b_words = _words(a), _words(b)
    return bool(a_words & b_words)


def match(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """``(typed, untyped)`` one-to-one matches as (gold index, predicted index)."""
    free_gold = set(range(len(gold)))
    free_pred = set(range(len(predicted)))
    typed: list[tuple[int, int]] = []
    for need_overlap in (True, False):
        for g in sorted(free_gold):
            for p in sorted(free_pred):
                if gold[g]["event_type"] != predicted[p]["event_type"]:
                    continue
                if need_overlap and not _overlaps(gold[g]["trigger"], predicted[p]["trigger"]["text"]):
                    continue
                typed.append((g, p))
                free_gold.discard(g)
                free_pred.discard(p)
                break
    untyped = list(zip(sorted(free_gold), sorted(free_pred)))
    return typed, untyped


def load(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def score(items: list[dict[str, Any]], batch_size: int = 64) -> Scores:
    from polybius.pipeline import process

    articles = [Article(text=item["sentence"], published=item.get("published"), source=item.get("source"), id=item["id"]) for item in items]
    predictions = {r.article.id: [e.to_dict() for e in r.events] for r in process(articles, batch_size=batch_size)}
    scores = Scores()
    for item in items:
        gold = item["events"]
        predicted = predictions.get(item["id"], [])
        scores.sentences += 1
        scores.gold += len(gold)
        scores.predicted += len(predicted)
        scores.gold_by_type.update(e["event_type"] for e in gold)
        scores.predicted_by_type.update(e["event_type"] for e in predicted)
        typed, untyped = match(gold, predicted)
        scores.detected += len(typed) + len(untyped)
        for g, p in typed:
            scores.typed[gold[g]["event_type"]] += 1
            if gold[g].get("actor"):
                scores.actor.append(_overlaps(gold[g]["actor"], predicted[p]["actor"]) if predicted[p]["actor"] else False)
            if gold[g].get("recipient"):
                scores.recipient.append(_overlaps(gold[g]["recipient"], predicted[p]["recipient"]) if predicted[p]["recipient"] else False)
            scores.modality.append(gold[g]["modality"] == predicted[p]["modality"])
        matched_gold = {g for g, _ in typed}
        matched_pred = {p for _, p in typed}
        missed = [gold[g] for g in range(len(gold)) if g not in matched_gold]
        spurious = [predicted[p] for p in range(len(predicted)) if p not in matched_pred]
        if missed or spurious:
            scores.errors.append({
                "id": item["id"], "sentence": item["sentence"],
                "missed": [f"{e['event_type']}:{e['trigger']}" for e in missed],
                "spurious": [f"{e['event_type']}:{e['trigger']['text']}" for e in spurious],
            })
    return scores


def format_report(summary: dict[str, Any]) -> str:
    lines = [
        f"sentences {summary['sentences']}, gold events {summary['gold_events']}, predicted {summary['predicted_events']}",
        "detection  P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}".format(**summary["detection"]),
        "typing     P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}".format(**summary["typing"]),
        f"actor accuracy {summary['actor_accuracy']:.3f} (n={summary['scored']['actor']}), "
        f"recipient accuracy {summary['recipient_accuracy']:.3f} (n={summary['scored']['recipient']}), "
        f"modality accuracy {summary['modality_accuracy']:.3f} (n={summary['scored']['modality']})",
        "",
        f"{'type':<10} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}",
    ]
    for event_type, row in summary["per_type"].items():
        lines.append(f"{event_type:<10} {row['gold']:>5} {row['predicted']:>5} {row['precision']:>6.3f} {row['recall']:>6.3f} {row['f1']:>6.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Score the coder on the annotated development set.")
    parser.add_argument("devset", nargs="?", default="eval/devset.jsonl")
    parser.add_argument("--report", help="write the full report (with errors) as JSON here")
    parser.add_argument("--errors", type=int, default=0, help="print this many sentences with errors")
    options = parser.parse_args(argv)
    scores = score(load(options.devset))
    summary = scores.summary()
    print(format_report(summary))
    for error in scores.errors[: options.errors]:
        print(f"\n{error['id']}: {error['sentence']}\n  missed {error['missed']}\n  spurious {error['spurious']}")
    if options.report:
        with open(options.report, "w", encoding="utf-8") as handle:
            json.dump({"summary": summary, "errors": scores.errors}, handle, indent=2, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
