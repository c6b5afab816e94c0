"""Bad input, named and survived: one `polybius ingest` over a batch where most inputs are
broken in a different way. Every bad input gets a line on stderr that names it and says
why; every good article in the same batch is stored.

The largest inputs (a million-line JSON Lines file) run in full with
POLYBIUS_RELIABILITY_FULL=1; CI reads a 100,000-line one (docs/RELIABILITY.md).
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import duckdb

import polybius
from polybius.read import InputError

FULL = os.environ.get("POLYBIUS_RELIABILITY_FULL") == "1"
GOOD = [
    "Rebels attacked an army checkpoint near Hama on Friday, killing three soldiers.",
    "Police detained 12 protesters in Basra on Monday after clashes outside the governor's office.",
    "Government forces shelled rebel positions in Daraa province, a monitoring group said.",
    "Hezbollah fighters clashed with militants on the Lebanese border overnight, the army said.",
    "Thousands of protesters marched in Kiev on Sunday, demanding the resignation of the government.",
]
FRENCH = ("Des soldats ont été tués à Alep lors d'une attaque contre un poste de l'armée, selon l'Observatoire syrien "
          "des droits de l'homme. Les rebelles ont revendiqué l'attaque dans un communiqué publié sur les réseaux sociaux.")
ARABIC = "هاجم المتمردون نقطة تفتيش للجيش قرب حماة يوم الجمعة مما أسفر عن مقتل ثلاثة جنود، وفقا للمرصد السوري لحقوق الإنسان."
RUSSIAN = "Повстанцы атаковали армейский блокпост возле Хамы в пятницу, убив трех солдат, сообщила сирийская обсерватория."


def polybius_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "polybius.cli", *args], capture_output=True, text=True, timeout=900)


def _record(id_: str, text: str) -> str:
    return json.dumps({"id": id_, "text": text, "published": "2018-07-16"}, ensure_ascii=False)


def write_batch(folder: Path) -> dict[str, str]:
    """The batch; returns each bad input's name → the words its message must contain."""
    (folder / "good1.txt").write_text(" date 2017-03-25\n" + GOOD[0], encoding="utf-8")
    (folder / "good2.html").write_text(f"<html><head><title>Basra</title></head><body><article><p>{GOOD[1]}</p></article></body></html>",
                                       encoding="utf-8")
    (folder / "good3-utf16.txt").write_bytes(GOOD[2].encode("utf-16"))  # a byte-order mark: read, not refused
    deep = "<html><body>" + "<font>" * 400 + f"<p>{GOOD[3]}</p>" + "</body></html>"  # unclosed tags, 400 deep
    (folder / "good4-deep.html").write_text(deep, encoding="utf-8")
    bad: dict[str, str] = {}

    def add(name: str, data: bytes, reason: str) -> None:
        (folder / name).write_bytes(data)
        bad[name] = reason

    add("empty.txt", b"", "empty")
    add("blank.txt", b" \n\t\r\n  ", "empty")
    add("bom-only.txt", b"\xef\xbb\xbf", "empty")
    add("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary")
    add("zip.html", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)), "binary")
    add("gzip.jsonl", gzip.compress(_record("gz", GOOD[4]).encode()), "binary")
    add("latin1.txt", "Des soldats ont été tués à Alep.".encode("latin-1"), "not valid UTF-8")
    add("mixed.txt", GOOD[0].encode() + "\nCafé à Alep".encode("cp1252"), "line 2")
    add("bad-utf16.txt", b"\xff\xfe\x00\xd8", "UTF-16")
    add("french.txt", FRENCH.encode(), "French (fr), not English")
    add("deep-empty.html", ("<div>" * 100_000 + "</div>" * 100_000).encode(), "no article text")
    add("script-only.html", b"<html><body><script>alert(1)</script></body></html>", "no article text")
    add("huge.txt", b"Troops fired. " * (100 * 1024 * 1024 // 14), "longer than the limit")  # 100 MB
    add("notext.csv", b"title,summary\nA,B\n", "no text column")
    # One file, good and bad records: each bad record named by its line, the good ones kept.
    lines = [
        _record("j1", GOOD[4]).encode(),
        b'{"id": "j2", "text": "broken',                        # 2: cut off
        b"[1, 2, 3]",                                            # 3: not an object
        _record("j4", "").encode(),                              # 4: no text
        _record("j5", FRENCH).encode(),                          # 5: French
        _record("j6", ARABIC).encode(),                          # 6: Arabic script
        _record("j7", "Caf\xe9 attack in Aleppo").encode("latin-1"),  # 7: not UTF-8
        _record("j8", RUSSIAN).encode(),                         # 8: Cyrillic script
        _record("j9", "x" * 1_100_000).encode(),                 # 9: too long
        _record("j10", GOOD[0] + " (wire copy)").encode(),
    ]
    (folder / "wire.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    if _has_warc():  # an archive with a good page, an empty page and a record cut short
        (folder / "crawl.warc").write_bytes(_warc([WARC_GOOD, ""]) + b"WARC/1.0\r\nWARC-Type: response\r\n"
                                            b"Content-Length: 9999\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<html>cut")
        bad.update({"crawl.warc@http://example.com/1": "no article text", "crawl.warc": "broken WARC record"})
    bad.update({"wire.jsonl:2": "malformed JSON", "wire.jsonl:3": "must be an object", "wire.jsonl:4": "no text",
                "wire.jsonl:5": "French", "wire.jsonl:6": "Arabic script", "wire.jsonl:7": "not valid UTF-8",
                "wire.jsonl:8": "Cyrillic script", "wire.jsonl:9": "longer than the limit"})
    return bad


WARC_GOOD = "Syrian troops shelled rebel-held towns in Idlib province on Tuesday, residents said."


def _has_warc() -> bool:
    try:
        import polybius.read.warc  # noqa: F401
    except ImportError:
        return False
    return True


def _warc(texts: list[str]) -> bytes:
    """A WARC file of HTML responses, one per text, at http://example.com/N."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    for i, text in enumerate(texts):
        page = f"<html><body><article><p>{text}</p></article></body></html>".encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"http://example.com/{i}", "response", payload=io.BytesIO(page),
                                                      http_headers=headers))
    return buffer.getvalue()


def good_ids(folder: Path) -> set[str]:
    """The ids the good inputs have, read in this process: what the store must hold."""
    ids = set()
    for name in ("good1.txt", "good2.html", "good3-utf16.txt", "good4-deep.html"):
        ids |= {a.id for a in polybius.read(folder / name)}
    if _has_warc():
        ids |= {a.id for a in polybius.read(folder / "crawl.warc", on_error=lambda error: None)}
    return ids | {"j1", "j10"}


def test_bad_inputs_are_named_and_the_good_stored(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    bad = write_batch(folder)
    db = tmp_path / "store.duckdb"
    started = time.perf_counter()
    run = polybius_cli("ingest", str(folder), "--db", str(db), "--no-incidents")
    elapsed = time.perf_counter() - started
    err = run.stderr
    assert run.returncode == 1, err
    skipped = re.findall(r"polybius: skipped (.*)", err)  # the progress bar may share the line
    for name, reason in bad.items():
        line = next((l for l in skipped if f"{name}:" in l), "")
        assert reason in line, f"{name}: expected {reason!r} in {line!r}\n{err}"
    assert len(skipped) == len(bad), "\n".join(skipped)
    with duckdb.connect(str(db), read_only=True) as con:
        stored = {r[0] for r in con.execute("SELECT id FROM articles").fetchall()}
    assert stored == good_ids(folder)
    assert f"errors: {len(bad)}" in err
    print(f"\nbad inputs: {len(bad)} named, {len(stored)} good articles stored, {elapsed:.1f}s")


def test_a_million_line_jsonl_file(tmp_path: Path) -> None:
    """Read in a stream: every good record kept, every broken line named with its number."""
    lines = 1_000_000 if FULL else 100_000
    path = tmp_path / "million.jsonl"
    broken = set(range(7, lines, lines // 10))
    with path.open("wb") as handle:
        for i in range(1, lines + 1):
            if i in broken:
                handle.write(b'{"id": "broken\n' if i % 2 else b'{"id": "latin", "text": "caf\xe9"}\n')
            else:
                handle.write(_record(f"r{i}", f"Police detained {i} protesters in Basra.").encode() + b"\n")
    errors: list[InputError] = []
    started = time.perf_counter()
    count = sum(1 for _ in polybius.read(path, on_error=errors.append))
    elapsed = time.perf_counter() - started
    assert count == lines - len(broken)
    assert sorted(e.line for e in errors) == sorted(broken)
    assert all(str(e).startswith(f"{path}:") for e in errors)
    print(f"\n{lines:,} lines ({path.stat().st_size / 1e6:.0f} MB): {count:,} records, {len(errors)} named errors, {elapsed:.1f}s")


def test_stdin_garbage_is_named() -> None:
    run = subprocess.run([sys.executable, "-m", "polybius.cli", "extract", "-"], input=b"\x00\x01\x02\xff" * 100,
                         capture_output=True, timeout=600)
    assert run.returncode == 1 and "<stdin>: binary data" in run.stderr.decode()
