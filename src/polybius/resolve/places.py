"""Place mentions tied to an event. A first, offline step: the place == found from the
parse and named; countries get their ISO3 code and precision 4. Coordinates come with the
gazetteer (see ARCHITECTURE.md); until then they stay None rather than a guess."""

from __future__ import annotations

from spacy.tokens import Span, Token

from polybius.model import Place
from polybius.resolve.actors import ActorBase

PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "into", "from", "on", "within", "throughout", "of", "over"})


def _place_entity(token: Token, ents: list[Span]) -> Span | None:
    if token.ent_type_ not in PLACE_ENTITIES:
        return None
    for ent in ents:
        if ent.start <= token.i < ent.end:
            return ent
    return None


def _is_place(ent: Span, base: ActorBase) -> bool:
    entity = base.lookup(ent.text) or base.lookup(ent.lemma_)
    return entity is None or entity.kind == "country"  # "Daesh" is tagged GPE: it is a group


def make_place(ent: Span, base: ActorBase, article_text: str, offset: int) -> Place:
    text = article_text[ent.start_char + offset: ent.end_char + offset]
    entity = base.lookup(text)
    country = entity.country if entity is not None and entity.kind == "country" and entity.sector is None else None
    return Place(
        text=text,
        span=(ent.start_char + offset, ent.end_char + offset),
        name=base.country_names.get(country, text) if country else text,
        country=country,
        precision=4 if country else None,
    )


def event_place(nodes: list[Token], ents: list[Span], base: ActorBase, article_text: str, offset: int, exclude: set[int] = frozenset()) -> Place | None:
    """The place tied to the event by a locative preposition on its trigger or verb, else the
    first place named in the sentence outside the actor and recipient (``exclude``)."""
    for node in nodes:
        for prep in node.children:
            if prep.dep_ != "prep" or prep.lower_ not in LOCATIVE_PREPOSITIONS:
                continue
            for obj in prep.subtree:
                ent = _place_entity(obj, ents)
                if ent is not None and _is_place(ent, base):
                    return make_place(ent, base, article_text, offset)
    for ent in ents:
        if ent.label_ in PLACE_ENTITIES and ent.start not in exclude and _is_place(ent, base):
            return make_place(ent, base, article_text, offset)
    return None
