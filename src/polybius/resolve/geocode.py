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

from polybius.code.knowledge import DATA_DIR
from polybius.resolve.actors import ActorBase
from polybius.resolve.gazetteer import FEATURE_PRECISION, FEATURE_PRIOR, Gazetteer, Place, distance_km, place_key, skeleton, supplement_rows
from polybius.resolve.names import lost_apostrophe, name_key

_SUFFIXES = (" province", " governorate", " region", " district", " countryside", " city", " town", " village", " area")
# What a first-level division weighs against towns of its name, as if it had this many
# (log10) people: more than a village abroad ("Queensland" is the Australian state, not a
# hamlet in Alberta), less than a city ("Washington" is the capital, not the state).
_DIVISION_SIZE = 4.0
# A candidate in a country the article does not name is taken only above this population.
_FOREIGN_POPULATION = 100_000
# A dateline: a town in capitals at the head of the story, then a comma, a bracket, a dash
# or a date ("BEIRUT, Aug 19 (Reuters) -", "ALEPPO, Syria —", "DAMASCUS (AP) -").
_DATELINE_PLACE = re.compile(r"^\s*(?P<place>[A-Z][A-Z'\-]{2,}(?: [A-Z][A-Z'\-]{2,}){0,2})\s*(?:,|\(|[-–—])")
# Where a country's name is an actor, not a setting: "Russia said", "Russia's jets".
_ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "compound", "agent"})
# Parts of a city: such a reading must lie in the province its sentence names, if any.
_QUARTERS = frozenset({"neighbourhood", "district"})
# Words that make a name a part of the place after them: "Northeastern Aleppo".
_COMPASS = frozenset({"northern", "southern", "eastern", "western", "northeastern", "northwestern",
                      "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
                      "south-western", "central"})
# Suffixes that make a name a first-level division.
_DIVISION_SUFFIXES = frozenset({" province", " governorate"})
# Readings of one name on either side of a border this close are twin towns.
_TWIN_KM = 15.0
# Where a town's name is its government acting ("Tehran said"); "Aleppo countryside" is a place.
_SPEAKER_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})


