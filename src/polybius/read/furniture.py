"""Page furniture: the parts of a scraped page that are not the story.

Text taken from web pages carries headline lists ("Related News ..."), keyword tags
("Tags Syria Aleppo Russia ...") and social-media and copyright lines. Left in, the
headlines of other stories are coded as events of this one and their places vote for its
setting. The phrases that open such furniture are data (``data/read/page_furniture.tsv``);
this module finds them and cuts what they open, conservatively: a phrase in the first half
of the text is cut only when it opens a keyword list and prose visibly resumes after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Lowercase words that occur in running prose but hardly ever in a keyword list; two
# lowercase words after a capitalised one, one of them from here, mean the story has resumed.
_PROSE_WORDS = frozenset({
    "a", "an", "the", "of", "in", "on", "at", "to", "from", "by", "with", "into", "near", "after", "during",
    "and", "who", "which", "that", "was", "were", "is", "are", "has", "have", "had", "been", "least", "than",
    "including", "say", "says", "said",
})
# Capitalised words that open a sentence of news ("Three children were killed"): after one
# of them prose may take a few more words to show its function words.
_SENTENCE_OPENERS = frozenset({
    "The", "A", "An", "At", "More", "Almost", "Nearly", "Some", "Several", "Dozens", "Hundreds", "Thousands",
    "Scores", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
    "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen", "Twenty", "Thirty",
    "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety",
})
# Particles that begin Arabic and European names in lowercase ("al-Nusra", "de Mistura"):
# they belong to a keyword, not to prose.
_NAME_PARTICLES = ("al-", "el-", "an-", "ar-", "as-", "ash-", "at-", "ad-", "az-", "ibn", "bin", "de", "du", "da", "di", "van", "von")
_SEARCH_WORDS = 40
_SENTENCE_END = re.compile(r"[.!?\"”')\]]\s*$")


@dataclass(frozen=True, slots=True)
class Furniture:
    phrase: str
    kind: str  # "tail" or "keywords"


@dataclass(frozen=True, slots=True)
class Cleaned:
    text: str
    tags: str | None = None  # the keyword list cut from the top of the story, if any
    removed: int = 0  # characters removed


@lru_cache(maxsize=1)
def furniture() -> tuple[Furniture, ...]:
    table = resources.files("polybius").joinpath("data/read/page_furniture.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in table.splitlines() if line.strip() and not line.startswith("#")]
    return tuple(Furniture(phrase, kind) for phrase, kind, *_ in rows[1:])


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    phrases = sorted((f.phrase for f in furniture()), key=len, reverse=True)  # "Related News" before "Related"
    return re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, phrases)) + r")(?![\w-])")


def strip_furniture(text: str) -> Cleaned:
    """``text`` without the page furniture this module recognises."""
    kinds = {f.phrase: f.kind for f in furniture()}
    tags: str | None = None
    for match in _pattern().finditer(text):
        kind = kinds[match.group(1)]
        if kind == "tail" and text[match.end():].lstrip()[:1].islower():
            continue  # "Related to the talks", "Copyright law": prose (keyword lists may start in lowercase)
        if match.start() >= len(text) / 2:
            kept = text[:match.start()].rstrip()
            return Cleaned(kept, tags, len(text) - len(kept))
        if kind == "keywords" and tags is None and _after_sentence(text, match.start()):
            resumed = _prose_resumes(text, match.end())
            if resumed is not None:
                tags = text[match.end():resumed].strip()
                cleaned = text[:match.start()] + text[resumed:]
                return _then_tail(cleaned, tags, len(text) - len(cleaned))
    return Cleaned(text, tags)


def _then_tail(text: str, tags: str, removed: int) -> Cleaned:
    """After a keyword list at the top, the furniture at the bottom."""
    rest = strip_furniture(text)
    return Cleaned(rest.text, tags, removed + rest.removed)


def _after_sentence(text: str, start: int) -> bool:
    before = text[:start]
    return not before.strip() or _SENTENCE_END.search(before) is not None


def _prose_resumes(text: str, start: int) -> int | None:
    """Offset of the first word of running prose after a keyword list, or None."""
    words = [(m.start() + start, m.group()) for m in re.finditer(r"\S+", text[start:])][:_SEARCH_WORDS + 8]
    bare = [w for _, w in words]
    for i in range(1, min(_SEARCH_WORDS, len(bare))):
        if _opens_prose(bare, i):
            while i + 1 < len(bare) and _is_opener(bare[i + 1]) and _opens_prose(bare, i + 1):
                i += 1  # "... Russia At least four people": the opener, not the keyword before it
            return words[i][0]
    return None


def _opens_prose(words: list[str], i: int) -> bool:
    word = words[i]
    if not (word[:1].isupper() or word[:1].isdigit()):
        return False
    following = words[i + 1:i + 4]
    if sum(_is_lower(w) for w in following) >= 2 and any(_is_prose_word(w) for w in following):
        return True
    return _is_opener(word) and any(_is_prose_word(w) for w in words[i + 1:i + 8])


def _is_opener(word: str) -> bool:
    return word in _SENTENCE_OPENERS or word[:1].isdigit()


def _is_lower(word: str) -> bool:
    return (word[:1].islower() and not word.startswith(_NAME_PARTICLES)) or word[:1].isdigit()


def _is_prose_word(word: str) -> bool:
    """A function word, or a past tense ("killed", "launched"), in lowercase."""
    word = word.strip(".,;:\"'")
    return word in _PROSE_WORDS or (word[:1].islower() and word.endswith("ed") and len(word) > 4)


def furniture_metadata(cleaned: Cleaned) -> dict[str, object]:
    """What an article records of the furniture cut from it."""
    fields: dict[str, object] = {}
    if cleaned.tags:
        fields["page_tags"] = cleaned.tags
    if cleaned.removed:
        fields["furniture_chars_removed"] = cleaned.removed
    return fields
