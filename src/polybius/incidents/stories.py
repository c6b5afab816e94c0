"""Near-duplicate articles grouped as one story (MinHash and LSH with ``datasketch``).

Aggregators republish wire copy under their own name, often with a new headline, a photo
credit or a paragraph stitched on. Two such pages are one source, not two confirmations.
An article's word 5-shingles are summarised by a MinHash signature; LSH finds the pairs
whose estimated Jaccard similarity reaches ``THRESHOLD`` without comparing every pair;
the pairs are joined transitively, and the story is named after its earliest article
(its origin: ties broken by id, so the same corpus always gives the same stories).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE = 5  # words: long enough that two articles on one topic rarely share many
SCHEME = "affine32"  # datasketch 2's default, named: stored signatures stay readable
THRESHOLD = 0.5  # estimated Jaccard of shingle sets: a copy with a new lead or tail still passes

_WORD = re.compile(r"\w+")
_TEMPLATE: MinHash | None = None


@dataclass(slots=True)
class StoryArticle:
    article_id: str
    published: str | None
    text: str


def _template() -> MinHash:
    # The permutations are drawn once (seed 1): every signature of every run is comparable.
    global _TEMPLATE
    if _TEMPLATE is None:
        _TEMPLATE = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    return _TEMPLATE


def shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)}


def signature(text: str) -> MinHash:
    template = _template()
    minhash = MinHash(num_perm=NUM_PERM, seed=1, permutations=template.permutations, scheme=SCHEME)
    minhash.update_batch(sorted(shingles(text)))
    return minhash


def to_bytes(minhash: MinHash) -> bytes:
    return np.asarray(minhash.hashvalues, dtype=np.uint32).tobytes()


def from_bytes(data: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=1, hashvalues=np.frombuffer(data, dtype=np.uint32).copy(),
                   permutations=_template().permutations, scheme=SCHEME)


def _order(article: StoryArticle) -> tuple[str, str]:
    return (article.published or "9999-12-31", article.article_id)


def group(articles: Sequence[StoryArticle], signatures: dict[str, MinHash] | None = None) -> dict[str, str]:
    """Article id → story id (the id of the story's earliest article), for all ``articles``."""
    ordered = sorted(articles, key=_order)
    sigs = signatures if signatures is not None else {a.article_id: signature(a.text) for a in ordered}
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    parent: dict[str, str] = {a.article_id: a.article_id for a in ordered}
    rank = {a.article_id: i for i, a in enumerate(ordered)}

    def root(node: str) -> str:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for article in ordered:
        sig = sigs[article.article_id]
        for other in sorted(lsh.query(sig)):
            # LSH returns candidates near the threshold on both sides: keep the true ones.
            if sig.jaccard(sigs[other]) >= THRESHOLD:
                a, b = root(article.article_id), root(other)
                if a != b:
                    # the earlier article stays the root, so the root is the story's origin
                    if rank[a] < rank[b]:
                        parent[b] = a
                    else:
                        parent[a] = b
        lsh.insert(article.article_id, sig)
    return {a.article_id: root(a.article_id) for a in ordered}


def assign(new: Iterable[StoryArticle], known: dict[str, tuple[MinHash, str]],
           new_signatures: dict[str, MinHash] | None = None) -> dict[str, str]:
    """Stories for ``new`` articles against ``known`` ones (id → (signature, story id)):
    a new article joins a known story it copies (the smallest story id when several), else
    the story it shares with an earlier new article, else starts its own. Known stories
    are never merged here; ``group`` over everything (a rebuild) does that."""
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    stories: dict[str, str] = {}
    sigs: dict[str, MinHash] = {}
    for article_id, (sig, story) in sorted(known.items()):
        lsh.insert(article_id, sig)
        sigs[article_id] = sig
        stories[article_id] = story
    found: dict[str, str] = {}
    for article in sorted(new, key=_order):
        sig = new_signatures[article.article_id] if new_signatures else signature(article.text)
        matches = sorted(o for o in lsh.query(sig) if sig.jaccard(sigs[o]) >= THRESHOLD)
        story = min((stories[o] for o in matches), default=article.article_id)
        found[article.article_id] = stories[article.article_id] = story
        sigs[article.article_id] = sig
        lsh.insert(article.article_id, sig)
    return found
