"""Corpora in JSON Lines and CSV: one article per record.

Columns are mapped by name (``ColumnMap``); every column not mapped is kept in
``Article.metadata``. A bad record is reported with its line and the rest are read.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from polybius.model import Article
from polybius.read.dates import dateline_date, normalize_date
from polybius.read.errors import InputError
from polybius.read.furniture import furniture_metadata, strip_furniture

ErrorHandler = Callable[[InputError], None]

# Names other corpora use for the same fields, tried when the configured name is absent.
_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "article_content", "article_text", "article", "notes"),
    "id": ("id", "article_id", "unit_id", "doc_id"),
    "url": ("url", "link", "source_url"),
    "source": ("source", "outlet", "publisher", "site", "sitename"),
    "title": ("title", "headline", "article_title"),
    "published": ("published", "date", "pubdate", "publish_date", "published_at", "event_date"),
}


@dataclass(slots=True)
class ColumnMap:
    """Which column holds each Article field (None: use the default names)."""

    text: str | None = None
    id: str | None = None
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: str | None = None

    def resolve(self, columns: Iterable[str]) -> dict[str, str | None]:
        """Field → the column that holds it in a record with ``columns``."""
        present = list(columns)
        lowered = {c.lower(): c for c in present}
        chosen: dict[str, str | None] = {}
        for field_name, aliases in _ALIASES.items():
            explicit = getattr(self, field_name)
            if explicit is not None:
                chosen[field_name] = explicit if explicit in present else None
                continue
            chosen[field_name] = next((lowered[a] for a in aliases if a in lowered), None)
        return chosen


def _record_to_article(record: dict[str, Any], mapping: dict[str, str | None], source: str, line: int) -> Article:
    text_column = mapping["text"]
    text = record.get(text_column) if text_column else None
    if not isinstance(text, str) or not text.strip():
        raise InputError(source, f"record has no text in column {text_column!r}", line)

    def get(field_name: str) -> str | None:
        column = mapping[field_name]
        value = record.get(column) if column else None
        return None if value in (None, "") else str(value)

    used = {c for c in mapping.values() if c}
    cleaned = strip_furniture(text)
    metadata = {**{k: v for k, v in record.items() if k not in used}, **furniture_metadata(cleaned)}
    return Article(
        text=cleaned.text,
        id=get("id") or "",
        url=get("url"),
        source=get("source"),
        title=get("title"),
        published=normalize_date(get("published")) or dateline_date(text),
        origin=f"{source}:{line}",
        metadata=metadata,
    )


def read_jsonl(stream: Iterable[str], source: str, columns: ColumnMap, on_error: ErrorHandler) -> Iterator[Article]:
    for line_number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            on_error(InputError(source, f"malformed JSON ({exc.msg.removesuffix(' at')}, column {exc.colno})", line_number))
            continue
        if not isinstance(record, dict):
            on_error(InputError(source, "a JSON Lines record must be an object", line_number))
            continue
        try:
            yield _record_to_article(record, columns.resolve(record.keys()), source, line_number)
        except InputError as exc:
            on_error(exc)


def read_csv(stream: io.TextIOBase | Iterable[str], source: str, columns: ColumnMap, on_error: ErrorHandler) -> Iterator[Article]:
    csv.field_size_limit(sys.maxsize)
    reader = csv.DictReader(stream)  # type: ignore[arg-type]
    header = reader.fieldnames or []
    mapping = columns.resolve(header)
    if mapping["text"] is None:
        wanted = columns.text or "text"
        raise InputError(source, f"no text column {wanted!r} (columns: {', '.join(header) or 'none'}); name it with --text-column")
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            on_error(InputError(source, f"malformed CSV ({exc})", reader.line_num))
            continue
        try:
            yield _record_to_article(record, mapping, source, reader.line_num)
        except InputError as exc:
            on_error(exc)
