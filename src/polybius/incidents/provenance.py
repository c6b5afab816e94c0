"""Who reports an incident, how independently, and what the incident record says.

A mention's *origin* is where its claim first came from, so that copies count once:

1. the outlet the text itself names ("a source told Sputnik", "according to SANA");
2. else, when the same sentence is already in an earlier mention of the incident, that
   mention's origin (a paragraph lifted into another story);
3. else the outlet of the earliest article of its story (near-duplicate articles are one
   story, see ``stories.py``); an article with no known outlet is its own origin.

``sources`` counts the distinct outlets that published a mention; ``independent_sources``
counts distinct origins. ``party_claim_only`` is set when every mention is attributed to a
party of the incident (its actor or recipient): what the belligerents say of themselves
and of each other, with no outside voice.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache

from polybius.incidents.cluster import Incident, modality_class
from polybius.incidents.mentions import ArticleInfo, Mention, iso, normal_outlet
from polybius.model import stable_id

# Wire services and state agencies that articles quote by name; a claimant that is one of
# these (or an outlet of the corpus) is an outlet, not a party.
KNOWN_OUTLETS = frozenset({
    "reuters", "afp", "ap", "associatedpress", "sana", "sputnik", "tass", "ria", "rianovosti", "anadolu",
    "aa", "irna", "isna", "fars", "tasnim", "almanar", "manar", "alalam", "aljazeera", "alarabiya", "arabiya",
    "bbc", "cnn", "dpa", "xinhua", "interfax", "nna", "petra", "qna", "wam", "spa", "mena", "ahram",
    "dailysabah", "trt", "syrianobservatoryforhumanrights", "sohr", "amaq",
})
# Attributions that stand for the last named claimant of the article ("the source said").
_GENERIC = frozenset({"source", "the source", "sources", "the sources", "he", "she", "they", "it", "the official",
                      "official", "officials", "the spokesman", "spokesman", "the statement", "statement"})
_TOLL_METHOD = ("highest figure each independent source gives, then the lower median across sources "
                "(a stated figure, never an average; conservative when sources disagree)")


def inherit_claimants(mentions: list[Mention]) -> None:
    """In one article's mentions (sentence order): "the source" is the source last named."""
    last: str | None = None
    last_outlet: str | None = None
    for m in mentions:
        if m.claimant and m.claimant.strip().lower() not in _GENERIC:
            last, last_outlet = m.claimant, m.outlet
        elif m.claimant and last:
            m.claimant = last
            m.outlet = m.outlet or last_outlet


def origin_of(m: Mention, article: ArticleInfo | None, stories: dict[str, str | None]) -> str:
    named = normal_outlet(m.outlet)
    if named:
        return named
    claimant = normal_outlet(m.claimant)
    if claimant and claimant in KNOWN_OUTLETS:
        return claimant
    story = (article.story if article else None) or m.article_id
    outlet = stories.get(story)
    return outlet or f"story:{story}"


@lru_cache(maxsize=4096)
def _resolved(claimant: str) -> tuple[str | None, str | None, str | None]:
    """What the actor base makes of a claimant ("a source in Hezbollah" → hezbollah)."""
    from polybius.resolve.actors import load_actor_base, resolve_words

    words = [w for w in re.findall(r"[\w'’.\-]+", claimant) if w]
    if not words:
        return None, None, None
    fields = resolve_words(words, words[-1].lower(), load_actor_base(), None)
    return fields.get("entity_id"), fields.get("country"), fields.get("sector")  # type: ignore[return-value]


def is_party(claimant: str | None, inc: Incident, resolve: Callable[[str], tuple] | None = _resolved) -> bool:
    if not claimant or claimant.strip().lower() in _GENERIC:
        return False
    said = claimant.lower()
    for m in inc.mentions:
        for name in m.actor_names + m.recipient_names:
            if len(name) >= 4 and name not in _GENERIC and (name in said or said in name):
                return True
    if resolve is None:
        return False
    entity, country, sector = resolve(claimant)
    for party in inc.actors + inc.recipients:
        if entity and party[0] == entity:
            return True
        if not entity and country and sector and (party[1], party[2]) == (country, sector):
            return True
    return False


