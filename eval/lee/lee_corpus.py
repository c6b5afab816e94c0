"""Write the Lee corpus as JSON lines for ``polybius ingest`` (the out-of-domain actor checks).

The Lee corpus (Lee, Pincombe and Welsh, "An empirical evaluation of models of text document
similarity", CogSci 2005) is a set of short news stories from the Australian Broadcasting
Corporation's news mail service, late 2001 to early 2002. gensim ships it as test data
(``gensim/test/test_data/lee_background.cor``, 300 stories, and ``lee.cor``, 50), one story
per line; the stories carry no date. ``make eval-lee`` downloads the gensim wheel from PyPI
(no install) and runs this script on it. Ids: ``lee-bg-NNN`` and ``lee-test-NNN``, the line
number in each file, so the checks' ``article_id`` find their stories again. Usage::

    python eval/lee/lee_corpus.py gensim-*.whl OUT.jsonl
"""

from __future__ import annotations

import json
import sys
import zipfile

FILES = (("gensim/test/test_data/lee_background.cor", "lee-bg"), ("gensim/test/test_data/lee.cor", "lee-test"))


def stories(wheel: str) -> list[dict[str, str]]:
    """Every non-empty line of the two files, with its id."""
    found = []
    with zipfile.ZipFile(wheel) as archive:
        for member, prefix in FILES:
            text = archive.read(member).decode("utf-8", errors="replace")
            for number, line in enumerate(text.splitlines(), start=1):
                if line.strip():
                    found.append({"id": f"{prefix}-{number:03d}", "text": line.strip()})
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
