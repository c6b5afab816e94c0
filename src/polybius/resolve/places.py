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
from dataclasses import replace

from spacy.tokens import Span, Token

from polybius.code.arguments import is_titled_dateline
from polybius.model import Place
from polybius.resolve.actors import ActorBase
from polybius.resolve.gazetteer import Place as GazetteerPlace
from polybius.resolve.gazetteer import place_key
from polybius.resolve.geocode import (
    ArticlePlaces,
    border_area,
    division_seat,
    in_a_ban_note,
    inside_actor_name,
    is_origin,
)
from polybius.resolve.names import lost_apostrophe, name_key

PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
LOCATIVE_PREPOSITIONS = frozenset({"against", "in", "at", "near", "outside", "inside", "around", "across", "into", "from", "on", "within", "throughout", "of", "over", "along", "off", "towards", "toward", "under", "beyond"})
# Words that put the event beside the place rather than in it.
_CALENDAR = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
})
# Common nouns that follow a place's name: "Aarsal region", "Idlib countryside".
_PLACE_NOUNS = frozenset({"region", "area", "countryside", "outskirts", "province", "district", "town", "village", "city", "camp", "suburb", "neighbourhood", "neighborhood", "valley", "mountains", "mountain", "desert", "crossing", "checkpoint", "airport", "base", "airbase"})
# Nouns after a name that say which kind of feature it names, when the name has a reading
# of that kind: "the Qalamoun barrens" (jurud) are the mountains, "Yarmouk camp" the camp.
_FEATURE_NOUNS = {
    "mountain": frozenset({"mountain"}), "mountains": frozenset({"mountain"}), "barrens": frozenset({"mountain", "region"}),
    "range": frozenset({"mountain"}), "heights": frozenset({"mountain", "region"}), "camp": frozenset({"camp"}),
    "crossing": frozenset({"border_crossing"}), "airbase": frozenset({"airbase"}), "airport": frozenset({"airbase", "landmark"}),
    "base": frozenset({"base", "airbase"}), "dam": frozenset({"dam"}), "field": frozenset({"oilfield", "gasfield"}),
    "oilfield": frozenset({"oilfield"}), "valley": frozenset({"valley"}), "plain": frozenset({"valley", "region"}),
    "desert": frozenset({"desert"}), "river": frozenset({"river"}), "prison": frozenset({"prison"}),
    "port": frozenset({"port"}), "island": frozenset({"island"}),
}
# Features that place an event only roughly: a town or province in the same phrase is better.
_BROAD_FEATURES = frozenset({"river", "region", "desert", "mountain", "valley", "border_area"})
# Nouns that make the name before them a first-level division, for names spaCy missed.
_ADMIN_NOUNS = frozenset({"province", "governorate", "prefecture", "oblast", "state"})
# Labels the model gives towns it does not know as towns, and the size from which such a
# name is taken for the town all the same.
MISREAD_PLACE_ENTITIES = frozenset({"NORP", "PERSON", "ORG", "EVENT"})
_LARGE_TOWN = 100_000
# Extra votes for a place the lead names, in choosing an article's focus (article_focus).
_LEAD_VOTES = 3
# How a name hangs on the place noun after it: "Aarsal region", "Aleppo city" (amod).
_NAME_DEPS = frozenset({"compound", "amod", "nmod"})
# Parts of a town: "the Salihiah neighbourhood of Hasakeh".
_QUARTER_NOUNS = frozenset({"neighbourhood", "neighborhood", "district", "quarter", "suburb", "area", "camp"})
# Nouns after a name that make it a division or region: "Idlib province", "Aleppo countryside".
_DIVISION_NOUNS = frozenset({"province", "governorate", "countryside", "region", "district", "prefecture", "oblast", "state"})
# Compass words before a country that may make a curated region of it: "eastern Congo".
_COMPASS_WORDS = frozenset({"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
                            "southeastern", "southwestern", "north", "south", "east", "west"})
# Nouns after a name that a first-level division of that name is called by: "Tillaberi region".
_DIVISION_HEADS = frozenset({"province", "governorate", "region", "prefecture", "oblast", "state"})
NEAR_WORDS = frozenset({"near", "outside", "around", "outskirts", "edge", "edges", "vicinity", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "countryside", "surroundings", "km", "kilometres", "kilometers", "miles"})


