"""Finding event triggers in a sentence through the lexicon (``data/triggers.tsv``)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from polybius.code.knowledge import POS_CLASS, Lexicon, TriggerEntry

# Named-entity types inside which a word is a name, not an event ("Strike Force", "Operation X").
_NAME_ENTITIES = frozenset({"PERSON", "GPE", "LOC", "FAC", "NORP", "ORG", "WORK_OF_ART", "LAW", "PRODUCT"})


@dataclass(slots=True)
class TriggerMatch:
    entry: TriggerEntry
    head: Token  # the word that carries the phrase in the parse
    start: int  # token index of the first word (doc level)
    end: int  # token index after the last word


def _word_matches(token: Token, word: str) -> bool:
    return word == token.lower_ or word == token.lemma_.lower()


def _pos_matches(token: Token, pos: str) -> bool:
    if pos == "VERB":
        return token.pos_ == "VERB"
    return POS_CLASS.get(token.pos_) == pos


def _usable(token: Token, entry: TriggerEntry) -> bool:
    """Is this occurrence an event and not a name or a modifier of another noun?"""
    if token.ent_type_ in _NAME_ENTITIES:
        return False
    if entry.pos == "NOUN" and token.dep_ == "compound":
        return False  # "attack helicopters", "protest movement": the head noun is the thing
    if entry.pos == "VERB" and token.dep_ == "amod":
        return False  # "the besieged town", "wounded civilians": states, not events
    return True


def find_triggers(sentence: Span, lexicon: Lexicon) -> list[TriggerMatch]:
    """Every trigger in ``sentence``, left to right, longest phrase first, no overlaps."""
    doc = sentence.doc
    matches: list[TriggerMatch] = []
    index = sentence.start
    while index < sentence.end:
        token = doc[index]
        lemma, lower = token.lemma_.lower(), token.lower_
        if lemma not in lexicon.words and lower not in lexicon.words:
            index += 1
            continue
        match = _match_phrase(sentence, index, lemma, lower, lexicon) or _match_single(token, lemma, lower, lexicon)
        if match is None:
            index += 1
            continue
        matches.append(match)
        index = match.end
    return matches


def _match_phrase(sentence: Span, index: int, lemma: str, lower: str, lexicon: Lexicon) -> TriggerMatch | None:
    """A phrase starting at ``index``; determiners and possessives may stand between its
    words, and in a verb phrase adjectives of its object too ("lay down the arms", "took
    full control", "opened heavy fire")."""
    doc = sentence.doc
    for key in (lemma, lower) if lemma != lower else (lemma,):
        for entry in lexicon.phrases.get(key, ()):
            positions = _phrase_positions(doc, index, sentence.end, entry.words, adjectives=entry.pos == "VERB")
            if positions is None:
                continue
            head = doc[positions[entry.head_index]]
            if _pos_matches(head, entry.pos) and _usable(head, entry):
                return TriggerMatch(entry, head, index, positions[-1] + 1)
    return None


def _phrase_positions(doc, index: int, limit: int, words: tuple[str, ...], adjectives: bool) -> list[int] | None:
    """Where the words of a phrase stand from ``index``; ``adjectives``: a verb phrase's
    object may carry adjectives ("took full control"), a noun phrase may not ("joint
    military operation" is an operation done jointly, not the phrase "joint operation")."""
    positions: list[int] = []
    cursor = index
    for k, word in enumerate(words):
        while k > 0 and cursor < limit and not _word_matches(doc[cursor], word) and _between(doc[cursor], adjectives):
            cursor += 1
        if cursor >= limit or not _word_matches(doc[cursor], word):
            return None
        positions.append(cursor)
        cursor += 1
    return positions


def _between(token: Token, adjectives: bool) -> bool:
    """A word that may stand inside a phrase trigger: a determiner or possessive, or, in a
    verb phrase, an adjective of a later word ("full" in "took full control")."""
    if token.pos_ in ("DET", "PRON") and token.dep_ in ("det", "poss"):
        return True
    return adjectives and token.pos_ == "ADJ" and token.dep_ == "amod" and token.head.i > token.i


def _match_single(token: Token, lemma: str, lower: str, lexicon: Lexicon) -> TriggerMatch | None:
    pos = POS_CLASS.get(token.pos_)
    if pos is None:
        return None
    entry = lexicon.single.get((lemma, pos)) or lexicon.single.get((lower, pos))
    if entry is None or not _usable(token, entry):
        return None
    return TriggerMatch(entry, token, token.i, token.i + 1)
