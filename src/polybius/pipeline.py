"""The stages joined: articles → analysis → coding (with resolution) → events."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from polybius.analyse import DEFAULT_BATCH_SIZE, load_pipeline, restore_shadowed, set_sentence_boundaries, shadow_text
from polybius.code.coder import Coder, load_knowledge
from polybius.model import Article, Event
from polybius.read.errors import InputError
from polybius.read.language import describe as describe_language, guess as guess_language

# Texts longer than this are refused with a message naming the input: spaCy needs about
# 1 GB of memory per 100,000 words of one document, and no news article is this long.
MAX_CHARS = 1_000_000


@dataclass(slots=True)
class Result:
    """One article and what the pipeline made of it."""

    article: Article
    events: list[Event]
    sentences: int


@dataclass(slots=True)
class Stats:
    articles: int = 0
    sentences: int = 0
    events: int = 0
    words: int = 0
    errors: list[str] = field(default_factory=list)
    by_type: dict[str, int] = field(default_factory=dict)

    def add(self, result: Result) -> None:
        self.articles += 1
        self.sentences += result.sentences
        self.events += len(result.events)
        for event in result.events:
            self.by_type[event.event_type] = self.by_type.get(event.event_type, 0) + 1


def check_article(article: Article, max_chars: int = MAX_CHARS) -> None:
    if not article.text.strip():
        raise InputError(article.origin or article.id, "empty text")
    if len(article.text) > max_chars:
        raise InputError(
            article.origin or article.id,
            f"text of {len(article.text):,} characters is longer than the limit of {max_chars:,} (--max-chars); split it into articles",
        )
    found = guess_language(article.text)
    if not found.english:  # the parser and lexicons are English: coding this would make noise
        raise InputError(
            article.origin or article.id,
            f"written in {describe_language(found)}, not English ({found.evidence}); Polybius codes English articles only",
        )


def process(
    articles: Iterable[Article],
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    max_chars: int = MAX_CHARS,
    on_error=None,
    actors: tuple[str, ...] = (),
    prefilter: bool = True,
    workers: int = 1,
    sentence_filter: bool = False,
) -> Iterator[Result]:
    """Code every article, in order. Articles that cannot be processed are reported to
    ``on_error`` (an ``InputError``) and skipped; the rest go on. ``actors`` are the
    user's actor files, merged over the built-in base. ``prefilter``: articles with no
    word of the trigger lexicon skip the model (``polybius/prefilter.py``). ``workers``
    above 1 spreads the articles over that many processes, one model each
    (``polybius/workers.py``); the results come back in input order all the same.
    ``sentence_filter``: the dependency parser runs only on the sentences that may hold a
    trigger (``analyse.SentenceParser``; opt-in, see docs/SCALE.md)."""
    if workers > 1:
        from polybius.workers import process_parallel

        yield from process_parallel(articles, workers=workers, batch_size=batch_size, max_chars=max_chars,
                                    on_error=on_error, actors=actors, prefilter=prefilter, sentence_filter=sentence_filter)
        return
    nlp = load_pipeline(sentence_filter)
    nlp.max_length = max(nlp.max_length, max_chars + 1)
    coder = Coder(load_knowledge(actors))
    gate = _prefilter(nlp) if prefilter else None
    # Articles the pre-filter passes over wait here until the model catches up, so the
    # results stay in input order.
    skipped: dict[int, Article] = {}
    order = 0

    def accepted() -> Iterator[tuple[str, tuple[int, Article, list[int]]]]:
        nonlocal order
        for article in articles:
            try:
                check_article(article, max_chars)
            except InputError as exc:
                if on_error is None:
                    raise
                on_error(exc)
                continue
            order += 1
            if gate is not None and not gate.wanted(article.text):
                skipped[order] = article
                continue
            shadowed, positions = shadow_text(article.text)
            yield shadowed, (order, article, positions)

    done = 0
    for doc, (number, article, positions) in nlp.pipe(accepted(), batch_size=batch_size, as_tuples=True):
        while done + 1 < number:
            done += 1
            yield _without_events(nlp, skipped.pop(done))
        done = number
        restore_shadowed(doc, article.text, positions)
        events = coder.code(doc, article)
        yield Result(article, events, sum(1 for _ in doc.sents))
    for number in sorted(skipped):
        yield _without_events(nlp, skipped.pop(number))


@lru_cache(maxsize=1)
def _prefilter(nlp):
    """One pre-filter per process: its cache of word forms outlives each call."""
    from polybius.prefilter import Prefilter

    return Prefilter(nlp)


def _without_events(nlp, article: Article) -> Result:
    """An article the pre-filter passed over: no events, and its sentences counted by the
    same rules (tokenizer and rule sentence splitter, no statistical model)."""
    doc = set_sentence_boundaries(nlp.make_doc(article.text))
    return Result(article, [], sum(1 for _ in doc.sents))