def _place_entity(token: Token, ents: list[Span]) -> Span | None:
    if token.ent_type_ not in PLACE_ENTITIES:
        return None
    for ent in ents:
        if ent.start <= token.i < ent.end:
            return ent
    return None


def _is_place(ent: Span, base: ActorBase, article_text: str, offset: int) -> bool:
    if is_origin(ent) or in_a_ban_note(ent.root, base):
        return False  # "the London-based Observatory", "(banned in Russia)": no place of the event
    # quoted from the article: the model may have read a stand-in ("IS" is shadowed)
    text = article_text[ent.start_char + offset: ent.end_char + offset]
    if name_key(text) in base.adjectives:
        return False  # "Syrian" names people or things of Syria, never a place
    if inside_actor_name(ent, base, article_text, offset):
        return False
    entity = base.lookup(text) or base.lookup(ent.lemma_)
    return entity is None or entity.kind == "country"  # "Daesh" is tagged GPE: it is a group


def make_place(ent: Span, base: ActorBase, article_text: str, offset: int, places: ArticlePlaces | None, near: bool = False) -> Place:
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lemma_.lower() in _DIVISION_NOUNS and ent.root.head == doc[ent.end]:
        ent = doc[ent.start: ent.end + 1]  # "Idlib province" is the province, not the city
    ent = _whole_name(ent, base, article_text, offset, places)
    ent = _compass_region(ent, article_text, offset, places)
    text = article_text[ent.start_char + offset: ent.end_char + offset]
    place = Place(text=text, span=(ent.start_char + offset, ent.end_char + offset), name=text)
    sides = border_area(doc[max(0, ent.start - 3): min(len(doc), ent.end + 2)], base) if places else None
    abbreviated = places.abbreviated_division(doc, ent.start, article_text, offset) if places is not None else None
    if abbreviated is not None and abbreviated[1] >= ent.end:
        found = abbreviated[0]  # "Lake City, Fla." is Florida, not Flå in Norway
    else:
        found = places.resolve(text, kinds=_kinds_after(ent), near=places.provinces_near(ent, article_text, offset)) if places is not None else None
    town = _town_of_quarter(ent, article_text, offset, places) if places is not None else None
    if town is not None and (found is None or (found.country, found.admin1) != (town.country, town.admin1)):
        # "the Salihiah neighbourhood of Hasakeh": a quarter the gazetteer places in
        # another town (or not at all) is somewhere in the town the text names
        found, near = town, True
    if found is None and places is not None and len(ent) > 1 and base.lookup(text) is None:
        trimmed = _resolvable_part(ent, base, article_text, offset, places)
        if trimmed is not None:  # "Deir al-Zor Syrias", "Syria State media": the model's span ran on
            words, found = trimmed
            place.text, place.span = article_text[words.start_char + offset: words.end_char + offset], (words.start_char + offset, words.end_char + offset)
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


def _compass_region(ent: Span, article_text: str, offset: int, places: ArticlePlaces | None) -> Span:
    """The entity with the compass word before it when together they name a curated
    region: "northern Syria", "eastern Congo" (the model tags the country alone)."""
    doc = ent.doc
    if places is None or ent.start == 0 or doc[ent.start - 1].lower_ not in _COMPASS_WORDS or doc[ent.start - 1].head != ent.root:
        return ent
    longer = doc[ent.start - 1: ent.end]
    found = places.gazetteer.candidates(article_text[longer.start_char + offset: longer.end_char + offset], fuzzy=False)
    return longer if any(p.source == "supplement" and p.feature == "region" for p in found) else ent


def _kinds_after(words: Span) -> frozenset[str]:
    """The features the noun after a name asks for (``_FEATURE_NOUNS``), or none."""
    doc = words.doc
    for token in doc[words.end: words.end + 2]:  # "Qalamoun mountain range", "Shaer gas field"
        kinds = _FEATURE_NOUNS.get(token.lower_)
        if kinds:
            return kinds
        if not token.is_alpha:
            break
    return frozenset()


def _entity_at(token: Token) -> Span | None:
    """The entity of several words that ``token`` is in, read from the tokens' IOB marks
    (``Doc.ents`` builds every span of the document anew at each call)."""
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end] if end - start > 1 else None