def reconcile(values: dict[str, int]) -> int | None:
    """One figure from the figures of independent sources: the lower median."""
    figures = sorted(values.values())
    return figures[(len(figures) - 1) // 2] if figures else None


def _per_origin(pairs: Iterable[tuple[str, int | None]]) -> dict[str, int]:
    best: dict[str, int] = {}
    for origin, value in pairs:
        if value is not None:
            best[origin] = max(value, best.get(origin, value))  # later updates of one source rise
    return best


def _names(mentions: list[Mention], field: str) -> list[str]:
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for i, m in enumerate(mentions):
        names = getattr(m, field)
        if names:
            counts[names[0]] += 1
            first.setdefault(names[0], i)
    return sorted(counts, key=lambda n: (-counts[n], first[n]))


def incident_id(inc: Incident) -> str:
    return inc.incident_id or stable_id("incident", inc.mentions[0].event_id)


def record(inc: Incident, articles: dict[str, ArticleInfo], story_outlets: dict[str, str | None],
           resolve: Callable[[str], tuple] | None = _resolved) -> dict:
    """The public incident record."""
    mentions = inc.mentions
    origins: list[str] = []
    seen_sentences: dict[int, str] = {}
    for m in mentions:
        origin = origin_of(m, articles.get(m.article_id), story_outlets)
        if m.sentence_hash:  # 0: no sentence text, nothing to compare
            if not normal_outlet(m.outlet) and m.sentence_hash in seen_sentences:
                origin = seen_sentences[m.sentence_hash]
            seen_sentences.setdefault(m.sentence_hash, origin)
        origins.append(origin)
    outlets = {(articles.get(m.article_id) and articles[m.article_id].outlet) or f"article:{m.article_id}" for m in mentions}
    published = [articles[m.article_id].published for m in mentions if m.article_id in articles and articles[m.article_id].published]
    types = Counter(m.event_type for m in mentions)
    place, when = inc.place, inc.when
    tolls = {key: _per_origin(zip(origins, (getattr(m, key) for m in mentions))) for key in ("fatalities", "injured", "arrested")}
    claims = [is_party(m.claimant, inc, resolve) for m in mentions]
    article_ids = list(dict.fromkeys(m.article_id for m in mentions))
    return {
        "incident_id": incident_id(inc),
        "event_type": max(types, key=lambda t: (types[t], t == mentions[0].event_type)),
        "event_types": sorted(types),
        "modality": mentions[0].modality if modality_class(mentions[0].modality) != "happened" else "asserted",
        "happened": modality_class(mentions[0].modality) == "happened",
        "actors": _names(mentions, "actor_names"),
        "recipients": _names(mentions, "recipient_names"),
        "location": None if place is None or place.precision is None else {
            "name": place.place_name, "country": place.place_country, "lat": place.lat, "lon": place.lon,
            "precision": place.precision, "event_id": place.event_id,
        },
        "countries": sorted(inc.countries - {"?"}),
        "date": when.date if when else None,
        "date_end": when.date_end if when else None,
        "date_precision": when.date_precision if when else None,
        "fatalities": reconcile(tolls["fatalities"]),
        "injured": reconcile(tolls["injured"]),
        "arrested": reconcile(tolls["arrested"]),
        "fatalities_reports": tolls["fatalities"],
        "counts_method": _TOLL_METHOD,
        "first_report": iso(min(published)) if published else None,
        "last_report": iso(max(published)) if published else None,
        "mentions": len(mentions),
        "articles": len(article_ids),
        "sources": len(outlets),
        "independent_sources": len(set(origins)),
        "outlets": sorted(outlets),
        "origins": sorted(set(origins)),
        "party_claim_only": all(claims),
        "claimants": sorted({m.claimant for m in mentions if m.claimant}),
        "article_ids": article_ids,
        "event_ids": [m.event_id for m in mentions],
    }
