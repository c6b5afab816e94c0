"""How far to trust each actor resolution: its basis, and the precision judged on that basis.

The resolver answers every mention it can, from a name the base knows ("Hezbollah") down to
a sector word whose country comes only from the story ("protesters" in a story set in
Iraq). Those answers are not equally sure. Hand checks of general news (eval/news2017) show
that a named entity is right about 98 times in 100; a country the story implies between one
time in two and nearly nine in ten, as the country leads the article's places less or more
clearly; a sector with no country about four in ten. This module names the basis of each resolution in a few
fixed words, and reads the confidence of that basis from ``data/actors/confidence.tsv``: the
share of judged mentions with that basis that a coder found right, fitted by
``python -m polybius.evaluate.confidence fit``. A user who wants "unknown" rather than a
guess drops the resolutions under a threshold (``polybius export --min-actor-confidence``).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from polybius.model import Event, Party
from polybius.resolve.actors import ACTORS_DIR, ActorBase
from polybius.resolve.names import name_key

CONFIDENCE_FILE = ACTORS_DIR / "confidence.tsv"

# The bases, roughly from surest to least sure in the checks. A "country from context" is one
# the words do not name: it comes from the story's places or the sentence around the words, and
# how clearly that country leads the article's places decides how often it is right (a story
# told mostly of one country, or one of several).
NAMED_ENTITY = "named entity"
DESCRIBED_ENTITY = "entity the words do not name"
NAMED_COUNTRY = "country named + sector"
CONTEXT_COUNTRY_DOMINANT = "country from context + sector: the country of most places"
CONTEXT_COUNTRY_LEADING = "country from context + sector: the country named most"
CONTEXT_COUNTRY_MINOR = "country from context + sector: one country of several"
CONTEXT_COUNTRY_UNPLACED = "country from context + sector: a country no place names"
PRONOUN_ENTITY = "pronoun: entity"
PRONOUN_OTHER = "pronoun: country or sector"
DESCRIPTION = "description: the words it stands for"
SECTOR_ONLY = "sector only"
COUNTRY_ONLY = "country only"
BASES = (NAMED_ENTITY, DESCRIBED_ENTITY, NAMED_COUNTRY, CONTEXT_COUNTRY_DOMINANT, CONTEXT_COUNTRY_LEADING, CONTEXT_COUNTRY_MINOR,
         CONTEXT_COUNTRY_UNPLACED, PRONOUN_ENTITY, PRONOUN_OTHER, DESCRIPTION, SECTOR_ONLY, COUNTRY_ONLY)

# A story country is "of most places" when at least this share of the article's country
# mentions are of it (checks N1-N28: 0.87 right at or above it, 0.64 or less below).
_DOMINANT_SHARE = 0.6
_PRONOUNS = frozenset({"it", "they", "them", "he", "she", "him", "her", "we", "us", "i", "me", "you",
                       "who", "which", "that", "its", "their", "his", "our"})
_WORDS = re.compile(r"[^\s,;:()\[\]\"“”]+")
_POSSESSIVE = re.compile(r"['’]s?$")
_LONGEST_NAME = 6  # words: longer runs are never looked up as one name


def basis_of(party: Party, base: ActorBase, country_mentions: Mapping[str, int]) -> str | None:
    """The basis of a party's resolution, one of ``BASES``; None for words resolved to no
    one (a thing, a place, an unknown). ``country_mentions``: ISO3 → how often the article
    names the country as a place or by its words (``ArticlePlaces.countries``)."""
    if not (party.entity_id or party.country or party.sector):
        return None
    if name_key(party.text) in _PRONOUNS:
        return PRONOUN_ENTITY if party.entity_id and not _national(party.entity_id, base) else PRONOUN_OTHER
    if party.antecedent:
        return DESCRIPTION
    if party.entity_id and not _national(party.entity_id, base):
        return NAMED_ENTITY if _names_entity(party.text, party.entity_id, base) else DESCRIBED_ENTITY
    if party.country and party.sector:
        if _names_country(party.text, party.country, base):
            return NAMED_COUNTRY
        return _context_country_basis(party.country, country_mentions)
    return SECTOR_ONLY if party.sector else COUNTRY_ONLY


def annotate(events: Iterable[Event], base: ActorBase, country_mentions: Mapping[str, int]) -> None:
    """Set ``basis`` and ``confidence`` on every actor and recipient of ``events``."""
    table = confidence_table()
    for event in events:
        for party in event.actors + event.recipients:
            party.basis = basis_of(party, base, country_mentions)
            party.confidence = table.get(party.basis) if party.basis is not None else None


@lru_cache(maxsize=4)
def confidence_table(path: Path = CONFIDENCE_FILE) -> dict[str, float]:
    """basis → confidence, from the fitted TSV (columns ``basis``, ``judged``, ``right``, ``confidence``)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        table = {row["basis"]: float(row["confidence"]) for row in rows}
    unknown, missing = set(table) - set(BASES), set(BASES) - set(table)
    if unknown or missing:
        raise ValueError(f"{path}: the bases must be those of polybius.resolve.confidence.BASES"
                         f"{f'; unknown: {sorted(unknown)}' if unknown else ''}{f'; missing: {sorted(missing)}' if missing else ''}")
    return table


