"""Place mentions → coordinates, judged in the article's context.

Each name's candidates come from the gazetteer; the choice weighs a prior (population,
the feature's importance in news) against the article: the countries it names (as places,
adjectives or through its actors) and the provinces of places already resolved. Qalamoun
in a Hezbollah/Syria story is the Syrian mountain region, not the Lebanese coastal town.
A candidate in a country the article never names must stand out on its own (a large city)
or it is left unresolved rather than guessed.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from polybius.resolve.actors import ActorBase
from polybius.resolve.gazetteer import FEATURE_PRIOR, Gazetteer, Place, place_key, supplement_rows
from polybius.resolve.names import lost_apostrophe, name_key

_SUFFIXES = (" province", " governorate", " region", " district", " countryside", " city", " town", " village", " area")
# A candidate in a country the article does not name is taken only above this population.
_FOREIGN_POPULATION = 100_000
# A dateline: a town in capitals at the head of the story, then a comma, a bracket, a dash
# or a date ("BEIRUT, Aug 19 (Reuters) -", "ALEPPO, Syria —", "DAMASCUS (AP) -").
_DATELINE_PLACE = re.compile(r"^\s*(?P<place>[A-Z][A-Z'\-]{2,}(?: [A-Z][A-Z'\-]{2,}){0,2})\s*(?:,|\(|[-–—])")
# Where a country's name is an actor, not a setting: "Russia said", "Russia's jets".
_ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "compound", "agent"})


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
    def of(cls, doc: Doc, gazetteer: Gazetteer, base: ActorBase, text: str | None = None, offset: int = 0) -> ArticlePlaces:
        """The context of the article whose analysis is ``doc``. ``text`` is the article's
        own text (``doc`` may start at ``offset`` in it, and the model may have read a
        stand-in for some words: "IS" is shadowed), so names are quoted from it."""
        context = cls(gazetteer, base)
        for ent in doc.ents:
            if ent.label_ not in ("GPE", "NORP", "LOC", "PERSON", "ORG"):
                continue
            name = text[ent.start_char + offset: ent.end_char + offset] if text is not None else ent.text
            iso3 = base.country_of(name)
            if iso3:
                if ent.label_ in ("PERSON", "ORG"):
                    continue
                context.countries[iso3] = context.countries.get(iso3, 0) + 1
                if ent.label_ == "GPE" and name_key(name) not in base.adjectives and _role(ent.root) not in _ACTOR_DEPS:
                    # "in Syria", not "Russia said" or "Russia's jets": a country that acts
                    # is an actor, not where the story happens
                    context.settings[iso3] = context.settings.get(iso3, 0) + 1
            elif ent.label_ in ("GPE", "LOC") or base.lookup(name) is None:
                # a town whose every reading lies in one country places the story there,
                # more surely than the country's name; the model often tags a town it
                # does not know as a person, a group or a nationality ("Aleppo")
                readings = gazetteer.candidates(name, fuzzy=False)
                found = {p.country for p in readings}
                if len(found) != 1 or None in found:
                    continue
                if ent.label_ not in ("GPE", "LOC") and not any(p.population >= _FOREIGN_POPULATION or p.feature == "admin1" for p in readings):
                    continue
                iso3 = found.pop()
                context.countries[iso3] = context.countries.get(iso3, 0) + 1
                context.settings[iso3] = context.settings.get(iso3, 0) + 2
        if text is not None and offset == 0:
            context._read_dateline(text)
        return context

    def _read_dateline(self, text: str) -> None:
        """"BEIRUT, Aug 19 (Reuters) -": where the story was filed is context (its country,
        its province), though not where its events are."""
        match = _DATELINE_PLACE.match(text[:120])
        if match is None:
            return
        readings = [p for p in self.gazetteer.candidates(match["place"].title(), fuzzy=False) if p.feature in ("city", "admin1")]
        place = max(readings, key=lambda p: p.population, default=None)
        if place is None or not place.country:
            return
        # a deliberate statement of where the story comes from: it weighs two mentions
        self.countries[place.country] = self.countries.get(place.country, 0) + 2
        if place.admin1:
            self.admin1[place.admin1] = self.admin1.get(place.admin1, 0) + 1

    def setting(self) -> str | None:
        """The country the story happens in: the one named most as a place (its own name
        or its towns), when it leads clearly or is the only one."""
        ranked = sorted(self.settings.items(), key=lambda kv: -kv[1])
        if not ranked:
            return None
        if len(ranked) == 1 or ranked[0][1] >= 2 and ranked[0][1] > ranked[1][1]:
            return ranked[0][0]
        return None

    def resolve(self, text: str, untagged: bool = False) -> Place | None:
        """The place ``text`` names here, or None. ``untagged``: the words are a proper
        noun the model did not take for a place, and must pass a stricter test."""
        key = f"?{place_key(text)}" if untagged else place_key(text)
        if key in self.cache:
            return self.cache[key]
        candidates = self.gazetteer.candidates(text)
        if all(c.fuzzy for c in candidates) and lost_apostrophe(text):
            # "Aleppos neighbourhoods", "Syrias Aleppo": a possessive whose apostrophe the
            # page lost; the bare name, spelt exactly, wins over a guess from consonants
            candidates = self.gazetteer.candidates(text[:-1], fuzzy=False) or candidates
        if not candidates:
            lowered = text.lower()
            for suffix in _SUFFIXES:
                if lowered.endswith(suffix) and len(text) > len(suffix) + 2:
                    candidates = self.gazetteer.candidates(text[: -len(suffix)])
                    break
        best = max(candidates, key=self._score, default=None)
        if best is not None and not self._plausible(best, candidates):
            best = None
        if best is not None and untagged and not self._plausible_untagged(best):
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
            # the story's countries outweigh size: "Hass" in a story of Idlib is the
            # Syrian village, not the Saudi city of Ha'il that also goes by that name
            top = max(self.countries.values())
            score += 6.0 * self.countries.get(place.country or "", 0) / top
        if place.admin1 and place.admin1 in self.admin1:
            score += 1.5
        return score

    def _plausible_untagged(self, place: Place) -> bool:
        """A capitalised word the model did not take for a place ("Terrorist Attacks",
        "Mortar Shell") is a curated place, a division or a country, or a town in a
        country the story names, or a large city spelt exactly: never a guess abroad."""
        if place.source == "supplement" or place.feature in ("admin1", "country"):
            return True
        if place.population == 0:
            return False
        if place.country in self.countries:
            return True
        # abroad only when the story names no country at all, and then a large city
        return not self.countries and not place.fuzzy and place.population >= _FOREIGN_POPULATION

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


def _role(token: Token) -> str:
    """The dependency of a word, through coordination: "France and Britain called" are
    both subjects."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token.dep_


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
    for row in supplement_rows():
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
