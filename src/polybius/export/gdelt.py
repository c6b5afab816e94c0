"""A GDELT 2.0-style event table: the 61 tab-separated columns of GDELT's event export, no header.

What Polybius fills and how (docs/EXPORTS.md has the full table):

* actors: CAMEO actor code, name (upper case, as GDELT writes it), country (ISO3, which CAMEO's
  country codes follow) and the sector as Type1Code; group, ethnic and religion codes are empty;
* the event: CAMEO code, base and root, QuadClass and GoldsteinScale from ``data/cameo.tsv``;
  IsRootEvent 1 for an event in the article's first sentence;
* NumMentions / NumSources / NumArticles: the size of the event's incident when the store has
  incidents, else 1 / 1 / 1; AvgTone is empty (Polybius does not measure tone);
* ActionGeo from the event's place (type 1 country, 4 world city, 5 world state; 2 and 3 for US
  states and towns), FIPS country codes as GDELT uses; Actor1Geo and Actor2Geo are empty, since
  the text does not say where each actor was;
* DATEADDED is the publication day at 00:00:00; SOURCEURL the article URL, else its source.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import date as Date
from typing import Any, TextIO

from polybius.evaluate.gold import cameo_lookup
from polybius.export import ArticleInfo, countries, country_name, parties

ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                "Type1Code", "Type2Code", "Type3Code")
GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
COLUMNS: tuple[str, ...] = (
    ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{f}" for f in ACTOR_FIELDS) + tuple(f"Actor2{f}" for f in ACTOR_FIELDS)
    + ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone")
    + tuple(f"Actor1Geo_{f}" for f in GEO_FIELDS) + tuple(f"Actor2Geo_{f}" for f in GEO_FIELDS)
    + tuple(f"ActionGeo_{f}" for f in GEO_FIELDS) + ("DATEADDED", "SOURCEURL")
)
assert len(COLUMNS) == 61


def event_code(cameo: str) -> str:
    """A root-only code ("19") is written as its 3-digit base ("190"), as GDELT does."""
    return cameo + "0" if len(cameo) == 2 else cameo


def fraction_date(day: Date) -> str:
    """GDELT's FractionDate: the year plus the share of it gone, four decimals."""
    return f"{day.year + day.timetuple().tm_yday / 365:.4f}"


def actor_cells(party: dict[str, Any] | None) -> list[Any]:
    if not party:
        return [""] * len(ACTOR_FIELDS)
    name = (party.get("name") or party.get("text") or "").upper()
    return [party.get("cameo_code") or "", name, party.get("country") or "", "", "", "", "", party.get("sector") or "", "", ""]


def geo_type(place: dict[str, Any]) -> int:
    if place.get("precision") == 4 or place.get("feature") == "country":
        return 1
    us = place.get("country") == "USA"
    if place.get("precision") == 3:
        return 2 if us else 5
    return 3 if us else 4


def geo_cells(place: dict[str, Any] | None) -> list[Any]:
    if not place or place.get("lat") is None:
        return [""] * len(GEO_FIELDS)
    fips = countries().get(place.get("country") or "", {}).get("fips", "")
    names = [place.get("name"), place.get("admin1"), country_name(place.get("country"))]
    full = ", ".join(dict.fromkeys(n for n in names if n))  # no name twice ("Syria, Syria")
    return [geo_type(place), full, fips, fips, "", round(place["lat"], 4), round(place["lon"], 4), place.get("geonameid") or fips]


def gdelt_row(record: dict[str, Any], article: ArticleInfo | None, sizes: dict[str, tuple[int, int, int]]) -> list[Any] | None:
    cameo = record.get("cameo_code")
    day_text = record.get("date") or (article.published if article else None)
    if not cameo or not day_text:
        return None  # GDELT has no row without an event code and a day
    day = Date.fromisoformat(day_text[:10])
    code = event_code(cameo)
    row = cameo_lookup(code) or {}
    goldstein = row.get("goldstein") or (cameo_lookup(code[:3]) or {}).get("goldstein", "")
    actors, recipients = parties(record.get("actor")), parties(record.get("recipient"))
    mentions, sources, articles = sizes.get(record.get("incident_id") or "", (1, 1, 1))
    published = (article.published if article else None) or day_text
    return (
        [int(record["event_id"][:13], 16), day.strftime("%Y%m%d"), day.strftime("%Y%m"), day.year, fraction_date(day)]
        + actor_cells(actors[0] if actors else None) + actor_cells(recipients[0] if recipients else None)
        + [1 if record.get("sentence_index") == 0 else 0, code, code[:3], code[:2], row.get("quad_class", ""), goldstein,
           mentions, sources, articles, ""]
        + geo_cells(None) + geo_cells(None) + geo_cells(record.get("location"))
        + [published[:10].replace("-", "") + "000000", (article.url or article.source or "") if article else ""]
    )


def write_gdelt(records: Iterable[dict[str, Any]], articles: dict[str, ArticleInfo], stream: TextIO,
                sizes: dict[str, tuple[int, int, int]] | None = None) -> int:
    """Write asserted events with a CAMEO code and a day; returns the number of rows."""
    writer = csv.writer(stream, delimiter="\t", lineterminator="\n")
    count = 0
    for record in records:
        if record.get("modality") != "asserted":
            continue  # GDELT's rows are events that happened
        row = gdelt_row(record, articles.get(record["article_id"]), sizes or {})
        if row is not None:
            writer.writerow(row)
            count += 1
    return count
