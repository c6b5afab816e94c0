"""Names for GeoNames' first-level division codes.

GeoNames gives every town an admin1 code but ships no names for the codes, and pycountry
has the ISO 3166-2 names without GeoNames' codes. This module joins the two, for the
gazetteer build:

- a code of letters that is also the division's ISO 3166-2 code names it ("TX" is US-TX,
  Texas; "ENG" is GB-ENG, England). Numeric codes are FIPS codes and are not comparable
  ("07" is Kharkiv in GeoNames, UA-07 is Volyn in ISO);
- one of the division's main towns shares its name (Idlib in Idlib, Kharkiv in
  "Kharkivska oblast"): only a town of at least a tenth of the size of the division's
  largest, so that a village's alternate name cannot name a state ("Colorado City" lies
  in Texas), and each division name goes to one code only.

Before both comes a curated table, ``data/places/division_towns.tsv``: a division with a
town inside it (Zamfara and Gusau, Lower Shabelle and Marka), for divisions whose capital
has another name. The gazetteer adds a last source, its curated supplement's places
(Nineveh and Mosul).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Words for the kind of division that ISO names carry ("Kharkivska oblast", "Lagos State"),
# and the adjectival endings of Slavic division names with what the capital's name ends in
# instead ("Kharkivska" Kharkiv, "Donetska" Donetsk, "Samarskaya" Samara, "Sverdlovskaya"
# Sverdlovsk): without them the name is its capital's.
_DIVISION_WORDS = re.compile(r"\s+(?:oblast'?|voblasts'?|krai|kray|province|governorate|state|region|department|district|county|prefecture|respublika)$")
_ADJECTIVAL_ENDINGS = (("skaya", ""), ("skaya", "a"), ("skaya", "sk"), ("ska", ""), ("ska", "a"), ("a", ""))
# The kind that ISO writes after a comma ("Bruxelles-Capitale, Région de", "Khakasiya, Respublika").
_ISO_KIND = re.compile(r",\s*(?:r[ée]gion|respublika|province|provincia|regi[oó]n|land|oblast|district|kraj)\b.*$", re.IGNORECASE)
# Division names that are generic words: such a division is left unnamed (its towns carry no
# admin1) rather than made a place that every "Eastern" or "Centre" in a text would resolve to.
_GENERIC_NAMES = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre", "center",
    "north east", "north west", "south east", "south west", "northeast", "northwest", "southeast", "southwest",
    "north eastern", "north western", "south eastern", "south western", "nord", "sud", "est", "ouest", "norte",
    "sur", "este", "oeste", "centro", "capital", "coast", "coastal", "upper", "lower", "middle", "interior",
})
# A town names its division only if it has at least this share of the division's largest
# town's population: the capital or a rival of it, not a village.
_MAIN_TOWN_SHARE = 0.1
# ISO names that say "the capital" (Arabic "al-ʿāṣima", "Distrito Capital", "Federal Capital Territory").
_CAPITAL_DISTRICT = re.compile(r"\b(?:asima|capital)\b")

Group = tuple[str, str]  # (ISO 3166-1 alpha-2 country code, GeoNames admin1 code)


@dataclass(frozen=True, slots=True)
class DivisionTown:
    country: str  # ISO3
    division: str
    town: str
    aliases: tuple[str, ...]


@lru_cache(maxsize=1)
def division_towns() -> tuple[DivisionTown, ...]:
    """The curated divisions named by a town inside them (``data/places/division_towns.tsv``)."""
    text = resources.files("polybius").joinpath("data/places/division_towns.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader((line for line in text.splitlines() if line.strip() and not line.startswith("#")),
                          delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple(DivisionTown(r["country"], r["division"], r["town"], tuple(a for a in (r.get("aliases") or "").split("|") if a))
                 for r in rows)


def division_keys(name: str, key_of: Callable[[str], str]) -> list[str]:
    """The keys a division's ISO name is matched by: the name, without its kind, and, for
    a name that states its kind, without an adjectival ending."""
    key = key_of(name.split(",")[0])  # "Khakasiya, Respublika"
    bare = _DIVISION_WORDS.sub("", key)
    keys = [key_of(name), key, bare]
    if bare != key:
        keys += [bare[: -len(ending)] + instead for ending, instead in _ADJECTIVAL_ENDINGS if bare.endswith(ending)]
    return list(dict.fromkeys(k for k in keys if k))


def iso_subdivisions(key_of: Callable[[str], str]) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """pycountry's first-level divisions: by ISO code, and by country and name key."""
    import pycountry

    by_code: dict[str, str] = {}
    by_key: dict[str, dict[str, str]] = {}
    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code is None:
            name = _ISO_KIND.sub("", re.sub(r"\s*\[.*?\]", "", subdivision.name)).strip()  # "Wales [Cymru GB-CYM]"
            by_code[subdivision.code] = name
            for key in division_keys(name, key_of):
                by_key.setdefault(subdivision.country_code, {}).setdefault(key, name)
    return by_code, by_key


