"""Agreement between two blind coders of one actor hand check, and the adjudicated precision."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from polybius.evaluate.agreement import adjudicated_correct, kappa, main, read_pair, wilson


def _write(path: Path, verdicts: list[str], mention: str = "the army") -> str:
    with path.open("w", encoding="utf-8") as handle:
        for n, verdict in enumerate(verdicts, 1):
            handle.write(json.dumps({"n": n, "article_id": "a1", "sentence": f"s{n}", "mention": mention,
                                     "resolved": {"entity_id": "syrian_arab_army"}, "verdict": verdict}) + "\n")
    return str(path)


def test_agreement_and_kappa_count_the_binary_call(tmp_path: Path):
    first = _write(tmp_path / "actor_check_7.jsonl", ["correct", "correct", "wrong", "partial"])
    second = _write(tmp_path / "second.jsonl", ["correct", "wrong", "wrong", "wrong"])
    pair = read_pair(first, second)
    assert pair.check == "7"
    assert pair.disagreements == [2]  # partial and wrong are both "not correct": no disagreement on n 4
    agree, k = kappa([pair])
    assert agree == 0.75
    # chance agreement: rates 0.5 and 0.25 → 0.5*0.25 + 0.5*0.75 = 0.5; kappa (0.75-0.5)/0.5
    assert k == pytest.approx(0.5)


def test_adjudication_decides_only_the_disagreements(tmp_path: Path):
    first = _write(tmp_path / "actor_check_7.jsonl", ["correct", "correct", "wrong"])
    second = _write(tmp_path / "second.jsonl", ["correct", "wrong", "wrong"])
    pair = read_pair(first, second)
    assert adjudicated_correct([pair], {("7", 2): "wrong"}) == (1, 3)
    assert adjudicated_correct([pair], {("7", 2): "correct"}) == (2, 3)
    with pytest.raises(ValueError, match="n 2"):
        adjudicated_correct([pair], {})


def test_a_second_coding_of_another_sample_is_refused_naming_the_file(tmp_path: Path, capsys):
    first = _write(tmp_path / "actor_check_7.jsonl", ["correct", "correct"])
    other = _write(tmp_path / "other.jsonl", ["correct", "correct"], mention="the regime")
    assert main([first, other]) == 2
    error = capsys.readouterr().err
    assert "other.jsonl" in error and "mention" in error


def test_wilson_interval_brackets_the_share():
    low, high = wilson(372, 393)
    assert low < 372 / 393 < high
    assert wilson(0, 0) == (0.0, 0.0)


def test_the_recorded_second_codings_match_their_first_samples():
    # eval/agreement: every second coding judged the very sample of its first check, and every
    # disagreement has an adjudicated verdict (the figures of eval/ACTOR_CHECK.md)
    root = Path(__file__).resolve().parents[1] / "eval"
    seconds = sorted((root / "agreement").glob("actor_check_*_second.jsonl"))
    assert seconds
    pairs = [read_pair(str(root / path.name.replace("_second", "")), str(path)) for path in seconds]
    verdicts = {(str(r["check"]), int(r["n"])): r["verdict"]
                for r in map(json.loads, (root / "agreement" / "adjudicated.jsonl").read_text().splitlines())}
    correct, total = adjudicated_correct(pairs, verdicts)
    assert total == sum(len(p.first) for p in pairs) and 0 < correct <= total
