"""Fuzz and property tests (hypothesis): whatever the input, readers report a named
InputError or yield articles with text; sentence splitting and the coder keep every span
inside the text; the date resolvers return real days or None, and nothing else escapes.

Example counts are modest for CI; POLYBIUS_FUZZ_EXAMPLES=N multiplies them (docs/RELIABILITY.md).
"""

from __future__ import annotations

import io
import json
import os
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import polybius
from polybius.read import InputError, read
from polybius.read.dates import dateline_date, normalize_date, split_date_line
from polybius.read.html import article_from_html
from polybius.read.language import guess
from polybius.read.tabular import ColumnMap, read_csv, read_jsonl
from polybius.resolve.dates import resolve_date
from test_properties import spans  # every evidence span of a record

SCALE = int(os.environ.get("POLYBIUS_FUZZ_EXAMPLES", "1"))
PRECISIONS = {"day", "week", "month", "year", "range"}


def examples(n: int) -> settings:
    return settings(max_examples=n * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# -- readers on bytes ----------------------------------------------------------------------

_SUFFIXES = (".txt", ".html", ".jsonl", ".csv")

# Bytes that look like each format, broken in the ways files arrive broken.
FRAGMENTS = st.sampled_from([
    b"{", b"}", b'"text": ', b'"id": 1, ', b'{"text": "Rebels attacked Hama."}\n', b"\n", b"\r\n", b"\r", b",", b'"',
    b"text,id\n", b'"a ""quoted"" field"', b"<html>", b"<body>", b"<p>", b"</p>", b"<div>", b"<script>", b"<!--",
    b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00", b"\xe9", b"\xc3\xa9", b"\xed\xa0\x80", b"\xf0\x9f\x92\xa5",
    b"Troops fired on protesters in Basra on Monday.", b" date 2017-08-19\n", b"\\u0000", b"\\ud800", b"NaN", b"1e999",
])
FILE_BYTES = st.one_of(st.binary(max_size=600), st.lists(FRAGMENTS, max_size=40).map(b"".join))


def _check(articles: list, errors: list[InputError], name: str) -> None:
    for article in articles:
        assert isinstance(article.text, str) and article.text.strip()
        assert article.id
    for error in errors:
        assert name in str(error), str(error)


@examples(150)
@given(data=FILE_BYTES, suffix=st.sampled_from(_SUFFIXES))
def test_every_reader_takes_any_bytes(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(data)
        errors: list[InputError] = []
        articles = list(read(path, on_error=errors.append))
        _check(articles, errors, path.name)
        assert articles or errors  # every input yields something or says why not


# Markup the web serves: unclosed and misnested tags, stray entities, scripts, comments,
# CDATA, processing instructions, deep nesting.
TAGS = st.sampled_from(["div", "p", "span", "article", "table", "td", "script", "style", "a", "b", "html", "body", "head", "title", "main"])
HTML_PIECE = st.one_of(
    TAGS.map(lambda t: f"<{t}>"), TAGS.map(lambda t: f"</{t}>"), TAGS.map(lambda t: f"<{t} class='x' id=\"y"),
    st.sampled_from(["&amp;", "&#0;", "&#xD800;", "&bogus;", "<!--", "-->", "<![CDATA[", "]]>", "<?xml ?>", "<!DOCTYPE html>",
                     "<meta charset='latin-1'>", "<br/>", "\x00", "\ufeff", "<", ">", "Rebels attacked an army post near Hama. " * 3]),
    st.text(max_size=40),
)
HTML = st.one_of(st.lists(HTML_PIECE, max_size=60).map("".join),
                 st.integers(1, 1000).map(lambda depth: "<div>" * depth + "<p>Rebels attacked Hama on Friday.</p>" + "</div>" * depth))


@examples(60)
@given(HTML)
def test_html_reader_takes_any_markup(html: str) -> None:
    try:
        article = article_from_html(html, "fuzz.html")
    except InputError as error:
        assert "fuzz.html" in str(error)
    else:
        assert article.text.strip()


# JSON Lines built record by record: valid, truncated, of the wrong shape, with odd values.
JSON_VALUE = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30)),
    lambda children: st.one_of(st.lists(children, max_size=3), st.dictionaries(st.text(max_size=8), children, max_size=3)),
    max_leaves=8,
)
RECORD = st.dictionaries(st.sampled_from(["id", "text", "published", "title", "url", "source", "date", "body", "x"]), JSON_VALUE, max_size=6)
JSONL_LINE = st.one_of(
    RECORD.map(json.dumps),
    RECORD.map(lambda r: json.dumps(r)[: max(1, len(json.dumps(r)) // 2)]),  # cut off mid-record
    JSON_VALUE.map(json.dumps),  # a value that is not an object
    st.text(max_size=40),
)


@examples(150)
@given(st.lists(JSONL_LINE, max_size=12))
def test_jsonl_reader_counts_every_line(lines: list[str]) -> None:
    text = "\n".join(line.replace("\n", " ").replace("\r", " ") for line in lines)
    errors: list[InputError] = []
    articles = list(read_jsonl(io.StringIO(text, newline=""), "fuzz.jsonl", ColumnMap(), errors.append))
    _check(articles, errors, "fuzz.jsonl")
    # Each non-blank line is one article or one error, and errors carry their line.
    nonblank = sum(1 for line in io.StringIO(text, newline="") if line.strip())
    assert len(articles) + len(errors) == nonblank
    assert all(e.line is not None and 1 <= e.line for e in errors)


CSV_CELL = st.one_of(st.text(max_size=20), st.sampled_from(['"', '""', '"unclosed', "a,b", "x\ny", "\r", "\x00", "Rebels attacked Hama."]))


@examples(150)
@given(header=st.lists(st.sampled_from(["text", "id", "title", "date", "body", "", "text"]), max_size=5),
       rows=st.lists(st.lists(CSV_CELL, max_size=6), max_size=8))
def test_csv_reader_takes_any_table(header: list[str], rows: list[list[str]]) -> None:
    text = "\n".join([",".join(header)] + [",".join(row) for row in rows])
    errors: list[InputError] = []
    try:
        articles = list(read_csv(io.StringIO(text, newline=""), "fuzz.csv", ColumnMap(), errors.append))
    except InputError as error:  # no text column: the whole file is refused, named
        assert "fuzz.csv" in str(error)
        return
    _check(articles, errors, "fuzz.csv")


# -- sentences and the coder on any text ------------------------------------------------------

NEWS_WORDS = st.sampled_from([
    "Rebels", "attacked", "the army", "near", "Aleppo", "on Friday", ",", ".", "killing", "six", "civilians", "IS", "U.S.",
    "Hezbollah", "denied", "\"", "“", "”", "(", ")", "[", "]", "said", "Lebanese", "forces", "in", "last week", "\n", "\n\n",
    "protesters", "were", "arrested", "30000 months ago", "February 30", "1,000,000", "Mr.", "e.g.", "!", "?", "…", "—",
    "\u200b", "\u00a0", "\u202e", "é", "ﬁ", "💥", "Ⅻ", "\t", "\r\n", "Dr.Smith", "arms.\"IS", "on Friday.The source",
])
ANY_TEXT = st.one_of(
    st.lists(NEWS_WORDS, min_size=1, max_size=50).map(" ".join),
    st.lists(NEWS_WORDS, min_size=1, max_size=50).map("".join),
    st.text(min_size=1, max_size=400),
    st.text(alphabet=st.characters(categories=["Zs", "Zl", "Zp", "Cc", "Cf", "Mn", "Po", "Ps", "Pe", "Pi", "Pf"]), min_size=1, max_size=80),
)
# Any day the API or a record could carry, the edges of the calendar included.
PUBLISHED = st.one_of(st.none(), st.dates().map(date.isoformat), st.dates(date(1990, 1, 1), date(2030, 12, 31)).map(date.isoformat),
                      st.sampled_from(["0001-01-01", "9999-12-31"]))


@pytest.fixture(scope="module")
def nlp():
    from polybius.analyse import load_pipeline

    return load_pipeline()


@examples(120)
@given(text=ANY_TEXT)
def test_sentences_tile_the_text(nlp, text: str) -> None:
    from polybius.analyse import restore_shadowed, shadow_text

    shadowed, positions = shadow_text(text)
    assert len(shadowed) == len(text)  # the stand-ins keep every offset
    doc = nlp(shadowed)
    restore_shadowed(doc, text, positions)
    previous_end = 0
    for sentence in doc.sents:
        start, end = sentence.start_char, sentence.end_char
        assert previous_end <= start <= end <= len(text)  # in order, never overlapping
        assert text[start:end].strip()  or not sentence.text.strip()
        previous_end = end
    for token in doc:  # tokens carry the stand-ins ("IS" → "ZZ") at the text's own offsets
        assert shadowed[token.idx:token.idx + len(token.text)] == token.text


def _is_day(value: str | None) -> bool:
    if value is None:
        return True
    date.fromisoformat(value)
    return True


@examples(100)
@given(text=ANY_TEXT, published=PUBLISHED)
def test_coder_on_any_text_and_date(text: str, published: str | None) -> None:
    for event in polybius.extract(text, published=published):
        record = event.to_dict()
        start, end = record["sentence_span"]
        assert text[start:end] == record["sentence"]
        for item in spans(record):
            start, end = item["span"]
            assert 0 <= start <= end <= len(text) and text[start:end] == item["text"]
        assert _is_day(record["date"]) and _is_day(record["date_end"])
        for count in ("fatalities", "injured", "arrested"):
            assert record[count] is None or record[count] >= 0


# -- dates ----------------------------------------------------------------------------------

NUMBER = st.one_of(st.integers(0, 40), st.integers(0, 10**7)).map(str)
DATE_WORD = st.one_of(
    NUMBER,
    st.sampled_from(["January", "Feb.", "sept", "May", "june", "Dec", "Monday", "friday", "last", "next", "this", "past", "ago",
                     "days", "weeks", "months", "years", "day", "week", "a", "an", "twelve", "between", "and", "from", "to",
                     "-", "–", "of", ",", ".", "yesterday", "tomorrow", "today", "earlier", "later", "month", "year",
                     "in", "early", "mid-", "1900", "2017", "2099", "0001", "9999", "31st", "29", "2017-02-29", "2016-02-29",
                     "9999-12-31", "0001-01-01", "2017-13-45"]),
)
MONTH = st.sampled_from(["January", "Feb.", "sept", "May", "june", "Dec"])
# The shapes the resolver reads, with numbers from the ordinary to the absurd.
SHAPED = st.one_of(
    st.builds("{} {} ago".format, NUMBER, st.sampled_from(["days", "weeks", "months", "years"])),
    st.builds("{} {}".format, st.sampled_from(["last", "next", "this", "past", ""]), st.sampled_from(["Monday", "sunday"])),
    st.builds("{} {}".format, MONTH, NUMBER), st.builds("{} {} {}".format, NUMBER, MONTH, NUMBER),
    st.builds("between {} and {} {}".format, NUMBER, NUMBER, MONTH),
    st.sampled_from(["yesterday", "tomorrow", "last week", "next month", "earlier this year", "later this month", "in May"]),
)
EXPRESSION = st.one_of(SHAPED, st.lists(DATE_WORD, min_size=1, max_size=8).map(" ".join), st.text(max_size=40))
EDGE_DAYS = st.sampled_from(["0001-01-01", "0001-01-07", "9999-12-31", "9999-12-25", "2016-02-29", "1900-01-01"])


@examples(600)
@given(expression=EXPRESSION, published=st.one_of(PUBLISHED, EDGE_DAYS, st.text(max_size=12)), future=st.booleans())
def test_date_resolver_gives_real_days_or_none(expression: str, published: str | None, future: bool) -> None:
    when = resolve_date(expression, published, future)
    if when is None:
        return
    start = date.fromisoformat(when.date)
    assert when.precision in PRECISIONS
    if when.date_end is not None:
        assert start <= date.fromisoformat(when.date_end)
    if when.precision == "day":
        assert when.date_end is None


@examples(300)
@given(st.one_of(st.text(max_size=60), st.lists(DATE_WORD, max_size=6).map(" ".join)))
def test_publication_dates_from_any_text(text: str) -> None:
    found = normalize_date(text)
    if found is not None:
        assert date.fromisoformat(found).year >= 1900
    published, body, offset = split_date_line(text)
    assert body == text[offset:]
    if published is not None:
        date.fromisoformat(published)
    dated = dateline_date(text)
    if dated is not None:
        date.fromisoformat(dated)


@examples(200)
@given(st.text(max_size=500))
def test_language_guess_takes_any_text(text: str) -> None:
    found = guess(text)
    assert found.english or found.language


# -- WARC archives (read/warc.py, when present) ----------------------------------------------

def _warc_module():
    return pytest.importorskip("polybius.read.warc", reason="no WARC reader (src/polybius/read/warc.py) yet")


@examples(100)
@given(data=st.one_of(st.binary(max_size=600), st.lists(st.sampled_from([
    b"WARC/1.0\r\n", b"WARC-Type: response\r\n", b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 30\r\n\r\n", b"WARC-Type: warcinfo\r\n", b"WARC-Target-URI: http://example.com/a\r\n",
    b"Content-Type: application/http; msgtype=response\r\n", b"Content-Length: 120\r\n", b"Content-Length: -5\r\n",
    b"Content-Length: 99999999999\r\n", b"\r\n", b"HTTP/1.1 200 OK\r\n", b"Content-Type: text/html\r\n",
    b"<html><body><p>Rebels attacked an army post near Hama on Friday.</p></body></html>", b"\x1f\x8b\x08\x00", b"\x00",
]), max_size=30).map(b"".join)), gzipped=st.booleans())
def test_warc_reader_takes_any_bytes(data: bytes, gzipped: bool) -> None:
    _warc_module()
    import gzip

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("fuzz.warc.gz" if gzipped else "fuzz.warc")
        path.write_bytes(gzip.compress(data) if gzipped else data)
        errors: list[InputError] = []
        articles = list(read(path, on_error=errors.append))
        _check(articles, errors, path.name)
