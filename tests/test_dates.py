"""The date resolver on tests/data/dates.tsv: real expressions from FA-KES and constructed
ones, each with its publication date and the day or range it names (tests/data/DATES.md)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from polybius.resolve.dates import resolve_date

TABLE = Path(__file__).parent / "data" / "dates.tsv"


def rows():
    with TABLE.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


ROWS = list(rows())


def test_the_table_is_large_and_mostly_real():
    assert len(ROWS) >= 100
    assert sum(r["source"].startswith("fa-kes:") for r in ROWS) >= 50


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['expression']}@{r['published']}" for r in ROWS])
def test_expression_resolves_as_the_conventions_say(row):
    found = resolve_date(row["expression"], row["published"], future=row["future"] == "yes")
    if not row["date"]:
        assert found is None
        return
    assert found is not None
    assert (found.date, found.date_end or "", found.precision) == (row["date"], row["date_end"], row["precision"])