def _national(entity_id: str, base: ActorBase) -> bool:
    """A national body ("Lebanese Armed Forces") says no more than a country and a sector."""
    return entity_id in base.national_ids()


def _word_runs(text: str, longest: int) -> Iterable[str]:
    """Every run of up to ``longest`` words of ``text``, a possessive's 's dropped too."""
    words = _WORDS.findall(text)
    for start in range(len(words)):
        for end in range(start + 1, min(len(words), start + longest) + 1):
            run = " ".join(words[start:end])
            yield run
            bare = _POSSESSIVE.sub("", run)
            if bare != run:
                yield bare


def _names_entity(text: str, entity_id: str, base: ActorBase) -> bool:
    """Do the words name the entity: one of its names or spellings, or a capitalised word of a
    person's name ("Assad", "President Erdogan")?"""
    for run in _word_runs(text, _LONGEST_NAME):
        entity = base.lookup(run) or base.lookup_variant(run)
        if entity is not None and entity.entity_id == entity_id:
            return True
    entity = base.by_id(entity_id)
    if entity is None or entity.kind != "person":
        return False
    own = base.name_words(entity_id)
    return any(
        word[:1].isupper() and name_key(_POSSESSIVE.sub("", word)) in own for word in _WORDS.findall(text))


def _names_country(text: str, iso3: str, base: ActorBase) -> bool:
    """Do the words name the country: its name, demonym or seat ("Lebanese", "Kremlin")?"""
    return any(base.country_of(run) == iso3 for run in _word_runs(text, 3))


def _context_country_basis(iso3: str, country_mentions: Mapping[str, int]) -> str:
    mine = country_mentions.get(iso3, 0)
    if mine == 0:
        return CONTEXT_COUNTRY_UNPLACED
    if mine >= _DOMINANT_SHARE * sum(country_mentions.values()):
        return CONTEXT_COUNTRY_DOMINANT
    if mine >= max(country_mentions.values()):
        return CONTEXT_COUNTRY_LEADING
    return CONTEXT_COUNTRY_MINOR


# What an abstaining party gives up: every field that says who it is. Its words, antecedent,
# basis and confidence stay, so a reader sees what was not trusted and why.
_RESOLUTION_FIELDS = ("entity_id", "name", "country", "sector", "acled_inter", "cameo_code", "acled_name")


def abstain(record: dict[str, Any], threshold: float) -> dict[str, Any]:
    """An event record (``Event.to_dict()``) in which each actor and recipient resolved with
    a confidence under ``threshold`` says "unknown" instead. The record is copied, not changed."""
    copy = dict(record)
    for role in ("actor", "recipient"):
        value = record.get(role)
        if isinstance(value, list):
            copy[role] = [_abstained(party, threshold) for party in value]
        elif value:
            copy[role] = _abstained(value, threshold)
    return copy


def _abstained(party: dict[str, Any], threshold: float) -> dict[str, Any]:
    confidence = party.get("confidence")
    if confidence is None or confidence >= threshold:
        return party
    return {**party, **dict.fromkeys(_RESOLUTION_FIELDS)}
