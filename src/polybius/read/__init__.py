"""Readers: every input format becomes a stream of ``Article``s.

``read(path)`` picks the reader by extension; directories are read recursively in a
stable order and ``-`` reads standard input. Errors name the input (and the line): with
``on_error`` given, a bad file or record is reported and reading goes on.
"""

from __future__ import annotations

import codecs
import io
import sys
from collections.abc import Iterator
from pathlib import Path

from polybius.model import Article
from polybius.read.errors import InputError
from polybius.read.html import article_from_html, read_html_file
from polybius.read.tabular import ColumnMap, ErrorHandler, read_csv, read_jsonl
from polybius.read.text import article_from_text, decode, read_text_file
from polybius.read.warc import is_warc, read_warc

__all__ = ["ColumnMap", "InputError", "read", "read_many", "SUFFIXES"]

SUFFIXES: dict[str, str] = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv",
}


def _raise(error: InputError) -> None:
    raise error


def read(
    path: str | Path,
    *,
    columns: ColumnMap | None = None,
    input_format: str | None = None,
    on_error: ErrorHandler | None = None,
) -> Iterator[Article]:
    """Yield the articles in ``path`` (a file, a directory or ``-`` for stdin)."""
    handler = on_error or _raise
    columns = columns or ColumnMap()
    if str(path) == "-":
        yield from _read_stdin(columns, input_format, handler)
        return
    path = Path(path)
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            if (child.suffix.lower() in SUFFIXES or is_warc(child)) and not child.name.startswith("."):
                yield from _read_file(child, columns, input_format, handler)
        return
    if not path.exists():
        handler(InputError(str(path), "no such file or directory"))
        return
    yield from _read_file(path, columns, input_format, handler)


def read_many(paths: list[str], **options: object) -> Iterator[Article]:
    for path in paths:
        yield from read(path, **options)  # type: ignore[arg-type]


def _read_file(path: Path, columns: ColumnMap, input_format: str | None, handler: ErrorHandler) -> Iterator[Article]:
    kind = input_format or ("warc" if is_warc(path) else SUFFIXES.get(path.suffix.lower(), "text"))
    source = str(path)
    try:
        if kind == "warc":
            yield from read_warc(path, handler)
        elif kind == "text":
            yield read_text_file(path)
        elif kind == "html":
            yield read_html_file(path)
        elif kind == "jsonl":
            told = _Told(handler)
            yield from _not_silent(read_jsonl(_jsonl_lines(path.read_bytes(), source, told), source, columns, told), source, told)
        else:
            told = _Told(handler)
            rows = read_csv(io.StringIO(decode(path.read_bytes(), source), newline=""), source, columns, told)
            yield from _not_silent(rows, source, told)
    except InputError as exc:
        handler(exc)
    except OSError as exc:
        handler(InputError(source, f"cannot read: {exc.strerror or exc}"))


class _Told:
    """An error handler that counts what it passes on."""

    def __init__(self, handler: ErrorHandler) -> None:
        self.handler = handler
        self.count = 0

    def __call__(self, error: InputError) -> None:
        self.count += 1
        self.handler(error)


def _not_silent(records: Iterator[Article], source: str, told: _Told) -> Iterator[Article]:
    """The records; a file that gave neither a record nor an error (a CSV header alone,
    lines of only whitespace) is reported, so that no input vanishes without a word."""
    yielded = 0
    for article in records:
        yielded += 1
        yield article
    if not yielded and not told.count:
        told(InputError(source, "no records in the file"))


def _jsonl_lines(data: bytes, source: str, handler: ErrorHandler) -> Iterator[str]:
    """The lines of a JSON Lines file. A line in another encoding is reported with its
    number and the rest are read: one stray byte must not cost a million good records."""
    try:
        yield from io.StringIO(decode(data, source), newline="")
        return
    except InputError as exc:
        if not exc.reason.startswith("not valid UTF-8"):
            raise
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    for number, raw in enumerate(data.splitlines(keepends=True), start=1):
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            handler(InputError(source, f"not valid UTF-8 (byte {exc.start} of the line: {raw[exc.start:exc.start + 1]!r}); "
                                       "re-encode it as UTF-8", number))
            yield "\n"  # a blank line in its place keeps the numbers of the lines after it


def _read_stdin(columns: ColumnMap, input_format: str | None, handler: ErrorHandler) -> Iterator[Article]:
    source = "<stdin>"
    try:
        text = decode(sys.stdin.buffer.read(), source)
    except InputError as exc:
        handler(exc)
        return
    kind = input_format or ("jsonl" if text.lstrip().startswith("{") else "html" if text.lstrip()[:15].lower().startswith(("<!doctype", "<html")) else "text")
    try:
        if kind == "jsonl":
            yield from read_jsonl(io.StringIO(text), source, columns, handler)
        elif kind == "csv":
            yield from read_csv(io.StringIO(text, newline=""), source, columns, handler)
        elif kind == "html":
            yield article_from_html(text, source)
        else:
            yield article_from_text(text, source)
    except InputError as exc:
        handler(exc)