@dataclass(slots=True)
class ArticlePlaces:
    """The geographic context of one article, and its place resolutions so far."""

    gazetteer: Gazetteer
    base: ActorBase
    countries: dict[str, int] = field(default_factory=dict)  # ISO3 → mentions
    settings: dict[str, int] = field(default_factory=dict)  # ISO3 → mentions as a place (not an adjective)
    admin1: dict[str, int] = field(default_factory=dict)
    cache: dict[str, Place | None] = field(default_factory=dict)
    named: set[str] = field(default_factory=set)  # ISO3 of the countries the text names ("Lebanon", "Lebanese")
    sentence_provinces: dict[int, tuple[tuple[int, int, str], ...]] = field(default_factory=dict)  # sentence start → (words, province) it names
    entities: list[Span] = field(default_factory=list)  # the document's entities, read once (Doc.ents builds them anew)
    lead: set[str] | None = None  # ISO3 placed in the article's first sentence; None when the document is not its start
    divided: set[str] = field(default_factory=set)  # ISO3 placed by a first-level division's name ("Northern Ireland")

    @classmethod
    def of(cls, doc: Doc, gazetteer: Gazetteer, base: ActorBase, text: str | None = None, offset: int = 0) -> ArticlePlaces:
        """The context of the article whose analysis is ``doc``. ``text`` is the article's
        own text (``doc`` may start at ``offset`` in it, and the model may have read a
        stand-in for some words: "IS" is shadowed), so names are quoted from it."""
        context = cls(gazetteer, base)
        context.entities = list(doc.ents)
        first = next(doc.sents, None) if offset == 0 and len(doc) else None
        context.lead = set() if first is not None else None
        shared: list[tuple[Span, set[str]]] = []  # towns whose name other countries' towns share too
        for ent in context.entities:
            if ent.label_ not in ("GPE", "NORP", "LOC", "PERSON", "ORG") or is_origin(ent):
                continue
            name = text[ent.start_char + offset: ent.end_char + offset] if text is not None else ent.text
            if ent.label_ in ("GPE", "LOC") and inside_actor_name(ent, base, text if text is not None else doc.text, offset if text is not None else 0):
                continue
            iso3 = base.country_of(name)
            if iso3:
                if ent.label_ in ("PERSON", "ORG") or in_a_ban_note(ent.root, base):
                    continue
                context.named.add(iso3)
                context.countries[iso3] = context.countries.get(iso3, 0) + 1
                if ent.label_ == "GPE" and name_key(name) not in base.adjectives and _role(ent.root) not in _ACTOR_DEPS \
                        and not is_venue(ent.root, base):
                    # "in Syria", not "Russia said" or "Russia's jets": a country that acts
                    # is an actor, not where the story happens; nor is where talks sit
                    context._place(iso3, 1, ent, first)
            elif ent.label_ in ("GPE", "LOC") or base.lookup(name) is None:
                # a town whose every reading lies in one country places the story there,
                # more surely than the country's name; the model often tags a town it
                # does not know as a person, a group or a nationality ("Aleppo")
                readings = gazetteer.candidates(name, fuzzy=False)
                found = {p.country for p in readings}
                if len(found) > 1 and ent.label_ in ("GPE", "LOC") and None not in found:
                    shared.append((ent, found))
                if len(found) != 1 or None in found:
                    continue
                if ent.label_ not in ("GPE", "LOC") and not any(p.population >= _FOREIGN_POPULATION or p.feature == "admin1" for p in readings):
                    continue
                iso3 = found.pop()
                context.countries[iso3] = context.countries.get(iso3, 0) + 1
                if any(p.feature == "admin1" for p in readings):
                    context.divided.add(iso3)
                if _role(ent.root) not in _SPEAKER_DEPS and not is_venue(ent.root, base) \
                        and not names_talks(ent.root, base):  # "Tehran said" is Iran speaking; "the Astana talks" name talks
                    context._place(iso3, 2, ent, first)
        for ent, found in shared:
            # "Palmyra" in a story that names Syria and not the United States: of the
            # countries the article names, its readings lie in one, which it places the story in
            if _role(ent.root) in _SPEAKER_DEPS or is_venue(ent.root, base) or names_talks(ent.root, base):
                continue
            named = found & context.named
            iso3 = named.pop() if len(named) == 1 else None
            if iso3 is None and not named:
                # "Sydney", "Buenos Aires" in a story that names no country at all: a city of
                # note is its own country's, whatever hamlets abroad share its name (Lee corpus
                # check: Australian stories that never say "Australia" had no country)
                name = text[ent.start_char + offset: ent.end_char + offset] if text is not None else ent.text
                iso3 = gazetteer.country_of_a_city_of_note(name)
            if iso3 is not None:
                context._place(iso3, 1, ent, first)
        if text is not None and offset == 0:
            context._read_dateline(text)
        context._read_provinces(doc, text, offset)
        return context

    def _place(self, iso3: str, weight: int, ent: Span, first: Span | None) -> None:
        """Count a place mention of ``iso3`` towards the story's setting; one in the
        article's first sentence (``first``) is also its lead's."""
        self.settings[iso3] = self.settings.get(iso3, 0) + weight
        if self.lead is not None and first is not None and ent.start < first.end:
            self.lead.add(iso3)

    def _read_provinces(self, doc: Doc, text: str | None, offset: int) -> None:
        """Provinces and large towns of the story's country that the article names are
        context for every other name in it, whatever their order: "the Shaar gas field"
        before "Homs" is the field in Homs."""
        setting = self.setting()
        if setting is None:
            return
        for ent in self.entities:
            if ent.label_ not in ("GPE", "LOC"):
                continue
            name = text[ent.start_char + offset: ent.end_char + offset] if text is not None else ent.text
            province = self._province_named(name, setting)
            if province is not None:
                self.admin1[province] = self.admin1.get(province, 0) + 1

    def _province_named(self, name: str, country: str | None) -> str | None:
        """The province of ``country`` that ``name`` names outright: its own name or a
        large town's, spelt exactly and read one way only ("Homs", "Homs city")."""
        suffix = next((s for s in _SUFFIXES if name.lower().endswith(s) and len(name) > len(s) + 2), "")
        readings = {p.admin1 for p in self.gazetteer.candidates(name[: len(name) - len(suffix)], fuzzy=False)
                    if p.country == country and p.admin1 and (p.feature == "admin1" or p.population >= _FOREIGN_POPULATION)}
        return readings.pop() if len(readings) == 1 else None

    def _read_dateline(self, text: str) -> None:
        """"BEIRUT, Aug 19 (Reuters) -": where the story was filed is context (its country,
        its province), though not where its events are."""
        match = _DATELINE_PLACE.match(text[:120])
        if match is None:
            return
        readings = [p for p in self.gazetteer.candidates(match["place"].title(), fuzzy=False) if p.feature in ("city", "admin1")]
        state = re.match(r",\s*([A-Z][A-Za-z.]*(?: [A-Z][a-z]*\.)?)", text[match.end("place"):match.end("place") + 12])
        entry = division_abbreviations().get(state[1]) if state else None
        if entry is not None and any(p.admin1 == entry[0] and p.country == entry[1] for p in readings):
            # "SPRINGFIELD, Ill. (AP) -": the abbreviated state says which Springfield
            readings = [p for p in readings if p.admin1 == entry[0] and p.country == entry[1]]
        place = max(readings, key=lambda p: p.population, default=None)
        if place is None or not place.country:
            return
        # a deliberate statement of where the story comes from: it weighs two mentions
        self.countries[place.country] = self.countries.get(place.country, 0) + 2
        if place.admin1:
            self.admin1[place.admin1] = self.admin1.get(place.admin1, 0) + 1

    def setting(self) -> str | None:
        """The country the story happens in: the one named most as a place (its own name
        or its towns), when it leads clearly or is the only one; but a country named once
        as a place gives way to one the article names clearly more often in all ways."""
        ranked = sorted(self.settings.items(), key=lambda kv: -kv[1])
        if not ranked:
            return None
        if len(ranked) == 1 or ranked[0][1] >= 2 and ranked[0][1] > ranked[1][1]:
            return self._outnamed(ranked[0][0]) or self._namesake_outnamed(ranked[0][0]) or ranked[0][0]
        return None

    def _namesake_outnamed(self, leader: str) -> str | None:
        """The country that outweighs ``leader``, a setting the article never names by a word
        of its own (name, demonym, capital), only through towns the gazetteer reads there
        alone: the country it names most by its own words, at least twice and more often than
        those towns, when that one leads. "A Kenyan court declared the strike illegal ... he
        said at a joint press conference with Munya" is set in Kenya, not in Myanmar, where a
        township is called Munya; "Park" of "Park Geun-hye" is no US village in a South Korea
        story (News Articles checks N2 n 93, N4 n 26, N4 n 47). None when there is no such
        country, or the towns are named as often as it ("Aleppo" four times in a story that
        says "Russian" twice and never "Syria" stays in Syria), or one is a first-level division."""
        if leader in self.named or leader in self.divided:
            return None  # "Northern Ireland", "Tibet": a part of the country named, no namesake
        # the named country placed most, then named most: a dateline ("MOSCOW, February 13.
        # /TASS/. The Syrian army continues its offensive ...") names the wire's home, no place
        ranked = sorted(((self.settings.get(iso3, 0), count, iso3) for iso3, count in self.countries.items() if iso3 in self.named),
                        reverse=True)
        if not ranked:
            return None
        placed, count, top = ranked[0]
        if count < 2 or count <= self.countries.get(leader, 0) or len(ranked) > 1 and ranked[1][:2] == (placed, count):
            return None
        return top

    def _outnamed(self, leader: str) -> str | None:
        """The country that outweighs ``leader``, a setting the article names once only, as
        a place after its first sentence: the one it names most, at least twice, by any word,
        its possessive and its demonym too ("The death toll in Argentina's food riots has
        risen ... The presidents of neighbouring Brazil and Chile say ..." is set in
        Argentina, named three times but never as a place, not in Brazil). A place in the
        lead ("Russia says it killed 7 commanders in Syria") or named again in any way
        ("Syrian") keeps its story. None when there is no such country."""
        if self.lead is None or leader in self.lead or self.countries.get(leader, 0) > 1 or self.settings.get(leader, 0) > 1:
            return None
        ranked = sorted(self.countries.items(), key=lambda kv: -kv[1])
        top, count = ranked[0] if ranked else (leader, 0)
        if top == leader or count < 2 or len(ranked) > 1 and ranked[1][1] == count:
            return None
        return top

    def home(self) -> str | None:
        """The story's country: its setting, else the country it names most (as an
        adjective too: "Syrian warplanes"), when that one leads."""
        setting = self.setting()
        if setting is not None or not self.countries:
            return setting
        ranked = sorted(self.countries.values(), reverse=True)
        if len(ranked) == 1 or ranked[0] > ranked[1]:
            return max(self.countries, key=self.countries.__getitem__)
        return None

    def provinces_near(self, words: Span | Token, text: str, offset: int = 0) -> frozenset[str]:
        """The provinces of the story's country that the sentence of ``words`` names
        outright by other words, by their own name or a large town's: "al-Khaldiyeh
        neighbourhood in Aleppo city", "the Shaar gas field east of Homs". A name in that
        sentence is read in them first (never in itself: "Tripoli" does not vouch for
        the Tripoli it may be)."""
        sentence = words.sent
        if sentence.start_char not in self.sentence_provinces:
            home, found = self.home(), []
            for ent in self.entities:
                if ent.start < sentence.start or ent.end > sentence.end:
                    continue
                if ent.label_ not in ("GPE", "LOC", "NORP", "PERSON", "ORG", "FAC"):
                    continue
                province = self._province_named(text[ent.start_char + offset: ent.end_char + offset], home)
                if province is not None:
                    found.append((ent.start, ent.end, province))
            self.sentence_provinces[sentence.start_char] = tuple(found)
        first, last = (words.i, words.i + 1) if isinstance(words, Token) else (words.start, words.end)
        named = frozenset(admin1 for start, end, admin1 in self.sentence_provinces[sentence.start_char] if end <= first or start >= last)
        return named | self._apposed_division(words.doc, last, text, offset)

    def _apposed_division(self, doc: Doc, end: int, text: str, offset: int) -> frozenset[str]:
        """A division set off by a comma right after a name is the name's, in any country:
        "Paris, Texas", "London, Ontario", "Jos, Plateau State", "Springfield, Ill."."""
        if end + 1 >= len(doc) or doc[end].text != ",":
            return frozenset()
        abbreviated = self.abbreviated_division(doc, end + 1, text, offset)
        if abbreviated is not None and abbreviated[0].admin1:
            return frozenset({abbreviated[0].admin1})
        ent = next((e for e in self.entities if e.start == end + 1), None)
        if ent is None:
            return frozenset()
        name = text[ent.start_char + offset: ent.end_char + offset]
        return frozenset(p.admin1 for p in self.gazetteer.candidates(name, fuzzy=False) if p.feature == "admin1" and p.admin1)

    def abbreviated_division(self, doc: Doc, start: int, text: str, offset: int = 0) -> tuple[Place, int] | None:
        """The first-level division that the words from ``doc[start]`` abbreviate, set off
        by a comma after a name ("Springfield, Ill.", "Austin, TX", "London, Ont."), and
        the token where the abbreviation ends; None elsewhere: an abbreviation alone
        ("Miss.", "Wash.", "IN") is no place."""
        if start < 2 or start >= len(doc) or doc[start - 1].text != "," or doc[start - 2].pos_ != "PROPN":
            return None
        table = division_abbreviations()
        for end in (start + 3, start + 2, start + 1):  # "W. Va." may be two tokens, "Ill" and "."
            if end > len(doc):
                continue
            words = text[doc[start].idx + offset: doc[end - 1].idx + len(doc[end - 1]) + offset]
            entry = table.get(words)
            if entry is None:
                continue
            if words.isalpha() and end < len(doc) and doc[end].is_alpha and doc[end].is_upper:
                return None  # "IN", "OR" in a line of capitals is a word, not a state's code
            division = next((p for p in self.gazetteer.candidates(entry[0], fuzzy=False)
                             if p.feature == "admin1" and p.country == entry[1]), None)
            return (division, end) if division is not None else None
        return None

    def resolve(self, text: str, untagged: bool = False, kinds: frozenset[str] = frozenset(),
                near: frozenset[str] = frozenset()) -> Place | None:
        """The place ``text`` names here, or None. ``untagged``: the words are a proper
        noun the model did not take for a place, and must pass a stricter test.
        ``kinds``: the features the noun after the name asks for ("the Qalamoun
        barrens" is the mountains, not the town), when the name has such a reading.
        ``near``: the provinces the same sentence names (``provinces_near``)."""
        bare = place_key(text)
        if bare in generic_heads() and text.strip().isalpha():
            return None  # "Tal" of a "Tal Abyad" the model cut short names no place ("al-Bab" does)
        key = ("?" if untagged else "") + bare + ("|" + ",".join(sorted(kinds)) if kinds else "") + ("@" + ",".join(sorted(near)) if near else "")
        if key in self.cache:
            return self.cache[key]
        candidates = self.gazetteer.candidates(text)
        if kinds and any(c.feature in kinds for c in candidates):
            candidates = [c for c in candidates if c.feature in kinds]
        if all(c.fuzzy for c in candidates) and lost_apostrophe(text):
            # "Aleppos neighbourhoods", "Syrias Aleppo": a possessive whose apostrophe the
            # page lost; the bare name, spelt exactly, wins over a guess from consonants
            candidates = self.gazetteer.candidates(text[:-1], fuzzy=False) or candidates
        if all(c.fuzzy for c in candidates):
            # a name the gazetteer has not spelt so: "Hasakeh province" (the division is
            # "Al-Hasakah"), "Northeastern Aleppo"; the name inside it, spelt exactly or
            # nearly, wins over a guess from the consonants of the whole
            candidates = self._name_inside(text) or candidates
        curated = any(c.source == "supplement" for c in candidates)
        best = max(candidates, key=lambda c: self._score(c, curated) + (4.0 if c.admin1 and c.admin1 in near else 0.0), default=None)
        best = _namesake_town(best, candidates)
        if near and best is not None and best.admin1 not in near:
            # a reading inside a province the sentence names beats one elsewhere, however
            # much larger ("Paris, Texas"; "al-Bab" in a sentence about Aleppo)
            inside = [c for c in candidates if c.admin1 in near and not c.fuzzy]
            best = max(inside, key=lambda c: self._score(c, curated), default=best)
        best = self._own_name(best, candidates)
        best = self._twin_in_setting(best, candidates)
        best = _own_name_of_large_place(best, candidates, near)
        if best is not None and near and (best.feature in _QUARTERS or best.fuzzy) and best.admin1 not in near:
            # "al-Kallaseh in Damascus" is no quarter of Aleppo of that name; "the village of
            # Qassiab in Hasakeh province" is no guess from its consonants in another province
            best = None
        # a curated feature of the kind the text names ("the Qalamoun barrens") needs no
        # more context: the noun confirms the reading
        confirmed = best is not None and bool(kinds) and best.feature in kinds and best.source == "supplement"
        confirmed = confirmed or (best is not None and best.admin1 in near and not best.fuzzy)  # the sentence vouches for it
        if best is not None and not confirmed and not self._plausible(best, candidates):
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

    def may_name_a_place(self, text: str) -> bool:
        """Could ``resolve`` find any place for ``text``? Only when the gazetteer has a
        reading of it, of it without a lost apostrophe's "s", or of a name inside it. The
        gazetteer keeps its answers, so this is cheap, and it has no effect on the story's
        counts: asked first, it spares dearer questions about words that name no place."""
        if self.gazetteer.candidates(text):
            return True
        if lost_apostrophe(text) and self.gazetteer.candidates(text[:-1], fuzzy=False):
            return True
        return bool(self._name_inside(text))

    def _name_inside(self, text: str) -> list[Place]:
        """The readings of the name inside ``text``: before a place noun ("Hasakeh
        province": the province of the town of that name) or after a compass word
        ("Northeastern Aleppo": a part of the province the rest names)."""
        lowered = text.lower()
        for suffix in _SUFFIXES:
            if lowered.endswith(suffix) and len(text) > len(suffix) + 2:
                candidates = self.gazetteer.candidates(text[: -len(suffix)])
                if suffix in _DIVISION_SUFFIXES:
                    candidates = self._divisions_of(candidates) or candidates
                return candidates
        first, _, rest = text.partition(" ")
        if rest and first.lower() in _COMPASS:
            candidates = self.gazetteer.candidates(rest, fuzzy=False)
            return self._divisions_of(candidates) if any(c.feature == "admin1" for c in candidates) else candidates
        return []

    def _divisions_of(self, candidates: list[Place]) -> list[Place]:
        """The first-level divisions among ``candidates``, else those their towns lie in."""
        divisions = [c for c in candidates if c.feature == "admin1"]
        if divisions:
            return divisions
        for town in candidates:
            if town.admin1 and not town.fuzzy:
                divisions += [p for p in self.gazetteer.candidates(town.admin1, fuzzy=False)
                              if p.feature == "admin1" and p.country == town.country and p not in divisions]
        return divisions

    @staticmethod
    def _own_name(best: Place | None, candidates: list[Place]) -> Place | None:
        """A name that is one place's own, and only another name of a place elsewhere in
        the same country, is the first: "Adra" is the town near Damascus, though GeoNames
        also lists it among the names of Dar'a, a larger town."""
        if best is None or not best.alternate or best.fuzzy or best.source == "supplement":
            return best  # a curated spelling is deliberate ("Malaah" of the Mallah Farms)
        # (a province named after its town is the same place: "Quneitra" stays the town)
        own = [c for c in candidates if c.country == best.country and c.admin1 != best.admin1 and not c.alternate and not c.fuzzy]
        return max(own, key=lambda c: (FEATURE_PRIOR.get(c.feature, 1.0), c.population), default=best)

    def _twin_in_setting(self, best: Place | None, candidates: list[Place]) -> Place | None:
        """Twin towns across a border go by one name ("Ras al-Ain" is also Ceylanpınar's,
        "Rafah" lies in Gaza and in Egypt): of two readings a few kilometres apart on either
        side, the one in the story's country is meant, however much larger the other."""
        setting = self.setting()
        if best is None or setting is None or best.country == setting or best.fuzzy:
            return best
        twins = [c for c in candidates if c.country == setting and not c.fuzzy
                 and distance_km(best.lat, best.lon, c.lat, c.lon) <= _TWIN_KM]
        return max(twins, key=self._score, default=best)

    def _score(self, place: Place, curated: bool = False) -> float:
        """How likely ``place`` is meant. ``curated``: a curated (supplement) reading is
        among the candidates, and a division of its name gets no bonus for its size."""
        score = FEATURE_PRIOR.get(place.feature, 1.0) + math.log10(place.population + 1)
        if place.feature == "admin1" and not place.fuzzy and not curated:
            score += _DIVISION_SIZE  # a state or province outranks a village abroad of its name
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
        "Aid to the Church in Need") is a curated place, a division or a country, a town
        spelt exactly of the story's own country or of one the text names outright, or a
        large town: never a small town of a country the story only reached through other
        resolutions, which ordinary words too often spell."""
        if place.source == "supplement" or place.feature in ("admin1", "country"):
            return True
        if place.fuzzy:  # a guess from consonants, for a word the model did not tag: a name of
            # two words or more in the story's own country ("Khan Shaikhoun"), or a large town
            if place.country is not None and place.country == self.home() and _several_words(place):
                return True
            return place.population >= _FOREIGN_POPULATION and place.country in self.countries
        if place.country is not None and (place.country == self.home() or place.country in self.named and not place.alternate):
            # a village of unknown size too ("the town of Marea"), "Aarsal" in a story naming
            # Lebanon; in another country by its own name only: "Bari" in a story of Syria
            # naming Turkey is no Turkish village that GeoNames also calls so
            return True
        if place.country in self.countries:
            return _notable(place)  # a large town, or a regional capital ("Kherson", "Kidal")
        # abroad only when the story names no country at all, and then a large city
        return not self.countries and place.population >= _FOREIGN_POPULATION

    def _plausible(self, place: Place, candidates: list[Place]) -> bool:
        """Keep a reading in a country the article names, the only reading a name has, or
        a large place. A spelling guessed from its consonants must fit the article's
        countries: "Barna" is not Varna in a story about Aleppo."""
        if place.fuzzy:
            # another spelling of a name is a guess: in the story's own country ("Deir
            # Ezour" in a Syria story); in another country it names, only a name of two
            # words or more, whose consonants rarely meet by chance ("Babeska" is not
            # Basoko); of a large city when the story names no country
            if place.country is not None and place.country == self.setting():
                return True
            if place.country in self.countries:
                return _several_words(place)
            return not self.countries and place.population >= _FOREIGN_POPULATION
        if place.country in self.countries or place.feature == "country":
            return True
        if len({c.country for c in candidates}) == 1:
            # the only reading of the name, unless the story happens in another country:
            # "Hajjar" in a Latakia story is a village the gazetteer lacks, not Yemen's
            return self.setting() is None or place.population >= _FOREIGN_POPULATION
        return not self.countries or place.population >= _FOREIGN_POPULATION


def division_seat(place: Place) -> bool:
    """A town that gives its first-level division its name, by its own name: "Kherson" in
    Kherson Oblast, "Kidal" in Kidal, "Tillabéri" in Tillabéri. A regional capital is a
    town news names, however small GeoNames counts it."""
    if place.feature == "admin1" or not place.admin1 or place.alternate or place.fuzzy:
        return False
    own, division = place_key(place.name), place_key(place.admin1)
    return bool(own) and (division == own or division.startswith(own + " "))


def _notable(place: Place) -> bool:
    """A place news abroad names: a large town, or one that gives its province its name
    (a regional capital GeoNames may count small: Kherson, Kidal)."""
    return place.population >= _FOREIGN_POPULATION or division_seat(place)


def _own_name_of_large_place(best: Place | None, candidates: list[Place], near: frozenset[str]) -> Place | None:
    """A name that is only another name of the reading the context chose, and the own name
    of a large place far larger, is the large place: "Jerusalem" in a story set in the
    United States is the city, not El Rio (California), which GeoNames also calls so.
    The story's countries weigh a reading; they do not turn a city's own name into a
    small town's other name. A province the sentence names still vouches for its reading."""
    if best is None or not best.alternate or best.fuzzy or best.source == "supplement" or (best.admin1 and best.admin1 in near):
        return best
    prior = FEATURE_PRIOR.get(best.feature, 1.0) + math.log10(best.population + 1)
    own = [c for c in candidates if not c.alternate and not c.fuzzy and c.population >= _FOREIGN_POPULATION
           and FEATURE_PRIOR.get(c.feature, 1.0) + math.log10(c.population + 1) >= prior + 1.0]
    return max(own, key=lambda c: c.population, default=best)


