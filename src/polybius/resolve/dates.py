"""Date expressions → calendar days, against the article's publication date.

A first resolver for the expressions wire news uses most ("on Friday", "earlier on
Saturday", "yesterday", "last week", "on August 19", "two days ago", "in March 2017").
Precision says what is known: ``day``, ``week``, ``month``, ``year``, or ``publication``
when only the publication date stands in for the event's date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a": 1}

_MONTH_DAY = re.compile(r"\b(?P<month>[a-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{4}))?")
_DAY_MONTH = re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>[a-z]{3,9})\.?\b(?:,?\s+(?P<year>\d{4}))?")
_MONTH_YEAR = re.compile(r"\b(?P<month>[a-z]{3,9})\s+(?P<year>\d{4})\b")
_YEAR = re.compile(r"^(?:in\s+)?(?P<year>(?:19|20)\d{2})$")
_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
_AGO = re.compile(r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|a)\s+(?P<unit>day|week|month|year)s?\s+ago\b")


@dataclass(frozen=True, slots=True)
class When:
    date: str
    date_end: str | None
    precision: str


def _iso(day: date) -> str:
    return day.isoformat()


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def resolve_date(expression: str, published: str | None, future: bool = False) -> When | None:
    """The day or range ``expression`` names, or None when it cannot be placed."""
    text = expression.lower().strip()
    anchor = date.fromisoformat(published[:10]) if published else None

    iso = _ISO.search(text)
    if iso:
        found = _day(int(iso["year"]), int(iso["month"]), int(iso["day"]))
        return When(_iso(found), None, "day") if found else None
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        match = pattern.search(text)
        if match and match["month"] in _MONTHS:
            return _month_day(int(match["day"]), _MONTHS[match["month"]], match["year"], anchor)
    match = _MONTH_YEAR.search(text)
    if match and match["month"] in _MONTHS:
        return _month_range(int(match["year"]), _MONTHS[match["month"]])
    match = _YEAR.match(text)
    if match:
        year = int(match["year"])
        return When(f"{year}-01-01", f"{year}-12-31", "year")
    if anchor is None:
        return None
    return _relative(text, anchor, future)


def _month_day(day: int, month: int, year: str | None, anchor: date | None) -> When | None:
    if year:
        found = _day(int(year), month, day)
    elif anchor is not None:
        found = _day(anchor.year, month, day)
        if found and found > anchor + timedelta(days=7):
            found = _day(anchor.year - 1, month, day)  # "on December 30" read in January
    else:
        return None
    return When(_iso(found), None, "day") if found else None


def _month_range(year: int, month: int) -> When:
    last = calendar.monthrange(year, month)[1]
    return When(f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}", "month")


def _relative(text: str, anchor: date, future: bool) -> When | None:
    if "yesterday" in text:
        return When(_iso(anchor - timedelta(days=1)), None, "day")
    if "tomorrow" in text:
        return When(_iso(anchor + timedelta(days=1)), None, "day")
    if any(word in text for word in ("today", "tonight", "this morning", "this afternoon", "this evening")):
        return When(_iso(anchor), None, "day")
    for name, weekday in _WEEKDAYS.items():
        if re.search(rf"\b{name}\b", text):
            if future or text.startswith("next"):
                delta = (weekday - anchor.weekday()) % 7 or 7
                return When(_iso(anchor + timedelta(days=delta)), None, "day")
            delta = (anchor.weekday() - weekday) % 7
            if text.startswith("last") and delta == 0:
                delta = 7
            return When(_iso(anchor - timedelta(days=delta)), None, "day")
    if "last week" in text or "past week" in text:
        monday = anchor - timedelta(days=anchor.weekday() + 7)
        return When(_iso(monday), _iso(monday + timedelta(days=6)), "week")
    if "this week" in text:
        monday = anchor - timedelta(days=anchor.weekday())
        return When(_iso(monday), _iso(anchor), "week")
    if "last month" in text or "past month" in text:
        first = anchor.replace(day=1) - timedelta(days=1)
        return _month_range(first.year, first.month)
    if "this month" in text:
        return When(_iso(anchor.replace(day=1)), _iso(anchor), "month")
    if "last year" in text:
        year = anchor.year - 1
        return When(f"{year}-01-01", f"{year}-12-31", "year")
    match = _AGO.search(text)
    if match:
        n = int(match["n"]) if match["n"].isdigit() else _NUMBERS[match["n"]]
        unit = match["unit"]
        if unit == "day":
            return When(_iso(anchor - timedelta(days=n)), None, "day")
        if unit == "week":
            return When(_iso(anchor - timedelta(days=7 * n + 3)), _iso(anchor - timedelta(days=7 * n - 3)), "week")
    return None