def _whole_name(ent: Span, base: ActorBase, article_text: str, offset: int, places: ArticlePlaces | None) -> Span:
    """The entity with the proper nouns right after it when, together, they name a place
    spelt as the gazetteer has it: the model cut "Tal Abyad" after "Tal", "Deir ezzor"
    after "Deir"."""
    doc = ent.doc
    if places is None:
        return ent
    for end in (ent.end + 3, ent.end + 2, ent.end + 1):
        # proper nouns, and the hyphen inside one ("Deir" + "ez-Zor")
        if end > len(doc) or any(t.pos_ != "PROPN" or not (t.is_alpha or _inner_hyphen(t)) or t.ent_type_ not in ("", ent.label_)
                                 for t in doc[ent.end:end]) or not doc[end - 1].is_alpha:
            continue
        longer = doc[ent.start:end]
        text = article_text[longer.start_char + offset: longer.end_char + offset]
        if base.lookup(text) is None:
            found = places.resolve(text, untagged=True)
            if found is not None and not found.fuzzy:
                return longer
    return ent


def _inner_hyphen(token: Token) -> bool:
    """A hyphen joining two words with no space ("ez-Zor")."""
    return token.text in ("-", "‐") and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


def _resolvable_part(ent: Span, base: ActorBase, article_text: str, offset: int, places: ArticlePlaces) -> tuple[Span, GazetteerPlace] | None:
    """The longest run of the entity's words, starting with a capital, that names a place
    spelt as the gazetteer has it, when the whole entity names none ("the Ghoutta
    Massacre", "Deir al-Zor Syrias")."""
    doc = ent.doc
    for size in range(len(ent) - 1, 0, -1):
        country = None
        for start in range(ent.start, ent.end - size + 1):
            words = doc[start: start + size]
            if not words[0].is_alpha or not words[-1].is_alpha or not words[0].text[:1].isupper():
                continue
            if all(t.lower_ in _COMPASS_WORDS for t in words):
                continue  # "North" of "deputy for Mideast and North Africa": a direction, no town in South Carolina
            text = article_text[words.start_char + offset: words.end_char + offset]
            if not places.may_name_a_place(text):
                continue  # no reading at all: spare the actor-name questions below
            entity = base.lookup(text)
            if (len(text) <= 4 and text.isupper()) or (entity is not None and entity.kind != "country"):
                continue  # "SDF" of "SDF Foiled ...": an actor, whatever airport it also names
            if inside_actor_name(words, base, article_text, offset):
                continue  # "Sham" of "Ahrar al-Sham": a group's name, not Damascus
            # read in the provinces the sentence names, as the whole name would be: the
            # "al-Rashideen" of a mosque "in Latakia city" is no quarter of Aleppo
            found = places.resolve(text, untagged=True, near=places.provinces_near(ent, article_text, offset))
            if found is not None and not found.fuzzy:
                if found.feature != "country":
                    return words, found
                country = country or (words, found)  # "Syrias Afrin" is Afrin, in Syria
        if country is not None:
            return country
    return None


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
                targets: list[Token] = (), named: list[Place] | None = None) -> Place | None:
    """The place of the event whose trigger and clause verb are ``nodes``; ``own_country``
    is the actor's, for "its side of the border"; ``targets`` are the heads of what an
    event on the ground was done to ("bombed the town of Saraqeb"), which may be a place.
    ``named``: the places the article names in this sentence (``place_mentions``), the
    first of which places the event when the parse ties none to it."""
    found = _tied_places(nodes, ents, base, article_text, offset, exclude, places, own_country)
    found += [p for p in (_target_place(t, ents, base, article_text, offset, places) for t in targets) if p is not None]
    if found:
        # the most precise of the places the event is tied to: "the town of Saraqeb in
        # Idlib province" happened in Saraqeb
        place = min(found, key=lambda p: p.precision or 5)
        place.basis = "event"
        return place
    # "Geneva, Switzerland - The Syrian government delegation ...": where the story was filed
    filed = {ent.start for ent in ents if ent.label_ in PLACE_ENTITIES and is_titled_dateline(ent.root, base)}
    if named is not None:
        doc = nodes[0].doc
        parties = {doc[i].idx + offset for i in exclude} | {doc[i].idx + offset for i in filed}
        candidates = [p for p in named if p.span[0] not in parties]
        # a place the gazetteer knows before a name it does not ("Sevre ... Idlib")
        first = next((p for p in candidates if p.lat is not None), candidates[0] if candidates else None)
        return replace(first, basis="sentence") if first is not None else None
    for ent in ents:
        if ent.label_ in PLACE_ENTITIES and ent.start not in exclude and ent.start not in filed \
                and _is_place(ent, base, article_text, offset):
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
    """The first town, district or province the phrase of ``prep`` names. A country, a
    river or a region, or a name the gazetteer does not know, is taken only when nothing
    more useful follows: "in Syrias western province of Idlib" is in Idlib, "on the bank of
    the Euphrates near Deir ez-Zor" near Deir ez-Zor, "in Qassiab in Hasakeh province" in
    the province."""
    fallback: Place | None = None
    seen: set[int] = set()
    for obj in prep.subtree:
        if obj.i in exclude or _nested_source(obj, prep):
            continue
        found = None
        ent = _place_entity(obj, ents)
        if ent is not None:
            if ent.start in seen:
                continue
            seen.add(ent.start)
            if _is_place(ent, base, article_text, offset):
                found = make_place(ent, base, article_text, offset, places, near=_is_near(prep))
        elif places is not None and obj.pos_ == "PROPN" and obj.lower_ not in _CALENDAR:
            found = _gazetteer_name(obj, base, article_text, offset, places, near=_is_near(prep))
        elif obj.lemma_ in ("border", "frontier"):
            found = _border(obj, base, article_text, offset, own_country)
        if found is None:
            continue
        if found.lat is not None and found.precision != 4 and found.feature not in _BROAD_FEATURES:
            return found
        if fallback is None or _more_useful(found, fallback):
            fallback = found
    return fallback


