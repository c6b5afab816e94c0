"""Readers: every input format becomes a stream of ``Article``s.

``read(path)`` picks the reader by extension; directories are read recursively in a
stable order and ``-`` reads standard input. Errors name the input (and the line): with
``on_error`` given, a bad file or record is reported and reading goes on.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path

from polybius.model import Article
from polybius.read.errors import InputError
from polybius.read.html import article_from_html, read_html_file
from polybius.read.tabular import ColumnMap, ErrorHandler, read_csv, read_jsonl
from polybius.read.text import article_from_text, decode, read_text_file

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
            if child.suffix.lower() in SUFFIXES and not child.name.startswith("."):
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
    kind = input_format or SUFFIXES.get(path.suffix.lower(), "text")
    source = str(path)
    try:
        if kind == "text":
            yield read_text_file(path)
        elif kind == "html":
            yield read_html_file(path)
        else:
            text = decode(path.read_bytes(), source)
            reader = read_jsonl if kind == "jsonl" else read_csv
            yield from reader(io.StringIO(text, newline=""), source, columns, handler)
    except InputError as exc:
        handler(exc)
    except OSError as exc:
        handler(InputError(source, f"cannot read: {exc.strerror or exc}"))


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
