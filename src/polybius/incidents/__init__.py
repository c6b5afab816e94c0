"""Incidents: one record per thing that happened, across sentences, articles and outlets.

>>> from polybius.incidents import cluster
>>> result = cluster(events, articles)          # Event objects or records; Article objects or dicts
>>> result.incidents[0]["independent_sources"]
>>> result.assignment[event.event_id]           # the incident of each event

With a store: ``rebuild(store)`` reclusters everything (the same data and settings give
the same incidents), ``update(store, article_ids)`` adds newly ingested articles, and
``Store.incidents(IncidentFilter(...))`` reads them. See docs/INCIDENTS.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from polybius.incidents.cluster import Clusterer, Incident, Settings
from polybius.incidents.mentions import ArticleInfo, Mention, article_outlet, from_record, ordinal
from polybius.incidents.provenance import inherit_claimants, record
from polybius.incidents.stories import StoryArticle, group
from polybius.model import Article, Event

__all__ = ["Clustering", "Settings", "cluster", "cluster_mentions", "rebuild", "update"]


@dataclass(slots=True)
class Clustering:
    incidents: list[dict[str, Any]]
    assignment: dict[str, str]  # event_id → incident_id


def _article_dict(article: Article | dict[str, Any]) -> dict[str, Any]:
    return article.to_dict() if isinstance(article, Article) else article


def prepare(records: Iterable[dict[str, Any]], infos: dict[str, ArticleInfo], published: dict[str, str | None]) -> list[Mention]:
    """Mentions in report order, with "the source said" resolved to the source last named."""
    mentions = sorted((from_record(r, published.get(r["article_id"])) for r in records), key=lambda m: m.order)
    start = 0
    for i in range(1, len(mentions) + 1):
        if i == len(mentions) or mentions[i].article_id != mentions[start].article_id:
            inherit_claimants(mentions[start:i])
            start = i
    return mentions


def story_outlets(infos: dict[str, ArticleInfo]) -> dict[str, str | None]:
    """Story id → the outlet of its origin (the article the story is named after)."""
    return {info.story: infos[info.story].outlet if info.story in infos else None for info in infos.values() if info.story}


def cluster_mentions(mentions: Iterable[Mention], infos: dict[str, ArticleInfo], settings: Settings | None = None,
                     clusterer: Clusterer | None = None) -> Clusterer:
    engine = clusterer or Clusterer(settings)
    for m in mentions:
        info = infos.get(m.article_id)
        engine.add(m, info.story if info else None)
    return engine


def cluster(events: Iterable[Event | dict[str, Any]], articles: Iterable[Article | dict[str, Any]],
            settings: Settings | None = None) -> Clustering:
    """Incidents of ``events`` (their articles give dates, outlets and copies)."""
    rows = [_article_dict(a) for a in articles]
    stories = group([StoryArticle(r["id"], r.get("published"), r.get("text") or "") for r in rows])
    infos = {
        r["id"]: ArticleInfo(r["id"], ordinal(r.get("published")), article_outlet(r.get("source"), r.get("url")), stories.get(r["id"]))
        for r in rows
    }
    records = [e.to_dict() if isinstance(e, Event) else e for e in events]
    mentions = prepare(records, infos, {r["id"]: r.get("published") for r in rows})
    engine = cluster_mentions(mentions, infos, settings)
    outlets = story_outlets(infos)
    incidents = [record(inc, infos, outlets) for inc in engine.incidents]
    assignment = {eid: inc["incident_id"] for inc in incidents for eid in inc["event_ids"]}
    return Clustering(incidents, assignment)


def rebuild(store: Any, settings: Settings | None = None) -> dict[str, int]:
    from polybius.incidents.storage import rebuild as _rebuild

    return _rebuild(store, settings)


def update(store: Any, article_ids: Iterable[str], settings: Settings | None = None) -> dict[str, int]:
    from polybius.incidents.storage import update as _update

    return _update(store, list(article_ids), settings)


__all__ += ["ArticleInfo", "Incident", "Mention"]