def _nested_source(token: Token, prep: Token) -> bool:
    """A place inside the phrase that comes from or goes to it ("a convoy with evacuees
    from Foua"): it says whom the event struck, not where."""
    head = token.head
    while head != prep and head.head != head:
        if head.dep_ == "prep" and head.lower_ in ("from", "towards", "toward"):
            return True
        head = head.head
    return False


def _more_useful(place: Place, than: Place) -> bool:
    """A resolved place before an unknown name; a feature before a country."""
    if (place.lat is None) != (than.lat is None):
        return place.lat is not None
    return (place.precision or 5) < (than.precision or 5)


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


def _gazetteer_name(token: Token, base: ActorBase, article_text: str, offset: int, places: ArticlePlaces, near: bool,
                    through: Token | None = None) -> Place | None:
    """A proper noun spaCy did not take for a place ("in Qalamoun", "the Qalamun mountain
    range"), found in the gazetteer and not the name of an actor. ``through``: a division
    noun after the name that belongs to it ("Hama province")."""
    word = article_text[token.idx + offset: token.idx + offset + len(token)]
    if base.lookup(word) is not None or not word[:1].isupper() or (len(word) <= 4 and word.isupper()):
        return None  # an actor's name, a common word, or an acronym ("IS")
    if through is None and token.dep_ in _NAME_DEPS and token.head.i > token.i and token.head.lemma_ in _ADMIN_NOUNS:
        through = token.head  # "Hama province", however the name was reached
    if name_key(word) in base.adjectives:
        return None  # "the Syrian Observatory": a demonym, whatever town it sounds like
    start = token.i
    while start > 0 and token.doc[start - 1].pos_ == "PROPN" and token.doc[start - 1].head == token:
        before = token.doc[start - 1]
        if base.country_of(article_text[before.idx + offset: before.idx + offset + len(before)]):
            break  # "Syrias Hama": the country whose town it is, not part of its name
        start -= 1
    words = token.doc[start: (through.i if through is not None else token.i) + 1]
    if inside_actor_name(token.doc[start: token.i + 1], base, article_text, offset):
        return None  # "belongs to Ahrar ash-Sham": the end of a group's name
    found = None
    if through is None and token.ent_type_ and token.ent_iob_ != "O":
        # the whole name the model marked, whatever it took it for: "Maaret al-Numan"
        named = _entity_at(token)
        if named is not None and base.lookup(article_text[named.start_char + offset: named.end_char + offset]) is None:
            found = places.resolve(article_text[named.start_char + offset: named.end_char + offset], untagged=True,
                                   near=places.provinces_near(named, article_text, offset))
            if found is not None:
                words = named
    if found is None:
        found = places.resolve(article_text[words.start_char + offset: words.end_char + offset], untagged=True, kinds=_kinds_after(words),
                               near=places.provinces_near(words, article_text, offset))
    town = _town_of_quarter(words, article_text, offset, places)
    if town is not None and (found is None or (found.country, found.admin1) != (town.country, town.admin1)):
        found, near = town, True  # "the Salihiah neighbourhood of Hasakeh": somewhere in Hasakeh
    if found is None:
        return None
    place = _place_at(words, found, article_text, offset)
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
    for ent in places.entities or doc.ents:
        if ent.label_ in PLACE_ENTITIES and _is_place(ent, base, article_text, offset):
            found.append(make_place(ent, base, article_text, offset, places))
            taken.update(range(ent.start, ent.end))
        elif ent.label_ in MISREAD_PLACE_ENTITIES:
            place = _misread_place(ent, base, article_text, offset, places)
            if place is not None:
                found.append(place)
                taken.update(range(ent.start, ent.end))
    for token in doc:
        if token.i in taken or not _after_locative(token):
            continue
        # the name nearest the noun: "in Aarsal region", "in Aleppo city" (the model reads
        # "Aleppo" as an adjective there), "in central Syrias Hama province"
        named = next((c for c in reversed(list(token.lefts)) if c.dep_ in _NAME_DEPS and c.pos_ == "PROPN"), None)
        if token.pos_ == "PROPN" and token.lower_ not in _CALENDAR:
            place = _gazetteer_name(token, base, article_text, offset, places, near=_is_near(token.head))
        elif (token.lemma_ in _PLACE_NOUNS or token.lower_ in _FEATURE_NOUNS) and named is not None and named.i not in taken:
            division = token.lemma_ in _ADMIN_NOUNS  # "Hama province" is the province; "Aarsal region" is near the town
            place = _gazetteer_name(named, base, article_text, offset, places, near=not division, through=token if division else None)
        elif token.lemma_ in ("border", "frontier"):
            place = _border(token, base, article_text, offset, None)
        else:
            place = None
        if place is not None:
            found.append(place)
    found += _coordinated_places(doc, found, taken, base, article_text, offset, places)
    return sorted(found, key=lambda p: p.span)


