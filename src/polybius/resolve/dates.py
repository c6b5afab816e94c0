"""Date expressions → calendar days or ranges, against the article's publication date.

The conventions are written down in ``tests/data/DATES.md`` and tested row by row on
``tests/data/dates.tsv`` (real expressions from the FA-KES corpus and constructed ones).
Precision says what is known: ``day``, ``week``, ``month``, ``year``, ``range``, or —
set by the coder, not here — ``publication`` when only the publication date stands in.
Expressions that name no placeable time ("recently", "for years") give None.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MONTHS: dict[str, int] = {}
for _i in range(1, 13):
    _MONTHS[calendar.month_name[_i].lower()] = _i
    _MONTHS[calendar.month_abbr[_i].lower()] = _i
_MONTHS["sept"] = 9
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

_MONTH = r"(?P<{name}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?P<{name}>\d{{1,2}})(?:st|nd|rd|th)?"
_YEAR = r"(?P<{name}>(?:19|20)\d{{2}})"


def _m(name: str) -> str:
    return _MONTH.format(name=name)


def _d(name: str) -> str:
    return _DAY.format(name=name)


def _y(name: str) -> str:
    return _YEAR.format(name=name)


_ISO = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
_RANGES = [
    # between 3 and 5 May / from 3 to 5 May / 3-5 May [2017]
    re.compile(rf"(?:between|from)?\s*{_d('d1')}\s*(?:and|to|-|–)\s*{_d('d2')}\s+(?:of\s+)?{_m('m2')}(?:,?\s+{_y('y')})?\b"),
    # May 3-5 / between May 3 and 5
    re.compile(rf"(?:between|from)?\s*{_m('m2')}\s+{_d('d1')}\s*(?:and|to|-|–)\s*{_d('d2')}(?:,?\s+{_y('y')})?\b"),
    # from May 3 to May 5 / between December 28 and January 2
    re.compile(rf"(?:between|from)\s+{_m('m1')}\s+{_d('d1')}\s+(?:and|to)\s+{_m('m2')}\s+{_d('d2')}(?:,?\s+{_y('y')})?\b"),
    # between 28 December and 2 January
    re.compile(rf"(?:between|from)\s+{_d('d1')}\s+(?:of\s+)?{_m('m1')}\s+(?:and|to)\s+{_d('d2')}\s+(?:of\s+)?{_m('m2')}(?:,?\s+{_y('y')})?\b"),
]
_MONTH_DAY = re.compile(rf"\b{_m('m')}\s+{_d('d')}\b(?:,?\s+{_y('y')})?")
_DAY_MONTH = re.compile(rf"\b{_d('d')}\s+(?:of\s+)?{_m('m')}(?:,?\s+{_y('y')})?")
_MONTH_YEAR = re.compile(rf"\b{_m('m')},?\s+{_y('y')}\b")
_BARE_MONTH = re.compile(rf"^(?:in|during|since|by|until|early|late|mid|mid-|earlier in|later in|\s)*{_m('m')}$")
_BARE_YEAR = re.compile(rf"^(?:in|during|by|until|\s)*{_y('y')}$")
_AGO = re.compile(r"\b(?:(?:nearly|almost|about|just|some|around)\s+)?(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?P<unit>day|week|month|year)s?\s+ago\b")
_WEEKDAY = re.compile(r"\b(?P<which>last|next|this|past)?\s*(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")


@dataclass(frozen=True, slots=True)
class When:
    date: str
    date_end: str | None
    precision: str


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _when(start: date | None, end: date | None, precision: str) -> When | None:
    if start is None:
        return None
    return When(start.isoformat(), end.isoformat() if end is not None and precision != "day" else None, precision)


def _month_range(year: int, month: int) -> When:
    last = calendar.monthrange(year, month)[1]
    return When(date(year, month, 1).isoformat(), date(year, month, last).isoformat(), "month")


def _year_range(year: int) -> When:
    return When(f"{year:04d}-01-01", f"{year:04d}-12-31", "year")


def _month_day(month: int, day: int, anchor: date | None) -> date | None:
    """A month and day with no year: the publication year, or the year before when the
    day would fall more than a week after publication."""
    if anchor is None:
        return None
    year = anchor.year
    if _day(year, month, min(day, 28)) and date(year, month, min(day, 28)) > anchor + timedelta(days=7):
        year -= 1
    elif _day(year, month, day) and date(year, month, day) > anchor + timedelta(days=7):
        year -= 1
    return _day(year, month, day)


def resolve_date(expression: str, published: str | None, future: bool = False) -> When | None:
    """The day or range ``expression`` names, or None when it cannot be placed."""
    text = " ".join(expression.lower().replace(",", ", ").split()).strip(" .,;")
    text = text.replace(" ,", ",")
    try:
        anchor = date.fromisoformat(published[:10]) if published else None
    except ValueError:
        anchor = None
    for resolver in (_iso, _range, _calendar, _relative):
        try:
            found = resolver(text, anchor, future)
        except (OverflowError, ValueError):  # "30000 months ago", or a day past year 1 or 9999: not placeable
            return None
        if found is not False:
            return found if found is None or _is_calendar_day(found) else None  # type: ignore[return-value]
    return None


def _is_calendar_day(when: When) -> bool:
    """Both ends are real ISO days ("100000 years ago" would give year -97983)."""
    try:
        for value in (when.date, when.date_end):
            if value is not None:
                date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _iso(text: str, anchor: date | None, future: bool) -> When | None | bool:
    matches = list(_ISO.finditer(text))
    if not matches:
        return False
    days = [_day(int(m["y"]), int(m["m"]), int(m["d"])) for m in matches]
    if len(days) >= 2 and days[0] and days[1] and days[0] <= days[1]:
        return When(days[0].isoformat(), days[1].isoformat(), "range")  # "from 2017-08-01 to 2017-08-03"
    return _when(days[0], None, "day")


def _range(text: str, anchor: date | None, future: bool) -> When | None | bool:
    for pattern in _RANGES:
        match = pattern.search(text)
        if not match:
            continue
        groups = match.groupdict()
        end_month = _MONTHS[groups["m2"].rstrip(".")[:3] if groups["m2"][:4] != "sept" else "sept"]
        start_month = _MONTHS[groups["m1"].rstrip(".")[:3]] if groups.get("m1") else end_month
        d1, d2 = int(groups["d1"]), int(groups["d2"])
        if groups.get("y"):
            end = _day(int(groups["y"]), end_month, d2)
        else:
            end = _month_day(end_month, d2, anchor)
        if end is None:
            return None
        start = _day(end.year, start_month, d1)
        if start is not None and start > end:
            start = _day(end.year - 1, start_month, d1)
        if start is None:
            return None
        return When(start.isoformat(), end.isoformat(), "range")
    return False


def _month_number(name: str) -> int:
    name = name.rstrip(".")
    return _MONTHS.get(name) or _MONTHS[name[:3]]


def _calendar(text: str, anchor: date | None, future: bool) -> When | None | bool:
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        match = pattern.search(text)
        if match:
            month, day = _month_number(match["m"]), int(match["d"])
            if match["y"]:
                return _when(_day(int(match["y"]), month, day), None, "day")
            return _when(_month_day(month, day, anchor), None, "day")
    match = _MONTH_YEAR.search(text)
    if match:
        return _month_range(int(match["y"]), _month_number(match["m"]))
    match = _BARE_YEAR.match(text)
    if match:
        return _year_range(int(match["y"]))
    match = _BARE_MONTH.match(text)
    if match and anchor is not None:
        month = _month_number(match["m"])
        year = anchor.year if date(anchor.year, month, 1) <= anchor else anchor.year - 1
        return _month_range(year, month)
    return False


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _relative(text: str, anchor: date | None, future: bool) -> When | None | bool:
    if anchor is None:
        return False
    one = timedelta(days=1)
    if re.search(r"\b(yesterday|last night|overnight)\b", text):
        return _when(anchor - one, None, "day")
    if "tomorrow" in text:
        return _when(anchor + one, None, "day")
    if re.search(r"\b(today|tonight|this morning|this afternoon|this evening)\b", text):
        return _when(anchor, None, "day")

    match = _AGO.search(text)
    if match:
        n = int(match["n"]) if match["n"].isdigit() else _NUMBER_WORDS[match["n"]]
        unit = match["unit"]
        if unit == "day":
            return _when(anchor - timedelta(days=n), None, "day")
        if unit == "week":
            return _when(anchor - timedelta(days=7 * n + 3), anchor - timedelta(days=7 * n - 3), "week")
        if unit == "year":
            return _year_range(anchor.year - n)
        month_index = anchor.year * 12 + anchor.month - 1 - n
        return _month_range(month_index // 12, month_index % 12 + 1)

    match = _WEEKDAY.search(text)
    if match:
        weekday = _WEEKDAYS[match["day"]]
        which = match["which"]
        if which == "next" or (future and which != "last"):
            delta = (weekday - anchor.weekday()) % 7 or 7
            return _when(anchor + timedelta(days=delta), None, "day")
        delta = (anchor.weekday() - weekday) % 7
        if which in ("last", "past") and delta == 0:
            delta = 7
        return _when(anchor - timedelta(days=delta), None, "day")

    monday = _monday(anchor)
    if "earlier this week" in text:
        if anchor.weekday() == 0:
            return _when(monday - timedelta(days=7), monday - one, "week")
        return _when(monday, anchor - one, "week")
    if re.search(r"\b(last|past|previous) week\b", text):
        return _when(monday - timedelta(days=7), monday - one, "week")
    if "this week" in text:
        return _when(monday, anchor, "week")
    if "next week" in text:
        return _when(monday + timedelta(days=7), monday + timedelta(days=13), "week")

    first = anchor.replace(day=1)
    previous_month = first - one
    if "earlier this month" in text:
        if anchor.day == 1:
            return _month_range(previous_month.year, previous_month.month)
        return _when(first, anchor - one, "month")
    if "later this month" in text:
        last = anchor.replace(day=calendar.monthrange(anchor.year, anchor.month)[1])
        if anchor == last:
            following = last + one
            return _month_range(following.year, following.month)
        return _when(anchor + one, last, "month")
    if re.search(r"\b(last|past|previous) month\b", text):
        return _month_range(previous_month.year, previous_month.month)
    if "this month" in text:
        return _when(first, anchor, "month")
    if "next month" in text:
        following = anchor.replace(day=28) + timedelta(days=4)
        return _month_range(following.year, following.month)

    if "earlier this year" in text:
        if anchor.month == 1 and anchor.day == 1:
            return _year_range(anchor.year - 1)
        return _when(date(anchor.year, 1, 1), anchor - one, "year")
    if re.search(r"\b(last|past|previous) year\b", text):
        return _year_range(anchor.year - 1)
    if "this year" in text:
        return _when(date(anchor.year, 1, 1), anchor, "year")
    return False
