"""Web archives (``.warc``, ``.warc.gz``): each archived HTML page is one article.

Crawls (Common Crawl's news set, a newsroom's own Heritrix or ``wget --warc-file``) keep
pages as WARC ``response`` records. Only successful HTML responses are read; the page's
URL becomes the article URL, so an article's id is the same however often it is crawled.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from polybius.model import Article
from polybius.read.errors import InputError
from polybius.read.html import article_from_html
from polybius.read.tabular import ErrorHandler


def is_warc(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith(".warc") or name.endswith(".warc.gz")


def _is_html_page(record) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode() or ""
    kind = (record.http_headers.get_header("Content-Type") or "").lower()
    return status.startswith("2") and ("html" in kind or not kind)


def _decode(data: bytes, record) -> str:
    kind = record.http_headers.get_header("Content-Type") or ""
    charset = kind.lower().split("charset=")[-1].split(";")[0].strip() if "charset=" in kind.lower() else "utf-8"
    try:
        return data.decode(charset, errors="replace")
    except LookupError:  # an unknown charset name
        return data.decode("utf-8", errors="replace")


def read_warc(path: Path, on_error: ErrorHandler) -> Iterator[Article]:
    """The HTML pages of a WARC file; a page with no article text is reported and skipped."""
    source = str(path)
    try:
        records = 0
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if not record.format.startswith("warc"):
                    continue  # warcio reads any text line as an old ARC header
                records += 1
                if not _is_html_page(record):
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                where = f"{source}@{url}"
                try:
                    html = _decode(record.content_stream().read(), record)
                    yield article_from_html(html, where, url=url)
                except InputError as exc:
                    on_error(exc)
    except ArchiveLoadFailed as exc:
        on_error(InputError(source, f"not a readable WARC archive ({exc})"))
        return
    except (ValueError, AttributeError, EOFError, OSError, zlib.error) as exc:
        # warcio fails in its own ways on a broken record (no target URI, cut short, bad
        # gzip member): the pages before it are kept, the rest of the file cannot be found.
        on_error(InputError(source, f"broken WARC record after {records} records, the rest of the file is skipped "
                                    f"({type(exc).__name__}: {exc})"))
        return
    if not records:
        on_error(InputError(source, "not a WARC archive (no records found)"))
