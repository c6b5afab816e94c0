"""How many were killed, injured or arrested, when the sentence says so."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from polybius.code.knowledge import Cues

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "a dozen": 12,
}
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})*$|^\d+$")
_PERSON_SUBJECTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "npadvmod", "conj"})


def number_value(token: Token) -> int | None:
    """The integer a number token states: "6", "1,200", "six"; None for vague ones ("dozens")."""
    text = token.lower_
    if _DIGITS.match(text):
        return int(text.replace(",", ""))
    if text in _NUMBER_WORDS:
        multiplier = next((c for c in token.children if c.dep_ in ("compound", "quantmod", "nummod") and c.lower_ in _NUMBER_WORDS), None)
        return _NUMBER_WORDS[text] * (_NUMBER_WORDS[multiplier.lower_] if multiplier is not None and text in ("hundred",) else 1)
    return None


def _number_in(noun: Token) -> int | None:
    """A number counting ``noun``: "six civilians", "at least 12 fighters", or ``noun`` itself."""
    if noun.like_num:
        return number_value(noun)
    for child in noun.children:
        if child.dep_ == "nummod" or (child.like_num and child.dep_ in ("amod", "compound", "quantmod")):
            value = number_value(child)
            if value is not None:
                return value
    # partitive: "six of them", "12 of the soldiers"
    if noun.head.dep_ == "prep" and noun.head.lower_ == "of" and noun.head.head.like_num:
        return number_value(noun.head.head)
    return None


def count_for(word: Token) -> int | None:
    """The number that goes with a casualty word: its object, passive subject, subject,
    or a number modifying it ("70 dead", "death toll rose to 70")."""
    for child in word.children:
        if child.dep_ in ("dobj", "nsubjpass", "nsubj", "attr") or (child.dep_ == "npadvmod" and child.like_num):
            value = _number_in(child)
            if value is not None:
                return value
    value = _number_in(word)
    if value is not None:
        return value
    if word.dep_ in ("amod", "acl", "relcl") and word.head.pos_ in ("NOUN", "PROPN", "NUM"):
        return _number_in(word.head)  # "six people killed", "12 wounded soldiers"
    if word.dep_ in _PERSON_SUBJECTS and word.head.pos_ in ("VERB", "AUX"):
        for prep in word.head.children:  # "the death toll rose to 70"
            if prep.dep_ == "prep" and prep.lower_ in ("to", "at"):
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and obj.like_num:
                    return number_value(obj)
    return None


def casualty_counts(sentence: Span, cues: Cues) -> list[tuple[str, int, Token]]:
    """``(kind, number, word)`` for every stated count in the sentence."""
    found: list[tuple[str, int, Token]] = []
    for token in sentence:
        lemma = token.lemma_.lower()
        for kind, words in cues.casualty_words.items():
            if lemma in words or token.lower_ in words:
                value = count_for(token)
                if value is not None:
                    found.append((kind, value, token))
                break
    return found
