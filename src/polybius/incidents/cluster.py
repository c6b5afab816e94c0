"""Mentions → incidents: one pass, in report order, each mention joining the best
compatible incident or starting one.

Two mentions can tell one incident only if nothing they know contradicts it: the same
PLOVER type (or ASSAULT/COERCE, see ``FAMILY``), the same modality class, no actor or
recipient known on both sides that differs, places within the distance their
precisions allow, date windows that overlap. Missing facts are unknown, never a
conflict. Among the compatible incidents the mention joins the one with the most
positive evidence (same entities, same town, same day, shared words, same toll), if
that evidence reaches a threshold: low inside one article (a story tells its main event
several times), higher across articles.

The cost stays linear: a mention is compared only with the incidents indexed under its
type family, one of its countries and one of the days its date allows (blocking), plus
the incidents its own article and story already started.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from polybius.incidents.mentions import Mention, PartyKey

# ASSAULT and COERCE share a family: "seized the checkpoint" and "attacked the checkpoint"
# are often one incident coded two ways (PLOVER's own guidance lets a seizure be either).
# A mention of the other type must be at the same precise place (within 25 km, both
# places a town or nearer) and needs one more point of evidence (TYPE_PENALTY).
FAMILY: dict[str, str] = {"ASSAULT": "FORCE", "COERCE": "FORCE"}
TYPE_PENALTY = 1.0

# Allowed distance in km by place precision (1 town or feature, 2 near a town or district,
# 3 province, region or border area); two places are compatible within the larger allowance.
RADIUS_KM: dict[int, float] = {1: 25.0, 2: 50.0, 3: 150.0}

# Evidence needed to join an incident: in the same article, little (an article tells one
# story and comes back to it); in another article, an entity, a place or shared words.
SAME_ARTICLE_BONUS = 1.0
THRESHOLD_SAME_ARTICLE = 1.5
THRESHOLD_ACROSS = 3.0

# Windows longer than this (a year, an undated habit) match too much to join across
# articles; such mentions join only within their own article or story.
MAX_SEARCH_DAYS = 31
# Incidents whose window is longer than this are indexed by week, not by day.
DAY_INDEX_LIMIT = 10
MAX_PARTIES = 8  # per side of an incident: enough for any coalition, bounded for speed
MAX_WORD_SETS = 3

_DATE_RANK = {"day": 0, "week": 1, "month": 2, "publication": 3, "year": 4}
_UNKNOWN = "?"


@dataclass(slots=True)
class Settings:
    """The clustering's knobs; a change of any is a reason to rebuild."""

    threshold_same_article: float = THRESHOLD_SAME_ARTICLE
    threshold_across: float = THRESHOLD_ACROSS
    radius_km: dict[int, float] = field(default_factory=lambda: dict(RADIUS_KM))
    max_search_days: int = MAX_SEARCH_DAYS

    def describe(self) -> str:
        return (f"same_article>={self.threshold_same_article} across>={self.threshold_across} "
                f"radius={self.radius_km} max_search_days={self.max_search_days}")


@dataclass(slots=True)
class Incident:
    """An incident while it is being built: its mentions and what matching needs."""

    seq: int
    family: tuple[str, str]  # (modality class, type family)
    incident_id: str | None = None  # kept from the store when the incident was already there
    mentions: list[Mention] = field(default_factory=list)
    actors: list[PartyKey] = field(default_factory=list)
    recipients: list[PartyKey] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)
    word_sets: list[frozenset[str]] = field(default_factory=list)
    place: Mention | None = None  # the mention with the most precise place
    when: Mention | None = None  # the mention with the most precise date
    indexed: set[tuple] = field(default_factory=set)
    types: set[str] = field(default_factory=set)
    slots: set[tuple[str, int, str]] = field(default_factory=set)  # (article, sentence, type) told here


def modality_class(modality: str) -> str:
    """Only asserted mentions make incidents that happened; each other modality clusters
    with its own kind (denials with denials, plans with plans) and never joins those."""
    return "happened" if modality == "asserted" else modality


def family_of(mention: Mention) -> tuple[str, str]:
    return modality_class(mention.modality), FAMILY.get(mention.event_type, mention.event_type)


# -- compatibility and evidence ----------------------------------------------------------

