"""Place mentions → coordinates, judged in the article's context.

Each name's candidates come from the gazetteer; the choice weighs a prior (population,
the feature's importance in news) against the article: the countries it names (as places,
adjectives or through its actors) and the provinces of places already resolved. Qalamoun
in a Hezbollah/Syria story is the Syrian mountain region, not the Lebanese coastal town.
A candidate in a country the article never names must stand out on its own (a large city)
or it is left unresolved rather than guessed.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from polybius.resolve.actors import ActorBase
from polybius.resolve.gazetteer import FEATURE_PRIOR, SUPPLEMENT, Gazetteer, Place, place_key
from polybius.resolve.names import name_key

_SUFFIXES = (" province", " governorate", " region", " district", " countryside", " city", " town", " village", " area")
# A candidate in a country the article does not name is taken only above this population.
_FOREIGN_POPULATION = 100_000


@dataclass(slots=True)
class ArticlePlaces:
    """The geographic context of one article, and its place resolutions so far."""

    gazetteer: Gazetteer
    base: ActorBase
    countries: dict[str, int] = field(default_factory=dict)  # ISO3 → mentions
    settings: dict[str, int] = field(default_factory=dict)  # ISO3 → mentions as a place (not an adjective)
    admin1: dict[str, int] = field(default_factory=dict)
    cache: dict[str, Place | None] = field(default_factory=dict)

    @classmethod
    def of(cls, doc: Doc, gazetteer: Gazetteer, base: ActorBase) -> ArticlePlaces:
        context = cls(gazetteer, base)
        for ent in doc.ents:
            if ent.label_ not in ("GPE", "NORP", "LOC"):
                continue
            iso3 = base.country_of(ent.text)
            if iso3:
                context.countries[iso3] = context.countries.get(iso3, 0) + 1
                if ent.label_ == "GPE" and name_key(ent.text) not in base.adjectives:
                    context.settings[iso3] = context.settings.get(iso3, 0) + 1
            elif ent.label_ in ("GPE", "LOC"):
                # a place whose every reading lies in one country names that country too
                found = {p.country for p in gazetteer.candidates(ent.text, fuzzy=False)}
                if len(found) == 1 and None not in found:
                    iso3 = found.pop()
                    context.countries[iso3] = context.countries.get(iso3, 0) + 1
                    context.settings[iso3] = context.settings.get(iso3, 0) + 1
        return context

    def setting(self) -> str | None:
        """The country the story happens in: the one named most as a place (its own name
        or its towns), when it leads clearly or is the only one."""
        ranked = sorted(self.settings.items(), key=lambda kv: -kv[1])
        if not ranked:
            return None
        if len(ranked) == 1 or ranked[0][1] >= 2 and ranked[0][1] > ranked[1][1]:
            return ranked[0][0]
        return None

    def resolve(self, text: str) -> Place | None:
        key = place_key(text)
        if key in self.cache:
            return self.cache[key]
        candidates = self.gazetteer.candidates(text)
        if not candidates:
            lowered = text.lower()
            for suffix in _SUFFIXES:
                if lowered.endswith(suffix) and len(text) > len(suffix) + 2:
                    candidates = self.gazetteer.candidates(text[: -len(suffix)])
                    break
        best = max(candidates, key=self._score, default=None)
        if best is not None and not self._plausible(best, candidates):
            best = None
        self.cache[key] = best
        if best is not None:
            if best.country:
                self.countries[best.country] = self.countries.get(best.country, 0) + 1
            if best.admin1:
                self.admin1[best.admin1] = self.admin1.get(best.admin1, 0) + 1
        return best

    def _score(self, place: Place) -> float:
        score = FEATURE_PRIOR.get(place.feature, 1.0) + math.log10(place.population + 1)
        if place.source == "supplement":
            score += 1.0  # curated for conflict news: a deliberate entry
        if self.countries:
            top = max(self.countries.values())
            score += 4.0 * self.countries.get(place.country or "", 0) / top
        if place.admin1 and place.admin1 in self.admin1:
            score += 1.5
        return score

    def _plausible(self, place: Place, candidates: list[Place]) -> bool:
        """Keep a reading in a country the article names, the only reading a name has, or
        a large place. A spelling guessed from its consonants must fit the article's
        countries: "Barna" is not Varna in a story about Aleppo."""
        if place.country in self.countries or place.feature == "country":
            return True
        if place.fuzzy:
            return not self.countries and place.population >= _FOREIGN_POPULATION
        if len({c.country for c in candidates}) == 1:
            return True
        return not self.countries or place.population >= _FOREIGN_POPULATION


def border_area(span: Span, base: ActorBase) -> tuple[str, ...] | None:
    """"the Syrian-Lebanese border", "Lebanon's border with Syria": the countries a border
    mention names, in order, or None."""
    words = [t for t in span if t.text not in ("-", "–")]
    if not any(t.lower_ in ("border", "frontier", "borders") for t in span):
        return None
    countries = []
    for token in words:
        iso3 = base.country_of(token.text)
        if iso3 and iso3 not in countries:
            countries.append(iso3)
    return tuple(countries) if len(countries) >= 2 else None


@lru_cache(maxsize=1)
def border_points() -> dict[frozenset[str], tuple[str, float, float]]:
    """The supplement's border areas by the pair of countries they join."""
    points: dict[frozenset[str], tuple[str, float, float]] = {}
    with SUPPLEMENT.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#") and line.strip()), delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in rows:
            countries = [c for c in (row.get("country") or "").split("|") if c]
            if row.get("feature") == "border_area" and len(countries) == 2:
                points.setdefault(frozenset(countries), (row["name"], float(row["lat"]), float(row["lon"])))
    return points


def border_countries(border: Token, base: ActorBase, own: str | None = None) -> list[str]:
    """The countries a "border" noun names: adjectives ("the Syrian-Lebanese border"), a
    "with X" ("the border with Syria"), a possessive ("Lebanon's border"; "its" is
    ``own``, the country of the clause's actor)."""
    countries: list[str] = []

    def add(token: Token) -> None:
        iso3 = base.country_of(token.text)
        if iso3 and iso3 not in countries:
            countries.append(iso3)

    for child in border.children:
        if child.dep_ in ("amod", "compound", "nmod", "poss"):
            if child.dep_ == "poss" and child.lower_ in ("its", "their") and own and own not in countries:
                countries.append(own)
            for token in child.subtree:
                add(token)
        elif child.dep_ == "prep" and child.lower_ in ("with", "between", "of"):
            for token in child.subtree:
                add(token)
    return countries
