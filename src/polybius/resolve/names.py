"""Normalised name keys: one key for the spellings of one name."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʿ": "'", "ʾ": "'", "–": "-", "—": "-"})
_SPACES = re.compile(r"\s+")
_LEADING_ARTICLES = ("the ", "a ", "an ")
# a possessive the tokenizer split off and the words were joined again with spaces: "People 's
# Liberation Army", "Workers ' Party" are "People's Liberation Army", "Workers' Party"
_SPLIT_POSSESSIVE = re.compile(r" '(s\b|(?= )|$)")


@lru_cache(maxsize=131072)
def name_key(text: str) -> str:
    """Lowercase, no diacritics, one space, no leading article, no possessive 's."""
    text = text.translate(_APOSTROPHES)
    if not text.isascii():  # plain ASCII has no marks to strip: most names, most of the time
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().strip()
    text = _SPACES.sub(" ", text.replace("-", " "))
    if " '" in text:
        text = _SPLIT_POSSESSIVE.sub(r"'\1", text)
    for article in _LEADING_ARTICLES:
        if text.startswith(article):
            text = text[len(article):]
    if text.endswith("'s"):
        text = text[:-2]
    return text.strip(" .,;:'\"")


_VOWELS = frozenset("aeiouy")


def consonants(key: str) -> str:
    """The consonants of a name key, a doubled letter once, hyphens as spaces: the shape
    transliterations of one Arabic name share ("hezbollah", "hizballah" → "hzblh"). A word
    of vowels only ("UAE") stays as it is: dropped, "UAE Armed Forces" took the shape of a
    bare "Armed Forces" (twenty-eighth blind check n 22, SANA's "the Army and Armed Forces")."""
    words = []
    for word in key.replace("-", " ").split():
        letters = [c for c in word if c.isalpha() and c not in _VOWELS]
        if not letters and word.isalpha():
            words.append(word)
            continue
        words.append("".join(c for i, c in enumerate(letters) if i == 0 or c != letters[i - 1]))
    return " ".join(w for w in words if w)


def lost_apostrophe(word: str) -> bool:
    """A capitalised word that may be a possessive whose apostrophe the page lost: the
    corpora that strip apostrophes write "Syrias army", "SANAs reporter", "Aleppos east"."""
    return len(word) > 3 and word[:1].isupper() and word.endswith("s") and not word.endswith(("ss", "'s", "’s"))