def _namesake_town(best: Place | None, candidates: list[Place]) -> Place | None:
    """A division named after its town, when the words name the town too, is the town:
    "Idlib" is the city, "Idlib province" the division."""
    if best is None or best.feature != "admin1":
        return best
    towns = [c for c in candidates if c.feature not in FEATURE_PRECISION and c.country == best.country
             and c.admin1 == best.admin1 and place_key(c.name) == place_key(best.name)]
    return max(towns, key=lambda c: c.population, default=best)


def is_venue(word: Token, base: ActorBase) -> bool:
    """Whether a place's word is where talks sit, not where the story happens: "peace talks
    with the rebels scheduled for later this month in Norway", "power-sharing talks in
    Switzerland", "the plans discussed in Vienna" (descriptions.yaml ``venue_nouns``,
    ``venue_verbs``). The place after "in" or "at" hangs on such a noun, on such a verb, or
    on a participle that describes the talks or their parties."""
    if _role(word) != "pobj" or word.head.lower_ not in ("in", "at"):
        return False
    holder = word.head.head
    if holder.pos_ == "VERB" and name_key(holder.lemma_) in base.cue("venue_verbs"):
        return True
    for _ in range(4):  # "talks with the insurgents scheduled ... in Thailand": up to the talks
        if holder.pos_ in ("NOUN", "PROPN") and base.cue("venue_nouns") & _noun_words(holder):
            return True
        if holder.dep_ not in ("acl", "pobj", "prep") or holder.head == holder:
            return False
        holder = holder.head
    return False


