"""The stages joined: articles → analysis → coding (with resolution) → events."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from polybius.analyse import DEFAULT_BATCH_SIZE, load_pipeline, restore_shadowed, shadow_text
from polybius.code.coder import Coder, load_knowledge
from polybius.model import Article, Event
from polybius.read.errors import InputError

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


def process(
    articles: Iterable[Article],
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    max_chars: int = MAX_CHARS,
    on_error=None,
    actors: tuple[str, ...] = (),
) -> Iterator[Result]:
    """Code every article, in order. Articles that cannot be processed are reported to
    ``on_error`` (an ``InputError``) and skipped; the rest go on. ``actors`` are the
    user's actor files, merged over the built-in base."""
    nlp = load_pipeline()
    nlp.max_length = max(nlp.max_length, max_chars + 1)
    coder = Coder(load_knowledge(actors))

    def accepted() -> Iterator[tuple[str, Article]]:
        for article in articles:
            try:
                check_article(article, max_chars)
            except InputError as exc:
                if on_error is None:
                    raise
                on_error(exc)
                continue
            shadowed, positions = shadow_text(article.text)
            yield shadowed, (article, positions)

    for doc, (article, positions) in nlp.pipe(accepted(), batch_size=batch_size, as_tuples=True):
        restore_shadowed(doc, article.text, positions)
        events = coder.code(doc, article)
        yield Result(article, events, sum(1 for _ in doc.sents))
