"""HTML pages: main text, title, date and site through trafilatura."""

from __future__ import annotations

from pathlib import Path

import lxml.etree
import lxml.html
import trafilatura

from polybius.model import Article
from polybius.read.dates import normalize_date
from polybius.read.errors import InputError
from polybius.read.furniture import furniture_metadata, strip_furniture
from polybius.read.text import decode


def _extract(html: str | lxml.html.HtmlElement, url: str | None) -> dict | None:
    extracted = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False, include_tables=False)
    document = extracted.as_dict() if extracted is not None else None
    return document if document and (document.get("text") or "").strip() else None


def _deep_tree(html: str) -> lxml.html.HtmlElement | None:
    """The page parsed without libxml2's nesting limit: past 255 levels (unclosed <font>
    or <div> tags pile up) the default parser drops everything deeper, text included."""
    try:
        return lxml.html.fromstring(html, parser=lxml.html.HTMLParser(huge_tree=True))
    except (lxml.etree.LxmlError, ValueError):
        return None


def article_from_html(html: str, source: str, url: str | None = None) -> Article:
    document = _extract(html, url)
    if document is None and html.count("<") > 255:
        tree = _deep_tree(html)
        document = _extract(tree, url) if tree is not None else None
    if document is None:
        raise InputError(source, "no article text found in the HTML page")
    cleaned = strip_furniture(document["text"])  # what trafilatura keeps of headline lists and tags
    return Article(
        text=cleaned.text,
        url=url or document.get("url"),
        source=document.get("sitename") or document.get("hostname"),
        title=document.get("title"),
        published=normalize_date(document.get("date")),
        language=document.get("language") or "en",
        origin=source,
        metadata={**{k: document[k] for k in ("author", "description", "categories", "tags") if document.get(k)},
                  **furniture_metadata(cleaned)},
    )


def read_html_file(path: Path) -> Article:
    source = str(path)
    return article_from_html(decode(path.read_bytes(), source), source)
