"""HTML pages: main text, title, date and site through trafilatura."""

from __future__ import annotations

from pathlib import Path

import trafilatura

from polybius.model import Article
from polybius.read.dates import normalize_date
from polybius.read.errors import InputError
from polybius.read.text import decode


def article_from_html(html: str, source: str, url: str | None = None) -> Article:
    extracted = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False, include_tables=False)
    document = extracted.as_dict() if extracted is not None else None
    if not document or not (document.get("text") or "").strip():
        raise InputError(source, "no article text found in the HTML page")
    return Article(
        text=document["text"],
        url=url or document.get("url"),
        source=document.get("sitename") or document.get("hostname"),
        title=document.get("title"),
        published=normalize_date(document.get("date")),
        language=document.get("language") or "en",
        origin=source,
        metadata={k: document[k] for k in ("author", "description", "categories", "tags") if document.get(k)},
    )


def read_html_file(path: Path) -> Article:
    source = str(path)
    return article_from_html(decode(path.read_bytes(), source), source)