def name_divisions(cities: list[dict], key_of: Callable[[str], str], capitals: dict[str, str] | None = None) -> dict[Group, tuple[str, str]]:
    """GeoNames (country, admin1 code) → (the town's or ISO name that names it, its ISO name).
    ``capitals`` gives each country's capital by country code, for "capital" districts."""
    capitals = capitals or {}
    by_code, by_key = iso_subdivisions(key_of)
    towns: dict[Group, list[dict]] = {}
    for city in cities:
        if city.get("admin1code"):
            towns.setdefault((city["countrycode"], city["admin1code"]), []).append(city)
    named: dict[Group, tuple[str, str]] = {}
    claimed: set[tuple[str, str]] = set()
    _name_from_table(named, claimed, cities, by_key, key_of)
    for country, code in towns:
        found = by_code.get(f"{country}-{code}") if code.isalpha() else None
        if found and (country, code) not in named and not _generic(found, key_of):
            named[(country, code)] = (found, found)
    claimed |= {(group[0], official) for group, (_, official) in named.items()}
    largest = {group: max(_population(c) for c in members) for group, members in towns.items()}
    main_towns = [c for c in sorted(cities, key=lambda c: -_population(c)) if c.get("admin1code")
                  and _population(c) >= _MAIN_TOWN_SHARE * largest[(c["countrycode"], c["admin1code"])]]
    # Towns' own names first, then their alternate names: an alternate spelling of one
    # capital can fold into another division's name ("ʿmān" of Amman is Ma'an's key).
    for own_name in (True, False):
        for city in main_towns:
            group = (city["countrycode"], city["admin1code"])
            if group in named:
                continue
            wanted = by_key.get(group[0], {})
            for alias in [city["name"]] if own_name else city.get("alternatenames") or []:
                found = wanted.get(key_of(alias))
                if found and (group[0], found) not in claimed and not _generic(found, key_of):
                    # the town's English name names the division ("Aleppo", not "Ḩalab")
                    named[group] = (city["name"], found)
                    claimed.add((group[0], found))
                    break
    _name_capital_districts(named, claimed, towns, by_key, capitals, key_of)
    return named


def _name_from_table(named: dict[Group, tuple[str, str]], claimed: set[tuple[str, str]], cities: list[dict],
                     by_key: dict[str, dict[str, str]], key_of: Callable[[str], str]) -> None:
    """The curated table's divisions, at the GeoNames code of their town (the most
    populous town of that name in the country)."""
    import pycountry

    rows_by_town: dict[tuple[str, str], list[DivisionTown]] = {}
    for row in division_towns():
        country = pycountry.countries.get(alpha_3=row.country)
        if country is not None:
            rows_by_town.setdefault((country.alpha_2, key_of(row.town)), []).append(row)
    countries = {country for country, _ in rows_by_town}
    town_of: dict[DivisionTown, dict] = {}
    for city in cities:
        if city["countrycode"] not in countries or not city.get("admin1code"):
            continue
        for key in {key_of(a) for a in [city["name"], *(city.get("alternatenames") or [])]}:
            for row in rows_by_town.get((city["countrycode"], key), []):
                if row not in town_of or _population(city) > _population(town_of[row]):
                    town_of[row] = city
    for row, city in town_of.items():
        group = (city["countrycode"], city["admin1code"])
        if group not in named:
            # the table's name is also the official one: the ISO name may be the bare word
            # the table avoids ("Delta" for "Delta State"); it is claimed all the same
            named[group] = (row.division, row.division)
            iso = by_key.get(group[0], {})
            claimed.update((group[0], iso[k]) for k in division_keys(row.division, key_of) if k in iso)


def _name_capital_districts(named: dict[Group, tuple[str, str]], claimed: set[tuple[str, str]], towns: dict[Group, list[dict]],
                            by_key: dict[str, dict[str, str]], capitals: dict[str, str], key_of: Callable[[str], str]) -> None:
    """A division that ISO calls "the capital" ("Al ‘Āşimah", "Distrito Capital") is the
    one whose largest town is the country's capital: it takes that town's name (Amman)."""
    for group, members in towns.items():
        if group in named or not capitals.get(group[0]):
            continue
        largest = max(members, key=_population)
        if key_of(largest["name"]) != key_of(capitals[group[0]]):  # "Bogotá", "Bogota"
            continue
        found = next((name for key, name in by_key.get(group[0], {}).items()
                      if _CAPITAL_DISTRICT.search(key) and (group[0], name) not in claimed), None)
        if found:
            named[group] = (largest["name"], found)
            claimed.add((group[0], found))


def _generic(name: str, key_of: Callable[[str], str]) -> bool:
    """A division called by a point of the compass or a generic word ("Eastern", "Centre",
    "Northern Region"): as a bare name in text it names something else far more often."""
    return _DIVISION_WORDS.sub("", key_of(name)) in _GENERIC_NAMES


def _population(city: dict) -> int:
    return int(city.get("population") or 0)


def admin1_names(cities: list[dict], countries: dict[str, dict], preferred: dict[tuple[str, str], str],
                 key_of: Callable[[str], str], skeleton: Callable[[str], str]) -> tuple[dict[Group, str], dict[tuple[str, str], str]]:
    """GeoNames (country, admin1 code) → the division's name, and (country, name) → its ISO
    name. ``preferred`` holds the supplement's spellings by (ISO3, key or skeleton): where it
    spells a division, that spelling is the name, so that a town from GeoNames and a camp
    from the supplement in one province name it alike."""
    bare_preferred = {(iso3, _DIVISION_WORDS.sub("", key)): name for (iso3, key), name in preferred.items()}
    names: dict[Group, str] = {}
    official: dict[tuple[str, str], str] = {}
    capitals = {code: country.get("capital") or "" for code, country in countries.items()}
    for group, (town_name, found) in name_divisions(cities, key_of, capitals).items():
        iso3 = countries.get(group[0], {}).get("iso3", "")
        keys = [key_of(town_name), *division_keys(found, key_of)]
        keys += [skeleton(k) for k in keys]
        # the English name of the town ("Aleppo") names the division better than its ISO
        # transliteration ("Ḩalab"), which stays an alias
        name = next((table[(iso3, k)] for k in keys for table in (preferred, bare_preferred) if (iso3, k) in table), town_name)
        names[group] = name
        official[(group[0], name)] = found
    return names, official
