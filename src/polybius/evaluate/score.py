"""``polybius evaluate``: run the pipeline on gold articles and score its events.

Matching (per article, one-to-one). Every gold event is paired with at most one predicted
event of the same article and vice versa. A pair is allowed when the gold event names no
sentence or the predicted event comes from that sentence (whitespace-insensitive). Each
allowed pair scores 1, plus 4 when the triggers share a word, plus 2 for the same PLOVER
type, plus 1 for the same ACLED event type, plus ½ each for the same ACLED sub-event type
and CAMEO code, plus ¼ each for the same actor, recipient and date (tie-breakers). Pairs
are then taken best-first (highest score, then document order) while both events are free:
on news articles, where a sentence holds one to three events, this greedy choice is the
optimal assignment in practice and is easy to reproduce by hand.

Detection counts matched pairs whatever their types; typing counts pairs whose types agree.
Actors, recipients, places, dates, fatalities and modality are scored on pairs whose PLOVER
types agree (or whose gold event has none), over the gold events that give the field.
An article with scope ``acled`` (an ACLED import) annotates only events in ACLED's scope, so
only predictions with an ACLED type and modality ``asserted`` count there.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date as Date
from typing import Any

from polybius.evaluate.gold import GoldArticle, GoldEvent
from polybius.evaluate.places import distance_km
from polybius.model import PLOVER_TYPES, Article

NONE = "(none)"
FIELDS = ("actor", "recipient")
PARTY_MEASURES = ("words", "entity", "country", "sector", "code")


def _norm(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def _words(text: str | None) -> set[str]:
    stop = {"the", "a", "an", "of"}
    return {w.strip(".,'\"()").casefold() for w in (text or "").split()} - stop - {""}


def same_sentence(gold: GoldEvent, predicted: dict[str, Any]) -> bool:
    if not gold.sentence:
        return True
    g, p = _norm(gold.sentence), _norm(predicted.get("sentence"))
    return bool(p) and (g == p or g in p or p in g)


def pair_score(gold: GoldEvent, predicted: dict[str, Any]) -> float:
    """How well a predicted event fits a gold one; 0 = they cannot be paired."""
    if not same_sentence(gold, predicted):
        return 0.0
    score = 1.0
    if gold.trigger and _words(gold.trigger) & _words((predicted.get("trigger") or {}).get("text")):
        score += 4
    if gold.event_type and gold.event_type == predicted.get("event_type"):
        score += 2
    if gold.acled_event_type and gold.acled_event_type == predicted.get("acled_event_type"):
        score += 1
    if gold.acled_sub_event_type and gold.acled_sub_event_type == predicted.get("acled_sub_event_type"):
        score += 0.5
    if gold.cameo_code and gold.cameo_code == predicted.get("cameo_code"):
        score += 0.5
    # small tie-breakers between events of one sentence with the same trigger and type
    for name in FIELDS:
        said = {_norm(p.get(k)) for p in _parties(predicted.get(name)) for k in ("text", "name", "acled_name") if p.get(k)}
        if any(_norm(g.get("text") or g.get("name")) in said for g in getattr(gold, name) or []):
            score += 0.25
    if gold.date and gold.date == predicted.get("date"):
        score += 0.25
    return score


def match(gold: list[GoldEvent], predicted: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Best-first one-to-one pairs (gold index, predicted index)."""
    candidates = [(-pair_score(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(predicted)]
    pairs, used_gold, used_pred = [], set(), set()
    for negative, i, j in sorted(candidates):
        if negative < 0 and i not in used_gold and j not in used_pred:
            pairs.append((i, j))
            used_gold.add(i)
            used_pred.add(j)
    return sorted(pairs)


def _parties(value: Any) -> list[dict[str, Any]]:
    if not value:
        return []
    return value if isinstance(value, list) else [value]


def _party_right(gold_party: dict[str, Any], predicted: list[dict[str, Any]], measure: str) -> bool:
    """Whether some predicted party agrees with ``gold_party`` on ``measure``."""
    for p in predicted:
        if measure == "words":
            said = " ".join(filter(None, (p.get("text"), p.get("antecedent"))))
            if _words(gold_party["text"]) & _words(said):
                return True
        elif measure == "entity":
            if gold_party.get("entity_id"):
                if gold_party["entity_id"] == p.get("entity_id"):
                    return True
            elif _norm(gold_party["name"]) in {_norm(p.get(k)) for k in ("acled_name", "name", "text") if p.get(k)}:
                return True
        elif measure == "code":
            if gold_party["cameo_code"] == p.get("cameo_code"):
                return True
        elif gold_party[measure] == p.get(measure):
            return True
    return False


def _measure_field(measure: str) -> tuple[str, ...]:
    return {"words": ("text",), "entity": ("entity_id", "name"), "code": ("cameo_code",)}.get(measure, (measure,))


def party_scores(gold: list[dict[str, Any]] | None, predicted: Any) -> dict[str, bool]:
    """measure → right, for each measure the gold parties give (all of them must be found)."""
    predicted_parties = _parties(predicted)
    out: dict[str, bool] = {}
    for measure in PARTY_MEASURES:
        relevant = [g for g in gold or [] if any(g.get(k) for k in _measure_field(measure))]
        if relevant:
            out[measure] = all(_party_right(g, predicted_parties, measure) for g in relevant)
    return out


def _day(text: str | None) -> Date | None:
    try:
        return Date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


@dataclass(slots=True)
class Tally:
    right: int = 0
    n: int = 0

    def add(self, ok: bool) -> None:
        self.right += ok
        self.n += 1

    def as_dict(self) -> dict[str, Any]:
        return {"accuracy": round(self.right / self.n, 4) if self.n else None, "right": self.right, "n": self.n}


def prf(tp: int, predicted: int, gold: int) -> dict[str, Any]:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "predicted": predicted, "gold": gold}


@dataclass(slots=True)
class Evaluation:
    articles: int = 0
    gold: int = 0
    predicted: int = 0
    detected: int = 0
    typed: Counter = field(default_factory=Counter)
    gold_types: Counter = field(default_factory=Counter)
    pred_types: Counter = field(default_factory=Counter)
    acled_on: bool = False
    acled: Counter = field(default_factory=Counter)
    acled_gold: Counter = field(default_factory=Counter)
    acled_pred: Counter = field(default_factory=Counter)
    acled_sub: Counter = field(default_factory=Counter)
    acled_sub_gold: int = 0
    acled_sub_pred: int = 0
    tallies: dict[str, Tally] = field(default_factory=dict)
    confusion: Counter = field(default_factory=Counter)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def tally(self, name: str, ok: bool) -> None:
        self.tallies.setdefault(name, Tally()).add(ok)

    def add_article(self, article: GoldArticle, predicted: list[dict[str, Any]]) -> None:
        gold = article.events
        acled = any(e.acled_event_type for e in gold) or article.scope == "acled"
        self.articles += 1
        self.gold += len(gold)
        self.predicted += len(predicted)
        self.gold_types.update(e.event_type for e in gold if e.event_type)
        self.pred_types.update(p["event_type"] for p in predicted)
        if acled:
            self.acled_on = True
            self.acled_gold.update(e.acled_event_type for e in gold if e.acled_event_type)
            self.acled_pred.update(p["acled_event_type"] for p in predicted if p.get("acled_event_type"))
            self.acled_sub_gold += sum(1 for e in gold if e.acled_sub_event_type)
            if article.scope == "acled" or any(e.acled_sub_event_type for e in gold):  # else sub-types are not annotated
                self.acled_sub_pred += sum(1 for p in predicted if p.get("acled_sub_event_type"))
        pairs = match(gold, predicted)
        self.detected += len(pairs)
        errors: dict[str, dict[str, list[str]]] = {}

        def note(sentence: str | None, kind: str, text: str) -> None:
            entry = errors.setdefault(sentence or article.text[:300], {"missed": [], "spurious": [], "mistyped": [], "fields": []})
            entry[kind].append(text)

        for i, j in pairs:
            g, p = gold[i], predicted[j]
            self.confusion[(g.event_type or NONE, p["event_type"])] += 1
            if g.event_type == p["event_type"]:
                self.typed[g.event_type] += 1
            elif g.event_type:
                note(p.get("sentence"), "mistyped", f"{g.event_type}→{p['event_type']}:{p['trigger']['text']}")
            if acled and g.acled_event_type and g.acled_event_type == p.get("acled_event_type"):
                self.acled[g.acled_event_type] += 1
            if acled and g.acled_sub_event_type and g.acled_sub_event_type == p.get("acled_sub_event_type"):
                self.acled_sub[g.acled_sub_event_type] += 1
            if g.event_type in (None, p["event_type"]):
                for problem in self.score_fields(g, p):
                    note(p.get("sentence"), "fields", f"{p['trigger']['text']}: {problem}")
        matched_gold, matched_pred = {i for i, _ in pairs}, {j for _, j in pairs}
        for i, g in enumerate(gold):
            if i not in matched_gold:
                self.confusion[(g.event_type or NONE, NONE)] += 1
                note(g.sentence, "missed", f"{g.event_type or g.acled_sub_event_type or g.cameo_code}:{g.trigger or ''}")
        for j, p in enumerate(predicted):
            if j not in matched_pred:
                self.confusion[(NONE, p["event_type"])] += 1
                note(p.get("sentence"), "spurious", f"{p['event_type']}:{p['trigger']['text']}")
        for sentence, entry in errors.items():
            self.errors.append({"article_id": article.id, "sentence": sentence, **entry})

    def score_fields(self, g: GoldEvent, p: dict[str, Any]) -> list[str]:
        """Tally every attribute the gold event gives; returns what was wrong, for the error list."""
        wrong = []
        for name in FIELDS:
            for measure, ok in party_scores(getattr(g, name), p.get(name)).items():
                self.tally(f"{name}_{measure}", ok)
                if not ok:
                    wrong.append(f"{name} {measure}")
        place, got = g.place or {}, p.get("location") or {}
        if place.get("lat") is not None and place.get("lon") is not None:
            km = distance_km(place["lat"], place["lon"], got["lat"], got["lon"]) if got.get("lat") is not None else None
            self.tally("place_25km", km is not None and km <= 25)
            self.tally("place_161km", km is not None and km <= 161)
            if km is None or km > 25:
                wrong.append(f"place {got.get('name') or got.get('text')} ({'none' if km is None else round(km)} km)")
        elif place.get("name"):
            self.tally("place_name", _norm(place["name"]) in {_norm(got.get(k)) for k in ("name", "text") if got.get(k)})
        if g.date:
            want, day, end = _day(g.date), _day(p.get("date")), _day(p.get("date_end"))
            exact = day is not None and day == want
            near = day is not None and want is not None and (abs((day - want).days) <= 1 or (end is not None and day <= want <= end))
            self.tally("date_exact", exact)
            self.tally("date_within_1_day", near)
            if not exact:
                wrong.append(f"date {p.get('date')} for {g.date}")
        if g.fatalities is not None:
            ok = (p.get("fatalities") or 0) == g.fatalities  # no count stated reads as 0, as ACLED writes it
            self.tally("fatalities_exact", ok)
            if not ok:
                wrong.append(f"fatalities {p.get('fatalities')} for {g.fatalities}")
        if g.modality:
            self.tally("modality", g.modality == p.get("modality"))
            if g.modality != p.get("modality"):
                wrong.append(f"modality {p.get('modality')} for {g.modality}")
        return wrong

    def summary(self) -> dict[str, Any]:
        typed_tp = sum(self.typed.values())
        out: dict[str, Any] = {
            "articles": self.articles, "gold_events": self.gold, "predicted_events": self.predicted,
            "detection": prf(self.detected, self.predicted, self.gold),
            "typing": prf(typed_tp, self.predicted, sum(self.gold_types.values())),
            "per_type": {t: prf(self.typed[t], self.pred_types[t], self.gold_types[t])
                         for t in PLOVER_TYPES if self.gold_types[t] or self.pred_types[t]},
        }
        if self.acled_on:
            out["acled_event_type"] = prf(sum(self.acled.values()), sum(self.acled_pred.values()), sum(self.acled_gold.values()))
            out["acled_sub_event_type"] = prf(sum(self.acled_sub.values()), self.acled_sub_pred, self.acled_sub_gold)
            out["acled_per_type"] = {t: prf(self.acled[t], self.acled_pred[t], self.acled_gold[t])
                                     for t in sorted(set(self.acled_gold) | set(self.acled_pred))}
        out["attributes"] = {name: tally.as_dict() for name, tally in sorted(self.tallies.items())}
        labels = [t for t in PLOVER_TYPES if any(t in key for key in self.confusion)] + [NONE]
        out["confusion"] = {"labels": labels, "rows_gold_columns_predicted":
                            [[self.confusion[(g, p)] for p in labels] for g in labels]}
        return out

    def worst(self, count: int) -> list[dict[str, Any]]:
        def weight(e: dict[str, Any]) -> int:
            return 2 * (len(e["missed"]) + len(e["spurious"]) + len(e["mistyped"])) + len(e["fields"])

        return sorted(self.errors, key=lambda e: -weight(e))[:count]


def in_acled_scope(record: dict[str, Any]) -> bool:
    return bool(record.get("acled_event_type")) and record.get("modality") == "asserted"


def predict(articles: list[GoldArticle], batch_size: int = 64) -> dict[str, list[dict[str, Any]]]:
    """The pipeline's events for every gold article, as public records."""
    from polybius.pipeline import process

    inputs = [Article(text=a.text, published=a.published, source=a.source, url=a.url, id=a.id) for a in articles]
    return {r.article.id: [e.to_dict() for e in r.events] for r in process(inputs, batch_size=batch_size)}


def evaluate(articles: list[GoldArticle], batch_size: int = 64) -> Evaluation:
    predictions = predict(articles, batch_size)
    result = Evaluation()
    for article in articles:
        predicted = predictions.get(article.id, [])
        if article.scope == "acled":
            predicted = [p for p in predicted if in_acled_scope(p)]
        result.add_article(article, predicted)
    return result


def _prf_line(label: str, row: dict[str, Any]) -> str:
    return f"{label:<22} P {row['precision']:.3f}  R {row['recall']:.3f}  F1 {row['f1']:.3f}  (tp {row['tp']}, pred {row['predicted']}, gold {row['gold']})"


def format_report(summary: dict[str, Any], worst: list[dict[str, Any]]) -> str:
    lines = [
        f"articles {summary['articles']}, gold events {summary['gold_events']}, predicted {summary['predicted_events']}",
        _prf_line("detection", summary["detection"]),
        _prf_line("typing (PLOVER)", summary["typing"]),
    ]
    if "acled_event_type" in summary:
        lines.append(_prf_line("ACLED event type", summary["acled_event_type"]))
        lines.append(_prf_line("ACLED sub-event type", summary["acled_sub_event_type"]))
    lines += ["", f"{'attribute':<22} {'accuracy':>8} {'right':>6} {'n':>6}"]
    for name, row in summary["attributes"].items():
        accuracy = "" if row["accuracy"] is None else f"{row['accuracy']:.3f}"
        lines.append(f"{name:<22} {accuracy:>8} {row['right']:>6} {row['n']:>6}")
    lines += ["", f"{'PLOVER type':<12} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}"]
    for event_type, row in summary["per_type"].items():
        lines.append(f"{event_type:<12} {row['gold']:>5} {row['predicted']:>5} {row['precision']:>6.3f} {row['recall']:>6.3f} {row['f1']:>6.3f}")
    if summary.get("acled_per_type"):
        lines += ["", f"{'ACLED event type':<28} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}"]
        for event_type, row in summary["acled_per_type"].items():
            lines.append(f"{event_type:<28} {row['gold']:>5} {row['predicted']:>5} {row['precision']:>6.3f} {row['recall']:>6.3f} {row['f1']:>6.3f}")
    labels = summary["confusion"]["labels"]
    short = [label[:5] for label in labels]
    lines += ["", "confusion (rows gold, columns predicted)", f"{'':<10}" + "".join(f"{s:>6}" for s in short)]
    for label, row in zip(labels, summary["confusion"]["rows_gold_columns_predicted"]):
        lines.append(f"{label[:10]:<10}" + "".join(f"{n:>6}" if n else f"{'.':>6}" for n in row))
    if worst:
        lines += ["", f"worst {len(worst)} sentences"]
        for error in worst:
            lines.append(f"\n[{error['article_id']}] {error['sentence']}")
            for kind in ("missed", "spurious", "mistyped", "fields"):
                if error[kind]:
                    lines.append(f"  {kind}: {'; '.join(error[kind])}")
    return "\n".join(lines)


def write_report(result: Evaluation, path: str) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        json.dump({"summary": result.summary(), "errors": result.worst(len(result.errors))}, handle, indent=2, ensure_ascii=False)
