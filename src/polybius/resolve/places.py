"""Where an event happened: the place tied to it by the parse, resolved to coordinates.

The place is the one a locative preposition ties to the trigger or its verb ("in",
"at", "near", "on the outskirts of", "north of"), else the first place named in the
sentence outside the actor and recipient. Its name is resolved in the article's context
(``geocode.ArticlePlaces``); precision is 1 for a town or feature, 2 near a town (or a
district), 3 for a province or region, 4 for a country. A name the gazetteer cannot
place keeps its words and no coordinates: never a guess.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from spacy.tokens import Span, Token

from polybius.model import Place
from polybius.resolve.actors import ActorBase
from polybius.resolve.geocode import ArticlePlaces, border_area
from polybius.resolve.names import name_key

PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
LOCATIVE_PREPOSITIONS = frozenset({"against", "in", "at", "near", "outside", "inside", "around", "across", "into", "from", "on", "within", "throughout", "of", "over", "along", "off", "towards", "toward", "under", "beyond"})
# Words that put the event beside the place rather than in it.
_CALENDAR = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
})
# Common nouns that follow a place's name: "Aarsal region", "Idlib countryside".
_PLACE_NOUNS = frozenset({"region", "area", "countryside", "outskirts", "province", "district", "town", "village", "city", "camp", "suburb", "neighbourhood", "neighborhood", "valley", "mountains", "mountain", "desert", "crossing", "checkpoint", "airport", "base", "airbase"})
# Parts of a town: "the Salihiah neighbourhood of Hasakeh".
_QUARTER_NOUNS = frozenset({"neighbourhood", "neighborhood", "district", "quarter", "suburb", "area", "camp"})
# Nouns after a name that make it a division or region: "Idlib province", "Aleppo countryside".
_DIVISION_NOUNS = frozenset({"province", "governorate", "countryside", "region", "district", "prefecture", "oblast", "state"})
NEAR_WORDS = frozenset({"near", "outside", "around", "outskirts", "edge", "edges", "vicinity", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "countryside", "surroundings", "km", "kilometres", "kilometers", "miles"})


def _place_entity(token: Token, ents: list[Span]) -> Span | None:
    if token.ent_type_ not in PLACE_ENTITIES:
        return None
    for ent in ents:
        if ent.start <= token.i < ent.end:
            return ent
    return None


def _is_place(ent: Span, base: ActorBase, article_text: str, offset: int) -> bool:
    if _is_origin(ent):
        return False
    # quoted from the article: the model may have read a stand-in ("IS" is shadowed)
    text = article_text[ent.start_char + offset: ent.end_char + offset]
    if name_key(text) in base.adjectives:
        return False  # "Syrian" names people or things of Syria, never a place
    entity = base.lookup(text) or base.lookup(ent.lemma_)
    return entity is None or entity.kind == "country"  # "Daesh" is tagged GPE: it is a group


def _is_origin(ent: Span) -> bool:
    """"the UK-based Observatory", "London based": where an actor sits, not where the
    event is."""
    doc = ent.doc
    after = [t.lower_ for t in doc[ent.end: ent.end + 2]]
    return after[:1] in (["based"], ["-based"]) or after == ["-", "based"]


def make_place(ent: Span, base: ActorBase, article_text: str, offset: int, places: ArticlePlaces | None, near: bool = False) -> Place:
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lemma_.lower() in _DIVISION_NOUNS and ent.root.head == doc[ent.end]:
        ent = doc[ent.start: ent.end + 1]  # "Idlib province" is the province, not the city
    text = article_text[ent.start_char + offset: ent.end_char + offset]
    place = Place(text=text, span=(ent.start_char + offset, ent.end_char + offset), name=text)
    sides = border_area(doc[max(0, ent.start - 3): min(len(doc), ent.end + 2)], base) if places else None
    found = places.resolve(text) if places is not None else None
    town = _town_of_quarter(ent, article_text, offset, places) if places is not None else None
    if town is not None and (found is None or (found.country, found.admin1) != (town.country, town.admin1)):
        # "the Salihiah neighbourhood of Hasakeh": a quarter the gazetteer places in
        # another town (or not at all) is somewhere in the town the text names
        found, near = town, True
    if found is None:
        entity = base.lookup(text)
        if entity is not None and entity.kind == "country" and entity.sector is None:
            place.name, place.country, place.precision = base.country_names.get(entity.country, text), entity.country, 4
        return place
    place.name, place.lat, place.lon = found.name, found.lat, found.lon
    place.country, place.admin1, place.feature, place.geonameid = found.country, found.admin1, found.feature, found.geonameid
    place.precision = found.precision
    if near and place.precision == 1:
        place.precision = 2
    if sides and found.feature == "country":
        place.feature, place.precision, place.name = "border_area", 3, f"{' / '.join(sides)} border"
    return place


def _town_of_quarter(ent: Span, article_text: str, offset: int, places: ArticlePlaces):
    """The town in "X neighbourhood of Y" / "X district of Y city", resolved, or None."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].lemma_.lower() not in _QUARTER_NOUNS or doc[ent.end + 1].lower_ != "of":
        return None
    start = ent.end + 2
    while start < len(doc) and doc[start].lower_ in ("the", "northern", "southern", "eastern", "western", "central"):
        start += 1
    end = start
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    if end == start:
        return None
    words = doc[start:end]
    return places.resolve(article_text[words.start_char + offset: words.end_char + offset])


