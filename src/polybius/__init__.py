"""Polybius: news in, political event data out.

>>> import polybius
>>> events = polybius.extract("Rebels attacked an army post near Hama on Friday.", published="2017-03-25")
>>> events[0].event_type
'ASSAULT'
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from polybius.model import Article, Attribution, Event, Party, Place, Trigger
from polybius.read import ColumnMap, InputError
from polybius.read import read as _read

__all__ = ["Article", "Attribution", "ColumnMap", "Event", "InputError", "Party", "Place", "Trigger", "extract", "read"]
__version__ = "0.1.0"


def extract(text: str, published: str | None = None, source: str | None = None, url: str | None = None) -> list[Event]:
    """Code the events in one text. Nothing is stored; a blank text has no events."""
    from polybius.pipeline import process

    if not text.strip():
        return []

    article = Article(text=text, published=published, source=source, url=url)
    return [event for result in process([article]) for event in result.events]


def read(path: str | Path, **options: object) -> Iterator[Article]:
    """Yield the articles in a file, a directory or ``-`` (stdin); see ``polybius.read``."""
    return _read(path, **options)  # type: ignore[arg-type]
