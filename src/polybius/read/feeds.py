"""RSS and Atom feeds: fetching politely, and each item as an article.

A feed is fetched with a timeout, retried with exponential backoff when the network or
the server fails (5xx, 429), and asked conditionally (``If-None-Match`` with the last
``ETag``, ``If-Modified-Since`` with the last ``Last-Modified``), so an unchanged feed
costs the server a 304 and us nothing. ``feedparser`` reads RSS 0.9x/1.0/2.0 and Atom.

An item's article is its link (so the same item seen in two polls, or in two feeds, is one
article by id) with the item's content, else its summary, as text; with
``fetch_pages=True`` the linked page itself is fetched and read like an HTML file.
"""

from __future__ import annotations

import calendar
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import feedparser
import lxml.etree
import lxml.html

from polybius.model import Article
from polybius.read.errors import InputError
from polybius.read.html import article_from_html

USER_AGENT = "polybius-feeds/1 (+https://github.com/polybius)"
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


@dataclass(slots=True)
class Fetched:
    """One HTTP answer: ``status`` 304 means unchanged (no body)."""

    status: int
    body: bytes | None
    etag: str | None
    modified: str | None


def fetch(
    url: str,
    *,
    etag: str | None = None,
    modified: str | None = None,
    timeout: float = 15.0,
    retries: int = 3,
    backoff: float = 1.0,
    sleep: Callable[[float], None] = time.sleep,
) -> Fetched:
    """GET ``url`` conditionally. Network errors, timeouts, 429 and 5xx are retried
    ``retries`` times, waiting ``backoff``, then twice that, and so on; other HTTP errors
    are not (asking again will not change a 404). Raises ``InputError`` naming the URL."""
    headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "identity"}
    if etag:
        headers["If-None-Match"] = etag
    if modified:
        headers["If-Modified-Since"] = modified
    last_problem = ""
    for attempt in range(retries + 1):
        if attempt:
            sleep(backoff * 2 ** (attempt - 1))
        request = urllib.request.Request(url, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return Fetched(response.status, response.read(), response.headers.get("ETag") or etag,
                               response.headers.get("Last-Modified") or modified)
        except urllib.error.HTTPError as exc:
            if exc.code == 304:
                return Fetched(304, None, etag, modified)
            last_problem = f"HTTP {exc.code} {exc.reason}"
            if exc.code not in RETRY_STATUS:
                break
        except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as exc:
            last_problem = str(getattr(exc, "reason", None) or exc) or type(exc).__name__
    raise InputError(url, f"cannot fetch ({last_problem}; {attempt + 1} tries)")


def _text_of(html: str) -> str:
    """Plain text of an item's HTML content or summary."""
    if not html.strip():
        return ""
    try:
        return lxml.html.fromstring(html).text_content().strip()
    except (lxml.etree.ParserError, ValueError):
        return html.strip()


def _published(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return time.strftime("%Y-%m-%d", time.gmtime(calendar.timegm(parsed)))


def feed_articles(
    body: bytes,
    feed_url: str,
    *,
    fetch_pages: bool = False,
    on_error: Callable[[InputError], None],
    fetch_page: Callable[[str], Fetched] = fetch,
) -> Iterator[Article]:
    """The items of a fetched feed as articles, in feed order."""
    parsed = feedparser.parse(body)
    if parsed.bozo and not parsed.entries:
        on_error(InputError(feed_url, f"not a readable feed ({parsed.get('bozo_exception')})"))
        return
    outlet = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link") or entry.get("id")
        origin = f"{feed_url}#{number}"
        try:
            if fetch_pages and link:
                page = fetch_page(link)
                article = article_from_html((page.body or b"").decode("utf-8", errors="replace"), origin, url=link)
                article.published = article.published or _published(entry)
                article.title = article.title or entry.get("title")
                yield article
                continue
            content = entry.get("content")
            text = _text_of(content[0].get("value", "") if content else entry.get("summary", ""))
            if not text:
                raise InputError(origin, "feed item has no text (try --fetch-pages)")
            yield Article(text=text, url=link, source=outlet, title=entry.get("title"), published=_published(entry),
                          origin=origin, metadata={"feed": feed_url})
        except InputError as exc:
            on_error(exc)
