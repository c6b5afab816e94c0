"""Properties that hold for any input (hypothesis): readers never raise anything but a
named InputError, and every span the coder reports slices the text to its words."""

from __future__ import annotations

import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import polybius
from polybius.read import InputError
from polybius.read.tabular import ColumnMap, read_csv, read_jsonl
from polybius.read.text import article_from_text, decode

NEWSY = st.lists(
    st.sampled_from([
        "Rebels", "attacked", "the army", "near", "Aleppo", "on Friday", ",", ".", "killing", "six", "civilians",
        "IS", "Hezbollah", "denied", "that", "it", "would", "not", "the border", "\"", "(", ")", "Daesh", "said",
        "Lebanese", "forces", "surrendered", "to", "in", "Qalamoun", "last week", "protesters", "were", "arrested",
    ]),
    min_size=1, max_size=40,
).map(" ".join)
ANY_TEXT = st.text(min_size=1, max_size=300)


def spans(record: dict):
    yield record["trigger"]
    for role in ("actor", "recipient"):
        value = record[role]
        for party in value if isinstance(value, list) else ([value] if value else []):
            yield party
    for key in ("location", "reported_by"):
        if record[key]:
            yield record[key]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(NEWSY, ANY_TEXT))
def test_every_span_slices_the_text(text: str):
    for event in polybius.extract(text, published="2017-08-19"):
        record = event.to_dict()
        start, end = record["sentence_span"]
        assert text[start:end] == record["sentence"]
        for item in spans(record):
            start, end = item["span"]
            assert 0 <= start <= end <= len(text)
            assert text[start:end] == item["text"]
        assert record["modality"] in ("asserted", "negated", "hypothetical", "intended", "habitual")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_text_reader_takes_any_bytes(data: bytes):
    try:
        article = article_from_text(decode(data, "fuzz.txt"), "fuzz.txt")
    except InputError as error:
        assert "fuzz.txt" in str(error)
    else:
        assert article.text.strip()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_jsonl_and_csv_readers_name_every_bad_record(text: str):
    errors: list[InputError] = []
    articles = list(read_jsonl(io.StringIO(text), "fuzz.jsonl", ColumnMap(), errors.append))
    assert all(isinstance(a.text, str) and a.text.strip() for a in articles)
    assert all("fuzz.jsonl" in str(e) for e in errors)
    try:
        rows = list(read_csv(io.StringIO(text, newline=""), "fuzz.csv", ColumnMap(), errors.append))
    except InputError as error:
        assert "fuzz.csv" in str(error)
    else:
        assert all(a.text.strip() for a in rows)


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.sampled_from(["id", "text", "published", "title", "url", "source", "x"]),
                       st.one_of(st.none(), st.integers(), st.text(max_size=30), st.lists(st.integers(), max_size=2))))
def test_jsonl_records_of_any_shape(record: dict):
    errors: list[InputError] = []
    articles = list(read_jsonl(io.StringIO(json.dumps(record)), "fuzz.jsonl", ColumnMap(), errors.append))
    assert len(articles) + len(errors) == 1