def _is_near(prep: Token) -> bool:
    words = {prep.lower_, prep.head.lower_} | {t.lower_ for t in prep.subtree}
    return bool(words & NEAR_WORDS)


def event_place(nodes: list[Token], ents: list[Span], base: ActorBase, article_text: str, offset: int,
                exclude: set[int] = frozenset(), places: ArticlePlaces | None = None, own_country: str | None = None,
                targets: list[Token] = ()) -> Place | None:
    """The place of the event whose trigger and clause verb are ``nodes``; ``own_country``
    is the actor's, for "its side of the border"; ``targets`` are the heads of what an
    event on the ground was done to ("bombed the town of Saraqeb"), which may be a place."""
    found = _tied_places(nodes, ents, base, article_text, offset, exclude, places, own_country)
    found += [p for p in (_target_place(t, ents, base, article_text, offset, places) for t in targets) if p is not None]
    if found:
        # the most precise of the places the event is tied to: "the town of Saraqeb in
        # Idlib province" happened in Saraqeb
        place = min(found, key=lambda p: p.precision or 5)
        place.basis = "event"
        return place
    for ent in ents:
        if ent.label_ in PLACE_ENTITIES and ent.start not in exclude and _is_place(ent, base, article_text, offset):
            place = make_place(ent, base, article_text, offset, places)
            place.basis = "sentence"
            return place
    return None