def names_talks(word: Token, base: ActorBase) -> bool:
    """Whether a town's name stands before talks as their name, not where the story happens:
    "the Geneva talks on Syria", "the Astana process", "the Minsk accords" (descriptions.yaml
    ``venue_nouns``, ``venue_compound_nouns``). A Syria story that says "the Geneva talks" six
    times is no Swiss story (News Articles checks N3 n 9, N8 n 63: its "insurgents" were read as
    Switzerland's). Only a town's name: "the Syria talks" still says what the talks are about."""
    if word.dep_ not in ("compound", "nmod", "amod") or word.head.pos_ not in ("NOUN", "PROPN"):
        return False
    noun = word.head
    return bool((base.cue("venue_nouns") | base.cue("venue_compound_nouns")) & {noun.lemma_.lower(), noun.lower_})


def _noun_words(noun: Token) -> set[str]:
    """A noun's words, and those of what it counts: "a new round of negotiations" is
    negotiations."""
    words = {noun.lemma_.lower(), noun.lower_}
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            words |= {w for t in prep.children if t.dep_ == "pobj" for w in (t.lemma_.lower(), t.lower_)}
    return words


def is_origin(ent: Span) -> bool:
    """"the UK-based Observatory", "London based": where an actor sits, not where the
    event is, nor where the story happens."""
    doc = ent.doc
    after = [t.lower_ for t in doc[ent.end: ent.end + 2]]
    return after[:1] in (["based"], ["-based"]) or after == ["-", "based"]