def party_score(a: PartyKey, b: PartyKey) -> float | None:
    """Evidence that two parties are one (None: they differ)."""
    if a[0] and b[0]:
        return 2.0 if a[0] == b[0] else None
    score = 0.0
    for x, y in ((a[1], b[1]), (a[2], b[2])):  # country, then sector
        if x and y:
            if x != y:
                return None
            score += 0.5
    return score


def side_score(mine: tuple[PartyKey, ...], theirs: list[PartyKey]) -> float | None:
    """Best evidence over the pairs of one side; None when both are known and no pair fits."""
    if not mine or not theirs:
        return 0.0
    best: float | None = None
    for a in mine:
        for b in theirs:
            s = party_score(a, b)
            if s is not None and (best is None or s > best):
                best = s
    return best


_SYMMETRIC = frozenset({"CONSULT", "COOPERATE", "AGREE"})  # "A met B" is "B met A"


def parties_score(m: Mention, inc: Incident) -> float | None:
    straight = _pair(side_score(m.actors, inc.actors), side_score(m.recipients, inc.recipients))
    if m.event_type in _SYMMETRIC:
        swapped = _pair(side_score(m.actors, inc.recipients), side_score(m.recipients, inc.actors))
        if swapped is not None and (straight is None or swapped > straight):
            return swapped
    return straight


