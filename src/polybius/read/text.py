"""Plain-text articles (``.txt``)."""

from __future__ import annotations

from pathlib import Path

from polybius.model import Article
from polybius.read.dates import dateline_date, split_date_line
from polybius.read.errors import InputError
from polybius.read.furniture import furniture_metadata, strip_furniture


def decode(data: bytes, source: str) -> str:
    """UTF-8 text from ``data``, or an InputError saying why it is not text."""
    if not data.strip():
        raise InputError(source, "empty input")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 with its byte-order mark: Windows tools write it
        try:
            return _not_blank(data.decode("utf-16"), source)
        except UnicodeDecodeError:
            raise InputError(source, "starts like UTF-16 (byte-order mark) but is not valid UTF-16; re-encode it as UTF-8") from None
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary data, not text (NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            source, f"not valid UTF-8 (line {line}, byte {exc.start}: {data[exc.start:exc.start + 1]!r}); re-encode it as UTF-8"
        ) from None
    return _not_blank(text, source)  # a byte-order mark and nothing else is empty too


def _not_blank(text: str, source: str) -> str:
    if not text.strip():
        raise InputError(source, "empty input")
    return text


def article_from_text(text: str, source: str, **fields: object) -> Article:
    """An Article from raw text; a leading date line becomes the publication date and page
    furniture (headline lists, keyword tags) is cut."""
    published, body, _ = split_date_line(text)
    if not body.strip():
        raise InputError(source, "no text after the date line")
    published = fields.pop("published", None) or published or dateline_date(body)
    cleaned = strip_furniture(body)
    metadata = {**fields.pop("metadata", {}), **furniture_metadata(cleaned)}  # type: ignore[dict-item]
    return Article(text=cleaned.text, published=published, origin=source, metadata=metadata, **fields)  # type: ignore[arg-type]


def read_text_file(path: Path) -> Article:
    source = str(path)
    return article_from_text(decode(path.read_bytes(), source), source, metadata={"path": source})