def _coordinated_places(doc, found: list[Place], taken: set[int], base: ActorBase, article_text: str, offset: int,
                        places: ArticlePlaces) -> list[Place]:
    """Names the model mis-tagged that are coordinated with a place and name, by their own
    name, a town or division of that place's country: "shelled Kherson and
    Zaporizhzhia", "entered Kunduz and Lashkar Gah", "reached Kinshasa and Mbandaka" (a
    capital is a place when listed with towns). A list of places is a list of places."""
    by_token: dict[int, Place] = {}
    for place in found:
        if place.country and place.feature not in (None, "country"):
            for token in doc.char_span(place.span[0] - offset, place.span[1] - offset, alignment_mode="expand") or ():
                by_token[token.i] = place
    more: list[Place] = []
    # the model's mis-tagged names, and single proper nouns it left untagged ("at Kyiv, Lviv
    # and Dnipro"), which must then name a large town, a regional capital or a province
    untagged = [doc[t.i: t.i + 1] for t in doc if t.pos_ == "PROPN" and not t.ent_type_ and t.is_title and t.i not in taken
                and not any(c.dep_ in _NAME_DEPS for c in t.children) and t.dep_ not in _NAME_DEPS]
    for ent in list(places.entities or doc.ents) + untagged:
        if (ent.label_ not in MISREAD_PLACE_ENTITIES and ent.label_) or any(i in taken for i in range(ent.start, ent.end)):
            continue
        root = ent.root
        partners = [root.head] if root.dep_ == "conj" else []
        partners += [t for t in root.children if t.dep_ == "conj"]
        partner = next((by_token[t.i] for t in partners if t.i in by_token), None)
        if partner is None:
            continue
        text = article_text[ent.start_char + offset: ent.end_char + offset]
        entity = base.lookup(text)
        if name_key(text) in base.adjectives or (entity is not None and entity.kind != "country") or inside_actor_name(ent, base, article_text, offset):
            continue
        readings = [p for p in places.gazetteer.candidates(text, fuzzy=False)
                    if p.country == partner.country and not p.alternate and p.feature != "country"
                    and (ent.label_ or _large(p))]
        reading = max(readings, key=lambda p: p.population, default=None)
        if reading is None:
            continue
        more.append(_place_at(ent, reading, article_text, offset))
        taken.update(range(ent.start, ent.end))
        by_token.update((i, more[-1]) for i in range(ent.start, ent.end))  # a list goes on: "Kherson, Mykolaiv and Odesa"
    return more