def _pair(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else a + b


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def place_score(m: Mention, best: Mention | None, radius: dict[int, float]) -> float | None:
    if best is None or m.precision is None or best.precision is None:
        return 0.0
    if m.precision == 4 or best.precision == 4:
        # a country holds any place in it; a border area belongs to both its countries
        same = m.place_country == best.place_country or "border_area" in (m.place_feature, best.place_feature)
        return 0.5 if same else _soft_conflict(m, best)
    if m.lat is None or best.lat is None:
        return 0.0 if m.place_country == best.place_country else _soft_conflict(m, best)
    distance = km(m.lat, m.lon, best.lat, best.lon)
    if distance <= max(radius.get(m.precision, 150.0), radius.get(best.precision, 150.0)):
        return 2.0 if distance <= radius.get(1, 25.0) and max(m.precision, best.precision) <= 2 else 1.0
    return _soft_conflict(m, best)


def _soft_conflict(m: Mention, best: Mention) -> float | None:
    # A place tied only by the article's focus is a guess: it cannot veto a merge.
    return 0.0 if m.place_soft or best.place_soft else None


def date_score(m: Mention, when: Mention | None) -> float | None:
    if when is None or m.start is None or when.start is None:
        return 0.0
    if m.end < when.start or when.end < m.start:
        return None
    if m.date_precision == "day" and when.date_precision == "day" and m.date == when.date:
        return 1.0
    return 0.0


def text_score(m: Mention, inc: Incident) -> float:
    best = 0.0
    for words in inc.word_sets:
        if words and m.words:
            best = max(best, len(words & m.words) / len(words | m.words))
    return 4.0 * best


def count_score(m: Mention, inc: Incident) -> float:
    if m.fatalities and any(o.fatalities == m.fatalities for o in inc.mentions[:MAX_WORD_SETS * 4]):
        return 1.0
    return 0.0


def score(m: Mention, inc: Incident, same_article: bool, settings: Settings) -> float | None:
    """The evidence that ``m`` tells ``inc``; None when something contradicts it."""
    if same_article and (m.article_id, m.sentence_index, m.event_type) in inc.slots:
        return None  # two events of one type in one sentence are two events ("shelled A and B")
    total = 0.0
    place = place_score(m, inc.place, settings.radius_km)
    for part in (parties_score(m, inc), place, date_score(m, inc.when)):
        if part is None:
            return None
        total += part
    if m.event_type not in inc.types:
        if place is None or place < 2.0:
            # "seized the checkpoint" and "attacked the checkpoint" are one incident told
            # two ways only at one precise place; an offensive in a region is not the
            # seizure of a crossing in it
            return None
        total -= TYPE_PENALTY
    total += text_score(m, inc) + count_score(m, inc)
    return total + (SAME_ARTICLE_BONUS if same_article else 0.0)


# -- the incremental clusterer -----------------------------------------------------------

def _better_place(m: Mention, best: Mention | None) -> bool:
    if m.precision is None:
        return False
    if best is None or best.precision is None:
        return True
    if best.place_soft and not m.place_soft:
        return True
    return not m.place_soft and m.precision < best.precision


def _better_date(m: Mention, best: Mention | None) -> bool:
    if m.start is None:
        return False
    if best is None or best.start is None:
        return True
    mine, theirs = _DATE_RANK.get(m.date_precision or "", 5), _DATE_RANK.get(best.date_precision or "", 5)
    return mine < theirs or (mine == theirs and (m.end - m.start) < (best.end - best.start))


class Clusterer:
    """Feed mentions in report order with ``add``; read ``incidents`` at the end."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.incidents: list[Incident] = []
        self.by_day: dict[tuple, list[int]] = defaultdict(list)
        self.by_week: dict[tuple, list[int]] = defaultdict(list)
        self.by_article: dict[str, list[int]] = defaultdict(list)
        self.by_story: dict[str, list[int]] = defaultdict(list)

    # The incident an existing store already gave a mention: rebuilt without searching.
    def seed(self, m: Mention, incident_id: str, story: str | None, known: dict[str, Incident]) -> None:
        inc = known.get(incident_id)
        if inc is None:
            inc = known[incident_id] = self._new(m)
            inc.incident_id = incident_id
        self._join(inc, m, story)

    def add(self, m: Mention, story: str | None = None) -> Incident:
        best, best_score = None, None
        for seq in self._candidates(m, story):
            inc = self.incidents[seq]
            same = seq in self.by_article.get(m.article_id, ())
            s = score(m, inc, same, self.settings)
            if s is None:
                continue
            needed = self.settings.threshold_same_article if same else self.settings.threshold_across
            if s >= needed and (best_score is None or s > best_score):
                best, best_score = inc, s
        inc = best or self._new(m)
        self._join(inc, m, story)
        return inc

    def _new(self, m: Mention) -> Incident:
        inc = Incident(seq=len(self.incidents), family=family_of(m))
        self.incidents.append(inc)
        return inc

    def _candidates(self, m: Mention, story: str | None) -> list[int]:
        family = family_of(m)
        found: set[int] = set(self.by_article.get(m.article_id, ()))
        if story is not None:
            found.update(self.by_story.get(story, ()))
        if m.start is not None and m.end - m.start <= self.settings.max_search_days:
            for country in (m.countries or {_UNKNOWN}):
                for day in range(m.start, m.end + 1):
                    found.update(self.by_day.get((family, country, day), ()))
                for week in range(m.start // 7, m.end // 7 + 1):
                    found.update(self.by_week.get((family, country, week), ()))
        return sorted(seq for seq in found if self.incidents[seq].family == family)

    def _join(self, inc: Incident, m: Mention, story: str | None) -> None:
        inc.mentions.append(m)
        inc.types.add(m.event_type)
        inc.slots.add((m.article_id, m.sentence_index, m.event_type))
        for side, parties in ((inc.actors, m.actors), (inc.recipients, m.recipients)):
            for party in parties:
                if party not in side and len(side) < MAX_PARTIES:
                    side.append(party)
        if m.words and len(inc.word_sets) < MAX_WORD_SETS and m.words not in inc.word_sets:
            inc.word_sets.append(m.words)
        else:
            m.words = frozenset()  # matched already: the incident keeps what later mentions are compared with
        if _better_place(m, inc.place):
            inc.place = m
        if _better_date(m, inc.when):
            inc.when = m
        inc.countries.update(m.countries or {_UNKNOWN})
        if inc.seq not in self.by_article[m.article_id]:
            self.by_article[m.article_id].append(inc.seq)
        if story is not None and inc.seq not in self.by_story[story]:
            self.by_story[story].append(inc.seq)
        self._index(inc)

    def _index(self, inc: Incident) -> None:
        when = inc.when
        if when is None or when.start is None:
            return
        long = when.end - when.start > DAY_INDEX_LIMIT
        for country in inc.countries:
            if long:
                keys = [("w", inc.family, country, w) for w in range(when.start // 7, when.end // 7 + 1)]
            else:
                keys = [("d", inc.family, country, d) for d in range(when.start, when.end + 1)]
            for key in keys:
                if key not in inc.indexed:
                    inc.indexed.add(key)
                    (self.by_week if key[0] == "w" else self.by_day)[key[1:]].append(inc.seq)
