"""Web archives: each HTML response of a .warc / .warc.gz is one article."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from polybius.read import InputError, read

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
PAGE_URL = "https://news.example/2019/06/01/kafranbel-raid"


def _write_warc(path: Path, gzip: bool) -> None:
    html = (SAMPLES / "02-kafranbel-market-raid.html").read_bytes()
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        records = [
            (PAGE_URL, "200 OK", "text/html; charset=utf-8", html),
            ("https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n"),
            ("https://news.example/missing", "404 Not Found", "text/html", b"<html><body>Not found</body></html>"),
            ("https://news.example/empty", "200 OK", "text/html", b"<html><body></body></html>"),
        ]
        for url, status, kind, body in records:
            headers = StatusAndHeaders(status, [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers))


def test_warc_and_warc_gz_give_the_html_pages_as_articles(tmp_path: Path) -> None:
    _write_warc(tmp_path / "crawl.warc", gzip=False)
    _write_warc(tmp_path / "crawl.warc.gz", gzip=True)
    for name in ("crawl.warc", "crawl.warc.gz"):
        errors: list[InputError] = []
        articles = list(read(tmp_path / name, on_error=errors.append))
        assert [a.url for a in articles] == [PAGE_URL]  # the image and the 404 are not articles
        assert "Kafranbel" in articles[0].text
        assert len(errors) == 1 and "https://news.example/empty" in str(errors[0])  # named, and reading went on
    both = list(read(tmp_path, on_error=lambda e: None))  # a folder: both archives are found
    assert len(both) == 2 and both[0].id == both[1].id  # the same page, the same article id


def test_a_file_that_is_not_a_warc_is_reported(tmp_path: Path) -> None:
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(b"this is not an archive\n")
    errors: list[InputError] = []
    assert list(read(broken, on_error=errors.append)) == []
    assert len(errors) == 1 and "broken.warc.gz" in str(errors[0])
