"""Glue between the store and the format writers, for ``polybius export --format``."""

from __future__ import annotations

from typing import Any

from polybius.export import incident_counts, load_articles
from polybius.export.acled import write_acled
from polybius.export.gdelt import write_gdelt
from polybius.export.geojson import write_geojson
from polybius.export.plover import write_plover


def export_store(store: Any, query: Any, fmt: str, out: str) -> int:
    """Write the events ``query`` selects from ``store`` to ``out`` in ``fmt``; returns rows written."""
    records = store.events(query)
    articles = load_articles(store, {r["article_id"] for r in records})
    with open(out, "w", encoding="utf-8", newline="") as stream:
        if fmt == "acled":
            return write_acled(records, articles, stream)
        if fmt == "gdelt":
            return write_gdelt(records, articles, stream, incident_counts(store))
        if fmt == "plover":
            return write_plover(records, articles, stream)
        if fmt == "geojson":
            return write_geojson(records, articles, stream)
    raise ValueError(f"unknown export format {fmt!r}")
