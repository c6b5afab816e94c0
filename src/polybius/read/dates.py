"""Publication dates from metadata strings and leading date lines."""

from __future__ import annotations

import re
from datetime import date, datetime

from dateutil import parser as dateutil_parser

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}")
_US_SLASH = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def normalize_date(value: object) -> str | None:
    """An ISO ``YYYY-MM-DD`` for a metadata date, or None when it is not a date.

    Slash dates are read month first (M/D/YYYY), the convention of the US-made corpora
    this reads (FA-KES among them); ISO strings keep their day.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    if _ISO.match(text):
        try:
            day = date.fromisoformat(text[:10])
        except ValueError:
            return None
        return day.isoformat() if day.year >= 1900 else None  # "0001-01-01": a placeholder, as below
    slash = _US_SLASH.match(text)
    if slash:
        month, day, year = (int(g) for g in slash.groups())
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    try:
        parsed = dateutil_parser.parse(text, fuzzy=False, default=datetime(1, 1, 1))
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed.year < 1900:
        return None
    return parsed.date().isoformat()


# A first line that carries only a date and perhaps a credit: " date 2017-08-19 © AFP",
# "Published: 12 March 2018", "2018-03-12".
_DATE_LINE = re.compile(
    r"^\s*(?:date|published|posted|updated)?\s*:?\s*"
    r"(?P<date>\d{4}-\d{2}-\d{2}(?:[T ][0-9:.+\-Z]+)?|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},?\s+\d{4})"
    r"(?P<rest>[^\n]{0,80})$",
    re.IGNORECASE,
)


def split_date_line(text: str) -> tuple[str | None, str, int]:
    """Split a leading date line off ``text``.

    Returns ``(published, body, offset)`` where ``body == text[offset:]``; when the first
    line is not a date line, ``published`` is None and the text is returned whole.
    """
    first_end = text.find("\n")
    if first_end < 0:
        return None, text, 0
    match = _DATE_LINE.match(text[:first_end])
    if not match or len(match.group("rest").split()) > 6:
        return None, text, 0
    published = normalize_date(match.group("date"))
    if published is None:
        return None, text, 0
    offset = first_end
    while offset < len(text) and text[offset].isspace():
        offset += 1
    return published, text[offset:], offset


# Datelines at the head of a story: "BEIRUT, Aug 19, 2017 (Reuters) -", "Wed 05 Apr 2017 ...".
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Z .'\-]+,\s+)?"
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
    r"(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})|(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}))\b"
)


def dateline_date(text: str) -> str | None:
    """The publication date a story's dateline states, when it states a year."""
    match = _DATELINE.match(text[:200])
    return normalize_date(match.group("date").replace(".", "")) if match else None