def _tied_places(nodes: list[Token], ents: list[Span], base: ActorBase, article_text: str, offset: int,
                 exclude: set[int], places: ArticlePlaces | None, own_country: str | None) -> list[Place]:
    """The places locative prepositions tie to the event's words, one per preposition."""
    # a purpose clause places its event: "an operation to defeat Daesh on its side of the border"
    nodes = nodes + [c for n in nodes[:1] for c in n.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    found: list[Place] = []
    for node in nodes:
        for prep in node.children:
            if prep.dep_ != "prep" or prep.lower_ not in LOCATIVE_PREPOSITIONS:
                continue
            place = _first_place(prep, ents, base, article_text, offset, exclude, places, own_country)
            if place is not None:
                found.append(place)
    return found


def _first_place(prep: Token, ents: list[Span], base: ActorBase, article_text: str, offset: int,
                 exclude: set[int], places: ArticlePlaces | None, own_country: str | None) -> Place | None:
    for obj in prep.subtree:
        if obj.i in exclude:
            continue
        ent = _place_entity(obj, ents)
        if ent is not None and _is_place(ent, base, article_text, offset):
            return make_place(ent, base, article_text, offset, places, near=_is_near(prep))
        if places is not None and obj.pos_ == "PROPN" and obj.lower_ not in _CALENDAR:
            found = _gazetteer_name(obj, base, article_text, offset, places, near=_is_near(prep))
            if found is not None:
                return found
        if obj.lemma_ in ("border", "frontier"):
            found = _border(obj, base, article_text, offset, own_country)
            if found is not None:
                return found
    return None


def _target_place(target: Token, ents: list[Span], base: ActorBase, article_text: str, offset: int,
                  places: ArticlePlaces | None) -> Place | None:
    """The place a target names: "Aleppo" in "shelled Aleppo", "Saraqeb" in "bombed the
    town of Saraqeb" or "the Saraqeb hospital"."""
    if places is None:
        return None
    candidates = [target]
    candidates += [c for c in target.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    candidates += [g for c in target.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    named = _candidate_place(candidates, ents, base, article_text, offset, places)
    # "shelled Salah Eddin neighborhood in Aleppo city": where what was hit lies, unless
    # the target's own name is as precise
    for prep in target.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "near", "outside", "at", "on"):
            around = _first_place(prep, ents, base, article_text, offset, set(), places, None)
            if around is not None and (named is None or (named.precision or 5) > (around.precision or 5)):
                return around
    return named


def _candidate_place(candidates: list[Token], ents: list[Span], base: ActorBase, article_text: str, offset: int,
                     places: ArticlePlaces) -> Place | None:
    for token in candidates:
        ent = _place_entity(token, ents)
        if ent is not None and _is_place(ent, base, article_text, offset):
            entity = base.lookup(article_text[ent.start_char + offset: ent.end_char + offset])
            if entity is None:  # a country attacked is its state, a party, not a place
                return make_place(ent, base, article_text, offset, places)
        elif token.pos_ == "PROPN" and token.lower_ not in _CALENDAR:
            found = _gazetteer_name(token, base, article_text, offset, places, near=False)
            if found is not None:
                return found
    return None


def _gazetteer_name(token: Token, base: ActorBase, article_text: str, offset: int, places: ArticlePlaces, near: bool) -> Place | None:
    """A proper noun spaCy did not take for a place ("in Qalamoun", "the Qalamun mountain
    range"), found in the gazetteer and not the name of an actor."""
    word = article_text[token.idx + offset: token.idx + offset + len(token)]
    if base.lookup(word) is not None or not word[:1].isupper() or (len(word) <= 4 and word.isupper()):
        return None  # an actor's name, a common word, or an acronym ("IS")
    start = token.i
    while start > 0 and token.doc[start - 1].pos_ == "PROPN" and token.doc[start - 1].head == token:
        start -= 1
    words = token.doc[start: token.i + 1]
    found = places.resolve(article_text[words.start_char + offset: words.end_char + offset], untagged=True)
    town = _town_of_quarter(words, article_text, offset, places)
    if town is not None and (found is None or (found.country, found.admin1) != (town.country, town.admin1)):
        found, near = town, True  # "the Salihiah neighbourhood of Hasakeh": somewhere in Hasakeh
    if found is None:
        return None
    text = article_text[words.start_char + offset: words.end_char + offset]
    place = Place(text=text, span=(words.start_char + offset, words.end_char + offset), name=found.name, lat=found.lat, lon=found.lon,
                  country=found.country, admin1=found.admin1, feature=found.feature, geonameid=found.geonameid, precision=found.precision)
    if near and place.precision == 1:
        place.precision = 2
    return place


def _border(border: Token, base: ActorBase, article_text: str, offset: int, own_country: str | None) -> Place | None:
    """"the Syrian-Lebanese border", "its side of the border with Syria": the border area
    between two countries, at the supplement's point for that border when it has one."""
    from polybius.resolve.geocode import border_countries, border_points

    node = border
    countries = border_countries(border, base, own_country)
    if len(countries) < 2 and border.head.lower_ == "of" and border.head.head.lower_ == "side":
        side = border.head.head  # "its side of the border with Syria": the side is the actor's
        for child in side.children:
            if child.dep_ == "poss" and child.lower_ in ("its", "their") and own_country and own_country not in countries:
                countries.insert(0, own_country)
        node = side
    if len(countries) < 2:
        return None
    end = border.i + 1  # the border and what names its sides, not a relative clause after it
    for child in border.rights:
        if child.dep_ == "prep" and child.lower_ in ("with", "between", "of"):
            end = max(end, child.right_edge.i + 1)
    while end - 1 > border.i and border.doc[end - 1].is_punct:
        end -= 1
    words = border.doc[node.left_edge.i: end]
    text = article_text[words.start_char + offset: words.end_char + offset]
    point = border_points().get(frozenset(countries[:2]))
    return Place(text=text, span=(words.start_char + offset, words.end_char + offset),
                 name=point[0] if point else f"{countries[0]}-{countries[1]} border", lat=point[1] if point else None,
                 lon=point[2] if point else None, country=countries[0], feature="border_area", precision=3)


def place_mentions(doc, article_text: str, base: ActorBase, places: ArticlePlaces, offset: int = 0) -> list[Place]:
    """Every place an article names, resolved in its context: spaCy's places, proper
    nouns after a locative preposition that the gazetteer knows, and border areas."""
    found: list[Place] = []
    taken: set[int] = set()
    for ent in doc.ents:
        if ent.label_ in PLACE_ENTITIES and _is_place(ent, base, article_text, offset):
            found.append(make_place(ent, base, article_text, offset, places))
            taken.update(range(ent.start, ent.end))
    for token in doc:
        if token.i in taken or token.dep_ != "pobj" or token.head.lower_ not in LOCATIVE_PREPOSITIONS:
            continue
        named = next((c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
        if token.pos_ == "PROPN" and token.lower_ not in _CALENDAR:
            place = _gazetteer_name(token, base, article_text, offset, places, near=_is_near(token.head))
        elif token.lemma_ in _PLACE_NOUNS and named is not None and named.i not in taken:
            place = _gazetteer_name(named, base, article_text, offset, places, near=True)  # "in Aarsal region"
        elif token.lemma_ in ("border", "frontier"):
            place = _border(token, base, article_text, offset, None)
        else:
            place = None
        if place is not None:
            found.append(place)
    return sorted(found, key=lambda p: p.span)


def article_focus(tied: list[Place], named: Callable[[], list[Place]], setting: str | None) -> Place | None:
    """The place an article is about: the place below country level that its events are
    tied to most often, else the one it names most (``named`` is called only then). On a
    tie the first named wins. A place outside the story's country (``setting``) is not
    its focus: "Geneva" in a story of Aleppo is where talks are held."""
    for places in (tied, None):
        candidates = [p for p in (places if places is not None else named())
                      if p.lat is not None and (p.precision or 4) <= 3 and (setting is None or p.country == setting)]
        if candidates:
            counts = Counter((p.name, p.country) for p in candidates)
            first = {}
            for place in sorted(candidates, key=lambda p: p.span):
                first.setdefault((place.name, place.country), place)
            lead = min(first, key=lambda key: first[key].span[0])
            counts[lead] += 1  # the story's lead tells its main event
            best = max(first, key=lambda key: (counts[key], -first[key].span[0]))
            return first[best]
    return None