def in_a_ban_note(word: Token, base: ActorBase) -> bool:
    """"Jabhat al-Nusra (banned in Russia)", "outlawed in Russia": a country named in a legal
    note that some outlets add to a group's name (descriptions.yaml ``ban_verbs``). It is
    neither where the story happens nor a country it is about. ``word``: the country's
    word, or the root of its entity."""
    return word.dep_ == "pobj" and word.head.lower_ == "in" and name_key(word.head.head.lemma_) in base.cue("ban_verbs")


def _several_words(place: Place) -> bool:
    """A name of two words or more, whose consonants rarely meet another's by chance."""
    return len(skeleton(place_key(place.name)).split()) >= 2


def inside_actor_name(ent: Span, base: ActorBase, text: str, offset: int = 0) -> bool:
    """"Iraq" in "the Islamic State in Iraq and the Levant", "Aleppo" in "the Aleppo Media
    Center": a word of a longer name the actor table knows is no place of the story."""
    doc = ent.doc
    key = f"polybius.inside_actor_name.{ent.start}.{ent.end}"  # asked again for each event of a sentence
    if key not in doc.user_data:
        doc.user_data[key] = _inside_actor_name(doc, ent.start, ent.end, base, text, offset)
    return doc.user_data[key]


def _inside_actor_name(doc: Doc, first: int, last: int, base: ActorBase, text: str, offset: int) -> bool:
    starts = [i for i in range(max(0, first - 6), first + 1) if doc[i].is_title or doc[i].is_upper]
    for start in starts:  # "Islamic State of Iraq and the Levant"
        for end in range(last, min(len(doc), last + 4) + 1):
            if (start, end) == (first, last):
                continue
            entity = base.lookup(text[doc[start].idx + offset: doc[end - 1].idx + len(doc[end - 1]) + offset])
            if entity is not None and entity.kind != "country":
                return True
    return False


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
def division_abbreviations() -> dict[str, tuple[str, str]]:
    """Abbreviations of first-level divisions written after a town and a comma
    (``data/places/division_abbreviations.tsv``): "Ill." → ("Illinois", "USA")."""
    path = DATA_DIR / "places" / "division_abbreviations.tsv"
    table: dict[str, tuple[str, str]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip() or line.startswith("#"):
                continue
            abbreviation, division, country = line.rstrip("\n").split("\t")[:3]
            table[abbreviation] = (division, country)
    return table


@lru_cache(maxsize=1)
def generic_heads() -> frozenset[str]:
    """Words that begin place names and name none alone (``data/places/generic_heads.tsv``)."""
    path = DATA_DIR / "places" / "generic_heads.tsv"
    with path.open(encoding="utf-8") as handle:
        rows = [line.split("\t", 1)[0].strip() for line in handle if line.strip() and not line.startswith("#")]
    return frozenset(place_key(word) for word in rows[1:])


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