def _after_locative(token: Token) -> bool:
    """The object of a locative preposition ("in Aleppo"), or a name in apposition to
    one ("on the Syrian city Aleppo")."""
    if token.dep_ == "appos" and token.head.dep_ == "pobj" and token.head.lemma_ in _PLACE_NOUNS:
        token = token.head
    elif token.pos_ == "PROPN" and token.i > 0 and token.doc[token.i - 1].lemma_ in _PLACE_NOUNS and token.doc[token.i - 1].dep_ == "pobj":
        token = token.doc[token.i - 1]  # "on Syrian city Aleppo", the name hung elsewhere by the parser
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPOSITIONS


def _misread_place(ent: Span, base: ActorBase, article_text: str, offset: int, places: ArticlePlaces) -> Place | None:
    """A town the model took for a nationality, a person or a group ("Russian strikes kill
    10 in Aleppo" tags "Aleppo" NORP): a place when its name, spelt exactly, is a province
    or a large town of a country the story names, and no actor's name."""
    text = article_text[ent.start_char + offset: ent.end_char + offset]
    if name_key(text) in base.adjectives:
        return None
    entity = base.lookup(text)
    if entity is not None:
        # a country or its capital where a place stands ("crossed from Niger into",
        # "clashes in Bamako"), whatever the model took it for, is read as when tagged so
        if entity.kind == "country" and _locative(ent) and not is_origin(ent) and not inside_actor_name(ent, base, article_text, offset):
            place = make_place(ent, base, article_text, offset, places)
            return place if place.country else None
        return None
    division = _named_division(ent, text, places, article_text, offset)
    if division is not None:
        return division
    found = places.resolve(text, untagged=True, near=places.provinces_near(ent, article_text, offset))
    if found is None and len(ent) > 1:
        trimmed = _resolvable_part(ent, base, article_text, offset, places)  # "Syrian city Aleppo", "Ghoutta Massacre"
        if trimmed is not None and (_large(trimmed[1]) or trimmed[1].source == "supplement"
                                    or _beside_its_country(ent, *trimmed, base, article_text, offset)):
            return _place_at(*trimmed, article_text, offset)
    if found is None or found.fuzzy:
        return None
    if not (_large(found) or _locative(ent)):
        return None  # "Marea" alone may be a person; "the town of Marea" is not
    return _place_at(ent, found, article_text, offset)


def _named_division(ent: Span, text: str, places: ArticlePlaces, article_text: str, offset: int) -> Place | None:
    """A mis-tagged name before a division noun that a first-level division bears, spelt
    so: "into Tillaberi region" (tagged a group) is the region of Niger, with its noun."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].lower_ not in _DIVISION_HEADS or ent.root.head != doc[ent.end]:
        return None
    found = places.resolve(text + " province", untagged=True, near=places.provinces_near(ent, article_text, offset))
    if found is None or found.feature != "admin1" or found.fuzzy or place_key(found.name) != place_key(text):
        return None
    return _place_at(doc[ent.start: ent.end + 1], found, article_text, offset)


def _beside_its_country(ent: Span, words: Span, found: GazetteerPlace, base: ActorBase, article_text: str, offset: int) -> bool:
    """The rest of the entity is the country the place lies in: "the city of Tabqa Syria"
    (its comma lost), "northern Syrias Afrin". The country vouches for the town, however
    small."""
    rest = [t for t in ent if (t.i < words.start or t.i >= words.end) and not t.is_punct]
    if not rest or found.country is None:
        return False
    for token in rest:
        word = article_text[token.idx + offset: token.idx + offset + len(token)]
        country = base.country_of(word) or (base.country_of(word[:-1]) if lost_apostrophe(word) else None)
        if country != found.country:
            return False
    return True


def _large(found: GazetteerPlace) -> bool:
    """A province, a large town or a town that names its province ("Kherson" of Kherson
    Oblast): a name the model mis-tags is read as one anywhere."""
    return found.feature == "admin1" or found.population >= _LARGE_TOWN or division_seat(found)


def _place_at(words: Span, found: GazetteerPlace, article_text: str, offset: int) -> Place:
    """The place ``words`` name, resolved to the gazetteer's ``found``."""
    return Place(text=article_text[words.start_char + offset: words.end_char + offset],
                 span=(words.start_char + offset, words.end_char + offset), name=found.name, lat=found.lat, lon=found.lon,
                 country=found.country, admin1=found.admin1, feature=found.feature, geonameid=found.geonameid,
                 precision=found.precision)


def named_as_source(doc, place: Place, offset: int = 0) -> bool:
    """"evacuees from Foua", "fled from Aleppo", "advanced towards Raqqa": a place things
    come from or go to, which tells little of where the story happens."""
    words = doc.char_span(place.span[0] - offset, place.span[1] - offset, alignment_mode="expand")
    if words is None or len(words) == 0:
        return False
    head = words.root
    while head.head != head:
        if head.dep_ in ("conj", "appos", "compound"):
            head = head.head
        elif head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
            head = head.head.head  # "evacuees from the towns of Foua and Kefraya"
        else:
            break
    return head.dep_ == "pobj" and head.head.lower_ in ("from", "towards", "toward")


def _locative(ent: Span) -> bool:
    """The words stand where a place stands: after a locative preposition ("in Marea",
    "the town of Marea") or before a place noun ("al-Sakhour neighbourhood")."""
    doc, root = ent.doc, ent.root
    if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPOSITIONS:
        return root.head.lower_ != "of" or root.head.head.lemma_ in _PLACE_NOUNS
    if ent.end < len(doc) and doc[ent.end].lemma_ in _PLACE_NOUNS:
        return True
    return root.dep_ in _NAME_DEPS and root.head.lemma_ in _PLACE_NOUNS


def article_focus(named: list[Place], setting: str | None, lead_end: int, text_end: int = 0) -> Place | None:
    """The place an article is about, from the places it names (``named``, in order).
    Every place below country level in the story's country (``setting``) gets a vote
    each time the article names it, two in the first third of the text (``text_end``
    long), and more when the lead (the text before ``lead_end``) names it: news tells
    its main event first. (The headline, when it is apart from the text, is not read:
    the place of an event must not depend on metadata a copy of the text may lack.) The province with the most
    votes wins, its towns' votes added up ("Qardaha" three times and "Latakia province"
    once is a Latakia story), and within it the place with the most votes, the first
    named on a tie. "Geneva" in a story of Aleppo is where talks are held, not its focus.
    (Votes for the places the article's events were tied to were tried as well: they
    count the same mentions twice and agree less with coders' main locations.)"""
    votes: Counter[tuple[str, str | None]] = Counter()
    text_end = text_end or max((p.span[1] for p in named), default=1)
    first: dict[tuple[str, str | None], Place] = {}
    for place in named:
        if place.lat is None or (place.precision or 4) > 3 or (setting is not None and place.country != setting):
            continue
        key = (place.name, place.country)
        first.setdefault(key, place)
        votes[key] += 2 if place.span[0] < text_end / 3 else 1  # news puts the main event first
        if place.span[0] < lead_end and first[key] is place:
            votes[key] += _LEAD_VOTES
    if not votes:
        return None
    if any(first[k].admin1 for k in votes):
        # a region across provinces ("northern Syria", "the Euphrates valley") says less
        # than the province or town the article also names: "clashes in NE Syria ...
        # the village of Qassiab in Hasakeh province" is a Hasakeh story
        votes = Counter({k: n for k, n in votes.items() if first[k].admin1})

    def division(key: tuple[str, str | None]) -> tuple[str | None, str]:
        return first[key].country, first[key].admin1 or first[key].name

    by_division: Counter[tuple[str | None, str]] = Counter()
    for key, n in votes.items():
        by_division[division(key)] += n
    def first_admin1(d: tuple[str | None, str]) -> bool:
        """On a tie a province beats a region without one ("Northern Syria")."""
        return any(division(k) == d and first[k].admin1 for k in votes)

    opened = {}  # where each division is first named, for ties
    for key in first:
        opened.setdefault(division(key), first[key].span[0])
    best = max(by_division, key=lambda d: (by_division[d], first_admin1(d), -opened[d]))
    return first[max((k for k in votes if division(k) == best), key=lambda k: (votes[k], -(first[k].precision or 4), -first[k].span[0]))]
